// What a component folder may hold, read the way Slipway's loader reads a package: every entry by its
// ustar header name alone (tar-rs `header().path()`), and every name `pack` refuses reported by
// `validate` first.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import * as nodeTar from 'tar';
import { InvalidInputError, type PublishError } from '../src/errors.ts';
import { inspectComponent } from '../src/slipway/inspect.ts';
import { packComponent } from '../src/slipway/pack.ts';
import { collectEntries, writeTarball } from '../src/slipway/tarball.ts';
import { fileNameProblem } from '../src/slipway/tree.ts';
import { componentDir, manifestText, tempDir, writeTree } from './helpers/fs.ts';
import { CLI } from './helpers/run.ts';
import { readUstar } from './helpers/ustar.ts';

const inspect = (dir: string) => inspectComponent(dir, { conventions: 'none' });

// 100 bytes exactly: the most a ustar `name` field holds (two-byte characters count twice).
const LAST_100 = `${'é'.repeat(40)}${'n'.repeat(16)}.ttf`;
const FILES: Record<string, string> = {
  'slipway_component.json': manifestText(),
  'run.js': '({ ok: true });\n',
  'fonts/Noto Sans Ünïcode.ttf': 'noto\n',
  [`fonts/${LAST_100}`]: 'long last part\n',
  [`${'folder-'.repeat(20)}x/${'y'.repeat(90)}.txt`]: 'a 234-byte path: prefix and name\n',
  'notes..v2.txt': 'two dots inside a name are not a ".." part\n',
  '日本語/ファイル.json': '{}\n',
};

test('every packed entry reads back by its ustar header name alone (tar-rs header().path())', async () => {
  assert.equal(Buffer.byteLength(LAST_100), 100);
  const dir = await writeTree(await tempDir('names'), FILES);
  const { component, problems } = await inspect(dir);
  assert.ok(component, JSON.stringify(problems));
  const artifact = await packComponent(component, await tempDir('out'));
  const entries = readUstar(await readFile(artifact.file));
  const expected = Object.keys(FILES).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  assert.deepEqual(
    entries.map((e) => e.path),
    expected,
  );
  for (const e of entries) {
    assert.equal(e.type, '0', e.path);
    assert.equal(e.body.toString(), FILES[e.path], e.path);
  }
  // node-tar (which prefers PAX) and GNU tar read the same names.
  const viaNodeTar: string[] = [];
  await nodeTar.t({ file: artifact.file, onReadEntry: (e) => viaNodeTar.push(e.path) });
  assert.deepEqual(viaNodeTar, expected);
  const gnu = execFileSync('tar', ['-tf', artifact.file], { encoding: 'utf8' }).trim().split('\n');
  assert.deepEqual(gnu, expected);
});

test('the same tree packs to the same bytes (non-ASCII and split names included)', async () => {
  const one = await writeTree(await tempDir('r1'), FILES);
  const two = await writeTree(await tempDir('r2'), FILES);
  const out = await tempDir('out');
  const a = await packComponent((await inspect(one)).component!, join(out, 'a.tar'));
  const b = await packComponent((await inspect(two)).component!, join(out, 'b.tar'));
  assert.equal(a.sha256, b.sha256);
  assert.deepEqual(await readFile(a.file), await readFile(b.file));
});

// A path no ustar header can hold: Slipway's loader would see a different (or no) name.
const UNFIT: [string, string][] = [
  ['a last part of 101 bytes', `fonts/${'é'.repeat(40)}${'n'.repeat(17)}.ttf`],
  ['folders of 156 bytes', `${'d'.repeat(156)}/f.txt`],
  ['a 101-byte name at the root', 'r'.repeat(101)],
];
for (const [label, path] of UNFIT) {
  test(`a path that no ustar header holds is refused naming it: ${label}`, async () => {
    const dir = await componentDir({}, { [path]: 'x\n' });
    const { component, problems } = await inspect(dir);
    assert.equal(component, undefined);
    const found = problems.find((p) => p.code === 'slipway/file-name');
    assert.ok(found, JSON.stringify(problems));
    assert.ok(found.file.endsWith(path), found.file);
    assert.match(found.message, /ustar header.*could never load/);
    await assert.rejects(collectEntries(dir), (e: PublishError) => e.code === 'file-name');
  });
}

