// Issue 13's hostile-input suite: the action (INPUT_* variables, as the runner sets them) and the CLI
// against the GitHub and Serverless Registry emulators. Most cases run the source in this process
// (helpers/in-process.ts: same environment, working folder, stdout, stderr and exit code as a child,
// at a fraction of a spawn's CPU). A labelled handful still run the built bundles the way users do
// (`node dist/index.js`, `node dist/cli.js`), so the bundle stays covered here: an action input refused
// with a token, a CLI refusal with a token, an injected workflow command, a usage error's exit 2 and a
// hostile answer from the GitHub emulator; so do the unreadable-file cases, which need another user.
// Every case asserts the exit code, a message naming the file or input and the fix, that nothing was
// written (no write request to either emulator, no file in the output folders) and that no token, nor
// any line of one, reaches stdout, stderr, the outputs file or the job summary. Injected workflow
// commands (a newline then "::set-output …" / "::warning …") must never start a stdout line.
// Cases run a few at a time; the in-process runs themselves queue one behind another.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type GitHubEmulator, startGitHubEmulator } from './emulators/github.ts';
import {
  type ServerlessRegistryEmulator,
  startServerlessRegistryEmulator,
} from './emulators/serverless-registry.ts';
import { manifestText, tempDir, writeTree } from './helpers/fs.ts';
import { cliInProcess, runActionInProcess } from './helpers/in-process.ts';
import { CLI, cli, type Run, runAction } from './helpers/run.ts';

const GH_TOKEN = 'ghs_hostile_token_0123456789';
const SLS_TOKEN = 'sls_hostile_safety_code_0123';
const OTHER_SLS_TOKEN = 'sls_hostile_other_account_9876';
const NL_TOKEN_LINES = ['ghp_firstline_SECRET_aaaa', 'ghp_secondline_SECRET_bbbb'];
const SECRETS = [GH_TOKEN, SLS_TOKEN, OTHER_SLS_TOKEN, ...NL_TOKEN_LINES];
const INJECT = '\n::set-output name=PWNED::1\n::warning::PWNED';
/** Nine to the fifth: 59,049 nodes from 45 aliases, over any alias expansion limit. */
const BOMB = `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nnamespaces: []\n`;
const FIXTURE = join(import.meta.dirname, 'fixtures/serverless/component');

let gh: GitHubEmulator;
let sls: ServerlessRegistryEmulator;
before(async () => {
  gh = await startGitHubEmulator({ token: GH_TOKEN });
  sls = await startServerlessRegistryEmulator({ tokens: [SLS_TOKEN, OTHER_SLS_TOKEN] });
});
after(async () => {
  await gh.close();
  await sls.close();
});

interface Outcome extends Run {
  /** Everything the user and the log could see: stdout, stderr, outputs and summary. */
  seen: string;
  /** Files that must stay empty (output folders, file: registries). */
  untouched: string[];
}

let repoCounter = 0;
/** Repositories a case wrote to on purpose (its setup), left out of the "nothing written" check. */
const writingRepos = new Set<string>();
/** A fresh GitHub repository per case, so a write can be traced to the case that made it. */
function freshRepo(opts?: Parameters<GitHubEmulator['addRepo']>[1]): string {
  const name = `acme/hostile_${++repoCounter}`;
  gh.addRepo(name, opts);
  return name;
}

const component = (fields: Record<string, unknown> = {}) => ({
  'slipway_component.json': manifestText(fields),
  'run.js': '({ ok: true });\n',
});

/** How a case runs the action and the CLI: the source in this process, or the built bundles. */
interface Runners {
  action: typeof runAction;
  cli: typeof cli;
}
const IN_PROCESS: Runners = { action: runActionInProcess, cli: cliInProcess };
const BUNDLE: Runners = { action: runAction, cli };

interface ActionCase {
  inputs: Record<string, string>;
  files?: Record<string, string | Buffer>;
  env?: Record<string, string>;
  repo?: string;
  /** Prepares the workspace (after files are written). */
  setup?: (workspace: string) => Promise<void>;
}

