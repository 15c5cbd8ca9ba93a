// Answers that break the Serverless Registry protocol (cut off, HTML, null, wrong shape) are typed errors
// that say what came back; a cut-off answer to the publish call is followed by a re-read. And where the
// token lives: the rules of `s` 3.1.10, in-process.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PublishError } from '../src/errors.ts';
import { MemoryReporter } from '../src/report/reporter.ts';
import { ServerlessRegistryClient } from '../src/serverless/client.ts';
import { maskToken, resolveToken, sConfigRoot, writeToken } from '../src/serverless/toolbox-token.ts';
import { ServerlessRegistryTarget } from '../src/targets/serverless-registry.ts';
import {
  type ServerlessRegistryEmulator,
  startServerlessRegistryEmulator,
} from './emulators/serverless-registry.ts';
import { tempDir } from './helpers/fs.ts';

const TOKEN = 'cpAnswersToken-3c5e7a9b1d2f4680';
let emu: ServerlessRegistryEmulator;
const client = () => new ServerlessRegistryClient({ token: TOKEN, baseUrl: emu.url, retryDelayMs: 0 });

async function rejected(promise: Promise<unknown>): Promise<PublishError> {
  const error = await promise.then(
    () => assert.fail('expected a rejection'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof PublishError, `a typed error, got ${String(error)}`);
  return error;
}

before(async () => {
  emu = await startServerlessRegistryEmulator({ tokens: [TOKEN] });
});
after(() => emu.close());

describe('broken Serverless Registry answers', () => {
  const cases: [string, { status?: number; raw: string; type?: string }, RegExp][] = [
    [
      'cut off',
      { raw: '{"request_id":"x","body":[{"tag_na' },
      /JSON cut off after 34 bytes, application\/json \(HTTP 200\)/,
    ],
    [
      'an HTML page',
      { raw: '<html><body>Sign in to the Wi-Fi</body></html>', type: 'text/html' },
      /an HTML\/XML page \(46 bytes, text\/html\)/,
    ],
    ['JSON null', { raw: 'null' }, /JSON null instead of \{request_id, body\}/],
    ['a null body', { raw: '{"request_id":"x","body":null}' }, /a body of null instead of a list/],
    ['a wrong item', { raw: '{"request_id":"x","body":[{"version":"1"}]}' }, /without a string "tag_name"/],
    ['empty', { raw: '' }, /an empty answer/],
  ];
  for (const [label, answer, expected] of cases) {
    it(`versions: ${label} is an error saying what came back`, async () => {
      emu.breakNext(/\/release$/, answer);
      const error = await rejected(client().versions('anything'));
      assert.match(error.message, expected);
      assert.match(error.message, /^Serverless Registry list versions: /);
    });
  }

  it('a zipball cut off mid-body is retried, then a typed error', async () => {
    for (let i = 0; i < 3; i++) emu.breakNext(/\/oss\/zipballs\//, { raw: 'PK\u0003\u0004', cut: true });
    const error = await rejected(client().download(`${emu.url.replace('/v3', '')}/oss/zipballs/x/1.zip`));
    assert.equal(error.code, 'serverless-network');
    assert.match(error.message, /cut off mid-body/);
  });

  it('a detail whose body is null is an error, not "not published"', async () => {
    emu.breakNext(/\/release\/tags\//, { raw: '{"request_id":"x","body":null}' });
    const error = await rejected(client().version('anything', '1.0.0'));
    assert.equal(error.code, 'serverless-bad-answer');
  });

  for (const label of ['a body cut off mid-way', 'a connection closed mid-body'] as const) {
    it(`publish call answered with ${label}: re-read, then one publish, one version`, async () => {
      emu.state.packages.delete('cp-test-component');
      const dir = await tempDir('sls-pkg');
      const fixture = fileURLToPath(new URL('./fixtures/serverless/component/', import.meta.url));
      const { cp } = await import('node:fs/promises');
      await cp(fixture, dir, { recursive: true });
      const reporter = new MemoryReporter();
      const target = new ServerlessRegistryTarget({
        dir,
        client: client(),
        reporter,
        workDir: path.join(dir, '..', 'work'),
        verifyDelayMs: 0,
      });
      const step = await target.prepare();
      const mark = emu.requests.length;
      emu.breakNext(/\/packages\/releases$/, {
        method: 'POST',
        raw: '{"request_id":"x","bo',
        apply: true,
        cut: label === 'a connection closed mid-body',
      });
      const outcome = await step.apply();
      assert.equal(outcome.changed, true);
      const sent = emu.requests.slice(mark).map((r) => `${r.method} ${r.path.replace(/\d+/g, 'N')}`);
      assert.deepEqual(sent.slice(0, 3), [
        'POST /vN/packages/releases',
        'GET /vN/packages/cp-test-component/release/tags/N.N.N',
        'POST /vN/packages/releases',
      ]);
      assert.equal(sent.filter((s) => s.startsWith('PUT')).length, 1);
      assert.deepEqual(
        emu.state.packages.get('cp-test-component')?.releases.map((r) => r.tag_name),
        ['0.0.1'],
      );
      assert.ok(
        reporter.lines.some((l) => /cut off/.test(l) && /reading the registry's state again/.test(l)),
      );
    });
  }
});

describe('the token file, by the rules of s 3.1.10', () => {
  it('finds the root: s.json workspace, s.json without one, Yunxiao, and the default', async () => {
    const home = await tempDir('sls-root');
    const env = { serverless_devs_config_home: home };
    assert.equal(sConfigRoot(env), path.join(home, '.s'));
    assert.equal(sConfigRoot({ ...env, GITHUB_X: '1', PIPELINE_ID: '1' }), path.join(home, '.s'));
    assert.equal(sConfigRoot({ ...env, PIPELINE_ID: '1', GITHUB_X: '1' }), path.join(home, '.cache', '.s'));
    await mkdir(path.join(home, '.s', 'config'), { recursive: true });
    await writeFile(path.join(home, '.s', 'config', 's.json'), '{not json');
    assert.equal(sConfigRoot({ ...env, PIPELINE_ID: '1' }), path.join(home, '.cache', '.s'));
    await writeFile(path.join(home, '.s', 'config', 's.json'), '{"analysis":"disable"}');
    assert.equal(sConfigRoot({ ...env, PIPELINE_ID: '1' }), path.join(home, '.s'));
    await writeFile(path.join(home, '.s', 'config', 's.json'), '{"workspace":"~/w/~"}');
    assert.equal(sConfigRoot(env), `${home}/w/~`);
  });

  it('writes the raw token, reads it back, lets the environment win, refuses a pasted newline', async () => {
    const home = await tempDir('sls-root');
    const env = { serverless_devs_config_home: home };
    const file = await writeToken(TOKEN, env);
    assert.equal(await readFile(file, 'utf8'), TOKEN);
    assert.deepEqual(await resolveToken(env), { token: TOKEN, source: file });
    assert.deepEqual(await resolveToken({ ...env, serverless_devs_registry_token: 'envToken123' }), {
      token: 'envToken123',
      source: 'serverless_devs_registry_token',
    });
    await writeFile(file, `${TOKEN}\n`);
    const error = await rejected(resolveToken(env));
    assert.equal(error.code, 'bad-token');
    assert.ok(!error.message.includes(TOKEN));
    assert.equal(maskToken('12345678'), '********');
    assert.equal(maskToken('123456789'), '123***789');
  });
});