test('file names: a newline or a backslash is refused, "notes..v2.txt" is not, a ".." part is', async () => {
  for (const name of ['bad\nname.txt', 'win\\path.txt']) {
    const dir = await componentDir({}, { [name]: 'x' });
    const { problems } = await inspect(dir);
    const found = problems.find((p) => p.code === 'slipway/file-name');
    assert.ok(found, `${JSON.stringify(name)}: ${JSON.stringify(problems)}`);
    assert.ok(found.message.includes(JSON.stringify(name)), found.message);
    assert.ok(!/[\n\\]/.test(found.file), `the raw name stays out of the file field: ${found.file}`);
    await assert.rejects(collectEntries(dir), (e: PublishError) => e.code === 'file-name');
  }
  // A file system never lists "..", so the rule is checked on the name itself: tar-rs refuses a
  // whole ".." part when unpacking, not two dots inside a name.
  assert.equal(fileNameProblem('notes..v2.txt'), undefined);
  assert.equal(fileNameProblem('a/..b/c'), undefined);
  assert.equal(fileNameProblem('a/../c')?.code, 'file-name');
});

test('a file name that is not UTF-8 is a typed error naming it, in validate and in pack', async () => {
  const dir = await componentDir();
  await writeFile(Buffer.from(`${dir}/caf\xe9.txt`, 'latin1'), 'latin-1 name');
  const { component, problems } = await inspect(dir);
  assert.equal(component, undefined);
  const found = problems.find((p) => p.code === 'slipway/file-name');
  assert.ok(found, JSON.stringify(problems));
  assert.match(found.message, /not UTF-8 \(bytes 636166e92e747874\)/);
  await assert.rejects(collectEntries(dir), (e: PublishError) => {
    assert.equal(e.code, 'file-name');
    assert.match(e.message, /caf.\.txt has a file name that is not UTF-8/);
    return true;
  });
});

test('a runner: missing is a warning on a source tree and an error when packing; empty is an error', async () => {
  const dir = await writeTree(await tempDir('norunner'), { 'slipway_component.json': manifestText() });
  const { component, problems } = await inspect(dir);
  assert.ok(component, 'validate accepts a source tree whose build makes run.wasm');
  assert.deepEqual(
    problems.map((p) => [p.code, p.severity]),
    [['slipway/no-runner', 'warning']],
  );
  const out = await tempDir('out');
  await assert.rejects(packComponent(component, out), (e: InvalidInputError) => {
    assert.ok(e instanceof InvalidInputError);
    assert.deepEqual(
      e.problems.map((p) => [p.code, p.severity]),
      [['slipway/no-runner', 'error']],
    );
    return true;
  });
  assert.deepEqual(execFileSync('ls', ['-A', out], { encoding: 'utf8' }), '');
  const built = (await inspectComponent(dir, { conventions: 'none', built: true })).problems;
  assert.equal(built[0]?.severity, 'error');

  await writeFile(join(dir, 'run.wasm'), '');
  const empty = await inspect(dir);
  assert.equal(empty.component, undefined);
  assert.match(
    empty.problems.find((p) => p.code === 'slipway/empty-runner')?.message ?? '',
    /run\.wasm is empty/,
  );
});

test('a manifest that is a folder, or a path too long, is a typed error', async () => {
  const dir = await tempDir('folder');
  await mkdir(join(dir, 'slipway_component.json'));
  await assert.rejects(inspect(dir), (e: PublishError) => {
    assert.equal(e.code, 'manifest-not-a-file');
    assert.match(e.message, /slipway_component\.json is a folder/);
    return true;
  });
  await assert.rejects(inspect(join(dir, 'x'.repeat(300))), (e: PublishError) => e.code === 'name-too-long');
  await assert.rejects(inspect(join(dir, 'missing')), (e: PublishError) => e.code === 'no-manifest');
});

test('a FIFO is reported by validate and refused by pack', async () => {
  const dir = await componentDir();
  execFileSync('mkfifo', [join(dir, 'pipe')]);
  const { problems } = await inspect(dir);
  assert.ok(problems.some((p) => p.code === 'slipway/special-file' && p.file.endsWith('pipe')));
  const out = join(await tempDir('out'), 'x.tar');
  await assert.rejects(
    async () => writeTarball(await collectEntries(dir), out),
    /pipe is not a regular file/,
  );
  await assert.rejects(stat(out), /ENOENT/);
});

