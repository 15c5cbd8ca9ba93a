// `command: release` through the built action, against the GitHub emulator: publishing the draft that
// several publish steps (draft: true) filled, only when it holds every tarball with the packed sha256.
import assert from 'node:assert/strict';
import { copyFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import { type GitHubEmulator, startGitHubEmulator } from './emulators/github.ts';
import { manifestText, tempDir, writeTree } from './helpers/fs.ts';
import { runActionInProcess } from './helpers/in-process.ts';
import type { ActionRun } from './helpers/run.ts';

const TOKEN = 'ghs_finish_test_token_0123456789';
let gh: GitHubEmulator;
let repoCount = 0;

before(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
});
after(() => gh.close());

/** `acme/slipway_n<N>` with components `n<N>` and `n<N>__<part>` (one namespace) at the given versions. */
async function setup(versions: Record<string, string>, repoOptions = {}) {
  const ns = `n${++repoCount}`;
  const full = `acme/slipway_${ns}`;
  gh.addRepo(full, repoOptions);
  const repo = await tempDir('finish');
  for (const [part, version] of Object.entries(versions)) {
    const name = part === '' ? ns : `${ns}__${part}`;
    await writeTree(repo, {
      [`${name}/slipway_component.json`]: manifestText({ name, version }),
      [`${name}/run.js`]: '({});\n',
    });
  }
  const env = {
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: gh.serverUrl,
    GITHUB_REPOSITORY: full,
    GITHUB_SHA: 'c'.repeat(40),
  };
  const action = (inputs: Record<string, string>) =>
    runActionInProcess({ 'github-token': TOKEN, ...inputs }, env, repo);
  /**
   * Publishes a component to its draft; the tarball it packed lands in `artifacts` as the workflow's
   * would. (Packing in one job and publishing that tarball in another is e2e.test.ts's; one run here.)
   */
  const toDraft = async (name: string, artifacts: string): Promise<string> => {
    const run = await action({ command: 'publish', path: join(repo, name), draft: 'true' });
    assert.equal(run.code, 0, run.stdout);
    const tarball = join(artifacts, basename(run.outputs.tarball!));
    await copyFile(run.outputs.tarball!, tarball);
    return tarball;
  };
  return { ns, full, repo, action, toDraft };
}

const writesSince = (since: number) => gh.requests.slice(since).filter((r) => r.method !== 'GET');
const failure = (run: ActionRun) => /::error::(.*)/.exec(run.stdout)?.[1] ?? '';

test('tarballs of two versions: each release is published from its draft, once', async () => {
  const s = await setup({ '': '1.0.0', svg: '2.0.0' });
  const artifacts = await tempDir('artifacts');
  await s.toDraft(s.ns, artifacts);
  await s.toDraft(`${s.ns}__svg`, artifacts);
  assert.deepEqual(
    gh.repo(s.full).releases.map((r) => [r.tagName, r.draft]),
    [
      ['1.0.0', true],
      ['2.0.0', true],
    ],
  );
  const run = await s.action({ command: 'release', tarball: artifacts });
  assert.equal(run.code, 0, run.stdout);
  const releases = gh.repo(s.full).releases;
  assert.deepEqual(
    releases.map((r) => [r.tagName, r.draft, r.assets.map((a) => a.name)]),
    [
      ['1.0.0', false, [`acme.${s.ns}.1.0.0.tar`]],
      ['2.0.0', false, [`acme.${s.ns}__svg.2.0.0.tar`]],
    ],
  );
  assert.equal(run.outputs.published, 'true');
  assert.equal(run.outputs['release-url']!.split('\n').length, 2);
  assert.match(run.summary, new RegExp(`acme\\.${s.ns}__svg\\.2\\.0\\.0\\.tar`));

  const since = gh.requests.length;
  const again = await s.action({ command: 'release', tarball: artifacts });
  assert.equal(again.code, 0, again.stdout);
  assert.equal(again.outputs.published, 'false');
  assert.deepEqual(writesSince(since), []);
});

