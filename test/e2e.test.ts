// End to end through the built action, against both emulators: a monorepo released under one tag
// (two Slipway components of one namespace + a Serverless Devs package), a re-run that changes nothing,
// and the pre-flight order: a Serverless failure publishes nothing anywhere, GitHub included.
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parse } from 'yaml';
import { type GitHubEmulator, startGitHubEmulator } from './emulators/github.ts';
import {
  type ServerlessRegistryEmulator,
  startServerlessRegistryEmulator,
} from './emulators/serverless-registry.ts';
import { manifestText, tempDir, writeTree } from './helpers/fs.ts';
import { cli, runAction } from './helpers/run.ts';

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

test('a monorepo released under one tag: two assets, two registry entries, a Serverless package; a re-run changes nothing', async () => {
  gh.addRepo('acme/slipway_charts');
  gh.addRepo('acme/registry');
  const repo = await tempDir('mono');
  await writeTree(repo, {
    'charts/slipway_component.json': manifestText({ name: 'charts', version: '0.0.0' }),
    'charts/run.js': '({});\n',
    'svg/slipway_component.json': manifestText({ name: 'charts__svg', version: '0.0.0' }),
    'svg/run.js': '({});\n',
  });
  await cp(FIXTURE, join(repo, 'fc'), { recursive: true });
  const publishYaml = await readFile(join(FIXTURE, 'publish.yaml'), 'utf8');
  await writeFile(join(repo, 'fc/publish.yaml'), publishYaml.replace('Version: 0.0.1', 'Version: 1.2.0'));

  const listed = await cli(['list', repo, '--format', 'json']);
  assert.equal(listed.code, 0, listed.stderr);
  const components = JSON.parse(listed.stdout) as { path: string; kind: string }[];
  assert.deepEqual(
    components.map((c) => [c.path, c.kind]),
    [
      ['charts', 'slipway'],
      ['fc', 'serverless'],
      ['svg', 'slipway'],
    ],
  );

  const inputs = (path: string) => ({
    command: 'publish',
    path: join(repo, path),
    'github-token': GH_TOKEN,
    'registry-repo': 'acme/registry',
    'serverless-registry-url': sls.url,
  });
  const publishAll = async () => {
    const runs = [];
    for (const c of components) {
      const extra: Record<string, string> =
        c.kind === 'serverless'
          ? { 'serverless-registry-token': SLS_TOKEN, 'github-release': 'false', 'registry-repo': '' }
          : {};
      runs.push(await runAction({ ...inputs(c.path), ...extra }, env('acme/slipway_charts'), repo));
    }
    return runs;
  };

  const first = await publishAll();
  for (const r of first) assert.equal(r.code, 0, r.stdout + r.stderr);
  const releases = gh.repo('acme/slipway_charts').releases;
  assert.equal(releases.length, 1);
  assert.equal(releases[0]!.tagName, '1.2.0');
  assert.deepEqual(releases[0]!.assets.map((a) => a.name).sort(), [
    'acme.charts.1.2.0.tar',
    'acme.charts__svg.1.2.0.tar',
  ]);
  const registry = parse(gh.getFile('acme/registry', 'main', 'registry.yaml')!);
  const packages = registry.namespaces[0].acme.map((p: Record<string, unknown>) => Object.keys(p)[0]);
  assert.deepEqual(packages.sort(), ['charts', 'charts__svg']);
  assert.equal(registry.namespaces[0].acme[0][packages[0]].stable, '1.2.0');
  assert.equal(first[1]!.outputs['serverless-package'], 'cp-test-component@1.2.0');

  const ghSince = gh.requests.length;
  const slsSince = sls.requests.length;
  const again = await publishAll();
  for (const r of again) {
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs.published, 'false');
  }
  assert.deepEqual(githubWrites(ghSince), []);
  assert.deepEqual(serverlessWrites(slsSince), []);
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
