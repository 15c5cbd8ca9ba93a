// One Octokit for every GitHub call, with the retry and throttling plugins registered (they only work
// when passed to getOctokit). Bounded: 3 retries on 5xx and network errors, 3 on rate limits.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { proxyFetch } from '../proxy.ts';
import type { Reporter } from '../report/reporter.ts';
import { scaled } from '../waits.ts';

export type GitHub = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** API base; defaults to GITHUB_API_URL, else https://api.github.com (GHES works). */
  baseUrl?: string;
  reporter: Reporter;
  /** Retries after a rate limit; 0 turns retrying off. */
  rateLimitRetries?: number;
}

/**
 * The throttling plugin's default write and notification groups start writes 1 s and 3 s apart, a
 * wait GitHub only asks of clients making many writes; a publish makes at most a handful. These
 * groups keep writes one at a time with no spacing. Waits GitHub does ask for (a secondary rate
 * limit, `retry-after`, an exhausted primary limit) are the plugin's retry limiter's job and stay.
 */
function backToBackWrites(id: string) {
  return new Bottleneck.Group({ id, maxConcurrent: 1, minTime: 0 });
}

export function createGitHub(options: ClientOptions): GitHub {
  const { reporter } = options;
  const limit = options.rateLimitRetries ?? 3;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
      // A streamed upload body cannot be sent twice: the upload code retries with a fresh stream itself.
      if (request.url.includes('/assets{') || request.url.includes('/assets?')) return false;
      reporter.warning(
        `GitHub ${kind} on ${request.method} ${request.url}: waiting ${retryAfter}s (retry ${retryCount + 1} of ${limit})`,
      );
      return retryCount < limit;
    };
  return getOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
      userAgent: 'component-publish',
      // @actions/github sends every request through undici's fetch, with a proxy chosen once for the API
      // URL at import; ours picks per URL and uses Node's own fetch where no proxy applies.
      request: { fetch: proxyFetch },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        write: backToBackWrites('component-publish-write'),
        notifications: backToBackWrites('component-publish-notifications'),
      },
      retry: { retries: 3, retryAfterBaseValue: scaled(1000) },
      log: {
        debug: () => {},
        info: () => {},
        warn: (m: string) => reporter.debug(m),
        error: (m: string) => reporter.debug(m),
      },
    },
    retry,
    throttling,
  );
}
