// Issue 12: a release is a set of components under one version. A repository shaped like a real Rust
// Slipway repository: a build assembles two namespaced components into a gitignored components/
// folder, next to a demo that must stay out.
import assert from 'node:assert/strict';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { TargetsConfig } from '../src/compose.ts';
import { InvalidInputError, PublishError } from '../src/errors.ts';
import { packFolders } from '../src/release.ts';
import { publishSet } from '../src/release-set.ts';
import type { Reporter } from '../src/report/reporter.ts';
import { selectFolders } from '../src/select.ts';
import { componentRows, rowsText } from '../src/set-summary.ts';
import { validateFolders } from '../src/validate.ts';
import { type GitHubEmulator, startGitHubEmulator } from './emulators/github.ts';
import { manifestText, tempDir, writeTree } from './helpers/fs.ts';
import { cliInProcess, runActionInProcess } from './helpers/in-process.ts';

const quiet: Reporter = {
  info: () => {},
  notice: () => {},
  warning: () => {},
  debug: () => {},
  secret: () => {},
};

/** The tree after `just build-ci`: components/ is gitignored, demo/ is a component nobody releases. */
async function namespaceRepo(version = '0.0.0', publisher = 'acme'): Promise<string> {
  return writeTree(await tempDir('ns'), {
    '.gitignore': 'components/\ntarget/\n',
    'components/acme.charts/slipway_component.json': manifestText({ publisher, name: 'charts', version }),
    'components/acme.charts/run.wasm': Buffer.from('\0asm\x01\0\0\0'),
    'components/acme.charts__svg/slipway_component.json': manifestText({
      publisher,
      name: 'charts__svg',
      version,
    }),
    'components/acme.charts__svg/run.wasm': Buffer.from('\0asm\x01\0\0\0svg'),
    'components/demo/slipway_component.json': manifestText({ publisher, name: 'charts__demo', version }),
    'components/demo/run.js': '({});\n',
    'target/wasm32-wasip2/release/run.wasm': Buffer.from('\0asm'),
  });
}

const inspect = { conventions: 'none' as const, version: '1.4.0', siblings: new Set<string>() };

test('pack: a glob names the gitignored build outputs, exclude keeps the demo out, one out folder', async () => {
  const repo = await namespaceRepo();
  const { folders } = await selectFolders(['components/*'], ['components/demo'], repo);
  assert.deepEqual(folders, [
    join(repo, 'components/acme.charts'),
    join(repo, 'components/acme.charts__svg'),
  ]);
  const out = await tempDir('out');
  const artifacts = await packFolders({ dirs: folders, inspect, out, reporter: quiet });
  assert.deepEqual((await readdir(out)).sort(), ['acme.charts.1.4.0.tar', 'acme.charts__svg.1.4.0.tar']);
  assert.deepEqual(
    artifacts.map((a) => a.component.version),
    ['1.4.0', '1.4.0'],
  );
});

test('pack: one invalid component means nothing is packed, and every problem is reported', async () => {
  const repo = await namespaceRepo();
  await writeTree(repo, {
    'components/acme.charts/slipway_component.json': manifestText({ name: 'Charts' }),
    'components/acme.charts__svg/slipway_component.json': manifestText({ name: 'charts__svg', extra: 1 }),
  });
  const { folders } = await selectFolders(['components/*'], ['**/demo'], repo);
  const out = await tempDir('out');
  await assert.rejects(packFolders({ dirs: folders, inspect, out, reporter: quiet }), (error: unknown) => {
    const problems = (error as { problems?: { file: string }[] }).problems ?? [];
    const files = new Set(problems.map((p) => p.file));
    return files.size === 2;
  });
  assert.deepEqual(await readdir(out), []);
});

test('bad input: a glob matching nothing, one publisher.name twice, versions that differ', async () => {
  const repo = await namespaceRepo('1.0.0');
  await assert.rejects(
    selectFolders(['build/*'], [], repo),
    (e: unknown) =>
      e instanceof PublishError && e.code === 'glob-matches-nothing' && /"build\/\*"/.test(e.message),
  );
  await writeTree(repo, {
    'copy/slipway_component.json': manifestText({ name: 'charts', version: '1.0.0' }),
    'copy/run.js': '1;\n',
    'components/acme.charts__svg/slipway_component.json': manifestText({
      name: 'charts__svg',
      version: '1.1.0',
    }),
  });
  const out = await tempDir('out');
  const pack = (dirs: string[]) =>
    packFolders({ dirs, inspect: { conventions: 'none' }, out, reporter: quiet });
  await assert.rejects(
    pack([join(repo, 'components/acme.charts'), join(repo, 'copy')]),
    (e: unknown) =>
      e instanceof PublishError &&
      e.code === 'duplicate-component' &&
      e.message.includes(
        `acme.charts 1.0.0 (${repo}/components/acme.charts/slipway_component.json) and acme.charts 1.0.0 (${repo}/copy/`,
      ),
  );
  await assert.rejects(
    pack([join(repo, 'components/acme.charts'), join(repo, 'components/acme.charts__svg')]),
    (e: unknown) =>
      e instanceof PublishError &&
      e.code === 'versions-differ' &&
      /acme\.charts 1\.0\.0 .*acme\.charts__svg 1\.1\.0/.test(e.message),
  );
  assert.deepEqual(await readdir(out), [], 'nothing packed');
});

