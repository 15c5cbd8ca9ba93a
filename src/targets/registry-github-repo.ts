// The repository that hosts a registry.yaml, through GitHub's REST API. Every answer is checked
// against what the protocol promises before it is used: a `null`, cut-off, HTML or wrongly shaped
// body is an error that says what came back, never "no file yet" (which would start a new file).
import { PublishError } from '../errors.ts';
import { decodeRegistryBytes } from '../fppm/registry-yaml.ts';
import type { GitHub } from '../github/client.ts';
import { githubError, isStatus } from '../github/errors.ts';

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

export const said = (error: unknown) =>
  (error as HttpError)?.response?.data?.message ?? (error as HttpError)?.message ?? String(error);

type Json = Record<string, unknown>;

const isObject = (data: unknown): data is Json =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

/** What came back, for messages: `null`, the start of a text body, or the keys of a JSON object. */
function describeAnswer(data: unknown): string {
  if (data === null || data === undefined) return String(data);
  if (typeof data === 'string') {
    const start = data.slice(0, 80).replace(/\s+/g, ' ');
    return data === '' ? 'an empty body' : `the text ${JSON.stringify(start)}${data.length > 80 ? '…' : ''}`;
  }
  if (Array.isArray(data)) return `a list of ${data.length}`;
  if (isObject(data)) return `an object with keys ${Object.keys(data).slice(0, 8).join(', ') || '(none)'}`;
  return `${typeof data} ${String(data)}`;
}

/** Shared by both stores: the repository, its default branch, and errors with registry-specific fixes. */
export class RegistryRepo {
  readonly full: string;
  private info?: Promise<{ defaultBranch: string; push: boolean | undefined }>;
  constructor(readonly o: GitHubContentsStoreOptions) {
    this.full = `${o.owner}/${o.repo}`;
  }

  get params() {
    return { owner: this.o.owner, repo: this.o.repo };
  }

  badAnswer(what: string, data: unknown, expected: string): PublishError {
    return new PublishError(
      'registry-bad-answer',
      `GitHub's answer to ${what} in ${this.full} is not ${expected}: it is ${describeAnswer(data)}`,
      'Nothing was written on the strength of it. Re-run the job; if it repeats, check that GITHUB_API_URL (or the API base) points at the GitHub API and not at a proxy or login page.',
    );
  }

  /**
   * The repository's default branch and whether the registry token may push, asked once. A GitHub App
   * installation token (actions/create-github-app-token) gets no `permissions` in this answer: then
   * `push` is undefined and the write itself is the check.
   */
  private repository(): Promise<{ defaultBranch: string; push: boolean | undefined }> {
    this.info ??= this.o.github.rest.repos.get(this.params).then(
      ({ data }) => {
        const d = data as unknown;
        const push = isObject(d) && isObject(d['permissions']) ? d['permissions']['push'] : undefined;
        const pushOk = typeof push === 'boolean' || (isObject(d) && d['permissions'] === undefined);
        if (!isObject(d) || typeof d['default_branch'] !== 'string' || !pushOk) {
          throw this.badAnswer(
            'read the repository',
            d,
            'a repository with `default_branch` (and `permissions.push` when it has `permissions`)',
          );
        }
        return { defaultBranch: d['default_branch'], push: typeof push === 'boolean' ? push : undefined };
      },
      (error) => {
        throw this.error(error, 'read the registry repository');
      },
    );
    this.info.catch(() => {
      this.info = undefined;
    });
    return this.info;
  }

  branch(): Promise<string> {
    if (this.o.branch) return Promise.resolve(this.o.branch);
    return this.repository().then((r) => r.defaultBranch);
  }

  /** Pre-flight: GitHub tells the token's permission on the repository; without push, stop here. */
  async checkWritable(permission = '`contents: write`'): Promise<void> {
    const { push } = await this.repository();
    if (push !== false) return;
    throw new PublishError(
      'registry-permission',
      `the registry token cannot write ${this.full} (GitHub reports permissions.push: false); nothing was written`,
      `give the registry-token ${permission} on ${this.full} (a fine-grained token or a GitHub App installed there; the workflow's GITHUB_TOKEN cannot write another repository)`,
    );
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
    const where = `${this.full}:${this.o.path}@${ref}`;
    if (
      Array.isArray(data) ||
      (isObject(data) && typeof data['type'] === 'string' && data['type'] !== 'file')
    ) {
      throw new PublishError(
        'registry-not-a-file',
        `${where} is not a file`,
        'point the registry path at the registry.yaml file itself',
      );
    }
    if (!isObject(data) || typeof data['sha'] !== 'string' || data['sha'] === '' || data['type'] !== 'file') {
      throw this.badAnswer(`read ${this.o.path} on ${ref}`, data, 'a file with `type`, `sha` and `content`');
    }
    return { text: decodeRegistryBytes(this.content(data, ref), where), version: data['sha'] };
  }

  private content(file: Json, ref: string): Buffer {
    const { content, encoding } = file;
    if (encoding === 'none' || (encoding === 'base64' && content === '' && Number(file['size']) > 0)) {
      // Files over 1 MB come back without content; a registry.yaml never gets that large.
      throw new PublishError(
        'registry-too-large',
        `${this.full}:${this.o.path}@${ref} is too large for the contents API`,
      );
    }
    if (encoding !== 'base64' || typeof content !== 'string' || !/^[A-Za-z0-9+/=\r\n]*$/.test(content)) {
      throw this.badAnswer(`read ${this.o.path} on ${ref}`, file, 'base64 file content');
    }
    const bytes = Buffer.from(content, 'base64');
    if (typeof file['size'] === 'number' && file['size'] !== bytes.length) {
      throw this.badAnswer(
        `read ${this.o.path} on ${ref}`,
        `${bytes.length} bytes`,
        `the ${file['size']} bytes it announced`,
      );
    }
    return bytes;
  }

  private async branchExists(branch: string): Promise<boolean> {
    let data: unknown;
    try {
      ({ data } = await this.o.github.rest.repos.getBranch({ ...this.params, branch }));
    } catch (error) {
      if (isStatus(error, 404)) return false;
      throw this.error(error, `look up the branch ${branch}`, branch);
    }
    if (!isObject(data) || typeof data['name'] !== 'string') {
      throw this.badAnswer(`look up the branch ${branch}`, data, 'a branch with a `name`');
    }
    return true;
  }

  /**
   * PUT with the expected blob sha. A stale or missing sha (409/422), a server error or an answer that
   * is not a commit is a 'conflict': the updater re-reads the file, so a write that did land is seen
   * there and never made twice.
   */
  async put(
    branch: string,
    text: string,
    sha: string | null,
    message: string,
  ): Promise<{ commit: string } | 'conflict'> {
    let data: unknown;
    try {
      ({ data } = await this.o.github.rest.repos.createOrUpdateFileContents({
        ...this.params,
        path: this.o.path,
        branch,
        message,
        content: Buffer.from(text, 'utf8').toString('base64'),
        ...(sha === null ? {} : { sha }),
        // The retry plugin re-sends a 409 unchanged, with the same stale sha: the updater re-reads instead.
        request: { retries: 0 },
      }));
    } catch (error) {
      if (isStatus(error, 409) || (isStatus(error, 422) && /\bsha\b/i.test(said(error)))) return 'conflict';
      if (((error as HttpError)?.status ?? 0) >= 500) return 'conflict';
      throw this.error(error, `write ${this.o.path} on ${branch}`, branch);
    }
    const commit = isObject(data) && isObject(data['commit']) ? data['commit']['sha'] : undefined;
    return typeof commit === 'string' && commit !== '' ? { commit } : 'conflict';
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
