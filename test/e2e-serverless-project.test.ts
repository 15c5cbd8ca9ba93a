// End to end through the built action (`node dist/index.js`), against the Serverless Registry emulator:
// a Serverless Devs Project (publish.yaml `Type: Project`, src/s.yaml with an fnf flow) published from a
// folder without slipway_component.json. A first run publishes; a re-run of the same version only reads;
// the same version with other files fails before any write, `serverless-force` or not; the token is masked.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import yauzl from 'yauzl';
import {
  type ServerlessRegistryEmulator,
  startServerlessRegistryEmulator,
} from './emulators/serverless-registry.ts';
import { tempDir, writeTree } from './helpers/fs.ts';
import { type ActionRun, runAction } from './helpers/run.ts';

const TOKEN = 'sls_project_safety_code_9c4e2a7f1b';
const FIXTURE = join(import.meta.dirname, 'fixtures/serverless/project');
let sls: ServerlessRegistryEmulator;

before(async () => {
  sls = await startServerlessRegistryEmulator({ tokens: [TOKEN] });
});
after(async () => {
  await sls.close();
});

/** A fresh copy of the Project fixture, published under `name` (one package per test keeps them independent). */
async function projectDir(name: string, edit?: (dir: string) => Promise<void>): Promise<string> {
  const dir = await tempDir('sls-project');
  await cp(FIXTURE, dir, { recursive: true });
  const file = join(dir, 'publish.yaml');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^Name: .*$/m, `Name: ${name}`));
  if (edit) await edit(dir);
  return dir;
}

function publishProject(dir: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(
    {
      command: 'publish',
      path: dir,
      'github-release': 'false',
      'registry-repo': '',
      'serverless-registry-token': TOKEN,
      'serverless-registry-url': sls.url,
      ...extra,
    },
    {},
    dir,
  );
}

const writesSince = (mark: number) =>
  sls.requests.slice(mark).filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The token (and its md5, the `token` header) appear nowhere a user reads, except the `::add-mask::` line. */
function assertTokenHidden(run: ActionRun): void {
  const mask = `::add-mask::${TOKEN}`;
  assert.ok(run.stdout.split('\n').includes(mask), 'the token is masked as soon as it is read');
  const printed = run.stdout.split('\n').filter((line) => line !== mask);
  const outputs = JSON.stringify(run.outputs);
  for (const secret of [TOKEN, createHash('md5').update(TOKEN).digest('hex')]) {
    assert.ok(!printed.some((line) => line.includes(secret)), 'secret in stdout');
    assert.ok(!run.stderr.includes(secret), 'secret in stderr');
    assert.ok(!run.summary.includes(secret), 'secret in the job summary');
    assert.ok(!outputs.includes(secret), 'secret in the outputs');
  }
}

