import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { PublishError } from '../src/errors.ts';
import {
  changedFolders,
  discover,
  listComponents,
  parseSiblings,
  stampSiblingVersions,
} from '../src/list.ts';
import { MANIFEST } from '../src/slipway/component.ts';
import { manifestText, tempDir, writeTree } from './helpers/fs.ts';
import { cli } from './helpers/run.ts';
import { tarEntryText } from './helpers/tar.ts';

const exec = promisify(execFile);

const slipway = (publisher: string, name: string, version = '0.0.0') =>
  manifestText({ publisher, name, version });
const publishYaml = (name: string, version: string) =>
  `Edition: 3.0.0\nType: Component\nName: ${name}\nVersion: ${version}\nProvider:\n  - 阿里云\n`;

/** Real git, isolated from the user's and system configuration. */
async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd,
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    },
  );
  return stdout.trim();
}

async function commitAll(cwd: string, message: string): Promise<string> {
  await git(cwd, 'add', '-A');
  await git(cwd, 'commit', '-q', '--allow-empty', '-m', message);
  return git(cwd, 'rev-parse', 'HEAD');
}

const summary = (list: Awaited<ReturnType<typeof listComponents>>) =>
  list.map((c) => `${c.path} ${c.kind} ${c.name} ${c.version}`);

test('finds nested components of both kinds, sorted by path, with names and versions', async () => {
  const root = await writeTree(await tempDir('list'), {
    'slipway_component.json': slipway('acme', 'echarts', '1.2.0'),
    'run.js': '1;\n',
    'svg/slipway_component.json': slipway('acme', 'echarts__svg', '0.0.0'),
    'svg/themes/dark/slipway_component.json': slipway('acme', 'echarts__dark'),
    'fc/publish.yaml': publishYaml('fc-api', '0.1.10'),
    'both/slipway_component.json': slipway('acme', 'both', '2.0.0'),
    'both/publish.yaml': publishYaml('both-pkg', '2.0.0'),
    'docs/readme.md': '# not a component\n',
  });
  assert.deepEqual(summary(await listComponents(root)), [
    '. slipway acme.echarts 1.2.0',
    'both serverless both-pkg 2.0.0',
    'both slipway acme.both 2.0.0',
    'fc serverless fc-api 0.1.10',
    'svg slipway acme.echarts__svg 0.0.0',
    'svg/themes/dark slipway acme.echarts__dark 0.0.0',
  ]);
});

test('discovery finds gitignored build outputs, never enters node_modules/.git/target/dot-folders, and says what it skipped', async () => {
  const root = await writeTree(await tempDir('list'), {
    '.gitignore': '# build output\ncomponents/\n',
    'components/acme.a/slipway_component.json': slipway('acme', 'a'),
    'node_modules/dep/slipway_component.json': slipway('acme', 'dep'),
    'a/node_modules/x/publish.yaml': publishYaml('x', '1.0.0'),
    '.git/slipway_component.json': slipway('acme', 'git'),
    '.github/tools/slipway_component.json': slipway('acme', 'hidden'),
    'target/wasm32-wasip2/release/slipway_component.json': slipway('acme', 'built'),
    'demo/slipway_component.json': slipway('acme', 'demo'),
    'lib/tests/fixtures/bad/slipway_component.json': slipway('acme', 'fixture'),
  });
  await mkdir(join(root, 'links'));
  await symlink(join(root, 'components'), join(root, 'links/c'), 'dir');
  const listing = await discover(root, { exclude: ['demo', '**/fixtures/**'] });
  assert.deepEqual(
    listing.components.map((c) => `${c.path} ${c.name}`),
    ['components/acme.a acme.a'],
  );
  assert.deepEqual(
    listing.skipped.map((s) => `${s.path}: ${s.reason}`),
    [
      ".git: git's own folder is never searched",
      '.github: a hidden folder',
      'a/node_modules: dependencies are never searched',
      'demo: excluded by "demo"',
      'lib/tests/fixtures: excluded by "**/fixtures/**"',
      'links/c: a symbolic link: links are not followed',
      'node_modules: dependencies are never searched',
      "target: a build's output folder (Rust's target/) is never searched",
    ],
  );
  const text = await cli(['list', root, '--exclude', 'demo']);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /^components\/acme\.a\tslipway\tacme\.a\t0\.0\.0\n/);
  assert.match(text.stdout, /\nskipped:\n(.*\n)* {2}demo\texcluded by "demo"\n/);
  assert.match(text.stdout, /lib\/tests\/fixtures\/bad\tslipway/, 'not excluded without the glob');
  const json = JSON.parse((await cli(['list', root, '--format', 'json', '--exclude', 'demo'])).stdout);
  assert.deepEqual(Object.keys(json), ['components', 'skipped']);
  assert.ok(json.skipped.some((s: { path: string }) => s.path === 'target'));
});