test('a draft asset with other bytes than the packed tarball: refused, the draft stays a draft', async () => {
  const s = await setup({ '': '1.0.0' });
  const artifacts = await tempDir('artifacts');
  const tarball = await s.toDraft(s.ns, artifacts);
  await writeFile(tarball, 'not what was uploaded');
  const since = gh.requests.length;
  const run = await s.action({ command: 'release', tarball: artifacts });
  assert.equal(run.code, 1);
  assert.match(
    failure(run),
    /the draft release 1\.0\.0 .* has acme\.n\d+\.1\.0\.0\.tar with sha256 \w+, not the packed/,
  );
  assert.match(failure(run), /re-run the publish step/);
  assert.deepEqual(writesSince(since), []);
  assert.equal(gh.repo(s.full).releases[0]!.draft, true);
});

test('a published immutable release without one of the tarballs: refused, with the only way out', async () => {
  const s = await setup({ '': '1.0.0', svg: '1.0.0' }, { immutableReleases: true });
  const artifacts = await tempDir('artifacts');
  await s.toDraft(s.ns, artifacts);
  const alone = await tempDir('alone');
  await copyFile(join(artifacts, `acme.${s.ns}.1.0.0.tar`), join(alone, `acme.${s.ns}.1.0.0.tar`));
  assert.equal((await s.action({ command: 'release', tarball: alone })).code, 0);
  // Released with one asset; now the sibling's tarball turns up.
  const pack = await s.action({ command: 'pack', path: join(s.repo, `${s.ns}__svg`) });
  await copyFile(pack.outputs.tarball!, join(artifacts, basename(pack.outputs.tarball!)));
  const since = gh.requests.length;
  const run = await s.action({ command: 'release', tarball: artifacts });
  assert.equal(run.code, 1);
  assert.match(failure(run), /the published release 1\.0\.0 .* lacks acme\.n\d+__svg\.1\.0\.0\.tar/);
  assert.match(failure(run), /immutable, so nothing can be added to it: publish a new version/);
  assert.deepEqual(writesSince(since), []);
});

test('two release steps racing on one draft: both succeed, the release is published once', async () => {
  const s = await setup({ '': '3.0.0' });
  const artifacts = await tempDir('artifacts');
  await s.toDraft(s.ns, artifacts);
  const since = gh.requests.length;
  const runs = await Promise.all([1, 2].map(() => s.action({ command: 'release', tarball: artifacts })));
  for (const run of runs) assert.equal(run.code, 0, run.stdout);
  const releases = gh.repo(s.full).releases;
  assert.equal(releases.length, 1);
  assert.equal(releases[0]!.draft, false);
  const patches = writesSince(since).filter((r) => r.method === 'PATCH');
  assert.ok(patches.length >= 1 && patches.length <= 2, `${patches.length} PATCH requests`);
});

test('bad tarball input: a clear error and no request', async () => {
  const s = await setup({ '': '1.0.0' });
  const empty = await tempDir('empty');
  const misnamed = await writeTree(await tempDir('misnamed'), { 'component.tar': 'x' });
  const artifacts = await tempDir('artifacts');
  const pack = await s.action({ command: 'pack', path: join(s.repo, s.ns) });
  await copyFile(pack.outputs.tarball!, join(artifacts, basename(pack.outputs.tarball!)));
  const cases: [Record<string, string>, RegExp][] = [
    [{ tarball: '' }, /command "release" needs the tarball input/],
    [{ tarball: join(empty, 'nope') }, /does not exist/],
    [{ tarball: empty }, /holds no \.tar file/],
    [{ tarball: misnamed }, /"component\.tar" is not named <publisher>\.<name>\.<version>\.tar/],
    [{ tarball: artifacts, version: '9.9.9' }, /is of version 1\.0\.0, but the version input is 9\.9\.9/],
  ];
  for (const [inputs, message] of cases) {
    const since = gh.requests.length;
    const run = await s.action({ command: 'release', ...inputs });
    assert.equal(run.code, 1, JSON.stringify(inputs));
    assert.match(failure(run), message);
    assert.deepEqual(gh.requests.slice(since), []);
  }
});
