import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { componentDir } from './helpers/fs.ts';
import { runAction } from './helpers/run.ts';

test('action validate: annotations on the manifest lines, summary, failure', async () => {
  const dir = await componentDir({ name: 'Bad' });
  const r = await runAction({ command: 'validate', path: dir }, {}, dir);
  assert.equal(r.code, 1);
  assert.match(
    r.stdout,
    /^::error title=slipway\/name-invalid,file=slipway_component\.json,line=3,col=11::"name" may only contain/m,
  );
  assert.match(r.summary, /slipway\/name-invalid/);
  assert.equal(r.outputs.problems, '1');
});

test('action pack: tarball in RUNNER_TEMP, outputs set, version from the tag push', async () => {
  const dir = await componentDir({ version: '0.0.0' });
  const r = await runAction(
    { command: 'pack', path: dir, 'tag-prefix': 'v', conventions: 'none' },
    { GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v1.2.3' },
    dir,
  );
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(r.outputs.version, '1.2.3');
  assert.equal(r.outputs.tarball, join(r.runnerTemp, 'component-publish', 'acme.widget.1.2.3.tar'));
  assert.match(r.outputs.sha256 ?? '', /^[0-9a-f]{64}$/);
  assert.equal(r.outputs.published, 'false');
  assert.match(r.stdout, /::notice::publishing version 1\.2\.3 \(from the tag\)/);
  assert.ok((await readFile(r.outputs.tarball!)).length > 0);
});

test('action pack: a pushed tag without tag-prefix is refused, not replaced by the manifest version', async () => {
  const dir = await componentDir({ version: '0.0.0' });
  const r = await runAction(
    { command: 'pack', path: dir, 'tag-prefix': 'v', conventions: 'none' },
    { GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'release-1.2.3' },
    dir,
  );
  assert.equal(r.code, 1);
  assert.match(
    r.stdout,
    /^::error title=version\/tag-prefix,file=slipway_component\.json.*"release-1\.2\.3" does not start with tag-prefix "v"/m,
  );
  assert.equal(r.outputs.tarball ?? '', '');
  assert.deepEqual(await readdir(join(r.runnerTemp, 'component-publish')).catch(() => []), []);
});
