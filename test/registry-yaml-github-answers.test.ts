// The hosted registry.yaml fails closed: an answer that is not what GitHub's protocol promises (null,
// cut off, an HTML page, the wrong shape) is an error that says what came back — never "no file yet",
// which would start a new registry over the real one — and a conflicting or unreadable answer to the
// write is followed by a re-read, so the entry is never written twice.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PublishError } from '../src/errors.ts';
import type { RegistryEntry } from '../src/fppm/registry-yaml.ts';
import { createGitHub } from '../src/github/client.ts';
import { MemoryReporter } from '../src/report/reporter.ts';
import {
  GitHubContentsStore,
  GitHubPullRequestStore,
  pullRequestBranch,
  RegistryYamlTarget,
} from '../src/targets/registry-yaml-github.ts';
import { type Fault, type GitHubEmulator, startGitHubEmulator } from './emulators/github.ts';

const TOKEN = 'ghs_registry_answers_token';
const SEED = `name: "Acme"\npublisher: "Acme"\ndescription: "d"\nupdated-on: 10 JUL 2024\nnamespaces:\n  - acme:\n    - widget:\n        git: https://github.com/acme/widget\n        stable: "1.0.0"\n`;
const ENTRY: RegistryEntry = {
  namespace: 'acme',
  package: 'widget',
  git: 'https://github.com/acme/widget',
  version: '1.2.0',
  today: new Date(Date.UTC(2026, 10, 21)),
};

let gh: GitHubEmulator;
let count = 0;
before(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
});
after(() => gh.close());

function repoWith(text: string | undefined): string {
  const full = `fprime-registries/answers${++count}`;
  gh.addRepo(full);
  if (text !== undefined) gh.setFile(full, 'main', 'registry.yaml', text);
  return full;
}

function target(full: string, pullRequest = false) {
  const reporter = new MemoryReporter();
  const github = createGitHub({ token: TOKEN, baseUrl: gh.url, reporter });
  const [owner, repo] = full.split('/') as [string, string];
  const where = { github, owner, repo, path: 'registry.yaml' };
  const store = pullRequest
    ? new GitHubPullRequestStore({ ...where, head: pullRequestBranch('acme', 'widget') })
    : new GitHubContentsStore(where);
  const update = { sleep: async () => {} };
  return new RegistryYamlTarget({
    store,
    entry: ENTRY,
    componentLabel: 'acme.widget 1.2.0',
    reporter,
    update,
  });
}

const writes = (full: string) =>
  gh.requests.filter((r) => r.method !== 'GET' && r.path.startsWith(`/repos/${full}/`));
const apiCommits = (full: string) =>
  gh
    .repo(full)
    .branches.get('main')!
    .commits.filter((c) => !c.seed);
const raw = (
  method: string,
  path: RegExp,
  body: string,
  extra: Partial<NonNullable<Fault['raw']>> = {},
): Fault => ({
  match: { method, path },
  kind: 'raw',
  raw: { body, ...extra },
});