test('validate reports what pack would refuse of a set: a component given twice, versions that differ', async () => {
  const repo = await namespaceRepo('1.0.0');
  await writeTree(repo, {
    'copy/slipway_component.json': manifestText({ name: 'charts', version: '1.0.0' }),
    'copy/run.js': '1;\n',
  });
  const twice = await validateFolders([join(repo, 'components/acme.charts'), join(repo, 'copy')], {
    conventions: 'none',
  });
  assert.deepEqual(
    twice.problems.filter((p) => p.severity === 'error').map((p) => p.code),
    ['slipway/duplicate-component'],
  );
  await writeTree(repo, {
    'components/acme.charts__svg/slipway_component.json': manifestText({
      name: 'charts__svg',
      version: '1.1.0',
    }),
  });
  const r = await cliInProcess(
    ['validate', 'components/acme.charts', 'components/acme.charts__svg', '--format', 'json'],
    {
      cwd: repo,
    },
  );
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /slipway\/versions-differ/);
  assert.match(r.stdout, /acme\.charts__svg 1\.1\.0/);
});

test('action pack: path lines and globs, exclude; outputs tarballs and components', async () => {
  const repo = await namespaceRepo();
  const r = await runActionInProcess(
    { command: 'pack', path: 'components/*\n', exclude: '**/demo', version: '2.0.0', conventions: 'none' },
    { GITHUB_WORKSPACE: repo },
    repo,
  );
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const out = join(r.runnerTemp, 'component-publish');
  assert.deepEqual(JSON.parse(r.outputs.tarballs ?? ''), [
    join(out, 'acme.charts.2.0.0.tar'),
    join(out, 'acme.charts__svg.2.0.0.tar'),
  ]);
  const components = JSON.parse(r.outputs.components ?? '') as Record<string, unknown>[];
  assert.deepEqual(
    components.map((c) => [c.name, c.version, c.size]),
    [
      ['acme.charts', '2.0.0', (await readFile(join(out, 'acme.charts.2.0.0.tar'))).length],
      ['acme.charts__svg', '2.0.0', (await readFile(join(out, 'acme.charts__svg.2.0.0.tar'))).length],
    ],
  );
  assert.equal(r.outputs.tarball, undefined, 'tarball only when exactly one was packed');
});

// ---------------------------------------------------------------------------------------------
// Publishing the set against the GitHub emulator

const TOKEN = 'ghs_namespace_token';
const SHA = 'c'.repeat(40);
let gh: GitHubEmulator;
before(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
});
after(() => gh.close());

const REGISTRY =
  'name: "Acme"\npublisher: "Acme"\ndescription: "Acme components"\nupdated-on: 01 JAN 2026\nnamespaces:\n  - tools:\n    - hammer:\n        git: https://github.com/acme/hammer\n        stable: 1.0.0\n';

/** Fresh repositories per test: the release repository and the registry repository. */
function repos(
  suffix: string,
  registryPush = true,
): { release: string; registry: string; publisher: string } {
  const publisher = `acme${suffix}`;
  const release = `${publisher}/slipway_charts`;
  const registry = `${publisher}/registry`;
  gh.addRepo(release);
  gh.addRepo(registry, { permissions: { push: registryPush } });
  gh.setFile(registry, 'main', 'registry.yaml', REGISTRY);
  return { release, registry, publisher };
}

function targets(where: { registry: string }): TargetsConfig {
  const [owner, repo] = where.registry.split('/') as [string, string];
  return {
    githubRelease: {
      token: TOKEN,
      apiUrl: gh.url,
      serverUrl: gh.serverUrl,
      draft: false,
      makeLatest: 'legacy',
      targetCommitish: SHA,
    },
    registryYaml: { token: TOKEN, apiUrl: gh.url, owner, repo, path: 'registry.yaml', pullRequest: false },
  };
}

