// The Serverless Registry client and target against the emulator (real HTTP on 127.0.0.1), with real
// package folders and zips read back by yauzl.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, cp, mkdtemp, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';
import { PublishError } from '../src/errors.ts';
import { MemoryReporter } from '../src/report/reporter.ts';
import {
  DEFAULT_REGISTRY_BASE,
  DEFAULT_TOKEN_BASE,
  registryBases,
  ServerlessRegistryClient,
  ServerlessRegistryError,
  TOKEN_HINT,
} from '../src/serverless/client.ts';
import { readServerlessPackage } from '../src/serverless/package.ts';
import { zipContentDigest, zipPackage } from '../src/serverless/zip.ts';
import { ServerlessRegistryTarget } from '../src/targets/serverless-registry.ts';
import { versionOrder } from '../src/version.ts';
import {
  MESSAGES,
  type ServerlessRegistryEmulator,
  startServerlessRegistryEmulator,
} from './emulators/serverless-registry.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/serverless/', import.meta.url));
const TOKEN = 'cpTestToken-7f3a9c1e5b2d4068';
const OTHER_TOKEN = 'cpOtherToken-0e6b2f8a4c9d1357';
const WRONG_TOKEN = 'cpWrongToken-1111222233334444';
const SECRETS = [TOKEN, OTHER_TOKEN, WRONG_TOKEN].flatMap((t) => [
  t,
  createHash('md5').update(t).digest('hex'),
]);

let root: string;
let emu: ServerlessRegistryEmulator;
const reporter = new MemoryReporter();
const seenErrors: unknown[] = [];

function client(token = TOKEN): ServerlessRegistryClient {
  return new ServerlessRegistryClient({
    token,
    baseUrl: emu.url,
    retryDelayMs: 0,
    debug: (l) => reporter.debug(l),
  });
}

let copies = 0;
/** A fresh copy of a fixture package, optionally edited. */
async function copyFixture(name: string, edit?: (dir: string) => Promise<void>): Promise<string> {
  const dir = path.join(root, `pkg-${++copies}`);
  await cp(path.join(FIXTURES, name), dir, { recursive: true });
  if (edit) await edit(dir);
  return dir;
}

async function setVersion(dir: string, version: string): Promise<void> {
  const file = path.join(dir, 'publish.yaml');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^Version: .*$/m, `Version: ${version}`));
}

function target(dir: string, options: { token?: string; force?: boolean } = {}) {
  return new ServerlessRegistryTarget({
    dir,
    client: client(options.token),
    reporter,
    force: options.force,
    workDir: path.join(root, 'work'),
    verifyDelayMs: 0,
  });
}

/** Awaits a rejection, checks it is a PublishError, and keeps it for the no-secrets check. */
async function rejection(promise: Promise<unknown>): Promise<PublishError> {
  const error = await promise.then(
    () => assert.fail('expected a rejection'),
    (e: unknown) => e,
  );
  seenErrors.push(error);
  assert.ok(error instanceof PublishError, `expected a PublishError, got ${String(error)}`);
  return error;
}

function requestsSince(mark: number) {
  return emu.requests.slice(mark).map((r) => `${r.method} ${r.path}`);
}

async function readZip(bytes: Buffer): Promise<Map<string, { data: Buffer; mode: number }>> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const entries = new Map<string, { data: Buffer; mode: number }>();
  return new Promise((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          entries.set(entry.fileName, {
            data: Buffer.concat(chunks),
            mode: entry.externalFileAttributes >>> 16,
          });
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}

before(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cp-serverless-'));
  emu = await startServerlessRegistryEmulator({ tokens: [TOKEN, OTHER_TOKEN], pageSize: 2 });
});

after(async () => {
  await emu.close();
  await rm(root, { recursive: true, force: true });
});

