// `component-publish serverless <command>` through the built CLI (dist/cli.js) against the Serverless
// Registry emulator: tables and JSON, the browser login, the token file shared with `s`, refusals. Every
// command runs through the bundle at least once; further cases run the same entry in-process (`inproc`)
// to keep the number of processes small.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runServerless, type ServerlessIo } from '../src/cli/serverless-commands.ts';
import { ServerlessRegistryClient } from '../src/serverless/client.ts';
import {
  MESSAGES,
  type ServerlessRegistryEmulator,
  startServerlessRegistryEmulator,
} from './emulators/serverless-registry.ts';
import { tempDir } from './helpers/fs.ts';
import { cli, type Run } from './helpers/run.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/serverless/', import.meta.url));
const TOKEN = 'cpToolboxToken-5a1c9e3b7d2f4086';
const OTHER = 'cpToolboxOther-8e2a6c4f0b9d1357';
const WRONG = 'cpToolboxWrong-0000111122223333';
const secrets = new Set([TOKEN, OTHER, WRONG].flatMap((t) => [t, createHash('md5').update(t).digest('hex')]));
const outputs: string[] = [];

let emu: ServerlessRegistryEmulator;

/** Runs the CLI with a home of its own (serverless_devs_config_home) and no token in the environment. */
async function sls(args: string[], home: string, env: Record<string, string> = {}): Promise<Run> {
  const result = await cli(['serverless', ...args], {
    env: {
      SERVERLESS_REGISTRY_URL: emu.url,
      serverless_devs_config_home: home,
      HOME: home,
      SERVERLESS_REGISTRY_TOKEN: '',
      serverless_devs_registry_token: '',
      ...env,
    },
  });
  outputs.push(result.stdout, result.stderr);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  return result;
}

/** The same command in-process (runServerless with a captured, non-terminal io): no process to spawn. */
async function inproc(args: string[], home: string, env: Record<string, string> = {}): Promise<Run> {
  const result = { code: 0, stdout: '', stderr: '' };
  const io: ServerlessIo = {
    out: (t) => {
      result.stdout += t;
    },
    err: (t) => {
      result.stderr += t;
    },
    env: { SERVERLESS_REGISTRY_URL: emu.url, serverless_devs_config_home: home, HOME: home, ...env },
    interactive: false,
    ask: () => assert.fail('no questions off a terminal'),
    openUrl: () => assert.fail('no browser off a terminal'),
  };
  result.code = await runServerless(args, io);
  outputs.push(result.stdout, result.stderr);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  return result;
}

async function publishAs(token: string, name: string, version: string, type = 'Component'): Promise<void> {
  const text = await readFile(path.join(FIXTURES, 'component', 'publish.yaml'), 'utf8');
  const publish = text
    .replace('cp-test-component', name)
    .replace(/^Version: .*$/m, `Version: ${version}`)
    .replace(/^Type: .*$/m, `Type: ${type}`);
  const client = new ServerlessRegistryClient({ token, baseUrl: emu.url, retryDelayMs: 0 });
  await client.upload(await client.publish({ publish, flowyaml: '[]' }), Buffer.from(`zip ${version}`));
}

const tokenFile = (home: string) => path.join(home, '.s', 'serverless-devs-platform-V3.dat');

before(async () => {
  emu = await startServerlessRegistryEmulator({ tokens: [TOKEN, OTHER] });
  await publishAs(TOKEN, 'cp-tool-alpha', '0.1.0');
  await publishAs(TOKEN, 'cp-tool-alpha', '0.2.0');
  await publishAs(TOKEN, 'cp-tool-plugin', '1.0.0', 'Plugin');
  await publishAs(OTHER, 'cp-other-pkg', '3.0.0');
});

after(async () => {
  await emu.close();
  const all = outputs.join('\n');
  for (const secret of secrets) assert.ok(!all.includes(secret), 'a token or its md5 was printed');
});