const writes = (since: number) =>
  gh.requests
    .slice(since)
    .filter((r) => r.method !== 'GET')
    .map((r) => `${r.method} ${r.path.split('?')[0]}`);

async function publishRepo(repo: string, where: { release: string; registry: string }, version: string) {
  const { folders } = await selectFolders(['components/*'], ['**/demo'], repo);
  return publishSet({
    dirs: folders,
    inspect: { version, repository: where.release, siblings: new Set() },
    workDir: await tempDir('work'),
    reporter: quiet,
    targets: targets(where),
    dryRun: false,
  });
}

test('publish the set: one release with both tars, one registry.yaml commit with both entries, demo untouched, re-run writes nothing', async () => {
  const where = repos('1');
  const repo = await namespaceRepo('0.0.0', where.publisher);
  const mark = gh.requests.length;
  const result = await publishRepo(repo, where, '1.4.0');
  const release = gh.repo(where.release).releases;
  assert.equal(release.length, 1);
  assert.equal(release[0]!.tagName, '1.4.0');
  assert.equal(release[0]!.draft, false);
  assert.deepEqual(release[0]!.assets.map((a) => a.name).sort(), [
    'acme1.charts.1.4.0.tar',
    'acme1.charts__svg.1.4.0.tar',
  ]);
  const w = writes(mark);
  assert.equal(w.filter((x) => x.endsWith('/releases')).length, 1, 'one release created');
  assert.equal(w.filter((x) => x.startsWith('PATCH')).length, 1, 'published once');
  assert.equal(w.filter((x) => x.startsWith('PUT') && x.includes('/contents/')).length, 1, 'one commit');
  const registry = gh.getFile(where.registry, 'main', 'registry.yaml')!;
  assert.match(registry, /- acme1:\n\s+- charts:\n[\s\S]*stable: "?1\.4\.0"?/);
  assert.match(registry, /- charts__svg:\n[\s\S]*stable: "?1\.4\.0"?/);
  assert.match(registry, /hammer/, 'other entries kept');
  assert.doesNotMatch(registry, /demo/);
  const commits = gh
    .repo(where.registry)
    .branches.get('main')!
    .commits.filter((c) => !c.seed);
  assert.equal(commits.length, 1);

  const rows = componentRows(result);
  assert.deepEqual(
    rows.map((r) => [r.name, r.version, r.reference, r.change]),
    [
      ['acme1.charts', '1.4.0', 'acme1.charts.1.4.0', 'first release'],
      ['acme1.charts__svg', '1.4.0', 'acme1.charts__svg.1.4.0', 'first release'],
    ],
  );
  assert.equal(
    rows[0]!.asset,
    `${gh.serverUrl}/${where.release}/releases/download/1.4.0/acme1.charts.1.4.0.tar`,
  );
  assert.match(rows[1]!.registry, /^acme1\/charts__svg: 1\.4\.0 \(updated\)$/);
  assert.match(
    rowsText(rows),
    /^acme1\.charts\n {2}version: 1\.4\.0\n {2}size: .*\n {2}sha256: [0-9a-f]{64}\n/,
  );

  const again = gh.requests.length;
  const rerun = await publishRepo(repo, where, '1.4.0');
  assert.deepEqual(writes(again), [], 'a re-run writes nothing');
  assert.equal(
    rerun.outcomes.some((o) => o.changed),
    false,
  );
});

test('the summary says what changed against the previous release: version bump and size delta', async () => {
  const where = repos('2');
  const repo = await namespaceRepo('0.0.0', where.publisher);
  await publishRepo(repo, where, '1.0.0');
  await writeTree(repo, { 'components/acme.charts/theme.json': '{"dark": true}\n' });
  const rows = componentRows(await publishRepo(repo, where, '1.1.0'));
  assert.match(rows[0]!.change, /^1\.0\.0 → \+1\.0 KiB$/, 'one more file: 512 header + 512 body');
  assert.equal(rows[1]!.change, '1.0.0 → +0 B');
});

test('one component failing pre-flight (or validation) means nothing is written for any of them', async () => {
  const where = repos('3', false);
  const repo = await namespaceRepo('0.0.0', where.publisher);
  const mark = gh.requests.length;
  await assert.rejects(publishRepo(repo, where, '1.0.0'), PublishError);
  assert.deepEqual(writes(mark), []);
  assert.equal(gh.repo(where.release).releases.length, 0);

  const ok = repos('4');
  await writeTree(repo, { 'components/acme.charts__svg/slipway_component.json': '{ "publisher": "acme", ' });
  const before = gh.requests.length;
  await assert.rejects(publishRepo(repo, ok, '1.0.0'), InvalidInputError);
  assert.equal(gh.requests.length, before, 'not even a read');
});