test('a manifest that cannot be read is still listed, so validation can say why', async () => {
  const root = await writeTree(await tempDir('list'), {
    'broken/slipway_component.json': '{ "publisher": "acme", ',
    'odd/publish.yaml': 'Name: [unclosed\n',
    'numbers/publish.yaml': 'Name: pkg\nVersion: 1.10\n',
    'bom/slipway_component.json': `\ufeff${slipway('acme', 'bom', '3.0.0')}`,
  });
  assert.deepEqual(summary(await listComponents(root)), [
    'bom slipway acme.bom 3.0.0',
    'broken slipway  ',
    'numbers serverless pkg 1.10',
    'odd serverless  ',
  ]);
});

test('an empty root lists nothing', async () => {
  assert.deepEqual(await listComponents(await tempDir('list')), []);
});

test('changedSince: only components holding a file changed since the merge base', async () => {
  const root = await tempDir('git');
  await git(root, 'init', '-q', '-b', 'main');
  await writeTree(root, {
    'slipway_component.json': slipway('acme', 'root'),
    'README.md': 'root readme\n',
    'a/slipway_component.json': slipway('acme', 'a'),
    'a/run.js': '1;\n',
    'a/inner/slipway_component.json': slipway('acme', 'a__inner'),
    'a/inner/run.js': '1;\n',
    'b/slipway_component.json': slipway('acme', 'b'),
    'b/publish.yaml': publishYaml('b-pkg', '1.0.0'),
    'c/publish.yaml': publishYaml('c-pkg', '1.0.0'),
    'c/src/index.js': 'exports.x = 1;\n',
  });
  const base = await commitAll(root, 'initial');

  // On a branch: change a nested component's file and a deep file of c.
  await git(root, 'checkout', '-q', '-b', 'feature');
  await writeTree(root, { 'a/inner/run.js': '2;\n', 'c/src/index.js': 'exports.x = 2;\n' });
  await commitAll(root, 'change inner and c');
  // Meanwhile main moves on and changes b: a three-dot diff must not report it as the branch's change.
  await git(root, 'checkout', '-q', 'main');
  await writeTree(root, { 'b/publish.yaml': publishYaml('b-pkg', '1.1.0') });
  await commitAll(root, 'change b on main');
  await git(root, 'checkout', '-q', 'feature');

  const names = async (ref: string) =>
    (await listComponents(root, { changedSince: ref })).map((c) => `${c.path} ${c.kind}`);

  // a/inner changed, a itself did not: a nested component's file does not belong to its parent.
  assert.deepEqual(await names('main'), ['a/inner slipway', 'c serverless']);
  assert.deepEqual(await names(base), ['a/inner slipway', 'c serverless']);
  assert.deepEqual(await names('HEAD'), []);

  // A file directly in a folder with both kinds marks both; a root file marks the root component.
  await writeTree(root, { 'b/notes.txt': 'x\n', 'README.md': 'changed\n' });
  await commitAll(root, 'touch b and root');
  assert.deepEqual(await names('main'), [
    '. slipway',
    'a/inner slipway',
    'b serverless',
    'b slipway',
    'c serverless',
  ]);

  // Uncommitted changes are not included.
  await writeTree(root, { 'a/run.js': 'uncommitted\n' });
  assert.equal((await names('HEAD')).length, 0);
});

