import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { afterEach, beforeEach, test } from 'node:test';
import { type GitHubEmulator, gitBlobSha, startGitHubEmulator } from './emulators/github.ts';

const TOKEN = 'ghs_test_token';
const REPO = 'acme/widgets';

let emu: GitHubEmulator;

beforeEach(async () => {
  emu = await startGitHubEmulator();
  emu.addRepo(REPO);
});

afterEach(async () => {
  await emu.close();
});

interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted field by field
  json: any;
}

async function api(method: string, path: string, body?: unknown, token = TOKEN): Promise<Reply> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const url = path.startsWith('http') ? path : `${emu.url}${path}`;
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
}

const createRelease = (body: Record<string, unknown>) => api('POST', `/repos/${REPO}/releases`, body);

/** Uploads with node:http so the test controls chunking and headers exactly. */
function upload(
  releaseId: number,
  name: string,
  chunks: Buffer[],
  overrides: Record<string, string | number | null> = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const headers: Record<string, string | number | null> = {
      authorization: `token ${TOKEN}`,
      'content-type': 'application/gzip',
      'content-length': total,
      ...overrides,
    };
    for (const [k, v] of Object.entries(headers)) if (v === null) delete headers[k];
    const req = request(`${emu.uploadsUrl}/repos/${REPO}/releases/${releaseId}/assets?name=${name}`, {
      method: 'POST',
      headers: headers as Record<string, string | number>,
    });
    req.on('error', reject);
    req.on('response', (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h.set(k, v);
        resolve({ status: res.statusCode ?? 0, headers: h, json: text ? JSON.parse(text) : undefined });
      });
    });
    for (const c of chunks) req.write(c);
    req.end();
  });
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

test('a draft is not found by tag but is listed for a token with push, and creates no tag', async () => {
  const created = await createRelease({ tag_name: 'v1.0.0', name: 'v1.0.0', draft: true });
  assert.equal(created.status, 201);
  const rel = created.json;
  assert.equal(rel.draft, true);
  assert.equal(rel.published_at, null);
  assert.equal(rel.immutable, false);
  assert.match(rel.html_url, new RegExp(`^${emu.serverUrl}/${REPO}/releases/tag/untagged-[0-9a-f]{20}$`));
  assert.equal(rel.upload_url, `${emu.url}/uploads/repos/${REPO}/releases/${rel.id}/assets{?name,label}`);

  const byTag = await api('GET', `/repos/${REPO}/releases/tags/v1.0.0`);
  assert.equal(byTag.status, 404);
  assert.deepEqual(byTag.json, {
    message: 'Not Found',
    documentation_url: 'https://docs.github.com/rest/releases/releases#get-a-release-by-tag-name',
    status: '404',
  });
  const list = await api('GET', `/repos/${REPO}/releases`);
  assert.deepEqual(
    list.json.map((r: { id: number }) => r.id),
    [rel.id],
  );
  assert.equal((await api('GET', `/repos/${REPO}/git/ref/tags/v1.0.0`)).status, 404);

  // Without push (GITHUB_TOKEN with contents: read) drafts vanish and writes are refused.
  emu.repo(REPO).permissions.push = false;
  assert.deepEqual((await api('GET', `/repos/${REPO}/releases`)).json, []);
  assert.equal((await api('GET', `/repos/${REPO}/releases/${rel.id}`)).status, 404);
  const refused = await createRelease({ tag_name: 'v2.0.0' });
  assert.equal(refused.status, 403);
  assert.equal(refused.json.message, 'Resource not accessible by integration');
});