describe('serverless login and the token file', () => {
  it('refuses a wrong token with the registry message translated, and stores nothing', async () => {
    const home = await tempDir('sls-home');
    const r = await sls(['login', '--token', WRONG], home);
    assert.equal(r.code, 1);
    assert.ok(r.stderr.includes(MESSAGES.auth), r.stderr);
    assert.match(r.stderr, /invalid login parameters/);
    assert.equal(existsSync(tokenFile(home)), false);
  });

  it('stores a checked token where s reads it (mode 0600), shows it masked, and uses it', async () => {
    const home = await tempDir('sls-home');
    const login = await sls(['login', '--token', TOKEN], home);
    assert.equal(login.code, 0, login.stderr);
    assert.equal(await readFile(tokenFile(home), 'utf8'), TOKEN);
    assert.equal((await stat(tokenFile(home))).mode & 0o777, 0o600);
    const [shown, json, list] = await Promise.all([
      inproc(['token'], home),
      sls(['token', '--format', 'json'], home),
      inproc(['list', '--format', 'json'], home),
    ]);
    assert.match(shown.stdout, /^Token: cpT\*{25}086\n/);
    assert.deepEqual(JSON.parse(json.stdout), { token: `cpT${'*'.repeat(25)}086`, source: tokenFile(home) });
    assert.deepEqual(
      JSON.parse(list.stdout).map((p: { name: string }) => p.name),
      ['cp-tool-alpha', 'cp-tool-plugin'],
    );
  });

  it('reads a token file written the way s writes it, in the workspace s.json names', async () => {
    const home = await tempDir('sls-home');
    await mkdir(path.join(home, '.s', 'config'), { recursive: true });
    await writeFile(path.join(home, '.s', 'config', 's.json'), JSON.stringify({ workspace: '~/ws' }));
    // s 3.1.10: mkdirSync(root, {recursive}), openSync(file, 'w+'), writeSync(token): raw text, 0644.
    mkdirSync(path.join(home, 'ws'), { recursive: true });
    const fd = openSync(path.join(home, 'ws', 'serverless-devs-platform-V3.dat'), 'w+');
    writeSync(fd, OTHER);
    closeSync(fd);
    const [token, list, envWins] = await Promise.all([
      inproc(['token', '--format', 'json'], home),
      sls(['list'], home),
      inproc(['list', '--format', 'json'], home, { serverless_devs_registry_token: TOKEN }),
    ]);
    assert.equal(JSON.parse(token.stdout).source, path.join(home, 'ws', 'serverless-devs-platform-V3.dat'));
    assert.equal(list.code, 0, list.stderr);
    assert.match(
      list.stdout,
      /^NAME\s+TYPE\s+VERSION\s+DESCRIPTION\ncp-other-pkg\s+Component\s+3\.0\.0\s+A component/,
    );
    assert.equal(JSON.parse(envWins.stdout).length, 2, 'the environment variable wins over the file');
  });

  it('logs in in the browser: prints the authorisation page and is authorised on the third check', async () => {
    const home = await tempDir('sls-home');
    emu.account.script = { authoriseOnPoll: 3, userIndex: 0 };
    const r = await sls(['login', '--poll-interval', '0.02', '--timeout', '5'], home);
    assert.equal(r.code, 0, r.stderr);
    const url = /https:\/\/github\.com\/login\/oauth\/authorize\?\S+/.exec(r.stderr)?.[0] ?? '';
    const loginToken = /redirect_uri=(.+)\/user\/login\?token=([A-Za-z0-9]{20})$/.exec(url);
    assert.ok(url.includes('client_id=ef1df7f4f6b9e5a343af'), r.stderr);
    assert.equal(loginToken?.[1], emu.url);
    assert.equal(emu.account.polls.get(loginToken?.[2] ?? ''), 3);
    assert.equal((r.stderr.match(/waiting for authorisation/g) ?? []).length, 3);
    assert.match(r.stdout, /Hi gh-user-0: logged in/);
    assert.equal(await readFile(tokenFile(home), 'utf8'), TOKEN);
  });

  it('gives up a browser login at the time limit and stores nothing', async () => {
    const home = await tempDir('sls-home');
    emu.account.script = {};
    const r = await sls(['login', '--poll-interval', '0.05', '--timeout', '0.3'], home);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /the login was not authorised within 0\.30 s/);
    assert.equal(existsSync(tokenFile(home)), false);
  });

  it('retoken stores a new token and the old one stops working', async () => {
    const home = await tempDir('sls-home');
    emu.account.users.set(createHash('md5').update('cpRetokenMe-0123456789abcdef').digest('hex'), {
      id: 'user-retoken',
      name: 'gh-retoken',
      token: 'cpRetokenMe-0123456789abcdef',
    });
    secrets.add('cpRetokenMe-0123456789abcdef');
    await mkdir(path.join(home, '.s'), { recursive: true });
    await writeFile(tokenFile(home), 'cpRetokenMe-0123456789abcdef');
    const r = await sls(['retoken'], home);
    assert.equal(r.code, 0, r.stderr);
    const fresh = await readFile(tokenFile(home), 'utf8');
    secrets.add(fresh);
    assert.notEqual(fresh, 'cpRetokenMe-0123456789abcdef');
    assert.ok(r.stdout.includes(`${fresh.slice(0, 3)}${'*'.repeat(fresh.length - 6)}${fresh.slice(-3)}`));
    const old = await inproc(['list'], home, { SERVERLESS_REGISTRY_TOKEN: 'cpRetokenMe-0123456789abcdef' });
    assert.equal(old.code, 1);
    assert.match(old.stderr, /invalid login parameters/);
  });
});