test('changedSince: a removed file still marks its component; a deleted component is not listed', async () => {
  const root = await tempDir('git');
  await git(root, 'init', '-q', '-b', 'main');
  await writeTree(root, {
    'a/slipway_component.json': slipway('acme', 'a'),
    'a/old.js': '1;\n',
    'gone/slipway_component.json': slipway('acme', 'gone'),
  });
  const base = await commitAll(root, 'initial');
  await git(root, 'rm', '-q', 'a/old.js', 'gone/slipway_component.json');
  await commitAll(root, 'remove');
  assert.deepEqual(
    (await listComponents(root, { changedSince: base })).map((c) => c.path),
    ['a'],
  );
});

test('changedSince: listing from a subfolder of the repository uses paths relative to it', async () => {
  const root = await tempDir('git');
  await git(root, 'init', '-q', '-b', 'main');
  await writeTree(root, {
    'packages/x/slipway_component.json': slipway('acme', 'x'),
    'packages/y/slipway_component.json': slipway('acme', 'y'),
    'other/slipway_component.json': slipway('acme', 'other'),
  });
  const base = await commitAll(root, 'initial');
  await writeTree(root, { 'packages/y/run.js': '1;\n', 'other/run.js': '1;\n' });
  await commitAll(root, 'change');
  assert.deepEqual(await listComponents(join(root, 'packages'), { changedSince: base }), [
    { path: 'y', kind: 'slipway', name: 'acme.y', version: '0.0.0' },
  ]);
});

test('changedSince: an unknown ref is an error that says how to fetch history', async () => {
  const root = await tempDir('git');
  await git(root, 'init', '-q', '-b', 'main');
  await writeTree(root, { 'slipway_component.json': slipway('acme', 'a') });
  await commitAll(root, 'initial');
  await assert.rejects(
    listComponents(root, { changedSince: 'origin/nope' }),
    (error: unknown) =>
      error instanceof PublishError &&
      /origin\/nope/.test(error.message) &&
      /fetch-depth: 0/.test(error.hint ?? ''),
  );
});

test('changedFolders: each file belongs to the deepest component folder above it', () => {
  const folders = new Set(['.', 'a', 'a/b', 'c']);
  const cases: [string[], string[]][] = [
    [['README.md'], ['.']],
    [['a/x.js'], ['a']],
    [['a/b/x.js'], ['a/b']],
    [['a/b/deep/er/x.js'], ['a/b']],
    [['a/bb/x.js'], ['a']],
    [
      ['c/d/e.txt', 'a/b/f'],
      ['c', 'a/b'],
    ],
    [['ab/x.js'], ['.']],
  ];
  for (const [files, expected] of cases) {
    assert.deepEqual([...changedFolders(files, folders)].sort(), expected.sort(), files.join(', '));
  }
  assert.deepEqual([...changedFolders(['x/y.js', 'z'], new Set(['a']))], []);
});

const rigged = (steps: Record<string, string>) =>
  `${JSON.stringify(
    {
      publisher: 'acme',
      name: 'echarts',
      version: '0.0.0',
      input: {},
      output: {},
      rigging: Object.fromEntries(
        Object.entries(steps).map(([k, component]) => [k, { component, input: { x: '$.input' } }]),
      ),
    },
    null,
    2,
  )}\n`;

