// Self-hosted runners often reach GitHub only through a proxy (HTTPS_PROXY / HTTP_PROXY). The emulator
// here answers under a host name nothing resolves, so a request that skipped the proxy fails: a publish
// that succeeds sent every request, the streamed upload included, through the proxy.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { type GitHubEmulator, startGitHubEmulator } from './emulators/github.ts';
import { componentDir } from './helpers/fs.ts';
import { runAction } from './helpers/run.ts';

const TOKEN = 'ghs_proxy_test_token_0123456789';
const HOST = 'github.proxied.test';

let gh: GitHubEmulator;
let proxy: Server;
let proxyUrl = '';
/** The CONNECT targets the proxy tunnelled, and any other request it was sent. */
const tunnels: string[] = [];
const refused: string[] = [];

before(async () => {
  gh = await startGitHubEmulator({ token: TOKEN, host: HOST });
  const port = Number(new URL(gh.url).port);
  proxy = createServer((req, res) => {
    refused.push(`${req.method} ${req.url}`);
    res.writeHead(405).end();
  });
  proxy.on('connect', (req, client, head) => {
    const target = req.url ?? '';
    if (target !== `${HOST}:${port}`) {
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
      HTTP_PROXY: proxyUrl,
      HTTPS_PROXY: proxyUrl,
      NO_PROXY: '',
      http_proxy: '',
      https_proxy: '',
      no_proxy: '',
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
  assert.ok(tunnels.length > 0, 'nothing went through the proxy');
  assert.deepEqual(refused, []);
});
