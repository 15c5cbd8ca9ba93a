// End to end through the built action, against both emulators: the reusable publish workflow played
// job by job (pack, attest, publish) on a repository shaped like a real Rust Slipway one, with the
// caller's build or the caller's build artifact: one release, one registry.yaml commit, a re-run that
// writes nothing, a failing build that publishes nothing. Also a draft release that lacks a tarball
// and so stays a draft, and the pre-flight order: a Serverless failure publishes nothing anywhere.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, cp, readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import { parse } from 'yaml';
import { type GitHubEmulator, startGitHubEmulator } from './emulators/github.ts';
import {
  type ServerlessRegistryEmulator,
  startServerlessRegistryEmulator,
} from './emulators/serverless-registry.ts';
import { manifestText, tempDir, writeTree } from './helpers/fs.ts';
import { CLI, runAction } from './helpers/run.ts';
import { tarEntryText } from './helpers/tar.ts';
import { type JobRun, playWorkflow, type WorkflowRun } from './play-workflow.ts';

const GH_TOKEN = 'ghs_e2e_token_abcdef';
const SLS_TOKEN = 'sls_e2e_safety_code_123';
const FIXTURE = join(import.meta.dirname, 'fixtures/serverless/component');
let gh: GitHubEmulator;
let sls: ServerlessRegistryEmulator;

before(async () => {
  gh = await startGitHubEmulator({ token: GH_TOKEN });
  sls = await startServerlessRegistryEmulator({ tokens: [SLS_TOKEN] });
});
after(async () => {
  await gh.close();
  await sls.close();
});

function env(repo: string, extra: Record<string, string> = {}) {
  return {
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: gh.serverUrl,
    GITHUB_REPOSITORY: repo,
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_REF_TYPE: 'tag',
    GITHUB_REF_NAME: '1.2.0',
    ...extra,
  };
}

const githubWrites = (since: number) => gh.requests.slice(since).filter((r) => r.method !== 'GET');
const serverlessWrites = (since: number) => sls.requests.slice(since).filter((r) => r.method !== 'GET');

// ----- the reusable publish workflow, played job by job ------------------------------------------

const ROOT = join(import.meta.dirname, '..');
const PUBLISH_YML = join(ROOT, '.github/workflows/publish.yml');
const WASM = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);

const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_DATE: '2026-11-02T10:00:00Z',
      GIT_COMMITTER_DATE: '2026-11-02T10:00:00Z',
    },
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
};

/**
 * A repository shaped like a real Rust Slipway one: sources under crates/, a build that compiles
 * run.wasm and assembles components/<publisher>.<name>/ (gitignored), and a demo it assembles too.
 */
async function rustSlipwayRepository(namespace: string): Promise<string> {
  const source = await tempDir(`slipway_${namespace}`);
  await writeTree(source, {
    '.gitignore': 'components/\ntarget/\n',
    'Cargo.toml': `[workspace]\nmembers = ["crates/*"]\n`,
    [`crates/${namespace}/slipway_component.json`]: manifestText({
      name: namespace,
      version: '0.0.0',
      rigging: { svg: { component: `acme.${namespace}__svg.0.0.0` } },
    }),
    [`crates/${namespace}__svg/slipway_component.json`]: manifestText({
      name: `${namespace}__svg`,
      version: '0.0.0',
    }),
    // Broken on purpose: were it not excluded, validation would stop the whole run.
    [`crates/${namespace}_demo/slipway_component.json`]: '{ "publisher": "acme", "name": \n',
    'build.sh': [
      'set -e',
      'for crate in crates/*/; do',
      '  name="$(basename "$crate")"',
      '  out="components/acme.$name"',
      '  mkdir -p "$out"',
      '  cp "$crate/slipway_component.json" "$out/"',
      `  printf '\\000asm\\001\\000\\000\\000' > "$out/run.wasm"`,
      '  echo "assembled $out"',
      'done',
      '',
    ].join('\n'),
  });
  git(source, 'init', '-q', '-b', 'main');
  git(source, 'add', '-A');
  git(source, 'commit', '-q', '-m', 'components');
  return source;
}

/** The runner's workspace after both checkouts: the caller's repository in source/, ours beside it. */
async function workspaceFor(repository: string): Promise<string> {
  const workspace = await tempDir('workspace');
  await cp(repository, join(workspace, 'source'), { recursive: true });
  const self = join(workspace, '.component-publish');
  await writeTree(self, {
    'action.yml': await readFile(join(ROOT, 'action.yml'), 'utf8'),
    // As in the real checkout: dist/package.json makes dist/*.js CommonJS (an ES module importing the
    // 2 MB bundle instead would scan it for exports, a quarter of a second per run).
    'package.json': '{ "type": "module" }\n',
    'dist/package.json': await readFile(join(ROOT, 'dist/package.json'), 'utf8'),
    'dist/cli.js': `require(${JSON.stringify(CLI)});\n`,
  });
  git(self, 'init', '-q', '-b', 'main');
  git(self, 'add', '-A');
  git(self, 'commit', '-q', '-m', 'component-publish');
  return workspace;
}

