import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { componentDir, tempDir } from './helpers/fs.ts';
import { cliInProcess } from './helpers/in-process.ts';
import { cli } from './helpers/run.ts';

test('validate: ok, json and github formats, exit codes', async () => {
  const good = await componentDir();
  const ok = await cli(['validate', good]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /ok: 0 error\(s\), 0 warning\(s\)/);

  const bad = await componentDir({ name: 'Bad-Name', extra: 1 });
  const json = await cli(['validate', bad, '--format', 'json']);
  assert.equal(json.code, 1);
  const report = JSON.parse(json.stdout) as {
    ok: boolean;
    problems: { code: string; line: number; column: number; file: string }[];
  };
  assert.equal(report.ok, false);
  assert.deepEqual(
    report.problems.map((p) => [p.code, p.line, p.column]),
    [
      ['slipway/name-invalid', 3, 11],
      ['slipway/unknown-field', 7, 3],
    ],
  );
  assert.ok(report.problems.every((p) => p.file.endsWith('slipway_component.json')));

  const gh = await cli(['validate', bad, '--format', 'github']);
  assert.match(
    gh.stdout,
    /^::error file=.*slipway_component\.json,line=3,col=11,title=slipway\/name-invalid::"name" may only contain/m,
  );
});

test('usage errors exit 2', async () => {
  assert.equal((await cliInProcess(['frobnicate'])).code, 2);
  assert.equal((await cliInProcess(['validate', '--format', 'xml'])).code, 2);
  assert.equal((await cliInProcess(['publish', '.'])).code, 2);
  assert.equal((await cliInProcess(['pack', '--nope'])).code, 2);
});

test('pack --format json writes the tarball and describes it', async () => {
  const dir = await componentDir({ version: '0.0.0' });
  const out = await tempDir('out');
  const r = await cliInProcess(['pack', dir, '--out', out, '--version', '1.4.0', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const result = JSON.parse(r.stdout) as { file: string; sha256: string; size: number; entries: string[] };
  assert.equal(result.file, join(out, 'acme.widget.1.4.0.tar'));
  assert.match(result.sha256, /^[0-9a-f]{64}$/);
  assert.deepEqual(result.entries, ['run.js', 'slipway_component.json']);
  assert.equal((await readFile(result.file)).length, result.size);
  assert.equal(r.stderr, '', 'json mode is quiet on stderr');
});

test('pack of an invalid component exits 1 with file:line:col and writes nothing', async () => {
  const dir = await componentDir({ version: 'v1' });
  const out = await tempDir('out');
  const r = await cliInProcess(['pack', dir, '--out', out]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /slipway_component\.json:4:14: error slipway\/version-invalid/);
  assert.deepEqual(await readdir(out), []);
});

test('publish to a file: registry: write, no-op re-run, lower refused, other bytes refused, dry run', async () => {
  const dir = await componentDir();
  const reg = join(await tempDir('reg'), 'registry');
  const first = await cliInProcess(['publish', dir, '--registry', `file:${reg}`, '--format', 'json']);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(JSON.parse(first.stdout).published, true);
  assert.deepEqual((await readdir(reg)).sort(), ['acme.widget.1.0.0.tar', 'registry.yaml']);
  const yaml = parse(await readFile(join(reg, 'registry.yaml'), 'utf8'));
  const entry = yaml.namespaces[0].acme[0].widget;
  assert.equal(entry.stable, '1.0.0');
  assert.match(entry.git, /^file:\/\//);

  const tarBefore = await readFile(join(reg, 'acme.widget.1.0.0.tar'));
  const yamlBefore = await readFile(join(reg, 'registry.yaml'), 'utf8');
  const again = await cliInProcess(['publish', dir, '--registry', `file:${reg}`, '--format', 'json']);
  assert.equal(again.code, 0, again.stderr);
  assert.equal(JSON.parse(again.stdout).published, false);
  assert.deepEqual(await readFile(join(reg, 'acme.widget.1.0.0.tar')), tarBefore);
  assert.equal(await readFile(join(reg, 'registry.yaml'), 'utf8'), yamlBefore);

  const two = await cliInProcess(['publish', dir, '--registry', `file:${reg}`, '--version', '2.0.0']);
  assert.equal(two.code, 0, two.stderr);
  const lower = await cliInProcess(['publish', dir, '--registry', `file:${reg}`, '--version', '1.5.0']);
  assert.equal(lower.code, 1);
  assert.match(lower.stderr, /1\.5\.0 is lower than 2\.0\.0/);

  await writeFile(join(dir, 'run.js'), '({ changed: true });\n');
  const differs = await cliInProcess(['publish', dir, '--registry', `file:${reg}`, '--version', '2.0.0']);
  assert.equal(differs.code, 1);
  assert.match(differs.stderr, /already published with other bytes/);

  const dry = await cliInProcess([
    'publish',
    dir,
    '--registry',
    `file:${reg}`,
    '--version',
    '3.0.0',
    '--dry-run',
  ]);
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /dry run: nothing was written/);
  assert.match(dry.stdout, /write .*acme\.widget\.3\.0\.0\.tar/);
  assert.deepEqual((await readdir(reg)).sort(), [
    'acme.widget.1.0.0.tar',
    'acme.widget.2.0.0.tar',
    'registry.yaml',
  ]);
  assert.equal(
    parse(await readFile(join(reg, 'registry.yaml'), 'utf8')).namespaces[0].acme[0].widget.stable,
    '2.0.0',
  );
});

test('the README example publishes as documented', async () => {
  const cwd = await tempDir('readme');
  const r = await cli(
    ['publish', join(import.meta.dirname, '../examples/hello'), '--registry', 'file:.registry'],
    { cwd },
  );
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual((await readdir(join(cwd, '.registry'))).sort(), [
    'component_publish.hello.1.0.0.tar',
    'registry.yaml',
  ]);
});

test('conventions from --repo are enforced, and can be turned off', async () => {
  const dir = await componentDir({ publisher: 'acme', name: 'charts__svg' });
  const wrong = await cliInProcess(['validate', dir, '--repo', 'someone/charts']);
  assert.equal(wrong.code, 1);
  assert.match(wrong.stdout, /conventions\/publisher/);
  assert.match(wrong.stdout, /must be released from "slipway_charts"/);
  assert.equal(
    (await cliInProcess(['validate', dir, '--repo', 'someone/charts', '--conventions', 'none'])).code,
    0,
  );
  assert.equal((await cliInProcess(['validate', dir, '--repo', 'Acme/slipway_charts'])).code, 0);
});

test('validate --repo not-a-repo: a usage error naming the option, not an unexpected failure', async () => {
  const dir = await componentDir();
  const r = await cliInProcess(['validate', dir, '--repo', 'not-a-repo']);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /--repo must be OWNER\/NAME \(got "not-a-repo"\)/);
  assert.doesNotMatch(r.stderr, /unexpected failure/);
});

test('a Serverless token with a newline is refused before any request, and not printed', async () => {
  const dir = await componentDir();
  const r = await cliInProcess(['publish', dir, '--serverless'], {
    env: { SERVERLESS_REGISTRY_TOKEN: 'tok_one\ntok_two', SERVERLESS_REGISTRY_URL: 'http://127.0.0.1:9' },
  });
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /SERVERLESS_REGISTRY_TOKEN contains whitespace/);
  assert.doesNotMatch(r.stdout + r.stderr, /tok_one|tok_two/);
});

