// The hosted registry.yaml: RegistryYamlTarget over the contents API (and pull-request mode) against
// the local GitHub emulator, with real Octokit clients built by createGitHub (retry and throttling on).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { InvalidInputError, PublishError } from '../src/errors.ts';
import type { RegistryEntry } from '../src/fppm/registry-yaml.ts';
import { createGitHub } from '../src/github/client.ts';
import { MemoryReporter } from '../src/report/reporter.ts';
import {
  GitHubContentsStore,
  GitHubPullRequestStore,
  pullRequestBranch,
  RegistryYamlTarget,
} from '../src/targets/registry-yaml-github.ts';
import { type GitHubEmulator, startGitHubEmulator } from './emulators/github.ts';

const TOKEN = 'ghs_registry_yaml_test_token';
const TODAY = new Date(Date.UTC(2026, 10, 21));

let gh: GitHubEmulator;
let repoCount = 0;

before(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
});
after(() => gh.close());

// A maintainer's registry: comments, blank lines, quoting and an extra key, as fppm's sample has them.
const SEED = `# F Prime packages from Acme. Maintained by hand and by CI.
name: "Acme Registry"
publisher: "Acme"
description: "Acme's F Prime packages"
updated-on: 10 JUL 2024   # bumped by CI

namespaces:
  - acme:
    - widget:            # the first one
        git: https://github.com/acme/slipway_widget
        stable: "1.0.0"
        branch: main
    - gadget:
        git: 'https://github.com/acme/slipway_gadget'
        stable: '0.3.0'
# end
`;

function newRepo(opts?: Parameters<GitHubEmulator['addRepo']>[1]): string {
  const full = `fprime-registries/reg${++repoCount}`;
  gh.addRepo(full, opts);
  return full;
}

function entry(over: Partial<RegistryEntry> = {}): RegistryEntry {
  return {
    namespace: 'acme',
    package: 'widget',
    git: 'https://github.com/acme/slipway_widget',
    version: '1.2.0',
    today: TODAY,
    header: { name: 'Acme Registry', publisher: 'Acme', description: "Acme's F Prime packages" },
    ...over,
  };
}

function setup(
  full: string,
  e: RegistryEntry = entry(),
  opts: { branch?: string; pullRequest?: boolean } = {},
  update: { sleep: (ms: number) => Promise<void> } = { sleep: async () => {} },
) {
  const reporter = new MemoryReporter();
  const github = createGitHub({ token: TOKEN, baseUrl: gh.url, reporter });
  const [owner, repo] = full.split('/') as [string, string];
  const where = { github, owner, repo, path: 'registry.yaml', branch: opts.branch };
  const store = opts.pullRequest
    ? new GitHubPullRequestStore({ ...where, head: pullRequestBranch(e.namespace, e.package) })
    : new GitHubContentsStore(where);
  const target = new RegistryYamlTarget({
    store,
    entry: e,
    componentLabel: `${e.namespace}.${e.package} ${e.version}`,
    reporter,
    update,
  });
  return { target, reporter, store };
}

/** Commits made through the API (not by seeding) on a branch. */
const apiCommits = (full: string, branch = 'main') =>
  gh
    .repo(full)
    .branches.get(branch)!
    .commits.filter((c) => !c.seed);

const contentsPath = (full: string) => new RegExp(`^/repos/${full}/contents/registry\\.yaml`);

const puts = (full: string, since: number) =>
  gh.requests.slice(since).filter((r) => r.method === 'PUT' && r.path.startsWith(`/repos/${full}/`));

/** This repository's requests since `since`, as `METHOD path-after-repo`. */
function calls(full: string, since: number): string[] {
  const prefix = `/repos/${full}`;
  return gh.requests
    .slice(since)
    .filter((r) => r.path.startsWith(prefix))
    .map((r) => `${r.method} ${r.path.slice(prefix.length).split('?')[0]}`);
}

/**
 * An independent reader that follows what fppm's code needs (it reads with PyYAML, YAML 1.1): the
 * header keys present and non-null; `namespaces` a list of single-key maps, each holding a list of
 * single-key maps whose value is a mapping with string `stable` and `git`. `Namespace/Package` → details.
 */
