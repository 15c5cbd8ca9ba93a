// `npm test`: the unit tests and the checks (typecheck, lint, check:dist, check:readme, check:size,
// check:dead) at once; exit 1 if any failed. Run one after another they left a core idle: tsc is single-threaded and
// many tests wait on sockets or child processes. The tests' report streams as it comes; each check's
// output is printed whole after them. The commands stay in package.json's scripts; they run without
// npm in between (node_modules/.bin on PATH).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const TESTS = 'test:unit';
// The checks run one after another beside the tests, which use both cores by themselves.
const CHECKS = ['typecheck', 'lint', 'check:dist', 'check:readme', 'check:size', 'check:dead'];
const env = { ...process.env, PATH: `${join(root, 'node_modules/.bin')}${delimiter}${process.env.PATH}` };
const start = performance.now();
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

/** Runs one script; `live` lets its output through as it comes, else it is kept for the end. */
function runScript(name, live) {
  return new Promise((done) => {
    const began = performance.now();
    const stdio = live ? 'inherit' : ['ignore', 'pipe', 'pipe'];
    const child = spawn(scripts[name], { cwd: root, env, shell: true, stdio });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) => {
      const status = code === 0 ? 'ok' : `FAILED (${signal ?? `exit ${code}`})`;
      done({ name, ok: code === 0, output: Buffer.concat(output).toString(), status, time: seconds(began) });
    });
  });
}

async function runChecks() {
  const results = [];
  for (const name of CHECKS) results.push(await runScript(name, false));
  return results;
}

const [tests, checks] = await Promise.all([runScript(TESTS, true), runChecks()]);
for (const r of [...checks, tests]) {
  const text = r.output && !r.output.endsWith('\n') ? `${r.output}\n` : r.output;
  process.stdout.write(`${text}── ${r.name}: ${r.status} in ${r.time} s\n`);
}
const failed = [...checks, tests].filter((r) => !r.ok).map((r) => r.name);
if (failed.length > 0) {
  process.stdout.write(`── npm test: ${failed.join(', ')} failed (${seconds(start)} s)\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(`── npm test: all passed in ${seconds(start)} s\n`);
}
