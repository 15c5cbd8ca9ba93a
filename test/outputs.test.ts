// The action's outputs against action.yml: nothing emitted that is not declared, nothing declared
// that is never emitted, and the values the three bugs got wrong.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { OUTPUT_NAMES } from '../src/action/outputs.ts';
import { componentDir, tempDir } from './helpers/fs.ts';
import { runAction } from './helpers/run.ts';

const ROOT = resolve(import.meta.dirname, '..');

test('the outputs the action can emit are exactly those action.yml declares', async () => {
  const spec = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as {
    outputs: Record<string, unknown>;
  };
  assert.deepEqual([...OUTPUT_NAMES].sort(), Object.keys(spec.outputs).sort());
});

test('only src/action/outputs.ts sets outputs (so every output goes through the declared list)', async () => {
  const files = (await readdir(join(ROOT, 'src'), { recursive: true })).filter((f) => f.endsWith('.ts'));
  const setters: string[] = [];
  for (const file of files) {
    if (/\bsetOutput\s*\(/.test(await readFile(join(ROOT, 'src', file), 'utf8'))) setters.push(file);
  }
  assert.deepEqual(setters, ['action/outputs.ts']);
});

test('publish to a file registry: tarball stays the RUNNER_TEMP file, no undeclared registry-file', async () => {
  const dir = await componentDir();
  const registry = await tempDir('registry');
  const r = await runAction(
    {
      command: 'publish',
      path: dir,
      conventions: 'none',
      'github-release': 'false',
      'file-registry': `file:${registry}`,
    },
    {},
    dir,
  );
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(r.outputs.tarball, join(r.runnerTemp, 'component-publish', 'acme.widget.1.0.0.tar'));
  assert.equal(r.outputs.version, '1.0.0');
  assert.equal(r.outputs.published, 'true');
  assert.equal(r.outputs['registry-file'], undefined);
  const declared = new Set<string>(OUTPUT_NAMES);
  assert.deepEqual(
    Object.keys(r.outputs).filter((k) => !declared.has(k)),
    [],
  );
});

test('publish with no target (github-release false): the component is still packed and reported', async () => {
  const dir = await componentDir();
  const r = await runAction(
    { command: 'publish', path: dir, conventions: 'none', 'github-release': 'false', 'dry-run': 'true' },
    {},
    dir,
  );
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(r.outputs.version, '1.0.0');
  assert.match(r.outputs.sha256 ?? '', /^[0-9a-f]{64}$/);
  assert.equal(r.outputs.published, 'false');
});
