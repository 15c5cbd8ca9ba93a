// A registry.yaml hosted in a GitHub repository, edited through the contents API: each write states
// the blob sha it was computed from, and GitHub refuses a stale one, so racing publishers re-read and
// re-apply (updateRegistryFile) instead of overwriting each other. Either committed straight to a
// branch, or (for protected registries) to a branch per component with a pull request.
import { PublishError } from '../errors.ts';
import {
  type RegistryFileStore,
  type RegistryUpdateOptions,
  updateRegistryFile,
} from '../fppm/registry-update.ts';
import { applyRegistryEntry, lineDiff, type RegistryEntry } from '../fppm/registry-yaml.ts';
import type { GitHub } from '../github/client.ts';
import { githubError, isStatus } from '../github/errors.ts';
import type { Reporter } from '../report/reporter.ts';
import type { Step, StepOutcome, Target } from '../target.ts';

export interface GitHubContentsStoreOptions {
  github: GitHub;
  owner: string;
  repo: string;
  /** Path of the file in the repository, e.g. `registry.yaml`. */
  path: string;
  /** Default: the repository's default branch, looked up once. */
  branch?: string;
}

interface HttpError {
  status?: number;
  message?: string;
  response?: { data?: { message?: string } };
}

const said = (error: unknown) =>
  (error as HttpError)?.response?.data?.message ?? (error as HttpError)?.message ?? String(error);

/** Shared by both stores: the repository, its default branch, and errors with registry-specific fixes. */
class RegistryRepo {
  readonly full: string;
  private defaultBranch?: Promise<string>;
  constructor(readonly o: GitHubContentsStoreOptions) {
    this.full = `${o.owner}/${o.repo}`;
  }

  get params() {
    return { owner: this.o.owner, repo: this.o.repo };
  }

  branch(): Promise<string> {
    if (this.o.branch) return Promise.resolve(this.o.branch);
    this.defaultBranch ??= this.o.github.rest.repos.get(this.params).then(
      ({ data }) => data.default_branch,
      (error) => {
        this.defaultBranch = undefined;
        throw this.error(error, 'read the registry repository');
      },
    );
    return this.defaultBranch;
  }

  /** The file at `ref` and its blob sha; null when absent (the branch itself must exist). */
  async readAt(ref: string): Promise<{ text: string; version: string } | null> {
    let data: unknown;
    try {
      ({ data } = await this.o.github.rest.repos.getContent({ ...this.params, path: this.o.path, ref }));
    } catch (error) {
      // A missing repository or branch is a 404 too: only an existing branch makes it "no file yet".
      if (isStatus(error, 404) && !/no commit found/i.test(said(error)) && (await this.branchExists(ref)))
        return null;
      throw this.error(error, `read ${this.o.path} on ${ref}`, ref);
    }
    const file = data as { type?: string; sha?: string; content?: string; encoding?: string };
    if (Array.isArray(data) || file.type !== 'file' || !file.sha) {
      throw new PublishError(
        'registry-not-a-file',
        `${this.full}:${this.o.path}@${ref} is not a file`,
        'point the registry path at the registry.yaml file itself',
      );
    }
    if (file.encoding !== 'base64' || file.content === undefined) {
      // Files over 1 MB come back without content; a registry.yaml never gets that large.
      throw new PublishError(
        'registry-too-large',
        `${this.full}:${this.o.path}@${ref} is too large for the contents API`,
      );
    }
    return { text: Buffer.from(file.content, 'base64').toString('utf8'), version: file.sha };
  }

  private async branchExists(branch: string): Promise<boolean> {
    try {
      await this.o.github.rest.repos.getBranch({ ...this.params, branch });
      return true;
    } catch (error) {
      if (isStatus(error, 404)) return false;
      throw this.error(error, `look up the branch ${branch}`, branch);
    }
  }

  /** PUT with the expected blob sha; a stale or missing sha (409/422) is a 'conflict'. */
  async put(
    branch: string,
    text: string,
    sha: string | null,
    message: string,
  ): Promise<{ commit: string } | 'conflict'> {
    try {
      const { data } = await this.o.github.rest.repos.createOrUpdateFileContents({
        ...this.params,
        path: this.o.path,
        branch,
        message,
        content: Buffer.from(text, 'utf8').toString('base64'),
        ...(sha === null ? {} : { sha }),
        // The retry plugin re-sends a 409 unchanged, with the same stale sha: the updater re-reads instead.
        request: { retries: 0 },
      });
      return { commit: data.commit.sha ?? '' };
    } catch (error) {
      if (isStatus(error, 409) || (isStatus(error, 422) && /\bsha\b/i.test(said(error)))) return 'conflict';
      throw this.error(error, `write ${this.o.path} on ${branch}`, branch);
    }
  }