async function action(c: ActionCase, via = IN_PROCESS): Promise<Outcome> {
  const workspace = await tempDir('ws');
  await writeTree(workspace, c.files ?? component());
  await c.setup?.(workspace);
  const repo = c.repo ?? freshRepo();
  const r = await via.action(
    { 'github-token': GH_TOKEN, conventions: 'none', version: '1.0.0', ...c.inputs },
    {
      GITHUB_WORKSPACE: workspace,
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: gh.serverUrl,
      GITHUB_REPOSITORY: repo,
      GITHUB_SHA: 'c'.repeat(40),
      ...c.env,
    },
    workspace,
  );
  const spec = c.inputs['file-registry'];
  return {
    ...r,
    seen: [r.stdout, r.stderr, JSON.stringify(r.outputs), r.summary].join('\n'),
    untouched: spec?.startsWith('file:') ? [join(workspace, spec.slice(5))] : [],
  };
}

async function command(
  args: (dir: string, out: string) => string[],
  files: Record<string, string | Buffer> = component(),
  env: Record<string, string> = {},
  setup?: (dir: string) => Promise<void>,
  via = IN_PROCESS,
): Promise<Outcome> {
  const dir = await tempDir('cli');
  await writeTree(dir, files);
  await setup?.(dir);
  const out = await tempDir('out');
  const r = await via.cli(args(dir, out), { cwd: dir, env: { HOME: out, ...env } });
  return { ...r, seen: `${r.stdout}\n${r.stderr}`, untouched: [out] };
}

// Root reads everything, so unreadable files are read by an unprivileged user (as a CI runner is).
const asNobody = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');
function nobody(args: string[], tmp: string): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(
      '/usr/bin/setpriv',
      ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, ...args],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: tmp } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}
async function unreadable(mode: 'file' | 'folder'): Promise<Outcome> {
  const dir = await tempDir('nobody');
  await writeTree(dir, { ...component(), 'assets/secret.txt': 'x' });
  await chmod(join(dir, '..'), 0o755).catch(() => {});
  await chmod(dir, 0o755);
  await chmod(join(dir, 'assets'), mode === 'folder' ? 0o000 : 0o755);
  if (mode === 'file') await chmod(join(dir, 'assets/secret.txt'), 0o000);
  const out = await tempDir('out');
  await chmod(out, 0o777);
  const tmp = await tempDir('tmp');
  await chmod(tmp, 0o777);
  const r = await nobody(['publish', dir, '--registry', `file:${out}`, '--conventions', 'none'], tmp);
  return { ...r, seen: `${r.stdout}\n${r.stderr}`, untouched: [out] };
}

interface Case {
  name: string;
  code: number;
  message: RegExp;
  run: () => Promise<Outcome>;
  skip?: string | false;
  /** It starts a process (the bundle, or the CLI as another user), so it runs apart from in-process runs. */
  spawns?: boolean;
}

const NOT_BOOL = /must be true or false/;
const cases: Case[] = [];
const add = (
  name: string,
  code: number,
  message: RegExp,
  run: () => Promise<Outcome>,
  skip?: string | false,
) => cases.push({ name, code, message, run, skip });
/** A case through the built bundle (its run passes BUNDLE). */
const addBundle = (name: string, code: number, message: RegExp, run: () => Promise<Outcome>) =>
  cases.push({ name: `${name} (bundle)`, code, message, run, spawns: true });

