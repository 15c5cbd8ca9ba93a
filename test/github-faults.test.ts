// The release target in-process against the emulator's fault injection: answers that are not what
// GitHub's API promises, writes the server applied but answered badly, and the pre-flight permission
// check. Each asserts what the emulator ends up holding and which requests it received.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PublishError } from '../src/errors.ts';
import { createGitHub } from '../src/github/client.ts';
import { MemoryReporter } from '../src/report/reporter.ts';
import type { Artifact } from '../src/slipway/pack.ts';
import type { StepOutcome } from '../src/target.ts';
import { GitHubReleaseTarget } from '../src/targets/github-release.ts';
import { FinishReleaseTarget } from '../src/targets/github-release-finish.ts';
import { type FaultKind, type GitHubEmulator, startGitHubEmulator } from './emulators/github.ts';
import { tempDir } from './helpers/fs.ts';

const TOKEN = 'ghs_faults_test_token_0123456789';
let gh: GitHubEmulator;
let repoCount = 0;

before(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
});
after(() => gh.close());

/** A tarball-shaped file on disk and the artifact describing it (the target reads only these fields). */
async function artifactFor(name: string, version: string): Promise<Artifact> {
  const dir = await tempDir('faults');
  const fileName = `acme.${name}.${version}.tar`;
  const file = join(dir, fileName);
  const bytes = Buffer.from(`${name} ${version} `.repeat(300));
  await writeFile(file, bytes);
  return {
    file,
    fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    entries: [],
    component: { version, manifest: { publisher: 'acme', name } },
  } as unknown as Artifact;
}

async function setup(repoOptions: Parameters<GitHubEmulator['addRepo']>[1] = {}) {
  const name = `f${++repoCount}`;
  const full = `acme/slipway_${name}`;
  gh.addRepo(full, repoOptions);
  return { name, full };
}

async function publish(
  name: string,
  version = '1.0.0',
  options: { draft?: boolean; component?: string } = {},
): Promise<{ outcome: StepOutcome; reporter: MemoryReporter }> {
  const reporter = new MemoryReporter();
  const github = createGitHub({ token: TOKEN, baseUrl: gh.url, reporter });
  const target = new GitHubReleaseTarget({
    github,
    owner: 'acme',
    repo: `slipway_${name}`,
    artifact: await artifactFor(options.component ?? name, version),
    tag: version,
    targetCommitish: 'a'.repeat(40),
    draft: options.draft,
    serverUrl: gh.serverUrl,
    reporter,
  });
  const step = await target.prepare();
  return { outcome: await step.apply(), reporter };
}

const releasesPath = (full: string) => new RegExp(`/repos/${full}/releases$`);
const releasePath = (full: string) => new RegExp(`/repos/${full}/releases/\\d+$`);
const uploadPath = (full: string) => new RegExp(`/repos/${full}/releases/\\d+/assets\\?`);
const writesTo = (full: string, since: number) =>
  gh.requests.slice(since).filter((r) => r.method !== 'GET' && r.path.includes(full));

async function rejectsWith(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof PublishError, String(error));
    assert.equal(error.code, code);
    assert.match(error.message, message);
    return true;
  });
}

for (const [kind, said] of [
  ['null-body', /null body/],
  ['cut-off', /empty or cut-off body/],
  ['html', /HTML page \("Sign in to the proxy"\)/],
] as [FaultKind, RegExp][]) {
  test(`a release list answered with ${kind} is an error, never an empty list: nothing is written`, async () => {
    const { name, full } = await setup();
    assert.equal((await publish(name, '2.0.0')).outcome.changed, true);
    gh.faults.push({ match: { method: 'GET', path: /\/releases\?/ }, kind });
    const start = gh.requests.length;
    await rejectsWith(publish(name, '1.0.0'), 'github-bad-answer', said);
    assert.deepEqual(writesTo(full, start), []);
    assert.deepEqual(
      gh.repo(full).releases.map((r) => r.tagName),
      ['2.0.0'],
    );
  });
}

test('a release list of the wrong shape names the field that is wrong', async () => {
  const { name, full } = await setup();
  gh.faults.push({ match: { method: 'GET', path: /\/repos\/[^/]+\/[^/]+$/ }, kind: 'null-body' });
  const start = gh.requests.length;
  await rejectsWith(publish(name), 'github-bad-answer', /"read the repository".*null body/);
  assert.deepEqual(writesTo(full, start), []);
});

