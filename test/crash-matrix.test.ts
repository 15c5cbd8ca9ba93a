// Issue 13's crash matrix: a full publish (one Slipway component to a GitHub release and an fppm
// registry.yaml on GitHub, plus one Serverless Devs package to the Serverless Registry) against the
// emulators. For every request that publish makes, and several ways of failing it permanently (an
// error status, a cut-off answer, a write applied but answered 500, a reset connection), the publish
// is run with that fault, then run again without it. Whatever the first run did, the second must end
// in exactly one release (published, not a draft), one asset, one registry entry and one Serverless
// version; the first run may only fail with a typed error. Slow by design: `npm run test:faults`
// (CRASH_MATRIX=1). Every wait is scaled down (COMPONENT_PUBLISH_WAIT_SCALE) so retries cost nothing.
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { PublishError } from '../src/errors.ts';
import { publishFolder } from '../src/release.ts';
import { MemoryReporter } from '../src/report/reporter.ts';
import { type FaultKind, startGitHubEmulator } from './emulators/github.ts';
import { type BrokenAnswer, startServerlessRegistryEmulator } from './emulators/serverless-registry.ts';
import { manifestText, tempDir } from './helpers/fs.ts';

const skip =
  process.env.CRASH_MATRIX !== '1' && 'the crash matrix runs with CRASH_MATRIX=1 (npm run test:faults)';
process.env.COMPONENT_PUBLISH_WAIT_SCALE ??= '0.001';

const GH_TOKEN = 'ghs_crash_matrix_token_0123';
const SLS_TOKEN = 'sls_crash_matrix_token_0123';
const REPO = 'acme/slipway_widget';
const REGISTRY = 'acme/registry';
const PACKAGE = 'cp-test-component';
const FIXTURE = join(import.meta.dirname, 'fixtures/serverless/component');

interface World {
  gh: Awaited<ReturnType<typeof startGitHubEmulator>>;
  sls: Awaited<ReturnType<typeof startServerlessRegistryEmulator>>;
  dir: string;
  close(): Promise<void>;
}

async function world(): Promise<World> {
  const gh = await startGitHubEmulator({ token: GH_TOKEN });
  const sls = await startServerlessRegistryEmulator({ tokens: [SLS_TOKEN] });
  gh.addRepo(REPO);
  gh.addRepo(REGISTRY);
  const dir = await tempDir('crash');
  await cp(FIXTURE, dir, { recursive: true });
  await writeFile(join(dir, 'slipway_component.json'), manifestText());
  await writeFile(join(dir, 'run.js'), '({ ok: true });\n');
  const publishYaml = join(dir, 'publish.yaml');
  await writeFile(
    publishYaml,
    (await readFile(publishYaml, 'utf8')).replace(/^Version: .*$/m, 'Version: 1.0.0'),
  );
  return {
    gh,
    sls,
    dir,
    close: async () => {
      await gh.close();
      await sls.close();
    },
  };
}

/** One full publish, in-process (as the action runs it); resolves to the error it ended in, if any. */
async function publishOnce(w: World): Promise<unknown> {
  const reporter = new MemoryReporter();
  try {
    await publishFolder({
      dir: w.dir,
      inspect: { version: '1.0.0', repository: REPO, conventions: 'slipway' },
      workDir: await tempDir('crash-work'),
      reporter,
      dryRun: false,
      targets: {
        githubRelease: {
          token: GH_TOKEN,
          apiUrl: w.gh.url,
          serverUrl: w.gh.serverUrl,
          draft: false,
          makeLatest: 'legacy',
          targetCommitish: 'a'.repeat(40),
        },
        registryYaml: {
          token: GH_TOKEN,
          apiUrl: w.gh.url,
          owner: 'acme',
          repo: 'registry',
          path: 'registry.yaml',
          pullRequest: false,
        },
        serverless: { token: SLS_TOKEN, baseUrl: w.sls.url, force: false },
      },
    });
    return undefined;
  } catch (error) {
    return error;
  }
}

/** The registry entries for acme/widget, read the way fppm reads the file. */
function registryEntries(text: string | undefined): unknown[] {
  if (text === undefined) return [];
  const doc = parse(text, { version: '1.1' }) as { namespaces?: Record<string, unknown[]>[] };
  const found: unknown[] = [];
  for (const ns of doc.namespaces ?? [])
    for (const item of ns['acme'] ?? []) {
      const widget = (item as Record<string, unknown>)['widget'];
      if (widget !== undefined) found.push(widget);
    }
  return found;
}