test('publishing a draft creates the tag at target_commitish and makes it findable by tag', async () => {
  emu.setFile(REPO, 'main', 'README.md', 'hello\n');
  const head = emu.repo(REPO).branches.get('main')!.commits.at(-1)!.sha;
  const draft = (await createRelease({ tag_name: 'v1.0.0', target_commitish: 'main', draft: true })).json;

  const published = await api('PATCH', `/repos/${REPO}/releases/${draft.id}`, {
    draft: false,
    make_latest: 'true',
  });
  assert.equal(published.status, 200);
  assert.equal(published.json.draft, false);
  assert.ok(published.json.published_at);
  assert.equal(published.json.html_url, `${emu.serverUrl}/${REPO}/releases/tag/v1.0.0`);

  const ref = await api('GET', `/repos/${REPO}/git/ref/tags%2Fv1.0.0`);
  assert.equal(ref.status, 200);
  assert.deepEqual(ref.json.ref, 'refs/tags/v1.0.0');
  assert.deepEqual(ref.json.object.sha, head);
  assert.equal((await api('GET', `/repos/${REPO}/releases/tags/v1.0.0`)).json.id, draft.id);
  assert.equal((await api('GET', `/repos/${REPO}/releases/latest`)).json.id, draft.id);
});

test('release lists page newest first with a GitHub-form Link header through /repositories/{id}', async () => {
  for (const tag of ['v1', 'v2', 'v3', 'v4', 'v5'])
    assert.equal((await createRelease({ tag_name: tag })).status, 201);
  const id = emu.repo(REPO).id;
  const link = (page: number) => `<${emu.url}/repositories/${id}/releases?per_page=2&page=${page}>`;

  const first = await api('GET', `/repos/${REPO}/releases?per_page=2`);
  assert.equal(first.headers.get('link'), `${link(2)}; rel="next", ${link(3)}; rel="last"`);

  const tags: string[] = first.json.map((r: { tag_name: string }) => r.tag_name);
  let next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1];
  let lastLink = '';
  while (next) {
    const page = await api('GET', next);
    tags.push(...page.json.map((r: { tag_name: string }) => r.tag_name));
    lastLink = page.headers.get('link') ?? '';
    next = /<([^>]+)>; rel="next"/.exec(lastLink)?.[1];
  }
  assert.deepEqual(tags, ['v5', 'v4', 'v3', 'v2', 'v1']);
  assert.equal(lastLink, `${link(2)}; rel="prev", ${link(1)}; rel="first"`);

  const all = await api('GET', `/repos/${REPO}/releases?per_page=100`);
  assert.equal(all.json.length, 5);
  assert.equal(all.headers.get('link'), null);
});

test('422 already_exists: a second published release for a tag, and publishing a coexisting draft', async () => {
  assert.equal((await createRelease({ tag_name: 'v1.0.0' })).status, 201);
  const expected = {
    message: 'Validation Failed',
    errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
    documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
    status: '422',
  };
  const again = await createRelease({ tag_name: 'v1.0.0' });
  assert.equal(again.status, 422);
  assert.deepEqual(again.json, expected);

  const draft = await createRelease({ tag_name: 'v1.0.0', draft: true });
  assert.equal(draft.status, 201, 'a draft may share a tag with a published release');
  const publish = await api('PATCH', `/repos/${REPO}/releases/${draft.json.id}`, { draft: false });
  assert.equal(publish.status, 422);
  assert.deepEqual(publish.json, {
    ...expected,
    documentation_url: 'https://docs.github.com/rest/releases/releases#update-a-release',
  });
});