// ----- action inputs ---------------------------------------------------------------------------
for (const [input, value] of [
  ['dry-run', 'yes'],
  ['github-release', 'on'],
  ['serverless-force', 'y'],
] as const) {
  add(`boolean input ${input}: "${value}"`, 1, new RegExp(`input "${input}" ${NOT_BOOL.source}`), () =>
    action({ inputs: { [input]: value } }),
  );
}
add('boolean input strict (validate): "maybe"', 1, /input "strict" must be true or false/, () =>
  action({ inputs: { command: 'validate', strict: 'maybe' } }),
);
add('command: "deploy"', 1, /input "command" must be one of/, () =>
  action({ inputs: { command: 'deploy' } }),
);
add('make-latest: "always"', 1, /input "make-latest" must be one of/, () =>
  action({ inputs: { 'make-latest': 'always' } }),
);
for (const value of ['acme', '../etc', `acme/x${INJECT}`]) {
  add(`repository: ${JSON.stringify(value)}`, 1, /input "repository" must be OWNER\/NAME/, () =>
    action({ inputs: { repository: value } }),
  );
}
add('registry-repo: "acme"', 1, /input "registry-repo" must be OWNER\/NAME/, () =>
  action({ inputs: { 'registry-repo': 'acme' } }),
);
for (const value of ['/etc/registry.yaml', 'a/../../registry.yaml']) {
  add(
    `registry-file outside the repository: ${value}`,
    1,
    /input "registry-file" .* outside the repository/,
    () => action({ inputs: { 'registry-repo': freshRepo(), 'registry-file': value } }),
  );
}
for (const value of ['/etc', '../outside']) {
  add(`path outside the workspace: ${value}`, 1, /input "path" .* outside the workspace/, () =>
    action({ inputs: { path: value } }),
  );
}
add('path with no component in it', 1, /no slipway_component\.json|no component|holds neither/i, () =>
  action({ inputs: { path: 'empty' }, setup: (ws) => mkdir(join(ws, 'empty')) }),
);
add('path that does not exist', 1, /missing.*(no such file|not a folder|does not exist)|no such file/i, () =>
  action({ inputs: { path: 'missing' } }),
);
add('path that is a file', 1, /run\.js.*not a folder|is not a folder/, () =>
  action({ inputs: { path: 'run.js' } }),
);
add('tarball that does not exist', 1, /input "tarball" .* is not a file/, () =>
  action({ inputs: { tarball: '/nonexistent/acme.widget.1.0.0.tar' } }),
);
// A folder is a folder of reviewed tarballs (the pack job's artifact): one holding none is refused.
add('tarball: a folder holding no tarball', 1, /the folder "\." holds no \.tar file/, () =>
  action({ inputs: { tarball: '.' } }),
);
add('release: tarball that does not exist', 1, /tarball/, () =>
  action({ inputs: { command: 'release', tarball: '/nonexistent/x.tar' } }),
);
add('file-registry: "http://example.com"', 1, /input "file-registry" must be file:PATH/, () =>
  action({ inputs: { 'file-registry': 'http://example.com' } }),
);
add('file-registry that is a file, not a folder: no release either', 1, /not a folder/, async () => {
  const repo = freshRepo();
  const o = await action({
    repo,
    inputs: { 'file-registry': 'file:run.js' },
  });
  assert.equal(gh.repo(repo).releases.length, 0, 'a release was created before the file: check');
  return { ...o, untouched: [] };
});

