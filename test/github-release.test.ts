// The built action publishing to GitHub Releases, run as GitHub runs it, against the local emulator.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type GitHubEmulator, startGitHubEmulator } from './emulators/github.ts';
import { componentDir } from './helpers/fs.ts';
import { runActionInProcess } from './helpers/in-process.ts';
import type { ActionRun } from './helpers/run.ts';

const TOKEN = 'ghs_release_test_token_0123456789';
let gh: GitHubEmulator;
let repoCount = 0;

before(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
});
after(() => gh.close());

/** A fresh repository `acme/slipway_w<N>` with a component `w<N>` in a fresh folder. */
async function setup(
  fields: Record<string, unknown> = {},
  repoOptions: Parameters<GitHubEmulator['addRepo']>[1] = {},
) {
  const name = `w${++repoCount}`;
  const full = `acme/slipway_${name}`;
  gh.addRepo(full, repoOptions);
  const dir = await componentDir({ name, ...fields });
  return { name, full, dir };
}

function publishRun(
  dir: string,
  full: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<ActionRun> {
  // In this process (test/helpers/in-process.ts); e2e.test.ts and proxy.test.ts run the bundle.
  return runActionInProcess(
    { command: 'publish', path: dir, 'github-token': TOKEN, ...inputs },
    {
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: gh.serverUrl,
      GITHUB_REPOSITORY: full,
      GITHUB_SHA: 'a'.repeat(40),
      ...env,
    },
    dir,
  );
}

/** The requests about one repository since `since` (the tests run side by side, each in its own). */
const requests = (full: string, since: number) =>
  gh.requests.slice(since).filter((r) => r.path.toLowerCase().includes(full.toLowerCase()));
const writes = (full: string, since: number) => requests(full, since).filter((r) => r.method !== 'GET');

/** The only place a token may appear is the runner's own `::add-mask::` command, which the runner strips. */
function assertNotPrinted(run: ActionRun, token = TOKEN): void {
  const stdout = run.stdout.replace(`::add-mask::${token}\n`, '');
  assert.ok(run.stdout.includes(`::add-mask::${token}`), 'the token is registered as a secret');
  for (const text of [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)])
    assert.ok(!text.includes(token), 'the token must never be printed');
}