test('an upload streams in chunks, carries the sha256 digest, and downloads once published', async () => {
  const rel = (await createRelease({ tag_name: 'v1.0.0', draft: true })).json;
  const chunks = [Buffer.alloc(70_000, 1), Buffer.from('middle'), Buffer.alloc(50_000, 2)];
  const bytes = Buffer.concat(chunks);
  const up = await upload(rel.id, 'pkg.tgz', chunks);
  assert.equal(up.status, 201);
  assert.equal(up.json.digest, `sha256:${createHash('sha256').update(bytes).digest('hex')}`);
  assert.equal(up.json.size, bytes.length);
  assert.equal(up.json.state, 'uploaded');
  assert.equal(up.json.content_type, 'application/gzip');
  assert.match(up.json.browser_download_url, /\/releases\/download\/untagged-[0-9a-f]{20}\/pkg\.tgz$/);
  assert.equal((await fetch(up.json.browser_download_url)).status, 404, 'a draft URL is not public');

  const dup = await upload(rel.id, 'pkg.tgz', [Buffer.from('x')]);
  assert.equal(dup.status, 422);
  assert.deepEqual(dup.json.errors, [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);

  await api('PATCH', `/repos/${REPO}/releases/${rel.id}`, { draft: false });
  const [asset] = (await api('GET', `/repos/${REPO}/releases/${rel.id}/assets`)).json;
  assert.equal(asset.browser_download_url, `${emu.serverUrl}/${REPO}/releases/download/v1.0.0/pkg.tgz`);
  assert.equal((await fetch(asset.browser_download_url, { redirect: 'manual' })).status, 302);
  const download = await fetch(asset.browser_download_url);
  assert.equal(download.status, 200);
  assert.ok(Buffer.from(await download.arrayBuffer()).equals(bytes));
});

test('an upload without Content-Length is refused with 411, without Content-Type with 400', async () => {
  const rel = (await createRelease({ tag_name: 'v1.0.0', draft: true })).json;
  // Without a length node:http sends the body chunked, as a streaming client would.
  const chunked = await upload(rel.id, 'a.tgz', [Buffer.from('abc'), Buffer.from('def')], {
    'content-length': null,
  });
  assert.equal(chunked.status, 411);
  assert.equal(emu.requests.at(-1)?.headers['transfer-encoding'], 'chunked');
  const untyped = await upload(rel.id, 'b.tgz', [Buffer.from('abc')], { 'content-type': '' });
  assert.equal(untyped.status, 400);
  assert.equal(untyped.json.message, "Invalid Content-Type: ''");
  assert.deepEqual(emu.repo(REPO).releases[0]!.assets, []);
});

test('an immutable release locks assets once published, and burns its tag', async () => {
  emu.addRepo('acme/locked', { immutableReleases: true });
  const path = '/repos/acme/locked/releases';
  const draft = (await api('POST', path, { tag_name: 'v1.0.0', draft: true })).json;
  assert.equal(draft.immutable, false);
  const up = await fetch(`${emu.uploadsUrl}/repos/acme/locked/releases/${draft.id}/assets?name=a.txt`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' },
    body: 'a',
  });
  assert.equal(up.status, 201);
  const asset = (await up.json()) as { id: number };
  const published = await api('PATCH', `${path}/${draft.id}`, { draft: false });
  assert.equal(published.json.immutable, true);

  const late = await fetch(`${emu.uploadsUrl}/repos/acme/locked/releases/${draft.id}/assets?name=b.txt`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' },
    body: 'b',
  });
  assert.equal(late.status, 422);
  assert.equal(
    ((await late.json()) as { message: string }).message,
    'Cannot upload assets to an immutable release.',
  );
  const del = await api('DELETE', `${path}/assets/${asset.id}`);
  assert.equal(del.status, 422);
  assert.equal(del.json.errors[0].message, 'Cannot delete asset from an immutable release');
  assert.equal((await api('PATCH', `${path}/${draft.id}`, { draft: true })).status, 422);
  assert.equal((await api('PATCH', `${path}/${draft.id}`, { body: 'notes stay editable' })).status, 200);

  assert.equal((await api('DELETE', `${path}/${draft.id}`)).status, 204);
  const reuse = await api('POST', path, { tag_name: 'v1.0.0' });
  assert.equal(reuse.status, 422);
  assert.equal(reuse.json.errors[0].message, 'tag_name was used by an immutable release');
});