function assertConverged(w: World, label: string): void {
  const releases = w.gh.repo(REPO).releases;
  assert.equal(
    releases.length,
    1,
    `${label}: releases ${JSON.stringify(releases.map((r) => [r.tagName, r.draft]))}`,
  );
  const release = releases[0]!;
  assert.equal(release.draft, false, `${label}: the release is still a draft`);
  assert.equal(release.tagName, '1.0.0');
  assert.deepEqual(
    release.assets.map((a) => a.name),
    ['acme.widget.1.0.0.tar'],
    `${label}: assets`,
  );
  const entries = registryEntries(w.gh.getFile(REGISTRY, 'main', 'registry.yaml'));
  assert.equal(entries.length, 1, `${label}: registry entries`);
  assert.match(JSON.stringify(entries[0]), /"stable":"1\.0\.0"/, `${label}: registry entry`);
  const pkg = w.sls.state.packages.get(PACKAGE);
  assert.deepEqual(
    pkg?.releases.map((r) => r.tag_name),
    ['1.0.0'],
    `${label}: Serverless versions`,
  );
}

interface Point {
  system: 'github' | 'serverless';
  method: string;
  path: string;
  /** Earlier requests with the same method and path (they go through). */
  before: number;
}

const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const GITHUB_KINDS: FaultKind[] = ['5xx', 'cut-off', 'apply-then-5xx', 'reset'];
const SERVERLESS_KINDS: Record<string, Omit<BrokenAnswer, 'method'>> = {
  '500': { status: 500, raw: 'Internal Server Error', type: 'text/plain' },
  'cut-off': { raw: '{"request_id":"cut","body":{"na', cut: true },
  'apply-then-500': { status: 500, raw: 'Internal Server Error', type: 'text/plain', apply: true },
  'null-body': { raw: 'null' },
};

function points(requests: { method: string; path: string }[], system: Point['system']): Point[] {
  const seen = new Map<string, number>();
  return requests.map((r) => {
    // Upload URLs carry a fresh id each run: the fault matches the route, not the id.
    const path = system === 'serverless' ? r.path.replace(/\/oss\/uploads\/[^/?]+/, '/oss/uploads/') : r.path;
    const key = `${r.method} ${path}`;
    const before = seen.get(key) ?? 0;
    seen.set(key, before + 1);
    return { system, method: r.method, path, before };
  });
}

function inject(w: World, p: Point, kind: string): void {
  if (p.system === 'github') {
    w.gh.faults.push({
      match: { method: p.method, path: new RegExp(`^${reEscape(p.path)}$`) },
      kind: kind as FaultKind,
      after: p.before,
      times: 1000,
    });
    return;
  }
  const path = new RegExp(`^${reEscape(p.path)}${p.path.endsWith('/') ? '[^/]+' : ''}$`);
  for (let i = 0; i < 40; i++)
    w.sls.breakNext(path, { ...SERVERLESS_KINDS[kind]!, method: p.method, after: i === 0 ? p.before : 0 });
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: size }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

describe('crash matrix: every request of a full publish failed permanently, then a re-run', { skip }, () => {
  it('converges from every crash point to one release, one asset, one registry entry, one Serverless version', async () => {
    const base = await world();
    const error = await publishOnce(base);
    assert.equal(error, undefined, String((error as Error)?.stack ?? error));
    assertConverged(base, 'baseline');
    const ghRequests = base.gh.requests.map((r) => ({ method: r.method, path: r.path }));
    const slsRequests = base.sls.requests.map((r) => ({ method: r.method, path: r.path }));
    await base.close();

    const cases = [
      ...points(ghRequests, 'github').flatMap((p) => GITHUB_KINDS.map((kind) => ({ p, kind }))),
      ...points(slsRequests, 'serverless').flatMap((p) =>
        Object.keys(SERVERLESS_KINDS).map((kind) => ({ p, kind })),
      ),
    ];
    const failures: string[] = [];
    await pool(cases, 4, async ({ p, kind }) => {
      const label = `${p.system} ${p.method} ${p.path} (#${p.before + 1}) ${kind}`;
      const w = await world();
      try {
        inject(w, p, kind);
        const first = await publishOnce(w);
        if (first !== undefined && !(first instanceof PublishError))
          failures.push(
            `${label}: the faulty run ended in an untyped error: ${(first as Error)?.stack ?? first}`,
          );
        // A matrix whose faults never fire proves nothing: each must have answered at least once.
        const fired = p.system === 'github' ? (w.gh.faults[0]?.times ?? 0) < 1000 : w.sls.brokenLeft() < 40;
        if (!fired) failures.push(`${label}: the fault never fired`);
        w.gh.faults.length = 0;
        w.sls.repair();
        const second = await publishOnce(w);
        if (second !== undefined) failures.push(`${label}: the re-run failed: ${String(second)}`);
        else assertConverged(w, label);
      } catch (e) {
        failures.push(String((e as Error).message));
      } finally {
        await w.close();
      }
    });
    console.log(
      `crash matrix: ${cases.length} crash points (${ghRequests.length} GitHub and ${slsRequests.length} Serverless requests)`,
    );
    assert.deepEqual(failures, []);
  });
});