test('reviewed tarballs: exactly the *.tar of the folder, each checked against its .sha256', async () => {
  const where = repos('5');
  const repo = await namespaceRepo('0.0.0', where.publisher);
  const { folders } = await selectFolders(['components/*'], ['**/demo'], repo);
  const reviewed = await tempDir('reviewed');
  const packed = await packFolders({ dirs: folders, inspect, out: reviewed, reporter: quiet });
  for (const a of packed) await writeFile(`${a.file}.sha256`, `${a.sha256}  ${a.fileName}\n`);
  const publishReviewed = async () =>
    publishSet({
      dirs: [],
      inspect: { repository: where.release },
      workDir: await tempDir('work'),
      reporter: quiet,
      targets: targets(where),
      dryRun: false,
      tarball: reviewed,
    });
  await writeFile(`${packed[1]!.file}.sha256`, `${'0'.repeat(64)}  x\n`);
  const mark = gh.requests.length;
  await assert.rejects(
    publishReviewed(),
    (e: unknown) => e instanceof PublishError && e.code === 'tarball-differs',
  );
  assert.deepEqual(writes(mark), []);
  await writeFile(`${packed[1]!.file}.sha256`, `${packed[1]!.sha256}\n`);
  const result = await publishReviewed();
  assert.deepEqual(
    result.artifacts.map(
      (a) => `${a.component.manifest.publisher}.${a.component.manifest.name} ${a.component.version}`,
    ),
    ['acme5.charts 1.4.0', 'acme5.charts__svg 1.4.0'],
  );
  const assets = gh.repo(where.release).releases[0]!.assets;
  assert.deepEqual(assets.map((a) => a.digest).sort(), packed.map((a) => `sha256:${a.sha256}`).sort());
});

test('the CLI publishes the set to GitHub and the registry.yaml; a re-run is a no-op', async () => {
  const where = repos('6');
  const repo = await namespaceRepo('0.0.0', where.publisher);
  const args = [
    'publish',
    'components/*',
    '--exclude',
    '**/demo',
    '--github',
    where.release,
    '--target',
    SHA,
    '--registry-repo',
    where.registry,
    '--version',
    '2.0.0',
  ];
  const env = { GH_TOKEN: TOKEN, GITHUB_TOKEN: '', GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: gh.serverUrl };
  const first = await cliInProcess(args, { cwd: repo, env });
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^published 2\.0\.0 \(github-release: published; registry-yaml: updated\)\n/);
  assert.match(
    first.stdout,
    /\nacme6\.charts__svg\n {2}version: 2\.0\.0\n[\s\S]*Slipway reference: acme6\.charts__svg\.2\.0\.0\n/,
  );
  assert.equal(gh.repo(where.release).releases[0]!.assets.length, 2);
  assert.equal(
    gh
      .repo(where.registry)
      .branches.get('main')!
      .commits.filter((c) => !c.seed).length,
    1,
  );
  const mark = gh.requests.length;
  const second = await cliInProcess(args, { cwd: repo, env });
  assert.equal(second.code, 0, second.stderr);
  assert.match(
    second.stdout,
    /^nothing to publish 2\.0\.0 \(github-release: already published; registry-yaml: unchanged\)/,
  );
  assert.deepEqual(writes(mark), []);
});