interface Caller {
  repo: string;
  registry: string;
  inputs: Record<string, string | boolean>;
}

/** The workflow_call inputs with their defaults, under the caller's values. */
async function callerInputs(given: Record<string, string | boolean>) {
  const spec = parse(await readFile(PUBLISH_YML, 'utf8')).on.workflow_call.inputs as Record<
    string,
    { default: string | boolean }
  >;
  return { ...Object.fromEntries(Object.entries(spec).map(([k, v]) => [k, v.default])), ...given };
}

async function playCaller(workspace: string, artifacts: string, caller: Caller) {
  return playWorkflow(PUBLISH_YML, {
    workspace,
    artifacts,
    env: env(caller.repo),
    context: {
      inputs: await callerInputs({ 'registry-repo': caller.registry, ...caller.inputs }),
      secrets: { 'registry-token': GH_TOKEN },
      github: { repository: caller.repo, ref_name: '1.2.0', token: GH_TOKEN },
      job: { workflow_repository: 'component-publish/component-publish', workflow_sha: 'c'.repeat(40) },
    },
  });
}

const jobRun = (run: WorkflowRun, id: string): JobRun => {
  const job = run.jobs[id];
  assert.ok(job && job !== 'skipped', `job ${id} was skipped`);
  assert.equal(job.failed, undefined, `job ${id} failed at "${job.failed}":\n${job.log}`);
  return job;
};

const apiCommits = (repo: string) =>
  gh
    .repo(repo)
    .branches.get('main')
    ?.commits.filter((c) => !c.seed) ?? [];

async function assertNamespaceReleased(repo: string, registry: string, namespace: string) {
  const releases = gh.repo(repo).releases;
  assert.equal(releases.length, 1, 'one release for the tag');
  assert.equal(releases[0]!.draft, false);
  assert.deepEqual(releases[0]!.assets.map((a) => a.name).sort(), [
    `acme.${namespace}.1.2.0.tar`,
    `acme.${namespace}__svg.1.2.0.tar`,
  ]);
  const main = releases[0]!.assets.find((a) => a.name === `acme.${namespace}.1.2.0.tar`)!.bytes;
  assert.deepEqual(JSON.parse(await tarEntryText(main, 'slipway_component.json')).rigging, {
    svg: { component: `acme.${namespace}__svg.1.2.0` },
  });
  assert.equal(await tarEntryText(main, 'run.wasm'), WASM.toString());
  assert.equal(apiCommits(registry).length, 1, 'one registry.yaml commit for the whole namespace');
  const written = parse(gh.getFile(registry, 'main', 'registry.yaml')!);
  const entries = written.namespaces[0].acme.map((p: Record<string, unknown>) => Object.keys(p)[0]);
  assert.deepEqual(entries.sort(), [namespace, `${namespace}__svg`], 'the demo is not in the registry');
}

test('publish.yml with a build input: a Rust Slipway repository released as one release and one registry.yaml commit, the demo left out; a re-run writes nothing', async () => {
  gh.addRepo('acme/slipway_charts');
  gh.addRepo('acme/registry_build');
  const caller: Caller = {
    repo: 'acme/slipway_charts',
    registry: 'acme/registry_build',
    inputs: { build: 'sh ./build.sh', root: 'components', exclude: '*_demo' },
  };
  const repository = await rustSlipwayRepository('charts');
  const run = await playCaller(await workspaceFor(repository), await tempDir('artifacts'), caller);
  const pack = jobRun(run, 'pack');
  assert.match(pack.log, /assembled components\/acme\.charts__svg/);
  assert.equal(run.jobs.attest, 'skipped');
  jobRun(run, 'publish');
  await assertNamespaceReleased(caller.repo, caller.registry, 'charts');

  // The same commit built again (a re-run): the same bytes, so nothing to write anywhere.
  const since = gh.requests.length;
  const again = await playCaller(await workspaceFor(repository), await tempDir('artifacts'), caller);
  assert.equal(jobRun(again, 'pack').outputs.components, pack.outputs.components);
  jobRun(again, 'publish');
  assert.deepEqual(githubWrites(since), []);
});

