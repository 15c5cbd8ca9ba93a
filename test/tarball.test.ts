import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, stat, symlink, truncate, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import * as nodeTar from 'tar';
import type { PublishError } from '../src/errors.ts';
import { inspectComponent } from '../src/slipway/inspect.ts';
import { packComponent } from '../src/slipway/pack.ts';
import { readTarEntry } from '../src/slipway/tar-read.ts';
import { collectEntries, DEFAULT_MTIME_SECONDS, writeTarball } from '../src/slipway/tarball.ts';
import { componentDir, manifestText, tempDir, writeTree } from './helpers/fs.ts';
import { CLI } from './helpers/run.ts';

const execFileAsync = promisify(execFile);

const LONG = `${'deep/very/long/path/'.repeat(6)}file-with-a-name-past-one-hundred-bytes.txt`;
const FILES = {
  'slipway_component.json': manifestText(),
  'run.js': '({ ok: true });\n',
  'lib/b.js': 'b\n',
  'lib/a.js': 'a\n',
  'Zeta.txt': 'upper-case sorts first bytewise\n',
  '.hidden': 'hidden files are packed\n',
  [LONG]: 'long\n',
  'ünïcode.txt': 'utf-8 name\n',
};

async function pack(dir: string, out: string, env: Record<string, string> = {}) {
  const { component, problems } = await inspectComponent(dir, { env: { ...env }, conventions: 'none' });
  assert.ok(component, JSON.stringify(problems));
  return packComponent(component, out);
}

interface ListedEntry {
  path: string;
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  mtime: number;
  type: string;
  body: string;
}