  error(error: unknown, what: string, branch?: string, permission = '`contents: write`'): Error {
    const text = said(error);
    if (isStatus(error, 403) && !/rate limit/i.test(text)) {
      return new PublishError(
        'registry-permission',
        `the registry token may not ${what} in ${this.full} (${text})`,
        `give the registry-token ${permission} on ${this.full} (a fine-grained token or a GitHub App installed there; the workflow's GITHUB_TOKEN cannot write another repository)`,
      );
    }
    if (isStatus(error, 404)) {
      return new PublishError(
        'registry-not-found',
        `GitHub answered 404 while trying to ${what} in ${this.full}${branch ? ` (branch ${branch})` : ''}: the repository or branch does not exist, or the registry token cannot see it (${text})`,
        'check the registry repository and branch names, and that the registry-token has access to that repository',
      );
    }
    return githubError(error, what, this.full);
  }
}

/** The file on one branch, committed to directly. */
export class GitHubContentsStore implements RegistryFileStore {
  private readonly at: RegistryRepo;
  private resolvedBranch?: string;
  constructor(options: GitHubContentsStoreOptions) {
    this.at = new RegistryRepo(options);
    this.resolvedBranch = options.branch;
  }

  describe(): string {
    const branch = this.resolvedBranch ? `@${this.resolvedBranch}` : '';
    return `${this.at.full}:${this.at.o.path}${branch}`;
  }

  async read(): Promise<{ text: string; version: string } | null> {
    this.resolvedBranch = await this.at.branch();
    return this.at.readAt(this.resolvedBranch);
  }

  async write(
    text: string,
    expectedVersion: string | null,
    message: string,
  ): Promise<{ commit: string } | 'conflict'> {
    this.resolvedBranch = await this.at.branch();
    return this.at.put(this.resolvedBranch, text, expectedVersion, message);
  }
}

// ---------------------------------------------------------------------------------------------
// Pull-request mode

export interface GitHubPullRequestStoreOptions extends GitHubContentsStoreOptions {
  /** Head branch, one per component: see pullRequestBranch(). */
  head: string;
  /** Pull request body. */
  body?: string;
}

const PR_PERMISSION = '`contents: write` and `pull-requests: write`';

export interface PullRequestRef {
  number: number;
  url: string;
}

/** `component-publish/<namespace>/<package>`, with characters git refuses in a ref replaced by `-`. */
export function pullRequestBranch(namespace: string, pkg: string): string {
  const part = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|\.+$|\.lock$/g, '') || '-';
  return `component-publish/${part(namespace)}/${part(pkg)}`;
}

/**
 * The file edited on the component's own branch, proposed to the base branch in a pull request.
 * While a pull request is open, a new version is committed on top of the branch (the PR follows);
 * otherwise the branch is (re)started from the base branch's head, so it never carries stale files.
 */
export class GitHubPullRequestStore implements RegistryFileStore {
  private readonly at: RegistryRepo;
  /** Where the last read came from: the open PR's branch, or the base branch. */
  private source: 'head' | 'base' = 'base';
  private base?: string;
  /** The pull request, once write() has opened or found it. */
  pullRequest?: PullRequestRef;

  constructor(private readonly o: GitHubPullRequestStoreOptions) {
    this.at = new RegistryRepo(o);
  }

  describe(): string {
    return `${this.at.full}:${this.o.path}@${this.o.head}${this.base ? ` (pull request to ${this.base})` : ''}`;
  }

  async read(): Promise<{ text: string; version: string } | null> {
    this.base = await this.at.branch();
    const open = await this.findPullRequest();
    this.source = open && (await this.headSha()) !== undefined ? 'head' : 'base';
    if (this.source === 'head') this.pullRequest = open;
    return this.at.readAt(this.source === 'head' ? this.o.head : this.base);
  }

  async write(
    text: string,
    expectedVersion: string | null,
    message: string,
  ): Promise<{ commit: string } | 'conflict'> {
    const base = await this.at.branch();
    if (this.source === 'base' && (await this.startHead(base)) === 'conflict') return 'conflict';
    const written = await this.at.put(this.o.head, text, expectedVersion, message);
    if (written === 'conflict') return written;
    this.pullRequest = await this.openPullRequest(base, message);
    return written;
  }