/** Every file of a folder, by '/'-separated relative path. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split('\\').join('/'), await readFile(path));
  }
  return files;
}

/** The file entries of a zip, read back by yauzl (not by our own zip code). */
async function zipFiles(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const files = new Map<string, Buffer>();
  return new Promise((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve(files));
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('error', reject);
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}

test('a first run publishes the Project: s.yaml, flows and readmes in the form, the folder in the zip', async () => {
  const dir = await projectDir('cp-e2e-project');
  const mark = sls.requests.length;
  const run = await publishProject(dir);

  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.equal(run.outputs['serverless-package'], 'cp-e2e-project@0.1.0');
  assert.match(run.outputs['serverless-zip-sha256'] ?? '', /^[0-9a-f]{64}$/);
  assert.deepEqual(JSON.parse(run.outputs['serverless-packages'] ?? ''), [
    { name: 'cp-e2e-project', version: '0.1.0', zipSha256: run.outputs['serverless-zip-sha256'] },
  ]);
  assert.equal(run.outputs.published, 'true');
  assert.equal(run.outputs.tarball, undefined, 'no slipway_component.json: nothing is packed');
  assert.equal(run.outputs.version, '0.1.0', 'a Serverless-only publish reports the version it published');
  assert.equal(run.outputs['release-id'], undefined);

  const pkg = sls.state.packages.get('cp-e2e-project');
  assert.ok(pkg, 'the registry lists the package');
  assert.equal(pkg.type, 'Project');
  assert.deepEqual(
    pkg.releases.map((r) => r.tag_name),
    ['0.1.0'],
  );
  const release = pkg.releases[0]!;
  assert.equal(
    sha256(release.zip),
    run.outputs['serverless-zip-sha256'],
    'the zip uploaded is the one reported',
  );

  const text = (path: string) => readFile(join(dir, path), 'utf8');
  assert.equal(release.form['publish'], await text('publish.yaml'));
  assert.equal(release.form['syaml'], await text('src/s.yaml'));
  assert.equal(release.form['readme'], await text('readme.md'));
  assert.equal(release.form['readme_en'], await text('readme_en.md'));
  assert.equal(release.form['version_body'], await text('version.md'));
  assert.deepEqual(JSON.parse(release.form['flowyaml'] ?? ''), [{ workflow: await text('src/flow.yaml') }]);

  // The package root, no wrapping folder, every byte as on disk.
  assert.deepEqual(await zipFiles(release.zip), await filesOf(dir));

  const writes = writesSince(mark);
  assert.deepEqual(
    writes.map((r) => `${r.method} ${r.path.replace(/[0-9a-f]{24}$/, '<id>')}`),
    ['POST /v3/packages/releases', 'PUT /oss/uploads/<id>'],
  );
  assert.ok(writes[0]!.signed, 'the publish call is signed');
  assert.equal(writes[1]!.bytes, release.zip.length);
  for (const header of ['token', 'nonce', 'timestamp', 'sign_code', 'authorization'])
    assert.ok(!writes[1]!.headerNames?.includes(header), `the presigned upload carries no ${header} header`);

  assert.match(run.summary, /cp-e2e-project@0\.1\.0/);
  assert.ok(run.summary.includes(run.outputs['serverless-zip-sha256']!));
  assertTokenHidden(run);
});

test('a second run of the same version succeeds, reports published=false, and only reads', async () => {
  const first = await publishProject(await projectDir('cp-e2e-project-rerun'));
  assert.equal(first.code, 0, first.stdout + first.stderr);
  assert.equal(first.outputs.published, 'true');

  const mark = sls.requests.length;
  const again = await publishProject(await projectDir('cp-e2e-project-rerun'));

  assert.equal(again.code, 0, again.stdout + again.stderr);
  assert.equal(again.outputs.published, 'false');
  assert.equal(again.outputs['serverless-package'], 'cp-e2e-project-rerun@0.1.0');
  assert.equal(again.outputs['serverless-zip-sha256'], first.outputs['serverless-zip-sha256']);
  assert.deepEqual(writesSince(mark), [], 'no write request reached the registry');
  assert.ok(
    sls.requests.slice(mark).some((r) => r.path.startsWith('/oss/zipballs/')),
    'the published zip was downloaded to compare',
  );
  assert.equal(sls.state.packages.get('cp-e2e-project-rerun')?.releases.length, 1);
  assert.match(again.summary, /already published/);
  assertTokenHidden(again);
});

test('the same version with other files fails before any write, with or without serverless-force', async () => {
  const first = await publishProject(await projectDir('cp-e2e-project-changed'));
  assert.equal(first.code, 0, first.stdout + first.stderr);
  const changed = await projectDir('cp-e2e-project-changed', (dir) =>
    writeFile(join(dir, 'src/code/index.js'), "exports.handler = (e, c, cb) => cb(null, 'changed');\n"),
  );

  // serverless-force only lifts the 20 MB zip limit; it never lets a version number be reused.
  for (const force of ['false', 'true']) {
    const mark = sls.requests.length;
    const run = await publishProject(changed, { 'serverless-force': force });

    assert.notEqual(run.code, 0, `serverless-force: ${force}`);
    assert.match(
      run.stdout,
      /::error::version 0\.1\.0 of cp-e2e-project-changed is already published with different contents; a version number can never be reused — bump Version in publish\.yaml/,
    );
    assert.notEqual(run.outputs.published, 'true');
    assert.deepEqual(writesSince(mark), [], `nothing written (serverless-force: ${force})`);
    const releases = sls.state.packages.get('cp-e2e-project-changed')?.releases ?? [];
    assert.equal(releases.length, 1);
    assert.equal(
      sha256(releases[0]!.zip),
      first.outputs['serverless-zip-sha256'],
      'the published zip is untouched',
    );
    assertTokenHidden(run);
  }
});

// The pre-flight runs the same checks as `command: validate`: what it rejects is never sent (the
// official client also checks publish.yaml against its schema before sending).
test('an invalid Project (no readme.md, no src/s.yaml, publish.yaml missing required keys) is refused before any write', async () => {
  const dir = await writeTree(await tempDir('sls-invalid'), {
    'publish.yaml': 'Edition: 3.0.0\nType: Project\nName: cp-e2e-project-invalid\nVersion: 0.1.0\n',
    'src/notes.txt': 'no s.yaml here\n',
  });
  const mark = sls.requests.length;
  const run = await publishProject(dir);

  assert.notEqual(run.code, 0, 'an invalid package must fail');
  assert.match(run.stdout, /::error.*src\/s\.yaml/);
  assert.deepEqual(writesSince(mark), [], 'nothing written');
  assert.equal(sls.state.packages.has('cp-e2e-project-invalid'), false);
  assertTokenHidden(run);
});

test('two Projects in one run: serverless-packages lists both; the one-package outputs stay empty', async () => {
  const workspace = await tempDir('sls-pair');
  const [a, b] = [join(workspace, 'a'), join(workspace, 'b')];
  for (const [dir, name] of [
    [a, 'cp-e2e-pair-a'],
    [b, 'cp-e2e-pair-b'],
  ] as const) {
    await cp(await projectDir(name), dir, { recursive: true });
  }
  const run = await runAction(
    {
      command: 'publish',
      path: `${a}\n${b}`,
      'github-release': 'false',
      'registry-repo': '',
      'serverless-registry-token': TOKEN,
      'serverless-registry-url': sls.url,
    },
    {},
    workspace,
  );
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const listed = JSON.parse(run.outputs['serverless-packages'] ?? '') as {
    name: string;
    zipSha256: string;
  }[];
  assert.deepEqual(
    listed.map((p) => p.name),
    ['cp-e2e-pair-a', 'cp-e2e-pair-b'],
  );
  for (const p of listed) {
    const release = sls.state.packages.get(p.name)?.releases.find((r) => r.tag_name === '0.1.0');
    assert.ok(release, `${p.name}: published`);
    assert.equal(sha256(release.zip), p.zipSha256, `${p.name}: the zip the registry holds`);
  }
  assert.equal(
    run.outputs['serverless-package'],
    undefined,
    'with two packages, one name would be half the answer',
  );
  assert.equal(run.outputs['serverless-zip-sha256'], undefined);
  assert.match(run.summary, /cp-e2e-pair-a@0\.1\.0, cp-e2e-pair-b@0\.1\.0/);
});