test('contents: 201 create, 409 stale sha, 422 missing sha, 200 update, with a commit log', async () => {
  const path = `/repos/${REPO}/contents/registry%2Fregistry.yaml`;
  const created = await api('PUT', path, { message: 'add registry', content: b64('a: 1\n'), branch: 'main' });
  assert.equal(created.status, 201);
  const sha1 = created.json.content.sha;
  assert.equal(created.json.content.path, 'registry/registry.yaml');
  assert.equal(created.json.commit.message, 'add registry');

  const stale = await api('PUT', path, { message: 'x', content: b64('a: 2\n'), sha: 'deadbeef' });
  assert.equal(stale.status, 409);
  assert.equal(stale.json.message, 'registry/registry.yaml does not match deadbeef');
  const noSha = await api('PUT', path, { message: 'x', content: b64('a: 2\n') });
  assert.equal(noSha.status, 422);
  assert.equal(noSha.json.message, 'Invalid request.\n\n"sha" wasn\'t supplied.');

  const updated = await api('PUT', path, { message: 'bump', content: b64('a: 2\n'), sha: sha1 });
  assert.equal(updated.status, 200);
  assert.equal(emu.getFile(REPO, 'main', 'registry/registry.yaml'), 'a: 2\n');
  const got = await api('GET', `${path}?ref=main`);
  assert.equal(got.json.sha, updated.json.content.sha);
  assert.equal(Buffer.from(got.json.content, 'base64').toString(), 'a: 2\n');

  const commits = emu
    .repo(REPO)
    .branches.get('main')!
    .commits.filter((c) => !c.seed);
  assert.deepEqual(
    commits.map((c) => c.message),
    ['add registry', 'bump'],
  );
  assert.equal((await api('GET', `/repos/${REPO}/contents/nope.yaml`)).status, 404);
});

test('blob sha equals `git hash-object`, and content is base64 wrapped every 60 chars', async () => {
  const samples = [
    Buffer.alloc(0),
    Buffer.from('hello\n'),
    Buffer.from('ünïcödé — ✓\n'.repeat(20)),
    Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  ];
  for (const [i, bytes] of samples.entries()) {
    const git = execFileSync('git', ['hash-object', '--stdin'], { input: bytes }).toString().trim();
    assert.equal(gitBlobSha(bytes), git);
    const put = await api('PUT', `/repos/${REPO}/contents/f${i}.bin`, {
      message: `f${i}`,
      content: b64(bytes),
    });
    assert.equal(put.json.content.sha, git);
    const got = (await api('GET', `/repos/${REPO}/contents/f${i}.bin`)).json;
    assert.equal(got.sha, git);
    assert.equal(got.encoding, 'base64');
    const lines: string[] = got.content.split('\n');
    assert.equal(lines.pop(), '', 'ends with a newline (unless empty)');
    assert.ok(lines.every((l, n) => l.length === 60 || n === lines.length - 1));
    assert.ok(Buffer.from(got.content, 'base64').equals(bytes));
  }
});

test('faults are consumed in order, and rate-limit headers ride on every response', async () => {
  emu.faults.push(
    { match: { method: 'GET', path: /\/releases/ }, kind: '5xx', times: 2 },
    { match: { path: /\/releases/ }, kind: 'secondary-rate-limit', retryAfter: 7 },
    { match: { path: /\/releases/ }, kind: 'primary-rate-limit', retryAfter: 30 },
    { match: { path: /\/releases/ }, kind: 'reset' },
  );
  const path = `/repos/${REPO}/releases`;
  for (let i = 0; i < 2; i++) {
    const r = await api('GET', path);
    assert.equal(r.status, 502);
    assert.deepEqual(r.json, { message: 'Server Error' });
  }
  const secondary = await api('GET', path);
  assert.equal(secondary.status, 403);
  assert.equal(secondary.headers.get('retry-after'), '7');
  assert.match(secondary.json.message, /^You have exceeded a secondary rate limit/);
  const primary = await api('GET', path);
  assert.equal(primary.status, 403);
  assert.equal(primary.headers.get('x-ratelimit-remaining'), '0');
  const reset = Number(primary.headers.get('x-ratelimit-reset'));
  assert.ok(Math.abs(reset - (Date.now() / 1000 + 30)) < 3);
  await assert.rejects(api('GET', path));
  const ok = await api('GET', path);
  assert.equal(ok.status, 200);
  assert.deepEqual(emu.faults, []);
  for (const h of ['limit', 'remaining', 'reset', 'used', 'resource']) {
    assert.ok(ok.headers.get(`x-ratelimit-${h}`), `x-ratelimit-${h}`);
  }
  assert.equal(Number(ok.headers.get('x-ratelimit-used')), emu.requests.length);
});