test('stampSiblingVersions: rewrites sibling rigging references and keeps every other byte', () => {
  const siblings = new Set(['acme.echarts', 'acme.echarts__svg', 'acme.echarts__png']);
  // [case, steps before, version, steps after]
  const cases: [string, Record<string, string>, string, Record<string, string>][] = [
    ['one sibling', { svg: 'acme.echarts__svg.0.0.0' }, '1.2.3', { svg: 'acme.echarts__svg.1.2.3' }],
    [
      'siblings and a stranger',
      { svg: 'acme.echarts__svg.0.0.0', png: 'acme.echarts__png.9.9.9', t: 'other.theme.2.0.0' },
      '1.2.3',
      { svg: 'acme.echarts__svg.1.2.3', png: 'acme.echarts__png.1.2.3', t: 'other.theme.2.0.0' },
    ],
    [
      'same name, other publisher',
      { x: 'someone.echarts__svg.0.0.0' },
      '1.0.0',
      { x: 'someone.echarts__svg.0.0.0' },
    ],
    [
      'prerelease and build metadata',
      { svg: 'acme.echarts__svg.1.0.0-rc.1+b.5' },
      '2.0.0-beta.2+sha.abc',
      { svg: 'acme.echarts__svg.2.0.0-beta.2+sha.abc' },
    ],
    ['already stamped', { svg: 'acme.echarts__svg.1.2.3' }, '1.2.3', { svg: 'acme.echarts__svg.1.2.3' }],
    ['not a reference', { svg: 'acme.echarts__svg' }, '1.2.3', { svg: 'acme.echarts__svg' }],
    ['no rigging', {}, '1.2.3', {}],
  ];
  for (const [name, before, version, after] of cases) {
    assert.equal(stampSiblingVersions(rigged(before), version, siblings).text, rigged(after), name);
  }
});

test('stampSiblingVersions: hand-formatted text keeps its layout, BOM and non-rigging references', () => {
  const text =
    '\ufeff{"publisher":"acme", "name":"echarts","version":"0.0.0",\r\n' +
    '  "description": "acme.echarts__svg.0.0.0 in prose stays",\r\n' +
    '  "callouts": {"c": {"component": "acme.echarts__svg.0.0.0"}},\r\n' +
    '  "rigging": { "chart" : {  "component" :"acme.echarts__svg.0.0.0" , "input": {} },\r\n' +
    '               "odd": { "component": 7 }, "flat": "acme.echarts__svg.0.0.0" },\r\n' +
    '  "input": {}, "output": {} }\r\n';
  const expected = text.replace(':"acme.echarts__svg.0.0.0"', ':"acme.echarts__svg.4.5.6"');
  assert.notEqual(expected, text);
  assert.equal(stampSiblingVersions(text, '4.5.6', new Set(['acme.echarts__svg'])).text, expected);
  assert.deepEqual(stampSiblingVersions(text, '4.5.6', new Set()), { text, stamped: [] });
});

test('stampSiblingVersions: refuses text that is not JSON', () => {
  assert.throws(() => stampSiblingVersions('rigging: {}\n', '1.0.0', new Set(['a.b'])), SyntaxError);
});

const withRigging = (name: string, rigging: Record<string, string>) =>
  manifestText({
    name,
    version: '0.0.0',
    rigging: Object.fromEntries(Object.entries(rigging).map(([k, component]) => [k, { component }])),
  });

async function packedManifest(dir: string, ...args: string[]) {
  const out = await tempDir('stamp-out');
  const run = await cli(['pack', dir, '--out', out, '--conventions', 'none', '--format', 'json', ...args]);
  assert.equal(run.code, 0, run.stderr);
  const { file } = JSON.parse(run.stdout) as { file: string };
  return { run, manifest: JSON.parse(await tarEntryText(await readFile(file), MANIFEST)) };
}