// ----- tokens ----------------------------------------------------------------------------------
addBundle('github-token with a newline: refused, no line of it printed', 1, /input "github-token"/, () =>
  action({ inputs: { 'github-token': NL_TOKEN_LINES.join('\n') } }, BUNDLE),
);
add('github-token with a control character', 1, /input "github-token"/, () =>
  action({ inputs: { 'github-token': `${NL_TOKEN_LINES[0]}\u0007` } }),
);
add('github-token empty with github-release on', 1, /github-token is empty/, () =>
  action({ inputs: { 'github-token': '' } }),
);
add('serverless-registry-token with a newline', 1, /input "serverless-registry-token"/, () =>
  action({ inputs: { 'github-release': 'false', 'serverless-registry-token': NL_TOKEN_LINES.join('\r\n') } }),
);
add('registry-token with a tab', 1, /input "registry-token"/, () =>
  action({ inputs: { 'registry-repo': freshRepo(), 'registry-token': `${NL_TOKEN_LINES[1]}\tx` } }),
);
addBundle('CLI: SERVERLESS_REGISTRY_TOKEN with a newline', 1, /SERVERLESS_REGISTRY_TOKEN|token/i, () =>
  command(
    (d) => ['publish', d, '--serverless', '--conventions', 'none'],
    component(),
    { SERVERLESS_REGISTRY_TOKEN: NL_TOKEN_LINES.join('\n'), SERVERLESS_REGISTRY_URL: sls.url },
    undefined,
    BUNDLE,
  ),
);
add(
  'a GitHub token that cannot write the releases: nothing written',
  1,
  /contents: write|cannot write|may not/i,
  () => action({ repo: freshRepo({ permissions: { push: false } }), inputs: {} }),
);
add(
  'a read-only registry token: no release is created',
  1,
  /registry|contents: write|cannot write/i,
  async () => {
    const repo = freshRepo();
    const registry = freshRepo({ permissions: { push: false } });
    gh.setFile(registry, 'main', 'registry.yaml', 'packages: {}\n');
    const o = await action({ repo, inputs: { 'registry-repo': registry } });
    assert.equal(gh.repo(repo).releases.length, 0, 'a release was created before the registry check');
    return o;
  },
);

// ----- injection into the log --------------------------------------------------------------------
addBundle('version input with a newline and workflow commands', 1, /version/, () =>
  action({ inputs: { version: `1.0.0${INJECT}` } }, BUNDLE),
);
add('version input "::warning::PWNED"', 1, /version/, () =>
  action({ inputs: { version: '::warning::PWNED' } }),
);
add('component name with a newline and workflow commands', 1, /name/, () =>
  action({ inputs: { command: 'validate' }, files: component({ name: `widget${INJECT}` }) }),
);
add('publisher with workflow commands (publish)', 1, /publisher/, () =>
  action({ inputs: {}, files: component({ publisher: `acme${INJECT}` }) }),
);
add('tag-prefix with workflow commands', 1, /version|tag/, () =>
  action({
    inputs: { version: '', 'tag-prefix': `v${INJECT}` },
    env: { GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: `x${INJECT}` },
  }),
);
add('CLI: --version with a newline and workflow commands', 1, /version/, () =>
  command((d, o) => ['pack', d, '--out', o, '--version', `1.0.0${INJECT}`]),
);

// ----- the manifest -------------------------------------------------------------------------------
const manifest = (text: string | Buffer) => ({ 'slipway_component.json': text, 'run.js': '({});\n' });
const validate = (files: Record<string, string | Buffer>, extra: string[] = []) =>
  command((d) => ['validate', d, '--conventions', 'none', ...extra], files);
const packTo = (files: Record<string, string | Buffer>) =>
  command((d, o) => ['pack', d, '--out', o, '--conventions', 'none'], files);
const publishTo = (files: Record<string, string | Buffer>) =>
  command((d, o) => ['publish', d, '--registry', `file:${o}`, '--conventions', 'none'], files);

const dupKeys =
  '{"publisher":"acme","name":"widget","name":"other","version":"1.0.0","input":{},"output":{}}';