test('conflict and reset-mid-upload faults leave state untouched', async () => {
  emu.setFile(REPO, 'main', 'r.yaml', 'v: 1\n');
  const sha = gitBlobSha(Buffer.from('v: 1\n'));
  emu.faults.push({ match: { method: 'PUT' }, kind: 'conflict' });
  const racing = await api('PUT', `/repos/${REPO}/contents/r.yaml`, {
    message: 'm',
    content: b64('v: 2\n'),
    sha,
  });
  assert.equal(racing.status, 409);
  assert.equal(racing.json.message, `r.yaml does not match ${sha}`);
  assert.equal(emu.getFile(REPO, 'main', 'r.yaml'), 'v: 1\n');

  const rel = (await createRelease({ tag_name: 'v1.0.0', draft: true })).json;
  emu.faults.push({ match: { path: /\/assets\?/ }, kind: 'reset-mid-upload' });
  await assert.rejects(upload(rel.id, 'big.tgz', [Buffer.alloc(64 * 1024, 7), Buffer.alloc(64 * 1024, 8)]));
  assert.deepEqual(emu.repo(REPO).releases[0]!.assets, []);
  assert.equal((await upload(rel.id, 'big.tgz', [Buffer.alloc(10, 7)])).status, 201);
});

test('auth: a wrong token is 401 Bad credentials; an unknown repository is 404', async () => {
  const bad = await api('GET', `/repos/${REPO}`, undefined, 'ghp_wrong');
  assert.equal(bad.status, 401);
  assert.equal(bad.json.message, 'Bad credentials');
  const anonymousWrite = await api('POST', `/repos/${REPO}/releases`, { tag_name: 'v1' }, '');
  assert.equal(anonymousWrite.status, 401);
  assert.equal(anonymousWrite.json.message, 'Requires authentication');
  const repo = await api('GET', `/repos/ACME/Widgets`);
  assert.equal(repo.json.full_name, REPO);
  assert.equal(repo.json.default_branch, 'main');
  const missing = await api('GET', '/repos/acme/nope');
  assert.equal(missing.status, 404);
  assert.equal(missing.json.message, 'Not Found');
});

test('a gate pauses one request so two writers can race for the same tag', async () => {
  const gate = emu.gate({ method: 'POST', path: /\/releases$/ });
  const slow = createRelease({ tag_name: 'v1.0.0' });
  await gate.reached;
  const fast = await createRelease({ tag_name: 'v1.0.0' });
  assert.equal(fast.status, 201);
  gate.release();
  const lost = await slow;
  assert.equal(lost.status, 422);
  assert.equal(lost.json.errors[0].code, 'already_exists');
});

test('answer faults: the change is made, then the answer is a 500, null, an HTML page or cut off', async () => {
  const path = `/repos/${REPO}/releases`;
  const raw = async (method: string, body?: unknown) => {
    const res = await fetch(`${emu.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };
  emu.faults.push(
    { match: { method: 'POST' }, kind: 'apply-then-5xx' },
    { match: { method: 'GET' }, kind: 'null-body' },
    { match: { method: 'GET' }, kind: 'html' },
  );
  const created = await raw('POST', { tag_name: 'v1', draft: true });
  assert.equal(created.status, 500);
  assert.equal(emu.repo(REPO).releases.length, 1, 'the create was applied');
  assert.deepEqual(await raw('GET'), { status: 200, type: 'application/json; charset=utf-8', text: 'null' });
  const html = await raw('GET');
  assert.equal(html.status, 200);
  assert.match(html.type ?? '', /^text\/html/);
  assert.match(html.text, /<title>Sign in to the proxy<\/title>/);
  emu.faults.push({ match: { method: 'GET' }, kind: 'cut-off' });
  await assert.rejects(raw('GET'), 'the body ends mid-way: the connection closes before the JSON does');
  const whole = await raw('GET');
  assert.equal(JSON.parse(whole.text).length, 1);
  assert.deepEqual(emu.faults, []);
});
