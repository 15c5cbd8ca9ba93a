// Bad action inputs: each a typed error naming the input and the fix, exit 1, nothing written, never
// "unexpected failure"; and user data or a token never forms a workflow command or reaches the log.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { escapeLog } from '../src/action/log.ts';
import { PublishError } from '../src/errors.ts';
import { checkToken, secretParts } from '../src/token.ts';
import { componentDir, tempDir } from './helpers/fs.ts';
import { runActionInProcess } from './helpers/in-process.ts';
import type { ActionRun } from './helpers/run.ts';

function assertRefused(r: ActionRun, message: RegExp): void {
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, message);
  assert.doesNotMatch(r.stdout + r.stderr, /unexpected failure/);
}

async function nothingPacked(r: ActionRun): Promise<void> {
  const made = await readdir(join(r.runnerTemp, 'component-publish')).catch(() => []);
  assert.deepEqual(made, [], 'nothing packed');
}

describe('action inputs refused before any work', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['a junk boolean', { 'dry-run': 'yes' }, /input "dry-run" must be true or false \(got "yes"\)/],
    [
      'a junk boolean on a target',
      { 'github-release': 'maybe' },
      /input "github-release" must be true or false/,
    ],
    ['a malformed repository', { repository: 'not-a-repo' }, /input "repository" must be OWNER\/NAME/],
    ['a malformed registry-repo', { 'registry-repo': 'a/b/c' }, /input "registry-repo" must be OWNER\/NAME/],
    [
      'a registry-file outside the repository',
      { 'registry-repo': 'acme/registry', 'registry-file': '../x.yaml', 'github-token': 'ghs_abc' },
      /input "registry-file" "\.\.\/x\.yaml" is outside the repository/,
    ],
    ['an empty path', { path: '' }, /input "path" is empty/],
    ['a path outside the workspace', { path: '..' }, /input "path" "\.\." is outside the workspace/],
    ['a missing tarball', { tarball: 'nope.tar' }, /input "tarball" "nope\.tar" is not a file/],
    [
      'an unknown command',
      { command: 'deploy' },
      /input "command" must be one of publish, validate, pack, release/,
    ],
  ];
  for (const [name, inputs, message] of cases) {
    test(name, async () => {
      const dir = await componentDir();
      const r = await runActionInProcess({ path: '.', 'github-release': 'false', ...inputs }, {}, dir);
      assertRefused(r, message);
      await nothingPacked(r);
    });
  }
});

test('a folder with neither manifest nor publish file: exit 1, not an empty success', async () => {
  const dir = await tempDir('empty');
  const r = await runActionInProcess({ path: '.', 'github-release': 'false' }, {}, dir);
  assertRefused(r, /holds neither slipway_component\.json nor publish\.yaml/);
});

test('a token with a newline: refused by name, each line masked, never printed', async () => {
  const dir = await componentDir();
  const token = 'ghs_firstline\nsecondline_secret';
  const r = await runActionInProcess({ path: '.', 'github-token': token, conventions: 'none' }, {}, dir);
  assertRefused(r, /input "github-token" contains whitespace/);
  assert.match(r.stdout, /^::add-mask::ghs_firstline$/m);
  assert.match(r.stdout, /^::add-mask::secondline_secret$/m);
  const unmasked = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
  assert.ok(!unmasked.some((l) => l.includes('secondline_secret') || l.includes('ghs_firstline')));
});

test('a version input holding a workflow command does not form one in the log', async () => {
  const dir = await componentDir();
  const r = await runActionInProcess(
    { command: 'pack', path: '.', version: '1.0.0\n::warning::injected\n##[error]old', conventions: 'none' },
    {},
    dir,
  );
  assert.equal(r.code, 1, r.stdout);
  for (const line of r.stdout.split('\n')) {
    assert.doesNotMatch(line, /^\s*::warning::injected/);
    assert.doesNotMatch(line, /^\s*##\[error\]/);
  }
});

test('escapeLog: no line can start a workflow command; other text is kept', () => {
  const cases: [string, string][] = [
    ['plain text', 'plain text'],
    ['a::b', 'a::b'],
    ['::set-output name=x::y', '%3A:set-output name=x::y'],
    ['ok\n  ::warning::x', 'ok\n  %3A:warning::x'],
    ['ok\r::error::x', 'ok\n%3A:error::x'],
    ['##[set-output name=x;]y', '%23#[set-output name=x;]y'],
  ];
  for (const [input, expected] of cases) assert.equal(escapeLog(input), expected, JSON.stringify(input));
});

test('checkToken: refuses whitespace, control and format characters, never echoing the token', () => {
  assert.equal(checkToken('T', 'ghp_abc123'), 'ghp_abc123');
  for (const bad of ['tok en', 'tok\nen', 'tok\ten', 'tok\u0000en', 'tok\u200ben', 'tok\ufeffen', ' token']) {
    assert.throws(
      () => checkToken('T', bad),
      (e: unknown) => e instanceof PublishError && e.code === 'bad-token' && !e.message.includes(bad),
    );
  }
  assert.deepEqual(secretParts('a\nb\r\nc'), ['a\nb\r\nc', 'a', 'b', 'c']);
  assert.deepEqual(secretParts(''), []);
});

test('a path in RUNNER_TEMP (where the reusable workflow checks out a worktree) is accepted', async () => {
  const dir = await componentDir();
  const workspace = await tempDir('workspace');
  const r = await runActionInProcess(
    { command: 'validate', path: dir, conventions: 'none' },
    { RUNNER_TEMP: join(dir, '..'), GITHUB_WORKSPACE: workspace },
    workspace,
  );
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const outside = await runActionInProcess(
    { command: 'validate', path: dir, conventions: 'none' },
    { GITHUB_WORKSPACE: workspace },
    workspace,
  );
  assertRefused(outside, /input "path" ".*" is outside the workspace/);
});
