// Runs the built bundles the way users do: `node dist/cli.js …`, and `node dist/index.js` with INPUT_*
// variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, as GitHub's runner does.
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tempDir } from './fs.ts';
import { inputVariables } from './inputs.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/cli.js');
export const ACTION = join(ROOT, 'dist/index.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: childEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

/**
 * The environment a child gets: this process's without anything GitHub Actions would have set (each
 * test sets what it means), then `extra`; an undefined value leaves the variable unset, as spawn does.
 */
export function childEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith('GITHUB_') && !k.startsWith('INPUT_') && !k.startsWith('RUNNER_'))
      env[k] = v;
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export function cli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Run> {
  return run([CLI, ...args], options);
}

export interface ActionRun extends Run {
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

/** Runs dist/index.js with action.yml's defaults under `inputs`, as the runner does. */
export async function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  cwd?: string,
): Promise<ActionRun> {
  const step = await actionStep(inputs, env);
  return step.finish(await run([ACTION], { cwd, env: step.env }));
}

/**
 * The runner's side of one step: a fresh RUNNER_TEMP holding empty output and summary files, and the
 * variables the runner sets (action.yml's defaults under `inputs` as INPUT_*, then `env`) on top of
 * the child's base environment; `finish` reads the outputs and summary back after the run.
 */
export async function actionStep(
  inputs: Record<string, string>,
  env: Record<string, string>,
): Promise<{ env: Record<string, string>; finish: (r: Run) => Promise<ActionRun> }> {
  const runnerTemp = await tempDir('runner');
  const outputFile = join(runnerTemp, 'output.txt');
  const summaryFile = join(runnerTemp, 'summary.md');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  return {
    env: {
      ...inputVariables(inputs),
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerTemp,
      GITHUB_ACTIONS: 'true',
      ...env,
    },
    finish: async (r) => ({
      ...r,
      outputs: parseOutputs(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
      runnerTemp,
    }),
  };
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i]!);
    outputs[m[1]!] = value.join('\n');
  }
  return outputs;
}