function readLikeFppm(text: string): Map<string, { git: string; stable: string }> {
  const doc = parse(text, { version: '1.1' }) as Record<string, unknown>;
  for (const key of ['name', 'description', 'publisher', 'updated-on', 'namespaces']) {
    assert.ok(doc[key] !== undefined && doc[key] !== null, `fppm needs a non-null ${key}`);
  }
  assert.ok(Array.isArray(doc['namespaces']), 'namespaces is a list');
  const packages = new Map<string, { git: string; stable: string }>();
  const single = (item: unknown, what: string): [string, unknown] => {
    assert.ok(item && typeof item === 'object' && !Array.isArray(item), `${what} is a map`);
    const pairs = Object.entries(item);
    assert.equal(pairs.length, 1, `${what} has exactly one key`);
    return pairs[0]!;
  };
  for (const nsItem of doc['namespaces'] as unknown[]) {
    const [ns, list] = single(nsItem, 'a namespace item');
    assert.ok(Array.isArray(list), `namespace ${ns} holds a list`);
    for (const pkgItem of list) {
      const [name, details] = single(pkgItem, `a package item of ${ns}`);
      assert.ok(
        details && typeof details === 'object' && !Array.isArray(details),
        `${ns}/${name}: details are a mapping`,
      );
      const { stable, git } = details as Record<string, unknown>;
      assert.equal(typeof stable, 'string', `${ns}/${name}: stable is a string`);
      assert.equal(typeof git, 'string', `${ns}/${name}: git is a string`);
      packages.set(`${ns}/${name}`, { git: git as string, stable: stable as string });
    }
  }
  return packages;
}

