// helpers/in-process.ts stands in for the built bundles in most hostile-input cases: it must answer
// as the bundle does, keep each run's summary to its own file, and give this process back as it was.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { componentDir, tempDir } from './helpers/fs.ts';
import { cliInProcess, runActionInProcess } from './helpers/in-process.ts';
import { type ActionRun, cli, runAction } from './helpers/run.ts';

/** A run with its temporary folder named the same way, so two runs can be compared. */
const comparable = (r: ActionRun) => JSON.parse(JSON.stringify(r).replaceAll(r.runnerTemp, 'RUNNER_TEMP'));

test('in process, the action and the CLI answer as the bundles do', async () => {
  const dir = await componentDir({ name: 'Bad' });
  const inputs = { command: 'validate', path: '.', conventions: 'none' };
  const action = await runActionInProcess(inputs, { GITHUB_WORKSPACE: dir }, dir);
  assert.equal(action.code, 1);
  assert.match(action.summary, /slipway\/name-invalid/);
  assert.deepEqual(comparable(action), comparable(await runAction(inputs, { GITHUB_WORKSPACE: dir }, dir)));
  const args = ['publish', dir, '--registry', 'http://x'];
  const usage = await cliInProcess(args, { cwd: dir });
  assert.equal(usage.code, 2);
  assert.deepEqual(usage, await cli(args, { cwd: dir }));
});

test('in process, runs side by side queue, each with its own summary, and leave no trace', async () => {
  const env = { ...process.env };
  const cwd = process.cwd();
  const [a, b] = await Promise.all(
    ['A', 'B'].map(async (name) => {
      const dir = await componentDir({ name });
      return runActionInProcess({ command: 'validate', path: '.' }, { GITHUB_WORKSPACE: dir }, dir);
    }),
  );
  assert.equal(a?.code, 1);
  assert.equal(b?.code, 1);
  // Each summary holds its own run only (the fix names the lower-cased name): @actions/core's cached
  // summary path was cleared between the runs.
  const first = await readFile(`${a?.runnerTemp}/summary.md`, 'utf8');
  assert.match(first, /e\.g\. "a"/);
  assert.doesNotMatch(first, /e\.g\. "b"/);
  assert.match(b?.summary ?? '', /e\.g\. "b"/);
  const failed = await cliInProcess(['validate', await tempDir('none')], { env: { EXTRA_VARIABLE: 'x' } });
  assert.equal(failed.code, 1);
  assert.deepEqual({ ...process.env }, env);
  assert.equal(process.cwd(), cwd);
  assert.equal(process.exitCode, undefined);
});
