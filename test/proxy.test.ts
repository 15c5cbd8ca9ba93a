// Self-hosted runners often reach GitHub and the Serverless Registry only through a proxy (HTTPS_PROXY /
// HTTP_PROXY). The emulators here answer under host names nothing resolves, so a request that skipped
// the proxy fails: a publish that succeeds sent every request, uploads included, through the proxy.
import assert from 'node:assert/strict';
import { cp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { proxyFetch } from '../src/proxy.ts';
import { type GitHubEmulator, startGitHubEmulator } from './emulators/github.ts';
import {
  type ServerlessRegistryEmulator,
  startServerlessRegistryEmulator,
} from './emulators/serverless-registry.ts';
import { componentDir, tempDir } from './helpers/fs.ts';
import { runAction } from './helpers/run.ts';

const TOKEN = 'ghs_proxy_test_token_0123456789';
const SLS_TOKEN = 'sls_proxy_test_token_0123456789';
const HOST = 'github.proxied.test';
const SLS_HOST = 'registry.proxied.test';

let gh: GitHubEmulator;
let sls: ServerlessRegistryEmulator;
let proxy: Server;
let proxyUrl = '';
/** The CONNECT targets the proxy tunnelled, and any other request it was sent. */
const tunnels: string[] = [];
const refused: string[] = [];

before(async () => {
  gh = await startGitHubEmulator({ token: TOKEN, host: HOST });
  sls = await startServerlessRegistryEmulator({ tokens: [SLS_TOKEN], host: SLS_HOST });
  /** host:port as the client names it → the port on 127.0.0.1 where the emulator listens. */
  const routes = new Map([gh.url, sls.url].map((url) => [new URL(url).host, Number(new URL(url).port)]));
  proxy = createServer((req, res) => {
    refused.push(`${req.method} ${req.url}`);
    res.writeHead(405).end();
  });
  proxy.on('connect', (req, client, head) => {
    const target = req.url ?? '';
    const port = routes.get(target);
    if (port === undefined) {
      refused.push(`CONNECT ${target}`);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    tunnels.push(target);
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  assert.ok(address && typeof address === 'object');
  proxyUrl = `http://127.0.0.1:${address.port}`;
});
after(async () => {
  proxy.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
  await gh.close();
  await sls.close();
});

/** The proxy variables a runner sets, and nothing inherited that could bypass them. */
const behindProxy = () => ({
  HTTP_PROXY: proxyUrl,
  HTTPS_PROXY: proxyUrl,
  NO_PROXY: '',
  http_proxy: '',
  https_proxy: '',
  no_proxy: '',
});

test('behind HTTP_PROXY the built action publishes, the streamed upload going through the proxy too', async () => {
  const dir = await componentDir({ name: 'proxied' });
  const full = 'acme/slipway_proxied';
  gh.addRepo(full);
  const run = await runAction(
    { command: 'publish', path: dir, 'github-token': TOKEN },
    {
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: gh.serverUrl,
      GITHUB_REPOSITORY: full,
      GITHUB_SHA: 'a'.repeat(40),
      ...behindProxy(),
    },
    dir,
  );
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const release = gh.repo(full).releases[0];
  assert.equal(release?.draft, false);
  assert.deepEqual(
    release?.assets.map((a) => a.name),
    ['acme.proxied.1.0.0.tar'],
  );
  assert.deepEqual(
    gh.requests.map((r) => r.method),
    ['GET', 'POST', 'POST', 'PATCH'],
  );
  assert.ok(
    tunnels.some((t) => t.startsWith(`${HOST}:`)),
    'nothing went to GitHub through the proxy',
  );
  assert.deepEqual(refused, []);
});

test('behind HTTP_PROXY a Serverless Devs package is published, the zip upload going through the proxy too', async () => {
  const dir = await tempDir('proxied-package');
  await cp(join(import.meta.dirname, 'fixtures/serverless/project'), dir, { recursive: true });
  const run = await runAction(
    {
      command: 'publish',
      path: dir,
      'github-release': 'false',
      'registry-repo': '',
      'serverless-registry-token': SLS_TOKEN,
      'serverless-registry-url': sls.url,
    },
    behindProxy(),
    dir,
  );
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.equal(sls.state.packages.size, 1);
  assert.ok(
    sls.requests.some((r) => r.path.includes('/oss/uploads/')),
    'the zip was not uploaded',
  );
  assert.ok(
    tunnels.some((t) => t.startsWith(`${SLS_HOST}:`)),
    'nothing went to the registry through the proxy',
  );
  assert.deepEqual(refused, []);
});

test('proxyFetch given a Request sends its method, headers and body through the proxy', async () => {
  const full = 'acme/slipway_request_object';
  gh.addRepo(full);
  const saved = { ...process.env };
  Object.assign(process.env, behindProxy());
  const before = tunnels.length;
  try {
    const request = new Request(`${gh.url}/repos/${full}/releases`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tag_name: '2.0.0', draft: true }),
    });
    const response = await proxyFetch(request);
    assert.equal(response.status, 201, await response.text());
  } finally {
    for (const key of Object.keys(behindProxy())) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
  assert.deepEqual(
    gh.repo(full).releases.map((r) => [r.tagName, r.draft]),
    [['2.0.0', true]],
  );
  assert.ok(
    tunnels.slice(before).some((t) => t.startsWith(`${HOST}:`)),
    'the request went around the proxy',
  );
});
