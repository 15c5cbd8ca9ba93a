// The two ways a registry.yaml hosted on GitHub is written: committed straight to a branch, or (for
// protected registries) to a branch per component with a pull request. Each answer GitHub gives is
// checked for the shape the protocol promises before it decides anything.
import type { RegistryFileStore } from '../fppm/registry-update.ts';
import { isStatus } from '../github/errors.ts';
import { type GitHubContentsStoreOptions, RegistryRepo, said } from './registry-github-repo.ts';

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

  checkWritable(): Promise<void> {
    return this.at.checkWritable();
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

  checkWritable(): Promise<void> {
    return this.at.checkWritable(PR_PERMISSION);
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
    let data: unknown;
    try {
      ({ data } = await this.o.github.rest.git.getRef({ ...this.at.params, ref: `heads/${branch}` }));
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      throw this.at.error(error, `look up the branch ${branch}`, branch);
    }
    const sha = (data as { object?: { sha?: unknown } } | null)?.object?.sha;
    if (typeof sha !== 'string' || sha === '') {
      throw this.at.badAnswer(`look up the branch ${branch}`, data, 'a reference with `object.sha`');
    }
    return sha;
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
    let data: unknown;
    try {
      ({ data } = await this.o.github.rest.pulls.list({
        ...this.at.params,
        head: `${this.o.owner}:${this.o.head}`,
        base: this.base,
        state: 'open',
      }));
    } catch (error) {
      throw this.at.error(error, 'list pull requests', undefined, PR_PERMISSION);
    }
    if (!Array.isArray(data)) throw this.at.badAnswer('list pull requests', data, 'a list');
    return data.length === 0 ? undefined : this.pullRef(data[0], 'list pull requests');
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
      return this.pullRef(data, `open a pull request from ${this.o.head}`);
    } catch (error) {
      throw this.at.error(error, `open a pull request from ${this.o.head}`, this.o.head, PR_PERMISSION);
    }
  }

  private pullRef(data: unknown, what: string): PullRequestRef {
    const pr = data as { number?: unknown; html_url?: unknown } | null;
    if (typeof pr?.number !== 'number' || typeof pr.html_url !== 'string') {
      throw this.at.badAnswer(what, data, 'a pull request with `number` and `html_url`');
    }
    return { number: pr.number, url: pr.html_url };
  }
}
