// The action's run() and the CLI's main() run in this process, as run.ts's runAction and cli run the
// built bundles in a child, with the same answers: a spawn of the 2 MB bundle costs ~0.15-0.2 s of
// CPU, the in-process run tens of milliseconds. What a child would have of its own is given to the run
// and taken back after it: the environment (run.ts's childEnv, INPUT_* from actionStep), the working
// folder, argv, stdout and stderr, the exit code, the TTY flags and @actions/core's job summary.
// Those are process-wide, so runs queue one behind another even when their tests run side by side.
// Not covered: the bundle itself (the entry files, esbuild's output), a crash outside the awaited run
// (it fails the test file instead of giving exit 1), and @actions/github's defaults, computed at its
// import from this process's environment (the action and CLI pass the API URL themselves).
import { AsyncLocalStorage } from 'node:async_hooks';
import { inspect } from 'node:util';
import * as core from '@actions/core';
import { run as actionRun } from '../../src/action/main.ts';
import { main as cliMain } from '../../src/cli/main.ts';
import { ACTION, type ActionRun, actionStep, CLI, childEnv, type Run } from './run.ts';

/** Runs the action's run() with action.yml's defaults under `inputs`, as runAction runs dist/index.js. */
export async function runActionInProcess(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  cwd?: string,
): Promise<ActionRun> {
  const step = await actionStep(inputs, env);
  return step.finish(await asProcess([ACTION], { cwd, env: step.env }, () => actionRun()));
}

/** Runs the CLI's main(args), as cli runs dist/cli.js. */
export function cliInProcess(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Run> {
  return asProcess([CLI, ...args], options, () => cliMain(args));
}

/** What one run wrote; `open` is false once it ended, so a late write goes to the real stream. */
interface Output {
  stdout: Buffer[];
  stderr: Buffer[];
  open: boolean;
}
const current = new AsyncLocalStorage<Output>();
let queue: Promise<unknown> = Promise.resolve();

function asProcess(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> },
  entry: () => Promise<unknown>,
): Promise<Run> {
  const result = queue.then(async () => {
    const output: Output = { stdout: [], stderr: [], open: true };
    const restore = enter([process.execPath, ...argv], options.cwd, childEnv(options.env));
    try {
      try {
        const code = await current.run(output, entry);
        if (typeof code === 'number') process.exitCode = code;
      } catch (error) {
        // What node prints for an unhandled rejection before it exits 1.
        output.stderr.push(Buffer.from(`${inspect(error)}\n\nNode.js ${process.version}\n`));
        process.exitCode = 1;
      }
      const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString();
      return {
        code: Number(process.exitCode ?? 0),
        stdout: text(output.stdout),
        stderr: text(output.stderr),
      };
    } finally {
      output.open = false;
      restore();
    }
  });
  queue = result.catch(() => {});
  return result;
}

/** Gives the process to one run; the function returned takes it back, whatever the run left. */
function enter(argv: string[], cwd: string | undefined, env: Record<string, string>): () => void {
  const saved = {
    argv: process.argv,
    cwd: process.cwd(),
    env: { ...process.env },
    exitCode: process.exitCode,
  };
  const undo: (() => void)[] = [];
  try {
    undo.push(
      capture(process.stdout, (o) => o.stdout),
      capture(process.stderr, (o) => o.stderr),
    );
    // A child's stdio are pipes: no progress bars, no prompts.
    undo.push(shadow(process.stdout, 'isTTY', undefined), shadow(process.stderr, 'isTTY', undefined));
    resetSummary();
    replaceEnv(env);
    process.argv = argv;
    process.exitCode = undefined;
    if (cwd) process.chdir(cwd);
  } catch (error) {
    leave();
    throw error;
  }
  function leave() {
    process.chdir(saved.cwd);
    process.exitCode = saved.exitCode;
    process.argv = saved.argv;
    replaceEnv(saved.env);
    resetSummary();
    for (const u of undo.reverse()) u();
  }
  return leave;
}

/** Every variable of `env` and no other. */
function replaceEnv(env: NodeJS.ProcessEnv): void {
  for (const k of Object.keys(process.env)) if (!Object.hasOwn(env, k)) delete process.env[k];
  for (const [k, v] of Object.entries(env)) if (v !== undefined) process.env[k] = v;
}

/** @actions/core's summary keeps its file path (read once from GITHUB_STEP_SUMMARY) and its buffer. */
function resetSummary(): void {
  core.summary.emptyBuffer();
  (core.summary as unknown as { _filePath?: string })._filePath = undefined;
}

type Write = NodeJS.WriteStream['write'];

/**
 * Writes made inside a run (console.* write through the stream too) go to its output. Which run a
 * write belongs to is told by its async context, not by the time it happens: the test runner's report
 * and other tests write to the same streams meanwhile, and must get through.
 */
function capture(stream: NodeJS.WriteStream, into: (o: Output) => Buffer[]): () => void {
  const original = stream.write;
  stream.write = function (this: NodeJS.WriteStream, ...args: Parameters<Write>) {
    const output = current.getStore();
    if (!output?.open) return Reflect.apply(original, this, args);
    const [chunk, encoding, callback] = args as [
      string | Uint8Array,
      BufferEncoding | ((e?: Error | null) => void) | undefined,
      ((e?: Error | null) => void) | undefined,
    ];
    into(output).push(
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
        : Buffer.from(chunk), // a copy: the caller may reuse its buffer
    );
    const done = typeof encoding === 'function' ? encoding : callback;
    if (done) process.nextTick(done, null);
    return true;
  } as Write;
  return () => {
    stream.write = original;
  };
}

/** Gives `object[key]` an own value until the function returned puts back what was there. */
function shadow(object: object, key: string, value: unknown): () => void {
  const before = Object.getOwnPropertyDescriptor(object, key);
  Object.defineProperty(object, key, { value, configurable: true, writable: true, enumerable: true });
  return () => {
    if (before) Object.defineProperty(object, key, before);
    else delete (object as Record<string, unknown>)[key];
  };
}
