// Plays one job of a workflow file locally, step by step, the way GitHub's runner would: `run:`
// steps in bash (-e -o pipefail, the runner's default shell) with GITHUB_OUTPUT, GITHUB_ENV and
// GITHUB_STEP_SUMMARY files; `uses: ./.component-publish` steps through the built action; `if:` and
// `${{ }}` evaluated by a small evaluator of the expression language (the subset our workflows use).
// Third-party actions are played by what they do for us: checkout (the test prepares the folders),
// setup-node (nothing to do), upload/download-artifact (a folder per artifact), attest (recorded).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { tempDir } from './helpers/fs.ts';
import { runAction } from './helpers/run.ts';

const ACTION_INPUTS = (
  parse(readFileSync(join(import.meta.dirname, '../action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  }
).inputs;

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
type Context = Record<string, Value>;

// ----- expressions -----------------------------------------------------------------------------

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|'((?:[^']|'')*)'|(&&|\|\||==|!=|[!(),])|([A-Za-z_][\w.-]*))/y;

function tokenize(text: string): string[][] {
  const tokens: string[][] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.trimEnd().length) {
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`cannot read the expression ${text}`);
    if (m[1] !== undefined) tokens.push(['num', m[1]]);
    else if (m[2] !== undefined) tokens.push(['str', m[2].replaceAll("''", "'")]);
    else if (m[3] !== undefined) tokens.push(['op', m[3]]);
    else tokens.push(['id', m[4]!]);
  }
  return tokens;
}

const truthy = (v: Value) => v !== null && v !== false && v !== '' && v !== 0;
const text = (v: Value): string => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const loose = (a: Value, b: Value) =>
  typeof a === typeof b ? a === b : String(a).toLowerCase() === String(b).toLowerCase();

const FUNCTIONS: Record<string, (...args: Value[]) => Value> = {
  format: (f, ...args) => text(f).replace(/\{(\d+)\}/g, (_, i: string) => text(args[Number(i)] ?? '')),
  fromJSON: (v) => JSON.parse(text(v)),
  toJSON: (v) => JSON.stringify(v),
  success: () => true, // (playWorkflow asks the needed jobs itself)
  always: () => true,
  cancelled: () => false,
};

export function evaluate(expression: string, context: Context): Value {
  const tokens = tokenize(expression);
  let at = 0;
  const peek = () => tokens[at]?.[1];
  const or = (): Value => {
    let left = and();
    while (peek() === '||') {
      at++;
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const and = (): Value => {
    let left = compare();
    while (peek() === '&&') {
      at++;
      const right = compare();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const compare = (): Value => {
    const left = unary();
    const op = peek();
    if (op !== '==' && op !== '!=') return left;
    at++;
    const equal = loose(left, unary());
    return op === '==' ? equal : !equal;
  };
  const unary = (): Value => {
    if (peek() === '!') {
      at++;
      return !truthy(unary());
    }
    return primary();
  };
  const primary = (): Value => {
    const [kind, value] = tokens[at++] ?? [];
    if (kind === 'num') return Number(value);
    if (kind === 'str') return value!;
    if (value === '(') {
      const inner = or();
      at++;
      return inner;
    }
    if (kind !== 'id') throw new Error(`unexpected ${value} in ${expression}`);
    if (value === 'true' || value === 'false') return value === 'true';
    if (value === 'null') return null;
    if (peek() === '(') {
      at++;
      const args: Value[] = [];
      while (peek() !== ')') {
        args.push(or());
        if (peek() === ',') at++;
      }
      at++;
      const fn = FUNCTIONS[value!];
      if (!fn) throw new Error(`the player does not know ${value}()`);
      return fn(...args);
    }
    let v: Value = context as Value;
    for (const key of value!.split('.'))
      v = v && typeof v === 'object' && !Array.isArray(v) ? (v[key] ?? null) : null;
    return v;
  };
  const result = or();
  if (at !== tokens.length) throw new Error(`cannot read the expression ${expression}`);
  return result;
}

/** A `${{ }}` template: its expressions replaced by their values. */
export function expand(template: string, context: Context): string {
  return template.replace(/\$\{\{\s*([\s\S]+?)\s*\}\}/g, (_, e: string) => text(evaluate(e, context)));
}

// ----- steps -----------------------------------------------------------------------------------

interface Step {
  name?: string;
  id?: string;
  if?: string | boolean;
  uses?: string;
  run?: string;
  with?: Record<string, string | boolean>;
  env?: Record<string, string>;
  'working-directory'?: string;
}

export interface JobRun {
  /** Step id → outputs. */
  steps: Record<string, Record<string, string>>;
  /** The job's outputs, as `outputs:` maps them. */
  outputs: Record<string, string>;
  /** Everything the steps printed, and the failing step's name when one failed. */
  log: string;
  failed?: string;
  summary: string;
  attested: string[];
}

export interface PlayOptions {
  workspace: string;
  /** Where uploaded artifacts are kept between jobs, one folder per name. */
  artifacts: string;
  context: Context;
  env: Record<string, string>;
}

export function readOutputs(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([\w-]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i]!);
      out[heredoc[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      out[lines[i]!.slice(0, lines[i]!.indexOf('='))] = lines[i]!.slice(lines[i]!.indexOf('=') + 1);
    }
  }
  return out;
}

/** Plays `jobId` of `file`; stops at the first failing step, as the runner does. */
export async function playJob(file: string, jobId: string, options: PlayOptions): Promise<JobRun> {
  const doc = parse(await readFile(file, 'utf8'));
  const job = doc.jobs[jobId] as { steps: Step[]; outputs?: Record<string, string> };
  const runnerTemp = await tempDir('runner-temp');
  const files = {
    output: join(runnerTemp, '.output'),
    env: join(runnerTemp, '.env'),
    summary: join(runnerTemp, '.summary'),
  };
  const result: JobRun = { steps: {}, outputs: {}, log: '', summary: '', attested: [] };
  const env: Record<string, string> = {
    ...options.env,
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: runnerTemp,
  };
  const context = (): Context => ({
    ...options.context,
    runner: { temp: runnerTemp },
    steps: Object.fromEntries(Object.entries(result.steps).map(([id, outputs]) => [id, { outputs }])),
  });
  for (const step of job.steps) {
    if (step.if !== undefined && !truthy(evaluate(String(step.if).replace(/^\$\{\{|\}\}$/g, ''), context())))
      continue;
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v), context())]),
    );
    const inputs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(String(v), context())]),
    );
    let outputs: Record<string, string> = {};
    let ok = true;
    if (step.run !== undefined) {
      await writeFile(files.output, '');
      await writeFile(files.env, '');
      await writeFile(files.summary, '');
      const r = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', step.run], {
        cwd: resolve(options.workspace, expand(step['working-directory'] ?? '.', context())),
        env: {
          ...process.env,
          ...env,
          ...stepEnv,
          GITHUB_OUTPUT: files.output,
          GITHUB_ENV: files.env,
          GITHUB_STEP_SUMMARY: files.summary,
        },
        encoding: 'utf8',
      });
      result.log += r.stdout + r.stderr;
      ok = r.status === 0;
      outputs = readOutputs(await readFile(files.output, 'utf8'));
      Object.assign(env, readOutputs(await readFile(files.env, 'utf8')));
      result.summary += await readFile(files.summary, 'utf8');
    } else if (step.uses === './.component-publish') {
      // action.yml's own `${{ }}` defaults (github-token: github.token), as the runner fills them.
      const defaults = Object.fromEntries(
        Object.entries(ACTION_INPUTS)
          .filter(([, spec]) => String(spec.default ?? '').includes('${{'))
          .map(([name, spec]) => [name, expand(String(spec.default), context())]),
      );
      const r = await runAction({ ...defaults, ...inputs }, { ...env, ...stepEnv }, options.workspace);
      result.log += r.stdout + r.stderr;
      result.summary += r.summary;
      ok = r.code === 0;
      outputs = r.outputs;
    } else {
      await playThirdParty(step.uses ?? '', inputs, options, result);
    }
    if (step.id) result.steps[step.id] = outputs;
    if (!ok) {
      result.failed = step.name ?? step.id ?? step.run ?? '';
      return result;
    }
  }
  for (const [name, value] of Object.entries(job.outputs ?? {}))
    result.outputs[name] = expand(value, context());
  return result;
}