async function readBack(file: string): Promise<ListedEntry[]> {
  const entries: ListedEntry[] = [];
  await nodeTar.t({
    file,
    onReadEntry: (e) => {
      const chunks: Buffer[] = [];
      e.on('data', (c: Buffer) => chunks.push(c));
      e.on('end', () =>
        entries.push({
          path: e.path,
          mode: e.mode ?? -1,
          uid: e.uid ?? -1,
          gid: e.gid ?? -1,
          uname: e.uname ?? '',
          gname: e.gname ?? '',
          mtime: (e.mtime?.getTime() ?? 0) / 1000,
          type: e.type,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    },
  });
  return entries;
}

test('the same tree gives the same bytes whatever the mtimes, modes and umask', async () => {
  const one = await writeTree(await tempDir('one'), FILES);
  const two = await writeTree(await tempDir('two'), FILES);
  await utimes(join(two, 'run.js'), new Date('2001-02-03'), new Date('2001-02-03'));
  await chmod(join(two, 'lib/a.js'), 0o600);
  await chmod(join(two, 'Zeta.txt'), 0o664);
  await chmod(join(one, 'run.js'), 0o700);
  await chmod(join(two, 'run.js'), 0o751);
  const out = await tempDir('out');
  const a = await pack(one, join(out, 'a.tar'));
  const old = process.umask(0o077);
  const b = await pack(two, join(out, 'b.tar')).finally(() => process.umask(old));
  assert.equal(a.sha256, b.sha256);
  assert.deepEqual(await readFile(a.file), await readFile(b.file));
  assert.equal(
    a.sha256,
    createHash('sha256')
      .update(await readFile(a.file))
      .digest('hex'),
    'sha256 computed while writing matches the file',
  );
  assert.equal(a.size, (await stat(a.file)).size);
});

test('entries: regular files only, sorted bytewise, root-relative, normalized metadata', async () => {
  const dir = await writeTree(await tempDir('meta'), FILES);
  await chmod(join(dir, 'run.js'), 0o744);
  const out = await tempDir('out');
  const artifact = await pack(dir, out);
  assert.equal(artifact.fileName, 'acme.widget.1.0.0.tar');
  const entries = await readBack(artifact.file);
  const names = entries.map((e) => e.path);
  const sorted = [...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
  assert.deepEqual(names, sorted);
  assert.deepEqual(names.slice(0, 3), ['.hidden', 'Zeta.txt', LONG]);
  assert.ok(names.includes('ünïcode.txt'));
  for (const e of entries) {
    assert.equal(e.type, 'File', e.path);
    assert.ok(!e.path.startsWith('./') && !e.path.startsWith('/'), e.path);
    assert.equal(e.uid, 0);
    assert.equal(e.gid, 0);
    assert.equal(e.uname, '');
    assert.equal(e.gname, '');
    assert.equal(e.mtime, DEFAULT_MTIME_SECONDS);
    assert.equal(e.mode, e.path === 'run.js' ? 0o755 : 0o644, e.path);
  }
  assert.equal(entries.find((e) => e.path === 'lib/a.js')?.body, 'a\n');
  // GNU tar reads it the same way.
  const gnu = execFileSync('tar', ['-tf', artifact.file], { encoding: 'utf8' }).trim().split('\n');
  assert.deepEqual(gnu, names);
});

test('SOURCE_DATE_EPOCH sets the mtime', async () => {
  const dir = await componentDir();
  const entries = await collectEntries(dir);
  const out = join(await tempDir('out'), 'x.tar');
  await writeTarball(entries, out, { mtime: 1_700_000_000 });
  for (const e of await readBack(out)) assert.equal(e.mtime, 1_700_000_000);
});

test('.git is never packed and the output is never packed into itself', async () => {
  const dir = await componentDir(
    {},
    { '.git/config': '[core]\n', 'sub/.git': 'gitdir: ../x\n', 'sub/keep.txt': 'k\n' },
  );
  const first = await pack(dir, dir);
  const second = await pack(dir, dir);
  const names = (await readBack(second.file)).map((e) => e.path);
  assert.deepEqual(names, ['run.js', 'slipway_component.json', 'sub/keep.txt']);
  assert.equal(first.sha256, second.sha256);
});

test('a symlink: validate reports it, pack refuses it naming it, and nothing is written', async () => {
  const dir = await componentDir();
  await mkdir(join(dir, 'assets'));
  await symlink('../run.js', join(dir, 'assets/link.js'));
  const { component, problems } = await inspectComponent(dir, { conventions: 'none' });
  assert.equal(component, undefined);
  const found = problems.find((p) => p.code === 'slipway/symlink');
  assert.ok(found, JSON.stringify(problems));
  assert.match(found.file, /assets\/link\.js$/);
  const out = join(await tempDir('out'), 'x.tar');
  await assert.rejects(
    async () => writeTarball(await collectEntries(dir), out),
    (e: PublishError) => {
      assert.equal(e.code, 'symlink');
      assert.match(e.message, /assets\/link\.js is a symbolic link/);
      assert.match(e.hint ?? '', /replace assets\/link\.js with a copy/);
      return true;
    },
  );
  await assert.rejects(stat(out), /ENOENT/);
});

test('a package over the asset limit is refused before anything is written', async () => {
  const dir = await componentDir({}, { 'data.bin': Buffer.alloc(4096) });
  const out = join(await tempDir('out'), 'big.tar');
  await assert.rejects(
    writeTarball(await collectEntries(dir), out, { maxBytes: 4096 }),
    /limited to 4\.0 KiB/,
  );
  await assert.rejects(stat(out), /ENOENT/);
});

test('a stamped version is in the packed manifest only', async () => {
  const dir = await componentDir({ version: '0.0.0' });
  const { component } = await inspectComponent(dir, { version: '2.1.0', conventions: 'none' });
  const artifact = await packComponent(component!, await tempDir('out'));
  assert.equal(artifact.fileName, 'acme.widget.2.1.0.tar');
  const packed = (await readBack(artifact.file)).find((e) => e.path === 'slipway_component.json')!;
  assert.equal(packed.body, manifestText({ version: '2.1.0' }));
  assert.equal(
    await readFile(join(dir, 'slipway_component.json'), 'utf8'),
    manifestText({ version: '0.0.0' }),
  );
});

test('a file that changes size while being packed is an error', async () => {
  const dir = await componentDir({}, { 'grow.txt': 'x' });
  const entries = await collectEntries(dir);
  await writeFile(join(dir, 'grow.txt'), 'xxxxxxxx');
  await assert.rejects(writeTarball(entries, join(await tempDir('out'), 'g.tar')), /grow\.txt changed size/);
});

// Flat memory: the built CLI's peak RSS packing a 77 MB tree stays within 32 MiB of packing a tiny one
// (a packer that held the archive would grow by its size). The 300 MiB figure is `npm run bench -- pack`'s.
test('a 77 MB tree packs with flat memory (peak RSS of the built CLI: tiny tree + under 32 MiB)', async () => {
  const tiny = await componentDir();
  const dir = await componentDir();
  // Sparse files: the bytes to pack without the disk writes to set up.
  for (let i = 0; i < 16; i++) await truncate(await touch(join(dir, `big-${i}.bin`)), 4 * 1024 * 1024);
  for (let i = 0; i < 300; i++)
    await truncate(await touch(join(dir, `small/${i % 30}/f${i}.bin`)), 33 * 1024);
  const peak = async (folder: string) => {
    const out = await tempDir('out');
    const { code, maxrss_kib } = await peakRss(
      process.execPath,
      CLI,
      'pack',
      folder,
      '--out',
      out,
      '--conventions',
      'none',
    );
    assert.equal(code, 0);
    return { kib: maxrss_kib, size: (await stat(join(out, 'acme.widget.1.0.0.tar'))).size };
  };
  const [small, big] = await Promise.all([peak(tiny), peak(dir)]);
  assert.ok(big.size > 77 * 1000 * 1000, `packed ${big.size} bytes`);
  const growth = (big.kib - small.kib) / 1024;
  assert.ok(growth < 32, `peak RSS ${Math.round(small.kib / 1024)} → ${Math.round(big.kib / 1024)} MiB`);
  assert.ok(big.kib < 150 * 1024, `peak RSS ${Math.round(big.kib / 1024)} MiB`);
});

/** Peak RSS of a command, read by bench/rss.py (getrusage of the child). */
async function peakRss(...command: string[]): Promise<{ code: number; maxrss_kib: number }> {
  const script = join(import.meta.dirname, '../bench/rss.py');
  const { stdout } = await execFileAsync('python3', [script, ...command], { encoding: 'utf8' });
  return JSON.parse(stdout) as { code: number; maxrss_kib: number };
}

async function touch(path: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, '');
  return path;
}

/** One tar header block and its padded body, with the given name fields and magic. */
function tarEntry(o: { name: string; prefix?: string; magic: string; type?: string; body: string }): Buffer {
  const header = Buffer.alloc(512);
  header.write(o.name, 0, 'utf8');
  header.write('0000644\0', 100, 'latin1');
  header.write(`${Buffer.byteLength(o.body).toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  header.write('00000000000\0', 136, 'latin1');
  header.write(o.type ?? '0', 156, 'latin1');
  header.write(o.magic, 257, 'latin1');
  if (o.prefix) header.write(o.prefix, 345, 'utf8');
  header.fill(0x20, 148, 156);
  const sum = header.reduce((a, b) => a + b, 0);
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  const body = Buffer.alloc(Math.ceil(Buffer.byteLength(o.body) / 512) * 512);
  body.write(o.body, 0, 'utf8');
  return Buffer.concat([header, body]);
}

// The tar crate's Header::path, which Slipway's loader uses: prefix joined only in a POSIX ustar
// header ("ustar\0" "00"), PAX `path` records and GNU long names not applied.
test('a reviewed tarball is read by the names Slipway reads, not by its PAX records', async () => {
  const dir = await tempDir('tar-read');
  const file = join(dir, 'x.tar');
  const pax = '31 path=slipway_component.json\n';
  await writeFile(
    file,
    Buffer.concat([
      tarEntry({ name: 'PaxHeaders/a', magic: 'ustar\x0000', type: 'x', body: pax }),
      tarEntry({ name: 'other.json', magic: 'ustar\x0000', body: 'A' }),
      tarEntry({ name: 'b.json', prefix: 'posix', magic: 'ustar\x0000', body: 'B' }),
      tarEntry({ name: 'c.json', prefix: 'gnu', magic: 'ustar  \0', body: 'C' }),
      Buffer.alloc(1024),
    ]),
  );
  assert.equal(await readTarEntry(file, 'slipway_component.json'), undefined, 'the PAX path is not the name');
  assert.equal((await readTarEntry(file, 'other.json'))?.toString(), 'A');
  assert.equal((await readTarEntry(file, 'posix/b.json'))?.toString(), 'B');
  assert.equal((await readTarEntry(file, 'c.json'))?.toString(), 'C', 'a GNU header has no prefix field');
  assert.equal(await readTarEntry(file, 'gnu/c.json'), undefined);
});
