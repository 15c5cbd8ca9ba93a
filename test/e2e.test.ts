// End to end through the built action, against both emulators: a monorepo released under one tag
// (two Slipway components of one namespace + a Serverless Devs package) the way the reusable workflow
// runs it, a re-run that changes nothing, a draft release that lacks a tarball and so stays a draft,
// and the pre-flight order: a Serverless failure publishes nothing anywhere, GitHub included.
import assert from 'node:assert/strict';
import { copyFile, cp, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import { parse } from 'yaml';
import { type GitHubEmulator, startGitHubEmulator } from './emulators/github.ts';
import {
  type ServerlessRegistryEmulator,
  startServerlessRegistryEmulator,
} from './emulators/serverless-registry.ts';
import { manifestText, tempDir, writeTree } from './helpers/fs.ts';
import { type ActionRun, cli, runAction } from './helpers/run.ts';
import { tarEntryText } from './helpers/tar.ts';

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

/**
 * The reusable publish workflow's jobs, played in order through the built action: `pack` per Slipway
 * component (read-only; its tarball is the artifact), `publish` per folder (the reviewed tarball, to one
 * draft release), `release` once (publishes the draft holding every tarball), `registry` per component.
 */
async function playPublishWorkflow(
  repo: string,
  components: { path: string; kind: string; name: string }[],
  tarballs: string,
) {
  const runs: ActionRun[] = [];
  const step = async (inputs: Record<string, string>) => {
    const r = await runAction({ 'github-token': GH_TOKEN, ...inputs }, env('acme/slipway_charts'), repo);
    runs.push(r);
    assert.equal(r.code, 0, `${JSON.stringify(inputs)}\n${r.stdout}${r.stderr}`);
    return r;
  };
  const slipway = components.filter((c) => c.kind === 'slipway');
  // As the discover job computes it: the Slipway components of this run.
  const siblings = slipway.map((c) => c.name).join(' ');
  const packed = new Map<string, string>();
  for (const c of slipway) {
    const r = await step({ command: 'pack', path: join(repo, c.path), siblings });
    const artifact = join(tarballs, basename(r.outputs.tarball!));
    await copyFile(r.outputs.tarball!, artifact);
    packed.set(c.path, artifact);
  }
  for (const c of components) {
    await step(
      c.kind === 'slipway'
        ? {
            command: 'publish',
            path: join(repo, c.path),
            tarball: packed.get(c.path)!,
            draft: 'true',
            siblings,
          }
        : {
            command: 'publish',
            path: join(repo, c.path),
            'github-release': 'false',
            'serverless-registry-token': SLS_TOKEN,
            'serverless-registry-url': sls.url,
          },
    );
  }
  const draftBeforeRelease = gh.repo('acme/slipway_charts').releases.map((r) => r.draft);
  await step({ command: 'release', tarball: tarballs });
  for (const c of slipway) {
    await step({
      command: 'publish',
      path: join(repo, c.path),
      'github-release': 'false',
      'registry-repo': 'acme/registry',
    });
  }
  return { runs, draftBeforeRelease };
}

test('a monorepo released under one tag to an immutable-release repository: two assets, two registry entries, a Serverless package; a re-run changes nothing', async () => {
  gh.addRepo('acme/slipway_charts', { immutableReleases: true });
  gh.addRepo('acme/registry');
  const repo = await tempDir('mono');
  await writeTree(repo, {
    'charts/slipway_component.json': manifestText({
      name: 'charts',
      version: '0.0.0',
      rigging: { svg: { component: 'acme.charts__svg.0.0.0' } },
    }),
    'svg/slipway_component.json': manifestText({ name: 'charts__svg', version: '0.0.0' }),
    'svg/run.js': '({});\n',
  });
  await cp(FIXTURE, join(repo, 'fc'), { recursive: true });
  const publishYaml = await readFile(join(FIXTURE, 'publish.yaml'), 'utf8');
  await writeFile(join(repo, 'fc/publish.yaml'), publishYaml.replace('Version: 0.0.1', 'Version: 1.2.0'));

  const listed = await cli(['list', repo, '--format', 'json']);
  assert.equal(listed.code, 0, listed.stderr);
  const components = JSON.parse(listed.stdout).components as { path: string; kind: string; name: string }[];
  assert.deepEqual(
    components.map((c) => [c.path, c.kind]),
    [
      ['charts', 'slipway'],
      ['fc', 'serverless'],
      ['svg', 'slipway'],
    ],
  );

  const first = await playPublishWorkflow(repo, components, await tempDir('artifacts'));
  assert.deepEqual(first.draftBeforeRelease, [true], 'one draft until the release step');
  const releases = gh.repo('acme/slipway_charts').releases;
  assert.equal(releases.length, 1);
  assert.equal(releases[0]!.tagName, '1.2.0');
  assert.equal(releases[0]!.draft, false);
  assert.equal(releases[0]!.immutable, true);
  assert.deepEqual(releases[0]!.assets.map((a) => a.name).sort(), [
    'acme.charts.1.2.0.tar',
    'acme.charts__svg.1.2.0.tar',
  ]);
  // The tag's version is stamped into the packed manifests, rigging references to siblings included.
  const chartsTar = releases[0]!.assets.find((a) => a.name === 'acme.charts.1.2.0.tar')!.bytes;
  const packedCharts = JSON.parse(await tarEntryText(chartsTar, 'slipway_component.json'));
  assert.equal(packedCharts.version, '1.2.0');
  assert.deepEqual(packedCharts.rigging, { svg: { component: 'acme.charts__svg.1.2.0' } });

  const registry = parse(gh.getFile('acme/registry', 'main', 'registry.yaml')!);
  const packages = registry.namespaces[0].acme.map((p: Record<string, unknown>) => Object.keys(p)[0]);
  assert.deepEqual(packages.sort(), ['charts', 'charts__svg']);
  assert.equal(registry.namespaces[0].acme[0][packages[0]].stable, '1.2.0');
  const serverlessRun = first.runs.find((r) => r.outputs['serverless-package'])!;
  assert.equal(serverlessRun.outputs['serverless-package'], 'cp-test-component@1.2.0');

  const ghSince = gh.requests.length;
  const slsSince = sls.requests.length;
  const again = await playPublishWorkflow(repo, components, await tempDir('artifacts'));
  for (const r of again.runs) assert.notEqual(r.outputs.published, 'true', r.stdout);
  assert.deepEqual(githubWrites(ghSince), []);
  assert.deepEqual(serverlessWrites(slsSince), []);
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