test('publish.yml with attest-provenance and a Serverless Devs package beside the components: one attest job for every tarball, the package folder travels in the one artifact', async () => {
  gh.addRepo('acme/slipway_geo');
  const repository = await rustSlipwayRepository('geo');
  await cp(FIXTURE, join(repository, 'fc'), { recursive: true });
  git(repository, 'add', '-A');
  git(repository, 'commit', '-q', '-m', 'a Serverless Devs package');
  const artifacts = await tempDir('artifacts');
  const run = await playCaller(await workspaceFor(repository), artifacts, {
    repo: 'acme/slipway_geo',
    registry: '',
    inputs: { build: 'sh ./build.sh', exclude: 'crates/*\ncomponents/*_demo\n', 'attest-provenance': true },
  });
  const pack = jobRun(run, 'pack');
  assert.deepEqual(
    JSON.parse(pack.outputs.components!).map((c: { dir: string }) => c.dir),
    ['components/acme.geo', 'components/acme.geo__svg', 'fc'],
  );
  const attest = jobRun(run, 'attest');
  assert.deepEqual(
    attest.attested.map((p) => p.replace(/^.*component-publish-artifact/, '')),
    ['/tarballs/*.tar'],
  );
  assert.deepEqual((await readdir(join(artifacts, 'component-publish/tarballs'))).sort(), [
    'acme.geo.1.2.0.tar',
    'acme.geo.1.2.0.tar.sha256',
    'acme.geo__svg.1.2.0.tar',
    'acme.geo__svg.1.2.0.tar.sha256',
  ]);
  // Every entry is dated by the commit (SOURCE_DATE_EPOCH), not by the build's clock.
  const tar = await readFile(join(artifacts, 'component-publish/tarballs/acme.geo.1.2.0.tar'));
  const mtime = Number.parseInt(tar.subarray(136, 147).toString('latin1'), 8);
  assert.equal(mtime, Date.parse('2026-11-02T10:00:00Z') / 1000);
  assert.equal(
    await readFile(join(artifacts, 'component-publish/serverless/fc/publish.yaml'), 'utf8'),
    await readFile(join(FIXTURE, 'publish.yaml'), 'utf8'),
  );
  jobRun(run, 'publish');
  assert.equal(gh.repo('acme/slipway_geo').releases[0]!.assets.length, 2);
});

test('publish.yml with an artifact input: the caller’s build job uploads components/, the same one release and one commit', async () => {
  gh.addRepo('acme/slipway_maps2');
  gh.addRepo('acme/registry_artifact');
  const repository = await rustSlipwayRepository('maps2');
  // The caller's own build job: its checkout, its build, `upload-artifact` of components/ (whose
  // contents, not the folder, are the artifact's root).
  const built = await tempDir('caller-build');
  await cp(repository, built, { recursive: true });
  assert.equal(spawnSync('sh', ['./build.sh'], { cwd: built }).status, 0);
  const artifacts = await tempDir('artifacts');
  await cp(join(built, 'components'), join(artifacts, 'assembled'), { recursive: true });

  const caller: Caller = {
    repo: 'acme/slipway_maps2',
    registry: 'acme/registry_artifact',
    inputs: {
      artifact: 'assembled',
      'artifact-path': 'components',
      paths: 'components/*',
      exclude: 'components/*_demo',
    },
  };
  const run = await playCaller(await workspaceFor(repository), artifacts, caller);
  jobRun(run, 'pack');
  jobRun(run, 'publish');
  await assertNamespaceReleased(caller.repo, caller.registry, 'maps2');
});

test('publish.yml: a failing build publishes nothing; the error carries its exit code and last lines', async () => {
  gh.addRepo('acme/slipway_broken');
  const repository = await rustSlipwayRepository('broken');
  const since = gh.requests.length;
  const run = await playCaller(await workspaceFor(repository), await tempDir('artifacts'), {
    repo: 'acme/slipway_broken',
    registry: '',
    inputs: { build: "sh ./build.sh && echo 'error[E0425]: cannot find value `x`' >&2 && exit 101" },
  });
  const pack = run.jobs.pack as JobRun;
  assert.equal(pack.failed, 'Build');
  assert.match(
    pack.log,
    /::error title=build failed::the build command exited with 101; nothing was packed or published\. Its last lines:%0A.*assembled components\/acme\.broken\w*%0Aerror\[E0425\]: cannot find value `x`%0A/,
  );
  assert.equal(run.jobs.attest, 'skipped');
  assert.equal(run.jobs.publish, 'skipped');
  assert.deepEqual(githubWrites(since), []);
  assert.equal(gh.repo('acme/slipway_broken').releases.length, 0);
});

test('publish.yml: one broken component (the demo, not excluded) stops the run before anything is packed or published', async () => {
  gh.addRepo('acme/slipway_demo');
  const repository = await rustSlipwayRepository('demo');
  const since = gh.requests.length;
  const run = await playCaller(await workspaceFor(repository), await tempDir('artifacts'), {
    repo: 'acme/slipway_demo',
    registry: '',
    inputs: { build: 'sh ./build.sh', root: 'components' },
  });
  const pack = run.jobs.pack as JobRun;
  assert.match(pack.failed ?? '', /^(Validate|Pack) every/);
  assert.match(
    pack.log,
    /::error title=slipway\/json-syntax,file=source\/components\/acme\.demo_demo\/slipway_component\.json/,
  );
  assert.equal(run.jobs.publish, 'skipped');
  assert.deepEqual(githubWrites(since), []);
});