test('file-system errors a user can fix are typed errors naming the path, not unexpected failures', async () => {
  const long = join(await tempDir('long'), 'x'.repeat(300));
  const tooLong = await cliInProcess(['validate', long]);
  assert.equal(tooLong.code, 1, tooLong.stderr);
  assert.match(tooLong.stderr, /: the name is too long for this file system\n {2}fix: shorten/);
  assert.doesNotMatch(tooLong.stderr, /unexpected failure/);

  const dir = await componentDir();
  const file = join(await tempDir('notdir'), 'a-file');
  await writeFile(file, 'not a folder');
  const notDir = await cliInProcess(['pack', dir, '--out', join(file, 'x.tar')]);
  assert.equal(notDir.code, 1, notDir.stderr);
  assert.match(notDir.stderr, /cannot mkdir .*a-file: a file is already there/);
  assert.doesNotMatch(notDir.stderr, /unexpected failure/);
});

// `s -t FILE` reads an s.yaml under any name (s_file.yaml, template.yaml): validate takes the file too.
test('validate FILE.yaml checks it as an s.yaml whatever its name; pack still wants a folder', async () => {
  const dir = await tempDir('s-yaml-file');
  const good = join(dir, 's_file.yaml');
  const bad = join(dir, 'template.yml');
  await writeFile(
    good,
    'edition: 3.0.0\nname: app\nresources:\n  hello:\n    component: fc3\n    props:\n      region: cn-hangzhou\n',
  );
  await writeFile(bad, 'edition: 3.0.0\nname: app\nresources:\n  hello:\n    props: {}\n');
  await writeFile(join(dir, 'notes.txt'), 'x\n');
  const ok = await cliInProcess(['validate', good]);
  assert.equal(ok.code, 0, ok.stdout + ok.stderr);
  assert.match(ok.stdout, /deploy order: hello/);
  const refused = await cliInProcess(['validate', bad, '--format', 'json']);
  assert.equal(refused.code, 1);
  const report = JSON.parse(refused.stdout) as { problems: { code: string; file: string }[] };
  assert.deepEqual(
    report.problems.map((p) => [p.code, p.file.endsWith('template.yml')]),
    [['s-yaml/component-missing', true]],
  );
  const text = await cliInProcess(['validate', join(dir, 'notes.txt')]);
  assert.equal(text.code, 1);
  assert.match(text.stderr, /"[^"]*notes\.txt" is not a folder or a YAML file/);
  const pack = await cliInProcess(['pack', good]);
  assert.equal(pack.code, 1);
  assert.match(pack.stderr, /s_file\.yaml" is not a folder/);
});