// Each test works in its own repository and its own folder, so they run side by side: the retry
// waits of one overlap another's work.
describe('the built action publishing to GitHub Releases', { concurrency: 4 }, () => {
  test('a fresh publish: draft, asset, digest, publish; outputs and summary; minimal requests', async () => {
    const { name, full, dir } = await setup();
    const start = gh.requests.length;
    const run = await publishRun(dir, full);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const releases = gh.repo(full).releases;
    assert.equal(releases.length, 1);
    const [release] = releases;
    assert.equal(release!.tagName, '1.0.0');
    assert.equal(release!.draft, false);
    assert.equal(release!.prerelease, false);
    assert.equal(release!.assets.length, 1);
    const asset = release!.assets[0]!;
    assert.equal(asset.name, `acme.${name}.1.0.0.tar`);
    assert.equal(asset.digest, `sha256:${run.outputs.sha256}`);
    assert.equal(run.outputs.published, 'true');
    assert.equal(run.outputs['release-id'], String(release!.id));
    assert.equal(
      run.outputs['download-url'],
      `${gh.serverUrl}/acme/slipway_${name}/releases/download/1.0.0/acme.${name}.1.0.0.tar`,
    );
    assert.equal(run.outputs['previous-version'], '');
    const calls = requests(full, start).map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`);
    // Four requests: nothing writes before the release, so the create is the permission check.
    const shapes = calls.map((c) => c.replace(/\/(releases|assets)\/\d+/, '/$1/ID'));
    assert.deepEqual(shapes, [
      `GET /repos/${full}/releases`,
      `POST /repos/${full}/releases`,
      `POST /uploads/repos/${full}/releases/ID/assets`,
      `PATCH /repos/${full}/releases/ID`,
    ]);
    const download = await fetch(run.outputs['download-url']!);
    assert.equal(download.status, 200);
    assert.equal(
      createHash('sha256')
        .update(Buffer.from(await download.arrayBuffer()))
        .digest('hex'),
      run.outputs.sha256,
    );
    assert.match(run.summary, /acme\.w\d+/);
    assertNotPrinted(run);
  });

  test('a re-run of a published version changes nothing and says so', async () => {
    const { full, dir } = await setup();
    assert.equal((await publishRun(dir, full)).code, 0);
    const start = gh.requests.length;
    const again = await publishRun(dir, full);
    assert.equal(again.code, 0, again.stdout);
    assert.equal(again.outputs.published, 'false');
    assert.match(again.stdout, /::notice::.*already published/);
    assert.deepEqual(writes(full, start), []);
    assert.equal(gh.repo(full).releases.length, 1);
  });

  test('a lower version is refused before any write, naming the highest', async () => {
    const { full, dir } = await setup();
    assert.equal((await publishRun(dir, full, { version: '2.0.0' })).code, 0);
    const start = gh.requests.length;
    const low = await publishRun(dir, full, { version: '1.5.0' });
    assert.equal(low.code, 1);
    assert.match(low.stdout, /::error::version 1\.5\.0 is lower than 2\.0\.0/);
    assert.deepEqual(writes(full, start), []);
  });

  test('a published asset with other bytes is refused and left alone', async () => {
    const { full, dir } = await setup();
    assert.equal((await publishRun(dir, full)).code, 0);
    const before = gh.repo(full).releases[0]!.assets[0]!.digest;
    await writeFile(join(dir, 'run.js'), '({ other: 1 });\n');
    const start = gh.requests.length;
    const run = await publishRun(dir, full);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /already has .* with other bytes/);
    assert.deepEqual(writes(full, start), []);
    assert.equal(gh.repo(full).releases[0]!.assets[0]!.digest, before);
  });

  test('a prerelease version makes a prerelease; the previous version is reported', async () => {
    const { full, dir } = await setup();
    assert.equal((await publishRun(dir, full, { version: '1.0.0' })).code, 0);
    const run = await publishRun(dir, full, { version: '1.1.0-rc.1' });
    assert.equal(run.code, 0, run.stdout);
    const rc = gh.repo(full).releases.find((r) => r.tagName === '1.1.0-rc.1')!;
    assert.equal(rc.prerelease, true);
    assert.equal(run.outputs['previous-version'], '1.0.0');
  });

  test('faults are survived: 5xx on create, secondary rate limit on list, reset mid-upload', async () => {
    const { full, dir } = await setup();
    const faults: GitHubEmulator['faults'] = [
      {
        match: { method: 'GET', path: new RegExp(`/repos/${full}/releases\\?`) },
        kind: 'secondary-rate-limit',
        retryAfter: 1,
      },
      { match: { method: 'POST', path: new RegExp(`/repos/${full}/releases$`) }, kind: '5xx' },
      { match: { method: 'POST', path: new RegExp(`/uploads/repos/${full}/`) }, kind: 'reset-mid-upload' },
    ];
    gh.faults.push(...faults);
    const run = await publishRun(dir, full);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const releases = gh.repo(full).releases;
    assert.equal(releases.length, 1, 'a retried create must not leave two releases');
    assert.equal(releases[0]!.assets.length, 1);
    assert.equal(releases[0]!.draft, false);
    assert.ok(!gh.faults.some((f) => faults.includes(f)), 'every fault was hit');
  });

  test('two concurrent runs end with one release and one asset, both green', async () => {
    const { full, dir } = await setup();
    const [a, b] = await Promise.all([publishRun(dir, full), publishRun(dir, full)]);
    assert.equal(a.code, 0, a.stdout);
    assert.equal(b.code, 0, b.stdout);
    const releases = gh.repo(full).releases;
    assert.equal(releases.length, 1, JSON.stringify(releases.map((r) => [r.id, r.draft])));
    assert.equal(releases[0]!.draft, false);
    assert.equal(releases[0]!.assets.length, 1);
  });

  test('a draft left by a failed run is reused', async () => {
    const { full, dir } = await setup();
    const first = await publishRun(dir, full, { draft: 'true' });
    assert.equal(first.code, 0, first.stdout);
    assert.equal(gh.repo(full).releases[0]!.draft, true);
    const run = await publishRun(dir, full);
    assert.equal(run.code, 0, run.stdout);
    const releases = gh.repo(full).releases;
    assert.equal(releases.length, 1);
    assert.equal(releases[0]!.draft, false);
    assert.equal(run.outputs['release-id'], first.outputs['release-id']);
  });

  test('a token without contents: write gets the fix; the refused create is the only write tried', async () => {
    const { full, dir } = await setup({}, { permissions: { push: false } });
    const start = gh.requests.length;
    const run = await publishRun(dir, full);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /may not create the release in .*Resource not accessible by integration/);
    assert.match(run.stdout, /permissions: contents: write/);
    assert.deepEqual(
      writes(full, start).map((r) => `${r.method} ${r.status}`),
      ['POST 403'],
    );
    assert.equal(gh.repo(full).releases.length, 0);
    assertNotPrinted(run);
  });

  test('a create answered 404 (how GitHub hides a repository from a token that may not write)', async () => {
    const { full, dir } = await setup();
    gh.faults.push({
      match: { method: 'POST', path: new RegExp(`/repos/${full}/releases$`) },
      kind: 'raw',
      raw: {
        status: 404,
        body: '{"message":"Not Found","documentation_url":"https://docs.github.com/rest","status":"404"}',
      },
    });
    const run = await publishRun(dir, full);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /may not create the release in .*GitHub answered 404/);
    assert.match(run.stdout, /permissions: contents: write/);
    assert.equal(gh.repo(full).releases.length, 0);
    assertNotPrinted(run);
  });

  test('a wrong token is reported without being printed', async () => {
    const { full, dir } = await setup();
    const run = await publishRun(dir, full, { 'github-token': 'ghs_wrong_secret_value' });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /rejected the token/);
    assertNotPrinted(run, 'ghs_wrong_secret_value');
  });

  test('with immutable releases the asset is in place before the one publishing PATCH', async () => {
    const { full, dir } = await setup({}, { immutableReleases: true });
    const run = await publishRun(dir, full);
    assert.equal(run.code, 0, run.stdout);
    const [release] = gh.repo(full).releases;
    assert.equal(release!.immutable, true);
    assert.equal(release!.assets.length, 1);
    const again = await publishRun(dir, full);
    assert.equal(again.code, 0, again.stdout);
    assert.equal(again.outputs.published, 'false');
  });
});