test("ci.yml's reusable-publish self-test, played: the build's file is in the packed tarball, the dry run writes nothing", async () => {
  gh.addRepo('acme/self_test');
  const ci = parse(await readFile(join(ROOT, '.github/workflows/ci.yml'), 'utf8'));
  const { with: given } = ci.jobs['reusable-publish'] as { with: Record<string, string | boolean> };
  const repository = await tempDir('self-test');
  await cp(join(ROOT, 'examples'), join(repository, 'examples'), { recursive: true });
  git(repository, 'init', '-q', '-b', 'main');
  git(repository, 'add', '-A');
  git(repository, 'commit', '-q', '-m', 'examples');
  const artifacts = await tempDir('artifacts');
  const since = gh.requests.length;
  const run = await playCaller(await workspaceFor(repository), artifacts, {
    repo: 'acme/self_test',
    registry: '',
    inputs: given,
  });
  jobRun(run, 'pack');
  jobRun(run, 'publish');
  const [tar] = await readdir(join(artifacts, 'component-publish/tarballs'));
  const bytes = await readFile(join(artifacts, 'component-publish/tarballs', tar!));
  assert.equal(await tarEntryText(bytes, 'BUILT.txt'), `built from ${'b'.repeat(40)}\n`);
  assert.deepEqual(githubWrites(since), []);
});

test('release refuses a draft that lacks a component’s tarball: it stays a draft, nothing is published', async () => {
  gh.addRepo('acme/slipway_maps', { immutableReleases: true });
  const repo = await tempDir('maps');
  await writeTree(repo, {
    'maps/slipway_component.json': manifestText({ name: 'maps', version: '0.0.0' }),
    'maps/run.js': '({});\n',
    'world/slipway_component.json': manifestText({ name: 'maps__world', version: '0.0.0' }),
    'world/run.js': '({});\n',
  });
  const mapsEnv = env('acme/slipway_maps', { GITHUB_REF_NAME: '2.0.0' });
  const artifacts = await tempDir('artifacts');
  for (const path of ['maps', 'world']) {
    const r = await runAction({ command: 'pack', path: join(repo, path) }, mapsEnv, repo);
    assert.equal(r.code, 0, r.stdout);
    await copyFile(r.outputs.tarball!, join(artifacts, basename(r.outputs.tarball!)));
  }
  // Only maps is published to the draft (world's job failed).
  const maps = await runAction(
    {
      command: 'publish',
      path: join(repo, 'maps'),
      tarball: join(artifacts, 'acme.maps.2.0.0.tar'),
      draft: 'true',
      'github-token': GH_TOKEN,
    },
    mapsEnv,
    repo,
  );
  assert.equal(maps.code, 0, maps.stdout);
  const since = gh.requests.length;
  const release = await runAction(
    { command: 'release', tarball: artifacts, 'github-token': GH_TOKEN },
    mapsEnv,
    repo,
  );
  assert.equal(release.code, 1);
  assert.match(release.stdout, /::error::.*lacks acme\.maps__world\.2\.0\.0\.tar/);
  assert.match(release.stdout, /re-run the publish step/);
  assert.deepEqual(githubWrites(since), []);
  assert.equal(gh.repo('acme/slipway_maps').releases[0]!.draft, true);
});

test('a wrong Serverless token fails in pre-flight: no GitHub release, nothing anywhere, token not printed', async () => {
  gh.addRepo('acme/slipway_both');
  const dir = await tempDir('both');
  await cp(FIXTURE, dir, { recursive: true });
  await writeTree(dir, { 'slipway_component.json': manifestText({ name: 'both' }), 'run.js': '({});\n' });
  const ghSince = gh.requests.length;
  const slsSince = sls.requests.length;
  const run = await runAction(
    {
      command: 'publish',
      path: dir,
      'github-token': GH_TOKEN,
      'serverless-registry-token': 'not-the-token',
      'serverless-registry-url': sls.url,
    },
    env('acme/slipway_both', { GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'main' }),
    dir,
  );
  assert.equal(run.code, 1);
  assert.match(run.stdout, /::error::/);
  assert.deepEqual(githubWrites(ghSince), []);
  assert.deepEqual(serverlessWrites(slsSince), []);
  assert.equal(gh.repo('acme/slipway_both').releases.length, 0);
  const printed = run.stdout.replace('::add-mask::not-the-token\n', '');
  assert.ok(
    !printed.includes('not-the-token') &&
      !run.stderr.includes('not-the-token') &&
      !run.summary.includes('not-the-token'),
  );
});