const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(manifestText())]);
const latin1 = Buffer.from(manifestText({ description: 'caf\u00e9' }).replace('café', 'caf\u00e9'), 'latin1');
const deep = `{"publisher":"acme","name":"widget","version":"1.0.0","input":${'['.repeat(200)}${']'.repeat(200)},"output":{}}`;
for (const [label, text, message] of [
  ['duplicate keys', dupKeys, /slipway_component\.json.*(duplicate|twice)/is],
  ['a BOM', bom, /slipway_component\.json.*BOM/is],
  ['non-UTF-8 bytes', latin1, /slipway_component\.json.*UTF-8/is],
  ['nesting 200 deep', deep, /slipway_component\.json.*(nest|deep|recursion)/is],
  ['an empty file', '', /slipway_component\.json/],
  ['not JSON', '{publisher: acme}', /slipway_component\.json/],
  ['a version that is not SemVer', manifestText({ version: '1.0' }), /version/],
  ['a description over 256 bytes', manifestText({ description: 'é'.repeat(129) }), /description/],
] as [string, string | Buffer, RegExp][]) {
  add(`manifest with ${label}: validate`, 1, message, () => validate(manifest(text)));
  if (['duplicate keys', 'a BOM'].includes(label))
    add(`manifest with ${label}: publish to file:`, 1, message, () => publishTo(manifest(text)));
}
// A file: registry whose registry.yaml fppm could not read: refused before the tarball is written.
for (const [label, bytes, message] of [
  [
    'non-UTF-8 bytes in a comment',
    Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\nnamespaces: []\n')]),
    /registry\.yaml.*UTF-8/is,
  ],
  ['a !!python/name tag', 'x: !!python/name:os.system\nnamespaces: []\n', /registry\.yaml.*tag/is],
  ['an alias bomb', '', /registry\.yaml.*alias/is],
] as [string, string | Buffer, RegExp][]) {
  add(`file: registry.yaml with ${label}: nothing written, the file untouched`, 1, message, async () => {
    const text = bytes === '' ? BOMB : bytes;
    const dir = await tempDir('cli');
    await writeTree(dir, component());
    const registry = await tempDir('reg');
    await writeFile(join(registry, 'registry.yaml'), text);
    const args = ['publish', dir, '--registry', `file:${registry}`, '--conventions', 'none'];
    const r = await cliInProcess(args, { cwd: dir });
    assert.deepEqual(await readdir(registry), ['registry.yaml']);
    assert.deepEqual(await readFile(join(registry, 'registry.yaml')), Buffer.from(text));
    return { ...r, seen: `${r.stdout}\n${r.stderr}`, untouched: [] };
  });
}
add('file: registry.yaml that is a folder', 1, /registry\.yaml.*folder/is, async () => {
  const dir = await tempDir('cli');
  await writeTree(dir, component());
  const registry = await tempDir('reg');
  await mkdir(join(registry, 'registry.yaml'));
  const r = await cliInProcess(['publish', dir, '--registry', `file:${registry}`, '--conventions', 'none'], {
    cwd: dir,
  });
  assert.deepEqual(await readdir(registry), ['registry.yaml']);
  return { ...r, seen: `${r.stdout}\n${r.stderr}`, untouched: [] };
});
add('manifest that is a folder', 1, /slipway_component\.json.*folder/is, () =>
  publishTo({ 'slipway_component.json/x': 'x', 'run.js': '({});\n' }),
);
add('manifest that is a folder (action)', 1, /slipway_component\.json.*folder/is, () =>
  action({ inputs: {}, files: { 'slipway_component.json/x': 'x', 'run.js': '({});\n' } }),
);