test('a token that can read but not push is refused in pre-flight, before any write', async () => {
  const { name, full } = await setup({ permissions: { push: false } });
  const start = gh.requests.length;
  await rejectsWith(publish(name), 'github-permission', /permissions\.push is false/);
  assert.deepEqual(writesTo(full, start), []);
});

test('an app installation token (no permissions in the repository answer) goes ahead', async () => {
  const { name, full } = await setup({ permissions: { push: true }, installationToken: true });
  const { outcome } = await publish(name);
  assert.equal(outcome.done, 'published');
  assert.equal(gh.repo(full).releases.length, 1);
});

for (const kind of ['apply-then-5xx', 'cut-off', 'null-body'] as FaultKind[]) {
  test(`a create the server applied but answered with ${kind} is found again, not repeated`, async () => {
    const { name, full } = await setup();
    gh.faults.push({ match: { method: 'POST', path: releasesPath(full) }, kind });
    const start = gh.requests.length;
    const { outcome, reporter } = await publish(name);
    assert.equal(outcome.done, 'published');
    const releases = gh.repo(full).releases;
    assert.equal(releases.length, 1, 'exactly one release: the applied create was adopted');
    assert.equal(releases[0]!.draft, false);
    assert.equal(releases[0]!.assets.length, 1);
    const creates = writesTo(full, start).filter((r) => r.method === 'POST' && !r.path.includes('/assets'));
    assert.equal(creates.length, 1, 'the create was sent once');
    assert.ok(reporter.lines.some((l) => /checking whether it was created/.test(l)));
  });
}

test('losing the race to publish: our draft is deleted, the winner holds the asset', async () => {
  const { name, full } = await setup();
  const gate = gh.gate({ method: 'PATCH' });
  const first = publish(name);
  await gate.reached;
  // Another run creates, fills and publishes its own release for the tag meanwhile.
  const second = await publish(name);
  gate.release();
  const { outcome } = await first;
  const releases = gh.repo(full).releases;
  assert.equal(releases.length, 1, JSON.stringify(releases.map((r) => [r.id, r.draft])));
  assert.equal(releases[0]!.draft, false);
  assert.equal(releases[0]!.assets.length, 1);
  assert.equal(outcome.outputs['release-id'], second.outcome.outputs['release-id']);
});

test('shared drafts (draft: true): racing creates settle on one draft holding both assets', async () => {
  const { name, full } = await setup();
  const gate = gh.gate({ method: 'POST', path: releasesPath(full) });
  const first = publish(name, '1.0.0', { draft: true });
  await gate.reached;
  await publish(name, '1.0.0', { draft: true, component: `${name}__part` });
  gate.release();
  await first;
  const drafts = gh.repo(full).releases;
  assert.equal(drafts.length, 1, 'the later draft was deleted in favour of the lower id');
  assert.equal(drafts[0]!.draft, true);
  assert.deepEqual(drafts[0]!.assets.map((a) => a.name).sort(), [
    `acme.${name}.1.0.0.tar`,
    `acme.${name}__part.1.0.0.tar`,
  ]);
});