test('pack with a release version stamps it into rigging references to siblings of one namespace', async () => {
  const root = await tempDir('stamp');
  await git(root, 'init', '-q', '-b', 'main');
  await writeTree(root, {
    'charts/slipway_component.json': withRigging('charts', {
      svg: 'acme.charts__svg.0.0.0',
      png: 'acme.charts__png.0.0.0', // not in this repository: left alone
      maps: 'acme.maps.0.0.0', // another namespace
      theirs: 'other.charts__svg.0.0.0', // another publisher
    }),
    'svg/slipway_component.json': manifestText({ name: 'charts__svg', version: '0.0.0' }),
    'svg/run.js': '({});\n',
    'maps/slipway_component.json': manifestText({ name: 'maps', version: '0.0.0' }),
    'maps/run.js': '({});\n',
  });
  await commitAll(root, 'three components');

  const { run, manifest } = await packedManifest(join(root, 'charts'), '--version', '1.2.0');
  assert.equal(manifest.version, '1.2.0');
  assert.deepEqual(manifest.rigging, {
    svg: { component: 'acme.charts__svg.1.2.0' },
    png: { component: 'acme.charts__png.0.0.0' },
    maps: { component: 'acme.maps.0.0.0' },
    theirs: { component: 'other.charts__svg.0.0.0' },
  });
  assert.deepEqual(JSON.parse(run.stdout).stampedReferences, [
    'svg: acme.charts__svg.0.0.0 → acme.charts__svg.1.2.0',
  ]);
  // The file on disk is untouched.
  const onDisk = JSON.parse(await readFile(join(root, 'charts', MANIFEST), 'utf8'));
  assert.equal(onDisk.rigging.svg.component, 'acme.charts__svg.0.0.0');

  // The manifest's own version speaks only for this component: nothing is stamped.
  const own = await packedManifest(join(root, 'charts'));
  assert.equal(own.manifest.rigging.svg.component, 'acme.charts__svg.0.0.0');
});

test('outside git, siblings are the components next to this one', async () => {
  const root = await tempDir('stamp-nogit');
  await writeTree(root, {
    'charts/slipway_component.json': withRigging('charts', { svg: 'acme.charts__svg.0.0.0' }),
    'svg/slipway_component.json': manifestText({ name: 'charts__svg', version: '0.0.0' }),
    'svg/run.js': '({});\n',
  });
  const { manifest } = await packedManifest(join(root, 'charts'), '--version', '2.0.0');
  assert.equal(manifest.rigging.svg.component, 'acme.charts__svg.2.0.0');
});

test('--siblings names the components released together: only those references are stamped', async () => {
  const root = await tempDir('stamp-explicit');
  await git(root, 'init', '-q', '-b', 'main');
  await writeTree(root, {
    'charts/slipway_component.json': withRigging('charts', {
      svg: 'acme.charts__svg.1.1.0',
      png: 'acme.charts__png.0.0.0',
    }),
    'svg/slipway_component.json': manifestText({ name: 'charts__svg', version: '0.0.0' }),
    'svg/run.js': '({});\n',
    'png/slipway_component.json': manifestText({ name: 'charts__png', version: '0.0.0' }),
    'png/run.js': '({});\n',
  });
  await commitAll(root, 'three components');
  const dir = join(root, 'charts');
  // A manual run releasing charts and png only: the reference to svg's released 1.1.0 stays.
  const some = await packedManifest(dir, '--version', '1.2.0', '--siblings', 'acme.charts acme.charts__png');
  assert.deepEqual(some.manifest.rigging, {
    svg: { component: 'acme.charts__svg.1.1.0' },
    png: { component: 'acme.charts__png.1.2.0' },
  });
  const none = await packedManifest(dir, '--version', '1.2.0', '--siblings', 'none');
  assert.equal(none.manifest.rigging.png.component, 'acme.charts__png.0.0.0');
  const bad = await cli([
    'pack',
    dir,
    '--version',
    '1.2.0',
    '--siblings',
    'charts__png',
    '--conventions',
    'none',
  ]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /siblings: "charts__png" is not publisher\.name/);
});

test('parseSiblings: empty means "find them", none means none, separators are spaces, commas or new lines', () => {
  assert.equal(parseSiblings(''), undefined);
  assert.equal(parseSiblings('  '), undefined);
  assert.deepEqual(parseSiblings('none'), new Set());
  assert.deepEqual(parseSiblings('a.b, c.d\ne.f'), new Set(['a.b', 'c.d', 'e.f']));
  assert.throws(() => parseSiblings('a.b.1.0.0'), PublishError);
});