async function playThirdParty(
  uses: string,
  inputs: Record<string, string>,
  options: PlayOptions,
  result: JobRun,
) {
  const action = uses.replace(/@.*/, '');
  if (action === 'actions/checkout' || action === 'actions/setup-node') return;
  if (action === 'actions/upload-artifact') {
    const stored = join(options.artifacts, inputs.name!);
    await rm(stored, { recursive: true, force: true });
    await mkdir(options.artifacts, { recursive: true });
    await cp(inputs.path!, stored, { recursive: true });
  } else if (action === 'actions/download-artifact') {
    const into = resolve(options.workspace, inputs.path!);
    await mkdir(into, { recursive: true });
    await cp(join(options.artifacts, inputs.name!), into, { recursive: true });
  } else if (action === 'actions/attest-build-provenance') {
    result.attested.push(inputs['subject-path']!);
  } else {
    throw new Error(`the player cannot play ${uses}`);
  }
}

export interface WorkflowRun {
  /** Job id → its run, or 'skipped' when its `if:` (or a failed need) kept it from starting. */
  jobs: Record<string, JobRun | 'skipped'>;
}

/**
 * Every job of `file` in the order written (ours are written in dependency order), each started
 * when its `if:` holds: by default, when every job it needs succeeded.
 */
export async function playWorkflow(file: string, options: PlayOptions): Promise<WorkflowRun> {
  const doc = parse(await readFile(file, 'utf8'));
  const run: WorkflowRun = { jobs: {} };
  const needs: Record<string, { result: string; outputs: Record<string, string> }> = {};
  for (const [id, job] of Object.entries(
    doc.jobs as Record<string, { needs?: string | string[]; if?: string }>,
  )) {
    const wanted = job.needs === undefined ? [] : [job.needs].flat();
    const context: Context = {
      ...options.context,
      needs: Object.fromEntries(wanted.map((n) => [n, needs[n]!])),
    };
    // As on GitHub: an `if:` without a status function (success(), always(), …) also needs every
    // needed job to have succeeded.
    const needsOk = wanted.every((n) => needs[n]!.result === 'success');
    const condition = String(job.if ?? 'success()').replace(/^\$\{\{|\}\}$/g, '');
    const statusFunction = /\b(success|failure|always|cancelled)\(\)/.test(condition);
    const starts =
      (statusFunction || needsOk) &&
      truthy(evaluate(condition.replace(/\bsuccess\(\)/g, 'needsOk'), { ...context, needsOk }));
    if (!starts) {
      run.jobs[id] = 'skipped';
      needs[id] = { result: 'skipped', outputs: {} };
      continue;
    }
    const played = await playJob(file, id, { ...options, context });
    run.jobs[id] = played;
    needs[id] = { result: played.failed === undefined ? 'success' : 'failure', outputs: played.outputs };
  }
  return run;
}