describe('serverless read commands', () => {
  let home: string;
  before(async () => {
    home = await tempDir('sls-home');
  });

  it('versions, detail and search print tables and JSON', async () => {
    const [versions, versionsJson, detail, detailJson, search, plugins] = await Promise.all([
      sls(['versions', 'cp-tool-alpha'], home),
      inproc(['versions', 'cp-tool-alpha', '--format', 'json'], home),
      sls(['detail', 'cp-tool-alpha@0.1.0'], home),
      inproc(['detail', 'cp-tool-alpha@0.1.0', '--format', 'json'], home),
      inproc(['search', 'cp-tool'], home),
      sls(['search', 'cp-tool', '--type', 'plugin', '--format', 'json'], home),
    ]);
    assert.match(versions.stdout, /^VERSION\s+CREATED\n0\.2\.0\s+\d{4}-\S+\n0\.1\.0\s+\d{4}-\S+\n$/);
    const rows = JSON.parse(versionsJson.stdout);
    assert.deepEqual(
      rows.map((v: { version: string }) => v.version),
      ['0.2.0', '0.1.0'],
    );
    assert.match(rows[0].zipball_url, /^http:\/\/127\.0\.0\.1:\d+\//);
    assert.match(detail.stdout, /^FIELD\s+VALUE\n/);
    assert.match(detail.stdout, /\ntag_name\s+0\.1\.0\n/);
    assert.equal(JSON.parse(detailJson.stdout).name, 'cp-tool-alpha');
    assert.match(search.stdout, /\ncp-tool-alpha\s+Component\s+0\.2\.0\s/);
    assert.match(search.stdout, /\ncp-tool-plugin\s+Plugin\s+1\.0\.0\s/);
    assert.deepEqual(
      JSON.parse(plugins.stdout).map((p: { name: string }) => p.name),
      ['cp-tool-plugin'],
    );
  });

  it('exits 1 for a package or version that does not exist', async () => {
    const [versions, detail] = await Promise.all([
      sls(['versions', 'cp-no-such-package'], home),
      inproc(['detail', 'cp-tool-alpha@9.9.9'], home),
    ]);
    assert.equal(versions.code, 1);
    assert.match(versions.stderr, /cp-no-such-package is not in the Serverless Registry/);
    assert.equal(detail.code, 1);
    assert.match(detail.stderr, /cp-tool-alpha@9\.9\.9 is not in the Serverless Registry/);
  });
});

describe('serverless delete', () => {
  it('needs --yes off a terminal, is refused for another account, and deletes with a warning', async () => {
    const home = await tempDir('sls-home');
    const [unconfirmed, refused] = await Promise.all([
      inproc(['delete', 'cp-tool-alpha@0.1.0'], home, { SERVERLESS_REGISTRY_TOKEN: TOKEN }),
      sls(['delete', 'cp-tool-alpha@0.1.0', '--yes'], home, { SERVERLESS_REGISTRY_TOKEN: OTHER }),
    ]);
    assert.equal(unconfirmed.code, 2);
    assert.match(unconfirmed.stderr, /confirm with --yes/);
    assert.equal(refused.code, 1);
    assert.ok(refused.stderr.includes(MESSAGES.permission), refused.stderr);
    assert.match(refused.stderr, /permission denied/);
    assert.ok(emu.state.packages.get('cp-tool-alpha')?.releases.some((r) => r.tag_name === '0.1.0'));
    const done = await sls(['delete', 'cp-tool-alpha@0.1.0', '--yes', '--format', 'json'], home, {
      SERVERLESS_REGISTRY_TOKEN: TOKEN,
    });
    assert.equal(done.code, 0, done.stderr);
    assert.deepEqual(JSON.parse(done.stdout), { deleted: 'cp-tool-alpha@0.1.0' });
    assert.match(done.stderr, /can never be published again/);
    assert.equal(
      emu.state.packages.get('cp-tool-alpha')?.releases.some((r) => r.tag_name === '0.1.0'),
      false,
    );
  });
});

describe('serverless on a terminal (in-process, a scripted terminal)', () => {
  function terminal(home: string, answers: string[]) {
    const seen = { out: '', err: '', asked: [] as string[], opened: [] as string[] };
    const io: ServerlessIo = {
      out: (t) => {
        seen.out += t;
      },
      err: (t) => {
        seen.err += t;
      },
      env: {
        SERVERLESS_REGISTRY_URL: emu.url,
        serverless_devs_config_home: home,
        SERVERLESS_REGISTRY_TOKEN: TOKEN,
      },
      interactive: true,
      ask: async (q) => {
        seen.asked.push(q);
        return answers.shift() ?? '';
      },
      openUrl: (url) => seen.opened.push(url),
    };
    return { io, seen };
  }

  it('delete asks for the version; a wrong answer deletes nothing, the right one deletes', async () => {
    const home = await tempDir('sls-home');
    await publishAs(TOKEN, 'cp-tool-tty', '1.0.0');
    const { io, seen } = terminal(home, ['1.0', '1.0.0']);
    assert.equal(await runServerless(['delete', 'cp-tool-tty@1.0.0'], io), 1);
    assert.match(seen.err, /not deleted/);
    assert.equal(emu.state.packages.get('cp-tool-tty')?.releases.length, 1);
    assert.equal(await runServerless(['delete', 'cp-tool-tty@1.0.0'], io), 0);
    assert.match(seen.asked[0] ?? '', /Delete cp-tool-tty@1\.0\.0\? Type the version to confirm/);
    assert.equal(emu.state.packages.get('cp-tool-tty')?.releases.length, 0);
    const deletes = emu.requests.filter((r) => r.method === 'DELETE').length;
    assert.equal(await runServerless(['delete', 'cp-tool-tty@9.9.9', '--yes'], io), 1);
    assert.match(seen.err, /cp-tool-tty@9\.9\.9 is not in the Serverless Registry/);
    assert.equal(emu.requests.filter((r) => r.method === 'DELETE').length, deletes, 'nothing sent');
    outputs.push(seen.out, seen.err);
  });

  it('login opens the browser and redraws one progress line', async () => {
    const home = await tempDir('sls-home');
    emu.account.script = { authoriseOnPoll: 2, userIndex: 1 };
    const { io, seen } = terminal(home, []);
    assert.equal(await runServerless(['login', '--poll-interval', '0.01'], io), 0, seen.err);
    assert.equal(seen.opened.length, 1);
    assert.match(seen.opened[0] ?? '', /^https:\/\/github\.com\/login\/oauth\/authorize\?client_id=/);
    assert.equal((seen.err.match(/\rwaiting for authorisation/g) ?? []).length, 2);
    assert.equal(await readFile(tokenFile(home), 'utf8'), OTHER);
    outputs.push(seen.out, seen.err);
  });
});