// ----- the component folder --------------------------------------------------------------------
add('a 0-byte runner', 1, /run\.js.*empty|empty.*run\.js/is, () =>
  publishTo({ 'slipway_component.json': manifestText(), 'run.js': '' }),
);
add('no runner at all (publish)', 1, /run\.wasm|run\.js|runner/, () =>
  publishTo({ 'slipway_component.json': manifestText() }),
);
for (const [label, name, message] of [
  ['a newline', 'bad\nname.txt', /line break|newline/],
  ['a backslash', 'bad\\name.txt', /backslash/],
  ['a last part over 100 bytes', `${'n'.repeat(101)}.txt`, /100 bytes|ustar|too long/],
] as const) {
  add(`a file name with ${label}: pack`, 1, message, () => packTo({ ...component(), [name]: 'x' }));
  if (label === 'a newline')
    add(`a file name with ${label}: validate`, 1, message, () => validate({ ...component(), [name]: 'x' }));
}
add('a file name that is not UTF-8', 1, /UTF-8/, () =>
  command(
    (d, o) => ['pack', d, '--out', o, '--conventions', 'none'],
    component(),
    {},
    async (dir) => {
      await writeFile(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0x62, 0xe9, 0x2e, 0x74])]), 'x');
    },
  ),
);
add('a symbolic link in the folder', 1, /symbolic link|symlink/, () =>
  command(
    (d, o) => ['pack', d, '--out', o, '--conventions', 'none'],
    component(),
    {},
    (dir) => symlink('/etc/passwd', join(dir, 'passwd')),
  ),
);
add('a folder name too long for the file system', 1, /too long/, () =>
  command((d, o) => ['pack', join(d, 'x'.repeat(300)), '--out', o]),
);
add('a named pipe in the folder', 1, /fifo.*(special|not a regular)|(special|not a regular).*fifo/is, () =>
  command(
    (d, o) => ['pack', d, '--out', o, '--conventions', 'none'],
    component(),
    {},
    async (dir) => {
      execFileSync('mkfifo', [join(dir, 'fifo')]);
    },
  ),
);
for (const [mode, message] of [
  ['file', /secret\.txt.*permission denied/],
  ['folder', /assets.*permission denied/],
] as const) {
  cases.push({
    name: `an unreadable ${mode} (as nobody)`,
    code: 1,
    message,
    run: () => unreadable(mode),
    skip: !asNobody && 'needs root and setpriv',
    spawns: true,
  });
}
add('CLI: --registry file: that is a file', 1, /not a folder/, () =>
  command((d) => ['publish', d, '--registry', `file:${join(d, 'run.js')}`, '--conventions', 'none']),
);
// Exit 2 comes from the entry point (dist/cli.js sets process.exitCode), so this one runs the bundle.
addBundle('CLI: --registry http://x', 2, /--registry must be file:PATH/, () =>
  command((d) => ['publish', d, '--registry', 'http://x'], component(), {}, undefined, BUNDLE),
);
add('CLI: --repo acme', 2, /--repo must be OWNER\/NAME/, () =>
  command((d) => ['validate', d, '--repo', 'acme']),
);
add('CLI: validate a folder that does not exist', 1, /missing/, () =>
  command((d) => ['validate', join(d, 'missing')]),
);
add(
  'CLI: validate a folder with no component',
  1,
  /no slipway_component\.json|no component|holds neither/i,
  () => command((d) => ['validate', d], { 'readme.md': 'x' }),
);
add('CLI: list a root that is a file', 1, /not a folder|run\.js/, () =>
  command((d) => ['list', join(d, 'run.js')]),
);

// ----- Serverless Devs files ----------------------------------------------------------------
async function serverlessPackage(edit: (text: string) => string): Promise<Record<string, string | Buffer>> {
  const files: Record<string, string | Buffer> = {};
  for (const name of ['package.json', 'publish.yaml', 'readme.md', 'version.md', 'src/index.js'])
    files[name] = await readFile(join(FIXTURE, name));
  files['publish.yaml'] = edit(String(files['publish.yaml']));
  return files;
}
add('publish.yaml with a !!js/function tag', 1, /publish\.yaml/, async () =>
  validate(await serverlessPackage((t) => `${t}Extra: !!js/function 'function () {}'\n`)),
);
add('publish.yaml with a repeated key', 1, /publish\.yaml/, async () =>
  validate(await serverlessPackage((t) => `${t}Name: again\n`)),
);
add(
  'a Serverless package name owned by another account: no release either',
  1,
  /belong|another account|not-owner/i,
  async () => {
    const files = await serverlessPackage((t) => t.replace('Name: cp-test-component', 'Name: hostile-taken'));
    sls.state.packages.set('hostile-taken', {
      name: 'hostile-taken',
      type: 'Component',
      description: '',
      owner: 'user-1',
      releases: [{ tag_name: '0.0.1', created_at: new Date().toISOString(), zip: Buffer.from(''), form: {} }],
      everPublished: ['0.0.1'],
    });
    const repo = freshRepo();
    const o = await action({
      repo,
      files: { ...files, ...component() },
      inputs: { 'serverless-registry-token': SLS_TOKEN, 'serverless-registry-url': sls.url },
    });
    assert.equal(gh.repo(repo).releases.length, 0, 'a release was created before the Serverless check');
    return o;
  },
);