describe('registry.yaml on GitHub: answers outside the protocol', { concurrency: true }, () => {
  const contents = (full: string) => new RegExp(`^/repos/${full}/contents/registry\\.yaml`);
  const bad: [string, (full: string) => Fault, RegExp][] = [
    ['the file read answered null', (f) => raw('GET', contents(f), 'null'), /it is null/],
    [
      'the file read cut off',
      (f) => raw('GET', contents(f), '{"type":"file","sha":"0123456789abcdef","cont'),
      /the text "\{\\"type\\":\\"file\\",\\"sha\\"/,
    ],
    [
      'the file read answered an HTML page',
      (f) =>
        raw('GET', contents(f), '<!DOCTYPE html><html><body>Sign in</body></html>', {
          contentType: 'text/html',
        }),
      /the text "<!DOCTYPE html>/,
    ],
    [
      'the file read answered content that is not base64',
      (f) =>
        raw('GET', contents(f), '{"type":"file","sha":"abc","encoding":"base64","content":"not base64!"}'),
      /not base64 file content/,
    ],
    [
      // (No `permissions` at all is what a GitHub App installation token gets: that one is accepted.)
      'the repository answered with permissions that are not an object',
      (f) => raw('GET', new RegExp(`^/repos/${f}$`), '{"default_branch":"main","permissions":"yes"}'),
      /permissions\.push/,
    ],
  ];
  for (const [name, fault, said] of bad) {
    test(`${name}: an error that says what came back, nothing written`, async () => {
      const full = repoWith(SEED);
      gh.faults.push(fault(full));
      await assert.rejects(target(full).prepare(), (error: unknown) => {
        assert.ok(error instanceof PublishError, String(error));
        assert.equal(error.code, 'registry-bad-answer');
        assert.match(error.message, said);
        assert.match(error.hint ?? '', /Nothing was written/);
        return true;
      });
      assert.deepEqual(writes(full), []);
    });
  }

  test('no file, and the branch check answers null: an error, not a new registry', async () => {
    const full = repoWith(undefined);
    gh.faults.push(raw('GET', new RegExp(`^/repos/${full}/branches/main`), 'null'));
    await assert.rejects(target(full).prepare(), (error: unknown) => {
      assert.ok(error instanceof PublishError);
      assert.equal(error.code, 'registry-bad-answer');
      assert.match(error.message, /look up the branch main .* it is null/);
      return true;
    });
    assert.deepEqual(writes(full), []);
  });

  test('pull-request mode: the pull request list answered with HTML is an error', async () => {
    const full = repoWith(SEED);
    gh.faults.push(
      raw('GET', new RegExp(`^/repos/${full}/pulls`), '<html>502 Bad Gateway</html>', {
        contentType: 'text/html',
      }),
    );
    await assert.rejects(target(full, true).prepare(), (error: unknown) => {
      assert.ok(error instanceof PublishError);
      assert.equal(error.code, 'registry-bad-answer');
      assert.match(error.message, /list pull requests .* not a list: it is the text "<html>502/);
      return true;
    });
    assert.deepEqual(writes(full), []);
  });

  test('a 422 stale-sha and a cut-off answer to the write are re-read: one commit, one entry', async () => {
    const full = repoWith(SEED);
    const step = await target(full).prepare();
    const sha422 = JSON.stringify({ message: 'Invalid request.\n\n"sha" wasn\'t supplied.', status: '422' });
    gh.faults.push(
      raw('PUT', contents(full), sha422, { status: 422 }),
      raw('PUT', contents(full), '{"content":{"name":"registry.yaml"},"commit":{"sh'),
    );
    const outcome = await step.apply();
    assert.equal(outcome.done, 'updated');
    assert.deepEqual(
      gh.requests
        .filter((r) => r.method === 'PUT' && r.path.startsWith(`/repos/${full}/`))
        .map((r) => r.status),
      [422, 200, 200],
      'a stale sha, a cut-off answer (not applied), then the write',
    );
    assert.equal(apiCommits(full).length, 1);
    const text = gh.getFile(full, 'main', 'registry.yaml')!;
    assert.equal(text.split('- widget:').length, 2, text);
    assert.match(text, /stable: "1\.2\.0"/);
  });

  test('a server error on the write is re-read before the write is repeated', async () => {
    const full = repoWith(SEED);
    const step = await target(full).prepare();
    gh.faults.push({ match: { method: 'PUT', path: contents(full) }, kind: '5xx' });
    const since = gh.requests.length;
    await step.apply();
    const sequence = gh.requests
      .slice(since)
      .filter((r) => r.path.startsWith(`/repos/${full}/contents`))
      .map((r) => `${r.method} ${r.status}`);
    assert.deepEqual(sequence, ['GET 200', 'PUT 502', 'GET 200', 'PUT 200']);
    assert.equal(apiCommits(full).length, 1);
  });
});