  private async headSha(): Promise<string | undefined> {
    return this.refSha(this.o.head);
  }

  private async refSha(branch: string): Promise<string | undefined> {
    try {
      const { data } = await this.o.github.rest.git.getRef({ ...this.at.params, ref: `heads/${branch}` });
      return data.object.sha;
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      throw this.at.error(error, `look up the branch ${branch}`, branch);
    }
  }

  /** Points the head branch at the base branch's head: created, or force-moved off a merged/closed PR. */
  private async startHead(base: string): Promise<'conflict' | undefined> {
    const sha = await this.refSha(base);
    if (!sha)
      throw this.at.error({ status: 404, message: 'Branch not found' }, `read the branch ${base}`, base);
    const ref = `heads/${this.o.head}`;
    try {
      if ((await this.headSha()) === undefined) {
        await this.o.github.rest.git.createRef({ ...this.at.params, ref: `refs/${ref}`, sha });
      } else {
        await this.o.github.rest.git.updateRef({ ...this.at.params, ref, sha, force: true });
      }
    } catch (error) {
      // Another run of this component created the branch first: re-read and go again.
      if (isStatus(error, 422) && /already exists/i.test(said(error))) return 'conflict';
      throw this.at.error(error, `create the branch ${this.o.head}`, this.o.head);
    }
    return undefined;
  }

  private async findPullRequest(): Promise<PullRequestRef | undefined> {
    try {
      const { data } = await this.o.github.rest.pulls.list({
        ...this.at.params,
        head: `${this.o.owner}:${this.o.head}`,
        base: this.base,
        state: 'open',
      });
      const pr = data[0];
      return pr ? { number: pr.number, url: pr.html_url } : undefined;
    } catch (error) {
      throw this.at.error(error, 'list pull requests', undefined, PR_PERMISSION);
    }
  }

  private async openPullRequest(base: string, title: string): Promise<PullRequestRef> {
    const body = this.o.body ?? `Records \`${title.replace(/^registry: /, '')}\` in \`${this.o.path}\`.`;
    try {
      const open = await this.findPullRequest();
      if (open) {
        await this.o.github.rest.pulls.update({ ...this.at.params, pull_number: open.number, title, body });
        return open;
      }
      const { data } = await this.o.github.rest.pulls.create({
        ...this.at.params,
        head: this.o.head,
        base,
        title,
        body,
      });
      return { number: data.number, url: data.html_url };
    } catch (error) {
      throw this.at.error(error, `open a pull request from ${this.o.head}`, this.o.head, PR_PERMISSION);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The target

export interface RegistryYamlTargetOptions {
  store: RegistryFileStore;
  entry: RegistryEntry;
  /** Names the component and version in the plan and the commit message, e.g. `acme.widget 1.2.0`. */
  componentLabel: string;
  reporter: Reporter;
  /** Retry tuning for racing writers (tests inject sleep). */
  update?: Pick<RegistryUpdateOptions, 'maxAttempts' | 'sleep' | 'random'>;
}

export class RegistryYamlTarget implements Target {
  readonly name = 'registry-yaml';
  constructor(private readonly o: RegistryYamlTargetOptions) {}

  async prepare(): Promise<Step> {
    const { store, entry } = this.o;
    const current = await store.read();
    // Throws InvalidInputError (with each problem's line) on a file that breaks fppm's rules.
    const edit = applyRegistryEntry(current?.text ?? null, entry, store.describe());
    const notes = edit.notes.length > 0 ? ` (${edit.notes.join('; ')})` : '';
    const description = edit.changed
      ? `${current ? 'update' : 'create'} ${store.describe()}${notes}\n${lineDiff(current?.text ?? '', edit.text).trimEnd()}`
      : `${store.describe()} unchanged${notes}`;
    return { target: this.name, description, changes: edit.changed, apply: () => this.apply() };
  }

  private async apply(): Promise<StepOutcome> {
    const { store, entry } = this.o;
    const result = await updateRegistryFile(store, entry, {
      ...this.o.update,
      message: `registry: ${this.o.componentLabel}`,
    });
    for (const note of result.notes) this.o.reporter.notice(`${store.describe()}: ${note}`);
    const outputs: Record<string, string> = {
      'registry-commit': result.commit ?? '',
      'registry-diff': result.diff,
    };
    if (store instanceof GitHubPullRequestStore) {
      outputs['registry-pull-request'] = store.pullRequest?.url ?? '';
    }
    return {
      target: this.name,
      done: result.changed ? 'updated' : 'unchanged',
      changed: result.changed,
      outputs,
    };
  }
}