// ----- registry.yaml on GitHub -----------------------------------------------------------------
const registryCase =
  (text: string | Buffer, via = IN_PROCESS) =>
  async () => {
    const repo = freshRepo();
    const registry = freshRepo();
    gh.setFile(registry, 'main', 'registry.yaml', text.toString('latin1'));
    const o = await action({ repo, inputs: { 'registry-repo': registry } }, via);
    assert.equal(gh.repo(repo).releases.length, 0, 'a release was created before registry.yaml was read');
    return o;
  };
const bomb = BOMB;
for (const [label, text, message] of [
  ['an alias bomb', bomb, /registry\.yaml.*alias/is],
  ['a !!js/function tag', 'packages: {}\nx: !!js/function "function(){}"\n', /registry\.yaml.*tag/is],
  [
    'a !!python/object tag',
    'packages: {}\nx: !!python/object/apply:os.system ["id"]\n',
    /registry\.yaml.*tag/is,
  ],
  ['a repeated key', 'packages: {}\npackages: {}\n', /registry\.yaml.*(repeat|duplicate|twice)/is],
  [
    'nesting 200 deep',
    `packages: {}\nx: ${'['.repeat(200)}${']'.repeat(200)}\n`,
    /registry\.yaml.*(nest|deep)/is,
  ],
] as [string, string, RegExp][]) {
  add(`registry.yaml with ${label}: nothing written`, 1, message, registryCase(text));
  // The bundle's own HTTP client (octokit and undici as esbuild bundled them) meets a hostile answer.
  if (label === 'an alias bomb')
    addBundle(`registry.yaml with ${label}: nothing written`, 1, message, registryCase(text, BUNDLE));
}

