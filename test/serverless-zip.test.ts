// The package zip selects what `s` 3.1.10 selects for the same tree. `s registry publish` zips with
// @serverless-devs/ignore-walk and no ignore-file option, so the walker's default `.signore` applies in
// every folder; a root `bootstrap` gets `mode | 0o111` (read from the bundled client, lib/index.js,
// `isBootstrapPath`). Zips are read back with yauzl.
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import yauzl from 'yauzl';
import { zipPackage } from '../src/serverless/zip.ts';

const roots: string[] = [];
after(() => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'szip-'));
  roots.push(root);
  const dir = path.join(root, 'pkg');
  for (const [name, text] of Object.entries(files)) {
    if (name.endsWith('/')) {
      await mkdir(path.join(dir, name), { recursive: true });
      continue;
    }
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

async function zipModes(dir: string): Promise<Map<string, number>> {
  const out = path.join(path.dirname(dir), 'out.zip');
  await zipPackage(dir, out);
  const zip = await yauzl.fromBufferPromise(await readFile(out), { lazyEntries: true });
  const modes = new Map<string, number>();
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', resolve);
    zip.on('entry', (entry: yauzl.Entry) => {
      modes.set(entry.fileName, (entry.externalFileAttributes >>> 16) & 0o177777);
      zip.readEntry();
    });
    zip.readEntry();
  });
  return modes;
}

describe('the Serverless package zip, as s 3.1.10 selects it', () => {
  it('a root .signore folder pattern leaves out the root folder but not a nested one of the same name', async () => {
    // Observed with s 3.1.10: root `.signore` line `docs/` left out docs/ but shipped example/docs/b.md.
    const dir = await tree({
      '.signore': 'docs/\n',
      'docs/a.md': 'a',
      'example/docs/b.md': 'b',
      'publish.yaml': 'x',
    });
    assert.deepEqual([...(await zipModes(dir)).keys()], ['.signore', 'example/docs/b.md', 'publish.yaml']);
  });

  it('a .signore in a subfolder applies in that folder and below, not beside it', async () => {
    // ignore-walk reads the ignore file of every folder it enters and matches its rules against that
    // folder's entries (and, through filterEntry's parent chain, its subfolders').
    const dir = await tree({
      'src/.signore': '*.log\n./local.json\n',
      'src/app.js': 'code',
      'src/debug.log': 'noise',
      'src/deep/trace.log': 'noise',
      'src/local.json': '{}',
      'src/deep/local.json': '{}',
      'top.log': 'kept: the rule is in src/.signore',
    });
    assert.deepEqual(
      [...(await zipModes(dir)).keys()],
      ['src/.signore', 'src/app.js', 'src/deep/local.json', 'top.log'],
    );
  });

  it('a pattern without a slash matches a file name at any depth, in any letter case', async () => {
    // ignore-walk's minimatch options: matchBase, dot, nocase.
    const dir = await tree({ '.signore': '*.tmp\n', 'a/B.TMP': 'x', 'a/keep.txt': 'y', 'c.tmp': 'z' });
    assert.deepEqual([...(await zipModes(dir)).keys()], ['.signore', 'a/keep.txt']);
  });

  it('a negation re-includes a file an earlier rule left out', async () => {
    const dir = await tree({
      '.signore': 'logs/*\n!logs/keep.log\n',
      'logs/a.log': 'a',
      'logs/keep.log': 'k',
    });
    assert.deepEqual([...(await zipModes(dir)).keys()], ['.signore', 'logs/keep.log']);
  });

  it('a root bootstrap gets its execute bits, a nested one keeps its mode', async () => {
    // s: `mode: isBootstrapPath(file, codeUri) ? stat.mode | 0o111 : stat.mode`, root only.
    const dir = await tree({
      bootstrap: '#!/bin/sh\n',
      'src/bootstrap': '#!/bin/sh\n',
      'run.sh': '#!/bin/sh\n',
    });
    await chmod(path.join(dir, 'bootstrap'), 0o644);
    await chmod(path.join(dir, 'src/bootstrap'), 0o644);
    await chmod(path.join(dir, 'run.sh'), 0o755);
    const modes = await zipModes(dir);
    assert.equal(modes.get('bootstrap'), 0o100755);
    assert.equal(modes.get('src/bootstrap'), 0o100644);
    assert.equal(modes.get('run.sh'), 0o100755);
  });

  it('an empty folder is kept as a folder entry (s walks with includeEmpty)', async () => {
    const dir = await tree({ 'publish.yaml': 'x', 'src/tmp/': '' });
    const modes = await zipModes(dir);
    assert.deepEqual([...modes.keys()], ['publish.yaml', 'src/tmp/']);
    assert.equal(modes.get('src/tmp/'), 0o40755);
  });
});