// Each test works in its own repository, so the tests run concurrently: the time is the longest one's.
describe('registry.yaml hosted on GitHub', { concurrency: true }, () => {
  test('a repository without registry.yaml gets one, with fppm’s header, in one commit', async () => {
    const full = newRepo();
    const { target } = setup(full);
    const step = await target.prepare();
    assert.equal(step.changes, true);
    assert.match(step.description, new RegExp(`^create ${full}:registry.yaml@main`));
    assert.match(step.description, /\n@@ .* @@\n\+name: "Acme Registry"\n/, 'the plan carries the diff');
    const outcome = await step.apply();
    assert.equal(outcome.done, 'updated');
    const commits = apiCommits(full);
    assert.equal(commits.length, 1);
    assert.equal(commits[0]!.message, 'registry: acme.widget 1.2.0');
    assert.equal(outcome.outputs['registry-commit'], commits[0]!.sha);
    const text = gh.getFile(full, 'main', 'registry.yaml')!;
    assert.equal(
      outcome.outputs['registry-diff'],
      `@@ -0,0 +1,9 @@\n${text
        .split('\n')
        .slice(0, -1)
        .map((line) => `+${line}\n`)
        .join('')}`,
    );
    const doc = parse(text) as Record<string, unknown>;
    assert.equal(doc['name'], 'Acme Registry');
    assert.equal(doc['publisher'], 'Acme');
    assert.equal(doc['updated-on'], '21 NOV 2026');
    assert.deepEqual(
      readLikeFppm(text),
      new Map([['acme/widget', { git: 'https://github.com/acme/slipway_widget', stable: '1.2.0' }]]),
    );
  });

  test('an update changes only the stable and updated-on lines; comments and quoting stay', async () => {
    const full = newRepo();
    gh.setFile(full, 'main', 'registry.yaml', SEED);
    const { target, reporter } = setup(full);
    const step = await target.prepare();
    assert.match(step.description, /acme\/widget: stable 1\.0\.0 → 1\.2\.0/);
    const outcome = await step.apply();
    const after = gh.getFile(full, 'main', 'registry.yaml')!;
    const before = SEED.split('\n');
    const lines = after.split('\n');
    assert.equal(lines.length, before.length);
    const changed = before.flatMap((line, i) => (line === lines[i] ? [] : [[line, lines[i]]]));
    assert.deepEqual(changed, [
      ['updated-on: 10 JUL 2024   # bumped by CI', 'updated-on: 21 NOV 2026   # bumped by CI'],
      ['        stable: "1.0.0"', '        stable: "1.2.0"'],
    ]);
    assert.equal(apiCommits(full).length, 1);
    assert.equal(outcome.outputs['registry-commit'], apiCommits(full)[0]!.sha);
    assert.match(outcome.outputs['registry-diff']!, /^- {8}stable: "1\.0\.0"\n\+ {8}stable: "1\.2\.0"$/m);
    assert.ok(
      reporter.lines.includes(`notice: ${full}:registry.yaml@main: acme/widget: stable 1.0.0 → 1.2.0`),
      reporter.lines.join('\n'),
    );
    assert.equal(readLikeFppm(after).get('acme/gadget')?.stable, '0.3.0');
  });

  test('nothing to change: no write, no commit; the note says why', async () => {
    const full = newRepo();
    gh.setFile(full, 'main', 'registry.yaml', SEED.replace('stable: "1.0.0"', 'stable: "2.0.0"'));
    const { target, reporter } = setup(full, entry({ version: '1.4.1' }));
    const start = gh.requests.length;
    const step = await target.prepare();
    assert.equal(step.changes, false);
    assert.match(step.description, /registry\.yaml@main unchanged \(.*stable stays 2\.0\.0\)/);
    const outcome = await step.apply();
    assert.equal(outcome.done, 'unchanged');
    assert.equal(outcome.changed, false);
    assert.deepEqual(outcome.outputs, { 'registry-commit': '', 'registry-diff': '' });
    assert.equal(apiCommits(full).length, 0);
    assert.ok(!calls(full, start).some((c) => c.startsWith('PUT')), 'no write was sent');
    assert.ok(
      reporter.lines.some((l) => l.startsWith('notice: ') && l.includes('stable stays 2.0.0')),
      reporter.lines.join('\n'),
    );
  });

  test('a malformed registry.yaml stops the plan with the line to fix; nothing is written', async () => {
    const full = newRepo();
    // A package whose details are a list: passes `fppm --add`, crashes `fppm install`.
    const bad = SEED.replace(
      "    - gadget:\n        git: 'https://github.com/acme/slipway_gadget'\n        stable: '0.3.0'\n",
      "    - gadget:\n        - git: 'https://github.com/acme/slipway_gadget'\n        - stable: '0.3.0'\n",
    );
    assert.notEqual(bad, SEED);
    gh.setFile(full, 'main', 'registry.yaml', bad);
    const start = gh.requests.length;
    const { target } = setup(full);
    await assert.rejects(target.prepare(), (error: unknown) => {
      assert.ok(error instanceof InvalidInputError);
      const problem = error.problems.find((p) => p.code === 'registry-yaml/package-details-not-mapping');
      assert.ok(problem, JSON.stringify(error.problems));
      assert.equal(problem.line, 14);
      assert.equal(problem.file, `${full}:registry.yaml@main`);
      return true;
    });
    assert.equal(apiCommits(full).length, 0);
    assert.ok(!calls(full, start).some((c) => c.startsWith('PUT')));
  });

  test('conflicting writes are re-read and re-applied, never re-sent with the same stale sha', async () => {
    const full = newRepo();
    gh.setFile(full, 'main', 'registry.yaml', SEED);
    gh.faults.push({ match: { method: 'PUT', path: contentsPath(full) }, kind: 'conflict', times: 2 });
    const { target } = setup(full);
    const step = await target.prepare();
    const start = gh.requests.length;
    const outcome = await step.apply();
    assert.equal(outcome.done, 'updated');
    const sequence = calls(full, start);
    assert.deepEqual(sequence, [
      'GET /contents/registry.yaml',
      'PUT /contents/registry.yaml',
      'GET /contents/registry.yaml',
      'PUT /contents/registry.yaml',
      'GET /contents/registry.yaml',
      'PUT /contents/registry.yaml',
    ]);
    const statuses = puts(full, start).map((r) => r.status);
    assert.deepEqual(statuses, [409, 409, 200], 'three attempts: two conflicts, then the write');
    assert.equal(apiCommits(full).length, 1);
  });

  test('a racing writer between our read and our write: its change is kept and ours lands on top', async () => {
    const full = newRepo();
    gh.setFile(full, 'main', 'registry.yaml', SEED);
    const { target } = setup(full);
    const step = await target.prepare();
    const gate = gh.gate({ method: 'PUT', path: contentsPath(full) });
    const applying = step.apply();
    await gate.reached;
    // Someone else moves gadget while our PUT (computed from the seed's sha) is in flight: a real 409.
    gh.setFile(full, 'main', 'registry.yaml', SEED.replace("stable: '0.3.0'", "stable: '0.4.0'"));
    gate.release();
    const outcome = await applying;
    assert.equal(outcome.done, 'updated');
    assert.deepEqual(
      puts(full, 0).map((r) => r.status),
      [409, 200],
    );
    const packages = readLikeFppm(gh.getFile(full, 'main', 'registry.yaml')!);
    assert.equal(packages.get('acme/widget')?.stable, '1.2.0');
    assert.equal(packages.get('acme/gadget')?.stable, '0.4.0');
  });

  test('8 concurrent publishing jobs of 8 packages: every entry lands, fppm can read the result', async () => {
    const full = newRepo();
    const names = Array.from({ length: 8 }, (_, i) => ({
      namespace: i % 2 ? 'acme' : 'tools',
      pkg: `pkg${i}`,
      version: `1.${i}.0`,
    }));
    const start = gh.requests.length;
    const results = await Promise.all(
      names.map(({ namespace, pkg, version }) => publishingJob(full, namespace, pkg, version)),
    );
    for (const outcome of results) assert.equal(outcome.done, 'updated');
    const text = gh.getFile(full, 'main', 'registry.yaml')!;
    const packages = readLikeFppm(text);
    assert.equal(packages.size, 8);
    for (const { namespace, pkg, version } of names) {
      assert.deepEqual(packages.get(`${namespace}/${pkg}`), {
        git: `https://github.com/${namespace}/slipway_${pkg}`,
        stable: version,
      });
    }
    // One commit per job; every refused write (409 stale sha, 422 no sha on a file created meanwhile)
    // was followed by a fresh read, never re-sent.
    assert.equal(apiCommits(full).length, 8);
    const written = puts(full, start);
    assert.equal(written.filter((r) => r.status === 200 || r.status === 201).length, 8);
    assert.ok(written.every((r) => [200, 201, 409, 422].includes(r.status!)));
    assert.ok(written.length > 8, 'the jobs raced and some retried');
    const reads = calls(full, start).filter((c) => c === 'GET /contents/registry.yaml').length;
    assert.ok(reads >= written.length + 8, 'each write was preceded by its own read (plus the plans)');
  });

  /**
   * One CI job: its own Octokit client (retry and throttling on, its own write limiter) planning and
   * applying one entry. Separate clients in one process race at the emulator as separate jobs do: every
   * plan reads before any write lands. The backoff keeps its jitter, in tenths of the real delays.
   */
  async function publishingJob(full: string, namespace: string, pkg: string, version: string) {
    const e = entry({
      namespace,
      package: pkg,
      git: `https://github.com/${namespace}/slipway_${pkg}`,
      version,
    });
    delete e.header;
    const { target } = setup(full, e, {}, { sleep: (ms) => new Promise((r) => setTimeout(r, ms / 10)) });
    return (await target.prepare()).apply();
  }

  test('a token that cannot write is stopped by the plan, before the file is even read', async () => {
    const full = newRepo({ permissions: { push: false } });
    gh.setFile(full, 'main', 'registry.yaml', SEED);
    const start = gh.requests.length;
    for (const pullRequest of [false, true]) {
      const { target } = setup(full, entry(), { pullRequest });
      await assert.rejects(target.prepare(), (error: unknown) => {
        assert.ok(error instanceof PublishError);
        assert.equal(error.code, 'registry-permission');
        assert.match(error.message, /permissions\.push: false/);
        assert.match(error.hint ?? '', /registry-token `contents: write`.* on fprime-registries\/reg\d+/);
        return true;
      });
    }
    assert.deepEqual(calls(full, start), ['GET ', 'GET ']);
    assert.equal(apiCommits(full).length, 0);
  });

  test('a GitHub App installation token (no permissions in the answer) is not refused: the write is the check', async () => {
    const full = newRepo({ installationToken: true });
    const { target } = setup(full);
    const step = await target.prepare();
    assert.equal(step.changes, true);
    assert.equal((await step.apply()).done, 'updated');
    assert.equal(apiCommits(full).length, 1);
  });

  test('a missing repository or branch fails the plan, not the write', async () => {
    const { target } = setup('fprime-registries/nope');
    await assert.rejects(target.prepare(), (error: unknown) => {
      assert.ok(error instanceof PublishError);
      assert.equal(error.code, 'registry-not-found');
      return true;
    });
    const full = newRepo();
    const start = gh.requests.length;
    const other = setup(full, entry(), { branch: 'registry' });
    await assert.rejects(other.target.prepare(), (error: unknown) => {
      assert.ok(error instanceof PublishError);
      assert.equal(error.code, 'registry-not-found');
      assert.match(error.message, /branch registry/);
      return true;
    });
    assert.ok(!calls(full, start).some((c) => c.startsWith('PUT')));
  });

  test('an explicit branch is read and written instead of the default branch', async () => {
    const full = newRepo();
    gh.setFile(full, 'registry', 'registry.yaml', SEED);
    const { target } = setup(full, entry(), { branch: 'registry' });
    const outcome = await (await target.prepare()).apply();
    assert.equal(outcome.done, 'updated');
    assert.equal(apiCommits(full, 'registry').length, 1);
    assert.equal(apiCommits(full, 'main').length, 0);
    assert.equal(gh.getFile(full, 'main', 'registry.yaml'), undefined);
  });

  test('pull-request mode: a branch per component, one pull request, followed by later versions', async () => {
    const full = newRepo();
    gh.setFile(full, 'main', 'registry.yaml', SEED);
    const head = 'component-publish/acme/widget';

    const first = setup(full, entry(), { pullRequest: true });
    const step = await first.target.prepare();
    assert.equal(step.changes, true);
    const outcome = await step.apply();
    assert.equal(outcome.done, 'updated');
    assert.equal(gh.getFile(full, 'main', 'registry.yaml'), SEED, 'the base branch is untouched');
    assert.equal(readLikeFppm(gh.getFile(full, head, 'registry.yaml')!).get('acme/widget')?.stable, '1.2.0');
    const pulls = gh.repo(full).pulls;
    assert.equal(pulls.length, 1);
    assert.deepEqual(
      { ...pulls[0], body: undefined },
      { number: 1, title: 'registry: acme.widget 1.2.0', head, base: 'main', state: 'open', body: undefined },
    );
    assert.equal(outcome.outputs['registry-pull-request'], `${gh.serverUrl}/${full}/pull/1`);
    assert.equal(outcome.outputs['registry-commit'], apiCommits(full, head).at(-1)!.sha);

    // A later version while the pull request is open: one more commit on the branch, the title follows.
    const second = setup(full, entry({ version: '1.3.0' }), { pullRequest: true });
    const again = await (await second.target.prepare()).apply();
    assert.equal(again.done, 'updated');
    assert.equal(apiCommits(full, head).length, 2);
    assert.equal(gh.repo(full).pulls.length, 1);
    assert.equal(gh.repo(full).pulls[0]!.title, 'registry: acme.widget 1.3.0');
    assert.equal(again.outputs['registry-pull-request'], `${gh.serverUrl}/${full}/pull/1`);

    // The same version again: nothing to do, and the open pull request is still reported.
    const same = await (
      await setup(full, entry({ version: '1.3.0' }), { pullRequest: true }).target.prepare()
    ).apply();
    assert.equal(same.done, 'unchanged');
    assert.equal(same.outputs['registry-pull-request'], `${gh.serverUrl}/${full}/pull/1`);
    assert.equal(apiCommits(full, head).length, 2);
  });

  test('pull-request mode after a merge: the branch restarts from the base, a new pull request opens', async () => {
    const full = newRepo();
    const head = 'component-publish/acme/widget';
    // Left by an earlier publish: the branch with its edit, merged into main, its pull request closed.
    const merged = SEED.replace('stable: "1.0.0"', 'stable: "1.2.0"');
    gh.setFile(full, 'main', 'registry.yaml', SEED);
    gh.setFile(full, head, 'registry.yaml', merged);
    gh.setFile(full, 'main', 'registry.yaml', merged);
    gh.repo(full).pulls.push({
      number: 1,
      title: 'registry: acme.widget 1.2.0',
      body: null,
      head,
      base: 'main',
      state: 'closed',
    });
    gh.setFile(full, 'main', 'README.md', 'changed on main after the merge\n');

    const outcome = await (
      await setup(full, entry({ version: '1.4.0' }), { pullRequest: true }).target.prepare()
    ).apply();
    assert.equal(outcome.done, 'updated');
    const pulls = gh.repo(full).pulls;
    assert.equal(pulls.length, 2);
    assert.equal(pulls[1]!.state, 'open');
    assert.equal(pulls[1]!.title, 'registry: acme.widget 1.4.0');
    assert.equal(outcome.outputs['registry-pull-request'], `${gh.serverUrl}/${full}/pull/2`);
    const branch = gh.repo(full).branches.get(head)!;
    const main = gh.repo(full).branches.get('main')!;
    assert.deepEqual(
      branch.commits.slice(0, -1).map((c) => c.sha),
      main.commits.map((c) => c.sha),
      'the branch is the base plus one commit',
    );
    assert.equal(gh.getFile(full, head, 'README.md'), 'changed on main after the merge\n');
    const after = gh.getFile(full, head, 'registry.yaml')!;
    assert.equal(
      after,
      merged.replace('stable: "1.2.0"', 'stable: "1.4.0"').replace('10 JUL 2024', '21 NOV 2026'),
    );
  });
});