describe('readServerlessPackage', () => {
  it('fills the publish form from the files the official client reads', async () => {
    const dir = await copyFixture('component');
    const pkg = await readServerlessPackage(dir);
    assert.equal(pkg.name, 'cp-test-component');
    assert.equal(pkg.version, '0.0.1');
    assert.equal(pkg.type, 'Component');
    assert.equal(pkg.form.publish, await readFile(path.join(dir, 'publish.yaml'), 'utf8'));
    assert.equal(pkg.form.readme, await readFile(path.join(dir, 'readme.md'), 'utf8'));
    assert.equal(pkg.form.version_body, await readFile(path.join(dir, 'version.md'), 'utf8'));
    // No src/s.yaml: the official client sends JSON.stringify({}).
    assert.equal(pkg.form.flowyaml, '{}');
    assert.equal(pkg.form.syaml, undefined);
    assert.equal(pkg.form.readme_en, undefined);
  });

  it('sends s.yaml and the fnf flow definitions of a Project', async () => {
    const dir = await copyFixture('project');
    const pkg = await readServerlessPackage(dir);
    assert.equal(pkg.type, 'Project');
    assert.equal(pkg.form.syaml, await readFile(path.join(dir, 'src', 's.yaml'), 'utf8'));
    assert.equal(pkg.form.readme_en, await readFile(path.join(dir, 'readme_en.md'), 'utf8'));
    assert.deepEqual(JSON.parse(pkg.form.flowyaml), [
      { workflow: await readFile(path.join(dir, 'src', 'flow.yaml'), 'utf8') },
    ]);
  });

  it('sends [] as flowyaml when s.yaml has no fnf resource', async () => {
    const dir = await copyFixture('project', async (d) => {
      await writeFile(
        path.join(d, 'src', 's.yaml'),
        'edition: 3.0.0\nresources:\n  a:\n    component: fc3\n',
      );
    });
    assert.equal((await readServerlessPackage(dir)).form.flowyaml, '[]');
  });

  it('matches Markdown names in any case and accepts publish.yml', async () => {
    const dir = await copyFixture('component', async (d) => {
      await rename(path.join(d, 'readme.md'), path.join(d, 'README.md'));
      await rename(path.join(d, 'version.md'), path.join(d, 'Version.MD'));
      await rename(path.join(d, 'publish.yaml'), path.join(d, 'publish.yml'));
    });
    const pkg = await readServerlessPackage(dir);
    assert.match(pkg.form.readme ?? '', /# cp-test-component/);
    assert.match(pkg.form.version_body ?? '', /First release/);
    assert.ok(pkg.publishYamlFile.endsWith('publish.yml'));
  });

  it('refuses V2 editions, pointing at the V2 tool', async () => {
    const dir = await copyFixture('component', async (d) => {
      const file = path.join(d, 'publish.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('Edition: 3.0.0', 'Edition: 2.0.0'));
    });
    const error = await rejection(readServerlessPackage(dir));
    assert.match(error.message, /publish\.yaml: Edition 2\.0\.0/);
    assert.match(error.hint ?? '', /s cli registry publish/);
  });

  it('names publish.yaml and the field when Name or Version is missing or not a string', async () => {
    const noVersion = await copyFixture('component', async (d) => {
      const file = path.join(d, 'publish.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^Version: .*\n/m, ''));
    });
    assert.match(
      (await rejection(readServerlessPackage(noVersion))).message,
      /publish\.yaml: Version is missing/,
    );
    const numeric = await copyFixture('component', (d) => setVersion(d, '1.0'));
    const error = await rejection(readServerlessPackage(numeric));
    assert.match(error.message, /publish\.yaml: Version is 1 \(number\)/);
    assert.match(error.hint ?? '', /quoted string/);
  });
});

describe('versionOrder', () => {
  const cases: [string, string[], ReturnType<typeof versionOrder>][] = [
    ['0.0.2', [], { order: 'new' }],
    ['0.0.2', ['0.0.1', 'dev'], { order: 'new' }],
    ['0.0.2', ['0.0.2', '0.0.1'], { order: 'same' }],
    ['0.0.1', ['0.0.2'], { order: 'not-greater', highest: '0.0.2' }],
    ['0.0.10', ['0.0.9', '0.0.2'], { order: 'new' }],
    ['0.0.9', ['0.0.10'], { order: 'not-greater', highest: '0.0.10' }],
    ['1.0.0+b', ['1.0.0+a'], { order: 'not-greater', highest: '1.0.0+a' }],
    ['1.0.0-rc.1', ['1.0.0'], { order: 'not-greater', highest: '1.0.0' }],
    ['1.0.0', ['1.0.0-rc.1'], { order: 'new' }],
    ['dev', ['0.0.1'], { order: 'new' }],
  ];
  for (const [version, listed, expected] of cases) {
    it(`${version} after [${listed.join(', ')}] is ${expected.order}`, () => {
      assert.deepEqual(versionOrder(version, listed), expected);
    });
  }
});

describe('zipPackage', () => {
  it('zips the package root, applies .signore, leaves out .git, sorts entries and fixes modes', async () => {
    const dir = await copyFixture('component', async (d) => {
      await writeFile(path.join(d, 'debug.log'), 'noise');
      await cp(path.join(d, 'src'), path.join(d, 'tmp'), { recursive: true });
      await cp(path.join(d, 'src'), path.join(d, '.git'), { recursive: true });
      await writeFile(path.join(d, 'src', 'run.sh'), '#!/bin/sh\necho hi\n');
      await chmod(path.join(d, 'src', 'run.sh'), 0o755);
      await writeFile(path.join(d, 'Zed.txt'), 'capital Z sorts before lowercase');
    });
    const out = path.join(root, 'zips', 'a.zip');
    const result = await zipPackage(dir, out);
    assert.deepEqual(result.entries, [
      '.signore',
      'Zed.txt',
      'package.json',
      'publish.yaml',
      'readme.md',
      'src/index.js',
      'src/run.sh',
      'version.md',
    ]);
    const bytes = await readFile(out);
    assert.equal(result.size, bytes.length);
    assert.equal(result.sha256, createHash('sha256').update(bytes).digest('hex'));
    const entries = await readZip(bytes);
    assert.deepEqual([...entries.keys()], result.entries);
    assert.deepEqual(entries.get('publish.yaml')?.data, await readFile(path.join(dir, 'publish.yaml')));
    assert.equal(entries.get('src/run.sh')?.mode, 0o100755);
    assert.equal(entries.get('readme.md')?.mode, 0o100644);
  });

  it('gives the same bytes for the same tree whatever the mtimes, permissions and time zone', async () => {
    const a = await copyFixture('component');
    const b = await copyFixture('component', async (d) => {
      for (const f of ['publish.yaml', 'readme.md', 'src/index.js']) {
        await utimes(path.join(d, f), new Date('2001-02-03T04:05:06Z'), new Date('2001-02-03T04:05:06Z'));
      }
      await chmod(path.join(d, 'readme.md'), 0o600);
    });
    const tz = process.env['TZ'];
    try {
      process.env['TZ'] = 'UTC';
      const first = await zipPackage(a, path.join(root, 'zips', 'same-a.zip'));
      process.env['TZ'] = 'Asia/Shanghai';
      const second = await zipPackage(b, path.join(root, 'zips', 'same-b.zip'));
      assert.equal(first.sha256, second.sha256);
      assert.deepEqual(await readFile(first.file), await readFile(second.file));
    } finally {
      if (tz === undefined) delete process.env['TZ'];
      else process.env['TZ'] = tz;
    }
  });

  it('warns over 10 MB, refuses over 20 MB unless forced', async () => {
    // Random bytes: the limits are on the compressed size. The zips deflate side by side (zlib's threads).
    const [big, medium] = await Promise.all([
      copyFixture('component', (d) => writeFile(path.join(d, 'blob.bin'), randomBytes(21 * 1024 * 1024))),
      copyFixture('component', (d) => writeFile(path.join(d, 'blob.bin'), randomBytes(11 * 1024 * 1024))),
    ]);
    const out = path.join(root, 'zips', 'big.zip');
    const [error, forced, warned] = await Promise.all([
      rejection(zipPackage(big, out)),
      zipPackage(big, path.join(root, 'zips', 'forced.zip'), { force: true }),
      zipPackage(medium, path.join(root, 'zips', 'medium.zip')),
    ]);
    assert.equal(error.code, 'serverless-zip-too-large');
    assert.match(error.hint ?? '', /\.signore/);
    await assert.rejects(stat(out), { code: 'ENOENT' });
    assert.equal(forced.warnings.length, 1);
    assert.match(warned.warnings[0] ?? '', /over 10\.0 MiB/);
  });

  it('content digests ignore timestamps but not contents', async () => {
    const dir = await copyFixture('component');
    const one = await zipPackage(dir, path.join(root, 'zips', 'd1.zip'), { sourceDateEpoch: 1_700_000_000 });
    const two = await zipPackage(dir, path.join(root, 'zips', 'd2.zip'));
    assert.notEqual(one.sha256, two.sha256);
    assert.equal(zipContentDigest(await readFile(one.file)), zipContentDigest(await readFile(two.file)));
    await writeFile(path.join(dir, 'readme.md'), 'changed');
    const three = await zipPackage(dir, path.join(root, 'zips', 'd3.zip'));
    assert.notEqual(zipContentDigest(await readFile(three.file)), zipContentDigest(await readFile(two.file)));
  });
});

describe('ServerlessRegistryClient', () => {
  it('defaults to the hosts the official client uses; one base overrides both', () => {
    assert.deepEqual(registryBases(), { packages: DEFAULT_REGISTRY_BASE, token: DEFAULT_TOKEN_BASE });
    assert.equal(new ServerlessRegistryClient({ token: 't' }).baseUrl, DEFAULT_REGISTRY_BASE);
    assert.deepEqual(registryBases('http://r.example/v3/'), {
      packages: 'http://r.example/v3',
      token: 'http://r.example/v3',
    });
  });

  it('reads every page of versions and answers null for an unknown version', async () => {
    const c = client();
    const text = await readFile(path.join(FIXTURES, 'component', 'publish.yaml'), 'utf8');
    for (const v of ['1.0.0', '1.0.1', '1.0.2', '1.0.3', '1.0.4']) {
      const publish = text
        .replace('cp-test-component', 'cp-paged')
        .replace(/^Version: .*$/m, `Version: ${v}`);
      await c.upload(await c.publish({ publish, flowyaml: '[]' }), Buffer.from(`zip ${v}`));
    }
    const versions = await c.versions('cp-paged');
    assert.deepEqual(
      versions.map((r) => r.tag_name),
      ['1.0.4', '1.0.3', '1.0.2', '1.0.1', '1.0.0'],
    );
    assert.ok(versions.every((r) => r.zipball_url.startsWith('http://127.0.0.1:')));
    assert.deepEqual(await c.download(versions[0]!.zipball_url), Buffer.from('zip 1.0.4'));
    assert.equal(await c.version('cp-paged', '9.9.9'), null);
    assert.equal((await c.latest('cp-paged'))?.tag_name, '1.0.4');
    const missing = await rejection(c.versions('cp-never-published'));
    assert.equal(missing.code, 'serverless-not-found');
  });

  it('sends every form field, empty when the file is absent, and PUTs with no extra headers', async () => {
    const c = client();
    const mark = emu.requests.length;
    const publish = 'Edition: 3.0.0\nName: cp-form\nVersion: 0.0.1\n';
    const url = await c.publish({ publish, flowyaml: '[]', readme: '# hi' });
    await c.upload(url, Buffer.from('zip'));
    const [post, put] = emu.requests.slice(mark);
    assert.deepEqual(post?.form, {
      publish,
      publish_en: '',
      version_body: '',
      version_body_en: '',
      flowyaml: '[]',
      syaml: '',
      syaml_en: '',
      readme: '# hi',
      readme_en: '',
    });
    assert.equal(post?.signed, true);
    assert.equal(put?.signed, false);
    assert.deepEqual(
      put?.headerNames?.filter(
        (h) =>
          ![
            'accept',
            'accept-encoding',
            'accept-language',
            'connection',
            'content-length',
            'host',
            'sec-fetch-mode',
            'user-agent',
          ].includes(h),
      ),
      [],
    );
  });

  it('takes one PUT per upload URL', async () => {
    const c = client();
    const url = await c.publish({
      publish: 'Edition: 3.0.0\nName: cp-once\nVersion: 0.0.1\n',
      flowyaml: '[]',
    });
    await c.upload(url, Buffer.from('first'));
    const error = await rejection(c.upload(url, Buffer.from('second')));
    assert.equal(error.code, 'serverless-upload');
    assert.ok(!error.message.includes('Signature='), 'the presigned query string is not shown');
  });

  it('retries reads on 5xx, three attempts at most; never retries a write', async () => {
    const mark = emu.requests.length;
    emu.failNextReads(2);
    assert.ok(Array.isArray(await client().listMine(1)));
    assert.deepEqual(
      emu.requests.slice(mark).map((r) => r.status),
      [503, 503, 200],
    );
    let calls = 0;
    const failing = new ServerlessRegistryClient({
      token: TOKEN,
      baseUrl: emu.url,
      retryDelayMs: 0,
      fetch: async () => {
        calls++;
        return new Response('busy', { status: 503 });
      },
    });
    await rejection(failing.versions('x'));
    assert.equal(calls, 3);
    calls = 0;
    await rejection(failing.publish({ publish: 'x', flowyaml: '[]' }));
    assert.equal(calls, 1);
    calls = 0;
    const offline = new ServerlessRegistryClient({
      token: TOKEN,
      baseUrl: 'http://127.0.0.1:9/v3',
      retryDelayMs: 0,
      fetch: async () => {
        calls++;
        throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
      },
    });
    const error = await rejection(offline.listMine(1));
    assert.equal(error.code, 'serverless-network');
    assert.equal(calls, 3);
  });
});

describe('ServerlessRegistryTarget', () => {
  it('publishes a Component, then a re-run changes nothing', async () => {
    const dir = await copyFixture('component');
    const mark = emu.requests.length;
    const step = await target(dir).prepare();
    assert.equal(step.changes, true);
    assert.match(step.description, /publish cp-test-component@0\.0\.1 \(Component, 6 files/);
    assert.ok(
      requestsSince(mark).every((r) => r.startsWith('GET ')),
      'prepare() only reads',
    );
    const outcome = await step.apply();
    assert.equal(outcome.done, 'published');
    assert.equal(outcome.outputs['serverless-package'], 'cp-test-component@0.0.1');

    const published = emu.state.packages.get('cp-test-component')?.releases[0];
    assert.ok(published);
    assert.equal(
      createHash('sha256').update(published.zip).digest('hex'),
      outcome.outputs['serverless-zip-sha256'],
    );
    assert.equal(published.form['readme'], await readFile(path.join(dir, 'readme.md'), 'utf8'));
    const entries = await readZip(published.zip);
    assert.ok(entries.has('publish.yaml') && entries.has('src/index.js'), 'no wrapping folder');

    const rerunMark = emu.requests.length;
    const again = await target(await copyFixture('component')).prepare();
    assert.equal(again.changes, false);
    const second = await again.apply();
    assert.equal(second.done, 'already published');
    assert.equal(second.changed, false);
    assert.equal(second.outputs['serverless-zip-sha256'], outcome.outputs['serverless-zip-sha256']);
    assert.ok(
      requestsSince(rerunMark).every((r) => r.startsWith('GET ')),
      'a no-op re-run only reads',
    );
  });

  it('treats a zip that differs only in timestamps as already published', async () => {
    const saved = process.env['SOURCE_DATE_EPOCH'];
    process.env['SOURCE_DATE_EPOCH'] = '1700000000';
    try {
      const step = await target(await copyFixture('component')).prepare();
      assert.equal(step.changes, false);
      assert.ok(reporter.lines.some((l) => l.includes('differs in bytes but holds the same files')));
    } finally {
      if (saved === undefined) delete process.env['SOURCE_DATE_EPOCH'];
      else process.env['SOURCE_DATE_EPOCH'] = saved;
    }
  });

  it('publishes a Project with its s.yaml and flow definitions', async () => {
    const step = await target(await copyFixture('project')).prepare();
    const outcome = await step.apply();
    assert.equal(outcome.outputs['serverless-package'], 'cp-test-project@0.1.0');
    const release = emu.state.packages.get('cp-test-project')?.releases[0];
    assert.match(release?.form['syaml'] ?? '', /component: fnf/);
    assert.match(release?.form['flowyaml'] ?? '', /"workflow"/);
    const entries = await readZip(release!.zip);
    assert.ok(entries.has('src/s.yaml') && entries.has('src/code/index.js'));
  });

  it('refuses a lower version in prepare(), having sent nothing but reads', async () => {
    await (await target(await copyFixture('component', (d) => setVersion(d, '0.0.5'))).prepare()).apply();
    const mark = emu.requests.length;
    const error = await rejection(
      target(await copyFixture('component', (d) => setVersion(d, '0.0.4'))).prepare(),
    );
    assert.equal(error.code, 'serverless-version-order');
    assert.match(error.message, /already has cp-test-component@0\.0\.5/);
    assert.match(error.hint ?? '', /bump Version in publish\.yaml/);
    assert.ok(requestsSince(mark).length > 0);
    assert.ok(requestsSince(mark).every((r) => r.startsWith('GET ')));
  });

  it('refuses re-publishing a version with other contents', async () => {
    const dir = await copyFixture('component', async (d) => {
      await setVersion(d, '0.0.5');
      await writeFile(path.join(d, 'readme.md'), '# changed after publishing\n');
    });
    const mark = emu.requests.length;
    const error = await rejection(target(dir).prepare());
    assert.equal(
      error.message,
      'version 0.0.5 of cp-test-component is already published with different contents; a version number can never be reused — bump Version in publish.yaml',
    );
    assert.ok(requestsSince(mark).every((r) => r.startsWith('GET ')));
  });

  it('reports the registry refusing a deleted version number, in Chinese and English', async () => {
    const c = client();
    await (await target(await copyFixture('component', (d) => setVersion(d, '0.0.6'))).prepare()).apply();
    await c.deleteVersion('cp-test-component', '0.0.6');
    assert.equal(await c.version('cp-test-component', '0.0.6'), null);
    const step = await target(await copyFixture('component', (d) => setVersion(d, '0.0.6'))).prepare();
    assert.equal(step.changes, true, 'the listing no longer shows 0.0.6');
    const error = await rejection(step.apply());
    assert.ok(error instanceof ServerlessRegistryError);
    assert.equal(error.code, 'serverless-version-order');
    assert.ok(error.message.includes(MESSAGES.versionOrder));
    assert.ok(error.message.includes('the version must be greater than the previous one'));
    assert.match(error.hint ?? '', /deleted ones included/);
  });

  it('fails prepare() on a wrong token, with the token hint', async () => {
    const mark = emu.requests.length;
    const error = await rejection(target(await copyFixture('component'), { token: WRONG_TOKEN }).prepare());
    assert.equal(error.code, 'serverless-auth');
    assert.equal(error.hint, TOKEN_HINT);
    assert.ok(error.message.includes(MESSAGES.auth));
    assert.match(error.message, /invalid login parameters/);
    assert.deepEqual(requestsSince(mark), ['GET /v3/package/user']);
  });

  it("refuses another account's package in pre-flight, before any write", async () => {
    const dir = await copyFixture('component', (d) => setVersion(d, '9.0.0'));
    const mark = emu.requests.length;
    const error = await rejection(target(dir, { token: OTHER_TOKEN }).prepare());
    assert.equal(error.code, 'serverless-not-owner');
    assert.match(error.message, /does not belong to the token's account; nothing was written/);
    assert.deepEqual(
      emu.requests.slice(mark).filter((r) => r.method !== 'GET'),
      [],
    );
    // The registry's own refusal, should a publish be sent anyway, is shown translated.
    const pkg = await readServerlessPackage(dir);
    const refused = await rejection(client(OTHER_TOKEN).publish(pkg.form));
    assert.equal(refused.code, 'serverless-permission');
    assert.ok(refused.message.includes(MESSAGES.permission));
    assert.match(refused.message, /permission denied/);
  });

  it('never shows a token or its md5 in errors, log lines or files in the work folder', async () => {
    assert.ok(seenErrors.length >= 10);
    const texts = seenErrors.map((e) =>
      e instanceof PublishError ? `${e.message}\n${e.hint ?? ''}` : String(e),
    );
    texts.push(...reporter.lines, JSON.stringify(emu.requests));
    const workDir = path.join(root, 'work');
    for (const name of await readdir(workDir))
      texts.push((await readFile(path.join(workDir, name))).toString('latin1'));
    for (const text of texts) {
      for (const secret of SECRETS)
        assert.ok(!text.includes(secret), `a secret appears in: ${text.slice(0, 120)}`);
    }
  });
});