// Registry inputs GitHub or fppm cannot hold: refused before the release is created.
for (const [input, value, message] of [
  ['registry-namespace', '../x', /namespace "\.\.\/x" cannot be part of fppm's Namespace\/Package/],
  ['registry-package', `widget${INJECT}`, /package is empty or spans lines/],
  ['registry-branch', `main${INJECT}`, /input "registry-branch" .* holds a space, a control character/],
  ['registry-file', 'dir/', /input "registry-file" "dir\/" is not a file path/],
  ['registry-file', `reg${INJECT}.yaml`, /input "registry-file" .* is not a file path/],
] as const) {
  add(`${input}: ${JSON.stringify(value)}: no release either`, 1, message, async () => {
    const repo = freshRepo();
    const o = await action({ repo, inputs: { 'registry-repo': freshRepo(), [input]: value } });
    assert.equal(gh.repo(repo).releases.length, 0, 'a release was created before the registry check');
    return o;
  });
}

// ----- answers that are not what the protocol promises -----------------------------------------
for (const [label, raw] of [
  ['a cut-off 200', { body: '[{"id": 1, "tag_name": "2.0.0", "draft": fa' }],
  ['a null body', { body: 'null' }],
  ['an HTML page', { body: '<!DOCTYPE html><html></html>', contentType: 'text/html' }],
] as const) {
  add(`the release list answers ${label}: no lower version published`, 1, /release|answer/i, async () => {
    const repo = freshRepo();
    gh.faults.push({
      match: { method: 'GET', path: new RegExp(`/repos/${repo}/releases`) },
      kind: 'raw',
      raw,
      times: 10,
    });
    const o = await action({ repo, inputs: {} });
    assert.equal(gh.repo(repo).releases.length, 0);
    return o;
  });
}
add('a higher version already released: refused', 1, /lower than/, async () => {
  const repo = freshRepo();
  writingRepos.add(repo);
  const first = await action({ repo, inputs: { version: '2.0.0' } });
  assert.equal(first.code, 0, first.stdout + first.stderr);
  const before = gh.repo(repo).releases.length;
  const o = await action({ repo, inputs: { version: '1.0.0' } });
  assert.equal(gh.repo(repo).releases.length, before);
  return o;
});
for (const [label, raw, type] of [
  ['a null body', '{"request_id":"x","body":null}', 'application/json'],
  ['an HTML page', '<!DOCTYPE html><html><body>proxy</body></html>', 'text/html'],
] as const) {
  add(
    `the Serverless version list answers ${label}: nothing written`,
    1,
    /Serverless Registry.*(answer|null|HTML)/is,
    async () => {
      const name = `hostile-${label.split(' ')[1]}`;
      const files = await serverlessPackage((t) => t.replace('Name: cp-test-component', `Name: ${name}`));
      for (let i = 0; i < 10; i++) sls.breakNext(new RegExp(name), { raw, type, method: 'GET' });
      return action({
        files,
        inputs: {
          'github-release': 'false',
          'serverless-registry-token': SLS_TOKEN,
          'serverless-registry-url': sls.url,
        },
      });
    },
  );
}
add('the Serverless version list cut off: nothing written', 1, /Serverless|answer/i, async () => {
  const files = await serverlessPackage((t) => t.replace('Name: cp-test-component', 'Name: hostile-cut'));
  // Every attempt cut off (reads are retried): the versions stay unknown, so nothing is published.
  for (let i = 0; i < 10; i++)
    sls.breakNext(/hostile-cut/, { raw: '{"request_id":"x","body":[{"tag_', cut: true, method: 'GET' });
  return action({
    files,
    inputs: {
      'github-release': 'false',
      'serverless-registry-token': SLS_TOKEN,
      'serverless-registry-url': sls.url,
    },
  });
});

// ---------------------------------------------------------------------------------------------
const COMMAND_LINE = /^\s*(?:::|##\[)(?:set-output name=PWNED|warning::PWNED)/;

/** The checks every case gets, whatever ran it. */
async function assertHostile(c: Case): Promise<void> {
  const o = await c.run();
  const shown = `${c.name}\n--- stdout\n${o.stdout}\n--- stderr\n${o.stderr}`;
  assert.equal(o.code, c.code, shown);
  assert.match(o.seen, c.message, shown);
  // A stack frame: the bundle's (.js) or, in process, the source's (.ts).
  assert.doesNotMatch(o.seen, /unexpected failure|TypeError|at .*\.[jt]s:\d+:\d+/, shown);
  if (c.code === 1) assert.match(o.seen, /fix:|fix "|Fix:/, `no fix named\n${shown}`);
  for (const line of o.stdout.split(/\r\n|\r|\n/))
    assert.doesNotMatch(line, COMMAND_LINE, `a workflow command was injected\n${shown}`);
  const visible = o.seen
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  for (const secret of SECRETS) assert.ok(!visible.includes(secret), `a token was printed\n${shown}`);
  for (const folder of o.untouched) assert.deepEqual(await readdir(folder), [], `written: ${folder}`);
}

// The two groups run one after the other: a child started while an in-process run holds
// process.env would inherit that run's variables.
describe('hostile inputs and answers', { concurrency: 4 }, () => {
  for (const c of cases.filter((c) => !c.spawns)) it(c.name, { skip: c.skip }, () => assertHostile(c));
});
describe('hostile inputs and answers, through the built bundle or another user', { concurrency: 4 }, () => {
  for (const c of cases.filter((c) => c.spawns)) it(c.name, { skip: c.skip }, () => assertHostile(c));
});

// A write GitHub refused (a read-only token's create, answered 403) changed nothing and is allowed.
it('no case wrote to GitHub or the Serverless Registry', () => {
  const writes = gh.requests.filter(
    (r) =>
      r.method !== 'GET' &&
      !(r.status && r.status >= 400) &&
      ![...writingRepos].some((repo) => r.path.includes(`/${repo}/`)),
  );
  assert.deepEqual(
    writes.map((w) => `${w.method} ${w.path}`),
    [],
  );
  assert.deepEqual(
    sls.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`),
    [],
  );
});