test('command release: a publish answered with a cut-off body is re-read, the draft is published once', async () => {
  const { name, full } = await setup();
  await publish(name, '1.0.0', { draft: true });
  const [draft] = gh.repo(full).releases;
  const asset = draft!.assets[0]!;
  const reporter = new MemoryReporter();
  const target = new FinishReleaseTarget({
    github: createGitHub({ token: TOKEN, baseUrl: gh.url, reporter }),
    owner: 'acme',
    repo: `slipway_${name}`,
    tag: '1.0.0',
    assets: [{ name: asset.name, sha256: asset.digest!.replace('sha256:', '') }],
    reporter,
  });
  gh.faults.push({ match: { method: 'PATCH' }, kind: 'cut-off' });
  const start = gh.requests.length;
  const outcome = await (await target.prepare()).apply();
  assert.equal(outcome.outputs['release-id'], String(draft!.id));
  assert.equal(gh.repo(full).releases[0]!.draft, false);
  const calls = gh.requests.slice(start).map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`);
  assert.deepEqual(calls.slice(-2), [
    `PATCH /repos/${full}/releases/${draft!.id}`,
    `GET /repos/${full}/releases/${draft!.id}`,
  ]);
});

test('command release: a token that cannot push is refused before the PATCH', async () => {
  const { name, full } = await setup();
  await publish(name, '1.0.0', { draft: true });
  const asset = gh.repo(full).releases[0]!.assets[0]!;
  gh.repo(full).permissions.push = false;
  const reporter = new MemoryReporter();
  const target = new FinishReleaseTarget({
    github: createGitHub({ token: TOKEN, baseUrl: gh.url, reporter }),
    owner: 'acme',
    repo: `slipway_${name}`,
    tag: '1.0.0',
    assets: [{ name: asset.name, sha256: asset.digest!.replace('sha256:', '') }],
    reporter,
  });
  const start = gh.requests.length;
  await rejectsWith(target.prepare(), 'github-permission', /permissions\.push is false/);
  assert.deepEqual(writesTo(full, start), []);
  assert.equal(gh.repo(full).releases[0]!.draft, true);
});

test('an old asset without a digest is downloaded and hashed; an HTML page in its place is no answer', async () => {
  const { name, full } = await setup();
  await publish(name);
  gh.repo(full).releases[0]!.assets[0]!.digest = null; // uploaded before GitHub computed digests
  const again = await publish(name);
  assert.equal(again.outcome.done, 'already published');
  gh.faults.push({ match: { method: 'GET', path: /\/_objects\// }, kind: 'html' });
  const start = gh.requests.length;
  await rejectsWith(publish(name), 'github-bad-answer', /"download acme\.f\d+\.1\.0\.0\.tar".*HTML page/);
  assert.deepEqual(writesTo(full, start), []);
});

// Retries that wait (the retry plugin's backoff, a retry-after) run side by side: each test's faults
// match only its own repository, so the waits overlap instead of adding up.
describe('faults answered after a wait', { concurrency: true }, () => {
  test('a create answered 5xx and not applied is sent again, once', async () => {
    const { name, full } = await setup();
    gh.faults.push({ match: { method: 'POST', path: releasesPath(full) }, kind: '5xx' });
    const start = gh.requests.length;
    await publish(name);
    const creates = writesTo(full, start).filter((r) => r.method === 'POST' && !r.path.includes('/assets'));
    assert.equal(creates.length, 2);
    assert.equal(gh.repo(full).releases.length, 1);
  });

  for (const kind of ['cut-off', 'apply-then-5xx', 'html'] as FaultKind[]) {
    test(`a publish answered with ${kind} is re-read: one published release, the outputs from GitHub`, async () => {
      const { name, full } = await setup();
      gh.faults.push({ match: { method: 'PATCH', path: releasePath(full) }, kind, times: 1 });
      const { outcome } = await publish(name);
      const [release] = gh.repo(full).releases;
      assert.equal(gh.repo(full).releases.length, 1);
      assert.equal(release!.draft, false);
      assert.equal(outcome.outputs['release-id'], String(release!.id));
      assert.equal(
        outcome.outputs['asset-url'],
        `${gh.serverUrl}/${full}/releases/download/1.0.0/acme.${name}.1.0.0.tar`,
      );
    });
  }

  test('an upload answered with a cut-off body is verified by a re-read, not uploaded twice', async () => {
    const { name, full } = await setup();
    gh.faults.push({ match: { method: 'POST', path: uploadPath(full) }, kind: 'cut-off' });
    const start = gh.requests.length;
    await publish(name);
    const uploads = writesTo(full, start).filter((r) => r.path.includes('/assets?'));
    assert.equal(uploads.length, 1);
    assert.equal(gh.repo(full).releases[0]!.assets.length, 1);
  });

  test('writes go out back to back, yet a secondary rate limit waits its retry-after', async () => {
    const { name, full } = await setup();
    gh.faults.push({
      match: { method: 'POST', path: releasesPath(full) },
      kind: 'secondary-rate-limit',
      retryAfter: 1,
    });
    const start = gh.requests.length;
    const { reporter } = await publish(name);
    const calls = writesTo(full, start);
    const [limited, create, upload, patch] = calls;
    assert.deepEqual(
      calls.map((r) => r.status),
      [403, 201, 201, 200],
    );
    assert.ok(create!.at - limited!.at >= 1000, `retry-after honoured: ${create!.at - limited!.at} ms`);
    // The throttling plugin's default spacing would put ≥ 1 s between these writes.
    assert.ok(patch!.at - create!.at < 900, `no idle wait between writes: ${patch!.at - create!.at} ms`);
    assert.ok(upload!.at > create!.at);
    assert.ok(reporter.lines.some((l) => /secondary rate limit .*waiting 1s/.test(l)));
  });
});