// Root reads everything, so the unreadable file is read by an unprivileged user (as a CI runner is).
const asNobody = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');
test('an unreadable file is a typed error naming it, in validate and in pack (built CLI)', {
  skip: !asNobody && 'needs root and setpriv',
}, async () => {
  const dir = await componentDir({}, { 'secret.txt': 'x' });
  await chmod(dirname(dir), 0o755);
  await chmod(dir, 0o755);
  await chmod(join(dir, 'secret.txt'), 0o000);
  const out = await tempDir('out');
  await chmod(out, 0o777);
  const nobody = (args: string[]) =>
    spawnSync(
      '/usr/bin/setpriv',
      [
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        process.execPath,
        CLI,
        ...args,
        '--conventions',
        'none',
      ],
      { encoding: 'utf8' },
    );
  const validate = nobody(['validate', dir]);
  assert.equal(validate.status, 1, validate.stderr);
  assert.match(
    validate.stdout + validate.stderr,
    /slipway\/unreadable: secret\.txt cannot be read \(permission denied\)/,
  );
  assert.doesNotMatch(validate.stdout + validate.stderr, /unexpected failure/);
  const pack = nobody(['pack', dir, '--out', out]);
  assert.equal(pack.status, 1, pack.stderr);
  assert.doesNotMatch(pack.stdout + pack.stderr, /unexpected failure/);
  assert.deepEqual(await readdir(out), []);
});

// GitHub refuses a release asset over 2 GiB; pack refuses it before writing, so validate says so too.
test('a folder that would pack to over 2 GiB is reported by validate', async () => {
  const dir = await componentDir();
  await writeFile(join(dir, 'huge.bin'), '');
  await truncate(join(dir, 'huge.bin'), 2 * 1024 ** 3); // sparse: nothing is written to disk
  const { component, problems } = await inspect(dir);
  assert.equal(component, undefined);
  assert.match(problems.find((p) => p.code === 'slipway/too-large')?.message ?? '', /limited to 2\.0 GiB/);
});

// Slipway's JavaScript runner reads js_component.json into `{ scripts: Vec<String> }`, with no default.
test('js_component.json without "scripts" is refused', async () => {
  const dir = await componentDir({}, { 'js_component.json': '{"description": "x"}' });
  const { problems } = await inspect(dir);
  assert.deepEqual(
    problems.map((p) => [p.code, p.severity]),
    [['slipway/js-component-invalid', 'error']],
  );
  assert.match(problems[0]!.message, /has no "scripts"/);
  const mixed = await componentDir({}, { 'js_component.json': '{"scripts": [1, "run.js"]}' });
  assert.deepEqual(
    (await inspect(mixed)).problems.map((p) => [p.code, p.message]),
    [
      [
        'slipway/js-component-invalid',
        '"scripts" in js_component.json holds 1; Slipway reads it as a list of strings',
      ],
    ],
  );
});

// From a tarball Slipway looks each script up by the exact name js_component.json gives (entry names
// are "lib/a.js"): "./lib/a.js" works from a folder but is not found once published.
test('js_component.json: a script is named by its path in the package', async () => {
  const dir = await componentDir(
    {},
    {
      'lib/a.js': '1;\n',
      'js_component.json': '{"scripts": ["lib/a.js", "./lib/a.js", "lib//a.js", "lib/./a.js"]}',
    },
  );
  const { problems } = await inspect(dir);
  assert.deepEqual(
    problems.map((p) => [p.code, p.fix]),
    [
      ['slipway/js-script-path', 'write it as "lib/a.js"'],
      ['slipway/js-script-path', 'write it as "lib/a.js"'],
      ['slipway/js-script-path', 'write it as "lib/a.js"'],
    ],
  );
});

// Slipway loads a JS component's scripts from the package, so each must be a file inside the folder.
test('js_component.json: every script must exist inside the component folder', async () => {
  const dir = await componentDir(
    {},
    { 'lib/a.js': '1;\n', 'js_component.json': '{"scripts": ["lib/a.js", "../outside.js", "missing.js"]}' },
  );
  await writeFile(join(dirname(dir), 'outside.js'), '1;\n');
  const { problems } = await inspect(dir);
  assert.deepEqual(
    problems.map((p) => [p.code, p.message.replace(/^script /, '')]),
    [
      [
        'slipway/js-script-missing',
        '"../outside.js" listed in js_component.json is not inside the component folder',
      ],
      ['slipway/js-script-missing', '"missing.js" listed in js_component.json does not exist'],
    ],
  );
});