test('action: validate reports every problem of every component as annotations; publish summary has one row per component', async () => {
  const where = repos('7');
  const repo = await namespaceRepo('0.0.0', where.publisher);
  const env = {
    GITHUB_WORKSPACE: repo,
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: gh.serverUrl,
    GITHUB_REPOSITORY: where.release,
    GITHUB_SHA: SHA,
  };
  const bad = await namespaceRepo('0.0.0', where.publisher);
  await writeTree(bad, {
    'components/acme.charts/slipway_component.json': manifestText({
      publisher: where.publisher,
      name: 'Charts',
    }),
    'components/acme.charts__svg/slipway_component.json': manifestText({
      publisher: 'x',
      name: 'charts__svg',
      z: 1,
    }),
  });
  const validate = await runActionInProcess(
    { command: 'validate', path: 'components/*', exclude: '**/demo' },
    { ...env, GITHUB_WORKSPACE: bad },
    bad,
  );
  assert.equal(validate.code, 1);
  assert.match(validate.stdout, /::error [^\n]*file=components\/acme\.charts\/slipway_component\.json/);
  assert.match(validate.stdout, /::error [^\n]*file=components\/acme\.charts__svg\/slipway_component\.json/);

  const r = await runActionInProcess(
    {
      command: 'publish',
      path: 'components/*',
      exclude: '**/demo',
      version: '3.0.0',
      'github-token': TOKEN,
      'registry-repo': where.registry,
    },
    env,
    repo,
  );
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(r.outputs.published, 'true');
  const released = JSON.parse(r.outputs.components ?? '') as {
    name: string;
    assetUrl: string;
    downloadUrl: string;
  }[];
  assert.deepEqual(
    released.map((c) => c.name),
    [`${where.publisher}.charts`, `${where.publisher}.charts__svg`],
  );
  for (const c of released) {
    const file = `${c.name}.3.0.0.tar`;
    assert.ok(c.downloadUrl.endsWith(`/releases/download/3.0.0/${file}`), c.downloadUrl);
    assert.ok(c.assetUrl.endsWith(`/${file}`), c.assetUrl);
  }
  assert.equal(r.outputs['asset-url'], undefined, 'one asset URL only when one component was released');
  assert.equal(r.outputs['download-url'], undefined);
  for (const name of ['charts', 'charts__svg']) {
    assert.match(
      r.summary,
      new RegExp(`<td>${where.publisher}\\.${name}\\.3\\.0\\.0</td>`),
      'the Slipway reference',
    );
    assert.match(
      r.summary,
      new RegExp(`releases/download/3\\.0\\.0/${where.publisher}\\.${name}\\.3\\.0\\.0\\.tar`),
    );
  }
  assert.match(r.summary, /registry\.yaml diff[\s\S]*\+\s+- charts:/);
  assert.equal(
    gh
      .repo(where.registry)
      .branches.get('main')!
      .commits.filter((c) => !c.seed).length,
    1,
  );
});

test('reviewed tarballs: a renamed tarball, or one without a manifest, is refused before any request', async () => {
  const where = repos('8');
  const repo = await namespaceRepo('0.0.0', where.publisher);
  const reviewed = await tempDir('reviewed');
  const [a] = await packFolders({
    dirs: [join(repo, 'components/acme.charts')],
    inspect,
    out: reviewed,
    reporter: quiet,
  });
  await rename(a!.file, join(reviewed, `${where.publisher}.charts.9.9.9.tar`));
  const publishReviewed = async () =>
    publishSet({
      dirs: [],
      inspect: { repository: where.release },
      workDir: await tempDir('work'),
      reporter: quiet,
      targets: targets(where),
      dryRun: false,
      tarball: reviewed,
    });
  const mark = gh.requests.length;
  await assert.rejects(
    publishReviewed(),
    (e: unknown) =>
      e instanceof PublishError &&
      e.code === 'tarball-name' &&
      /must be named acme8\.charts\.1\.4\.0\.tar/.test(e.message),
  );
  await rm(join(reviewed, `${where.publisher}.charts.9.9.9.tar`));
  await writeFile(join(reviewed, 'acme8.other.1.0.0.tar'), Buffer.alloc(1024));
  await assert.rejects(
    publishReviewed(),
    (e: unknown) => e instanceof PublishError && e.code === 'no-manifest',
  );
  assert.equal(gh.requests.length, mark);
});

test('CLI: a dry run plans the set and writes nothing; --registry-file outside the repository is a usage error', async () => {
  const where = repos('9');
  const repo = await namespaceRepo('0.0.0', where.publisher);
  const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: gh.serverUrl };
  const base = ['publish', 'components/*', '--exclude', '**/demo', '--version', '1.0.0'];
  const mark = gh.requests.length;
  const dry = await cliInProcess(
    [...base, '--github', where.release, '--target', SHA, '--registry-repo', where.registry, '--dry-run'],
    {
      cwd: repo,
      env,
    },
  );
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(
    dry.stdout,
    /^dry run: nothing was written\. Plan for 1\.0\.0:\n {2}github-release: create release 1\.0\.0, upload acme9\.charts\.1\.0\.0\.tar \(\d+ bytes\), acme9\.charts__svg\.1\.0\.0\.tar/,
  );
  assert.match(dry.stdout, /registry-yaml: update acme9\/registry:registry\.yaml/);
  assert.deepEqual(writes(mark), []);
  const outside = await cliInProcess(
    [...base, '--registry-repo', where.registry, '--registry-file', '../x.yaml'],
    {
      cwd: repo,
      env,
    },
  );
  assert.equal(outside.code, 2);
  assert.match(outside.stderr, /--registry-file "\.\.\/x\.yaml" is outside the repository/);
});
