// What a folder holds, decided in one place: a package with publish.yml is validated, listed and
// published alike, and a folder with both publish files is refused, naming both.
import assert from 'node:assert/strict';
import { cp, mkdir, rename } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { PublishError } from '../src/errors.ts';
import { kindOf } from '../src/folder-kind.ts';
import { listComponents } from '../src/list.ts';
import { validateFolder } from '../src/validate.ts';
import { tempDir } from './helpers/fs.ts';
import { cli } from './helpers/run.ts';

const FIXTURE = resolve(import.meta.dirname, 'fixtures/serverless-valid/component');

async function ymlPackage(): Promise<string> {
  const root = await tempDir('yml');
  const dir = join(root, 'pkg');
  await cp(FIXTURE, dir, { recursive: true });
  await rename(join(dir, 'publish.yaml'), join(dir, 'publish.yml'));
  return root;
}

test('kindOf: table of file sets', () => {
  const cases: [string[], ReturnType<typeof kindOf>][] = [
    [[], {}],
    [['slipway_component.json'], { slipway: 'slipway_component.json' }],
    [['publish.yaml'], { serverless: 'publish.yaml' }],
    [['publish.yml'], { serverless: 'publish.yml' }],
    [
      ['slipway_component.json', 'publish.yml'],
      { slipway: 'slipway_component.json', serverless: 'publish.yml' },
    ],
    [['publish.yaml.bak', 'README.md'], {}],
  ];
  for (const [files, expected] of cases) assert.deepEqual(kindOf(new Set(files)), expected, files.join(','));
  assert.throws(
    () => kindOf(new Set(['publish.yaml', 'publish.yml']), 'pkg'),
    (e: unknown) =>
      e instanceof PublishError &&
      /pkg\/publish\.yaml/.test(e.message) &&
      /pkg\/publish\.yml/.test(e.message),
  );
});

test('a package with publish.yml is validated and listed (validate refused it, list did not see it)', async () => {
  const root = await ymlPackage();
  const result = await validateFolder(join(root, 'pkg'));
  assert.equal(result.hasServerlessPackage, true);
  assert.deepEqual(
    result.problems.filter((p) => p.severity === 'error'),
    [],
  );
  const listed = await listComponents(root);
  assert.deepEqual(
    listed.map((c) => [c.path, c.kind]),
    [['pkg', 'serverless']],
  );
  const r = await cli(['validate', join(root, 'pkg')]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
});

test('publish.yaml and publish.yml side by side: an error naming both, from validate and list', async () => {
  const root = await ymlPackage();
  await cp(join(root, 'pkg', 'publish.yml'), join(root, 'pkg', 'publish.yaml'));
  const r = await cli(['validate', join(root, 'pkg')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /publish\.yaml and .*publish\.yml/);
  assert.doesNotMatch(r.stderr, /unexpected failure/);
  await assert.rejects(listComponents(root), /publish\.yaml and .*publish\.yml/);
});

test('a manifest that is a folder: an error naming it, not "holds neither" and not a crash', async () => {
  const root = await tempDir('manifest-dir');
  await mkdir(join(root, 'slipway_component.json'));
  const r = await cli(['validate', root]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /slipway_component\.json is a folder\n {2}fix: replace it/);
});
