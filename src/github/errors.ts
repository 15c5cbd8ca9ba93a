// GitHub's answers turned into errors a user can act on.
import { PublishError } from '../errors.ts';

interface HttpError {
  status?: number;
  message?: string;
  response?: { data?: { message?: string; errors?: { code?: string; field?: string; message?: string }[] } };
}

export function isStatus(error: unknown, status: number): boolean {
  return (error as HttpError)?.status === status;
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return ((error as HttpError)?.response?.data?.errors ?? []).some((e) => e.code === code);
}

function isImmutableError(error: unknown): boolean {
  const e = error as HttpError;
  const text = `${e?.response?.data?.message ?? ''} ${(e?.response?.data?.errors ?? []).map((x) => x.message ?? '').join(' ')}`;
  return e?.status === 422 && /immutable/i.test(text);
}

/** GitHub's `message`, else the error's own. */
function whatGitHubSaid(error: unknown): string {
  const e = error as HttpError;
  return e?.response?.data?.message ?? e?.message ?? String(error);
}

/** Maps an Octokit error from `what` (e.g. "create the release") to a PublishError with a fix. */
export function githubError(error: unknown, what: string, repo: string): Error {
  if (error instanceof PublishError) return error;
  const e = error as HttpError;
  const said = whatGitHubSaid(error);
  switch (e?.status) {
    case 401:
      return new PublishError(
        'github-token',
        `GitHub rejected the token while trying to ${what} (${said})`,
        "pass a valid token as github-token (the default is the workflow's GITHUB_TOKEN)",
      );
    case 403:
      if (/not accessible by|permission|push access/i.test(said)) {
        return new PublishError(
          'github-permission',
          `the token may not ${what} in ${repo} (${said})`,
          'give the job `permissions: contents: write` (or use a token that can write releases)',
        );
      }
      return new PublishError(
        'github-forbidden',
        `GitHub refused to ${what} in ${repo} (${said})`,
        "check the token's access to the repository; if this is a rate limit, re-run later",
      );
    case 404:
      return new PublishError(
        'github-not-found',
        `GitHub answered 404 while trying to ${what} in ${repo}: the repository does not exist or the token cannot see it`,
        'check the repository name and that the token has access to it',
      );
    case 422:
      if (isImmutableError(error)) {
        return new PublishError(
          'immutable-release',
          `the release in ${repo} is immutable, so GitHub refused to ${what} (${said})`,
          'publish a new version: an immutable release can never change, and its tag can never be reused',
        );
      }
      return new PublishError('github-invalid', `GitHub refused to ${what} in ${repo} (${said})`);
    default:
      return new PublishError(
        'github-failed',
        `could not ${what} in ${repo}: ${said}`,
        e?.status && e.status >= 500
          ? 'GitHub had a server error; re-run the job: every step is safe to repeat'
          : undefined,
      );
  }
}

/**
 * A 404 to a write on a repository that was just read: GitHub hides a repository from a token that may
 * not write to it by answering 404 to the write, so the token lacks write access.
 */
export function writeHidden(error: unknown, what: string, repo: string): PublishError {
  const said = whatGitHubSaid(error);
  return new PublishError(
    'github-permission',
    `the token may not ${what} in ${repo}: GitHub answered 404 (${said}) although it lets the token read it`,
    'give the job `permissions: contents: write` (or use a token that can write releases)',
  );
}
