// What GitHub promised to answer, checked before anything is decided from it. Octokit hands over
// whatever came back: a cut-off or non-JSON body arrives as a string, an empty one as "" or null, an
// HTML error page from a proxy as its text. Each of those is an error that says what came back, never
// "nothing there" (a malformed release list read as empty would let a lower version be published).
import { PublishError } from '../errors.ts';
import type { Asset, Release } from './releases.ts';

/** A short, printable account of a body that is not what the protocol promises. */
export function describeBody(data: unknown): string {
  if (data === null) return 'a null body';
  if (data === undefined || data === '') return 'an empty or cut-off body';
  if (typeof data === 'string') {
    const text = data.trim();
    if (/^<(!doctype|html)/i.test(text)) {
      const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
      return `an HTML page${title ? ` ("${title.slice(0, 80)}")` : ''} instead of JSON`;
    }
    const looksJson = text.startsWith('{') || text.startsWith('[');
    return `${looksJson ? 'JSON that was cut off after' : 'text that is not JSON'} (${data.length} characters: ${JSON.stringify(text.slice(0, 60))}${text.length > 60 ? '…' : ''})`;
  }
  if (data instanceof ArrayBuffer) return `${data.byteLength} bytes that are not JSON`;
  if (Array.isArray(data)) return `a JSON list of ${data.length} item(s)`;
  return `JSON of type ${typeof data}`;
}

export class BadAnswerError extends PublishError {
  constructor(what: string, repo: string, came: string) {
    super(
      'github-bad-answer',
      `GitHub's answer to "${what}" in ${repo} is not what its API promises: ${came}; nothing was decided from it`,
      'a proxy or GitHub itself answered wrongly; re-run the job (every step is safe to repeat), and check GITHUB_API_URL if it persists',
    );
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first field of `value` that lacks its promised type, else undefined. */
function missingField(value: Record<string, unknown>, fields: Record<string, string>): string | undefined {
  for (const [field, type] of Object.entries(fields)) {
    const v = value[field];
    const ok =
      type === 'array'
        ? Array.isArray(v)
        : type === 'string?'
          ? v == null || typeof v === 'string'
          : typeof v === type;
    if (!ok)
      return `${field} (${type.replace('?', ' or null')}) is ${v === undefined ? 'missing' : JSON.stringify(v)?.slice(0, 40)}`;
  }
  return undefined;
}

const ASSET_FIELDS = {
  id: 'number',
  name: 'string',
  url: 'string',
  browser_download_url: 'string',
  digest: 'string?',
};
const RELEASE_FIELDS = {
  id: 'number',
  tag_name: 'string',
  draft: 'boolean',
  prerelease: 'boolean',
  html_url: 'string',
  upload_url: 'string',
  assets: 'array',
};

function assetProblem(data: unknown): string | undefined {
  if (!isObject(data)) return describeBody(data);
  const field = missingField(data, ASSET_FIELDS);
  return field ? `an asset whose ${field}` : undefined;
}

function releaseProblem(data: unknown): string | undefined {
  if (!isObject(data)) return describeBody(data);
  const field = missingField(data, RELEASE_FIELDS);
  if (field) return `a release whose ${field}`;
  for (const asset of data.assets as unknown[]) {
    const problem = assetProblem(asset);
    if (problem) return `release ${data.id} with ${problem}`;
  }
  return undefined;
}

export function expectRelease(data: unknown, what: string, repo: string): Release {
  const problem = releaseProblem(data);
  if (problem) throw new BadAnswerError(what, repo, problem);
  return data as Release;
}

export function expectReleasePage(data: unknown, what: string, repo: string): Release[] {
  if (!Array.isArray(data)) throw new BadAnswerError(what, repo, describeBody(data));
  for (const [i, item] of data.entries()) {
    const problem = releaseProblem(item);
    if (problem) throw new BadAnswerError(what, repo, `item ${i + 1} of the list is ${problem}`);
  }
  return data as Release[];
}

export function expectAsset(data: unknown, what: string, repo: string): Asset {
  const problem = assetProblem(data);
  if (problem) throw new BadAnswerError(what, repo, problem);
  return data as Asset;
}

/** `permissions` is absent for app installation tokens (GITHUB_TOKEN): then it tells nothing. */
export function expectRepository(data: unknown, what: string, repo: string): { push?: boolean } {
  if (!isObject(data) || typeof data.full_name !== 'string')
    throw new BadAnswerError(
      what,
      repo,
      isObject(data) ? 'a repository without full_name' : describeBody(data),
    );
  const permissions = data.permissions;
  if (permissions === undefined) return {};
  if (!isObject(permissions) || typeof permissions.push !== 'boolean')
    throw new BadAnswerError(what, repo, `permissions ${JSON.stringify(permissions)?.slice(0, 60)}`);
  return { push: permissions.push };
}

/**
 * No answer to act on: a 5xx, a lost connection (Octokit reports it as 500, or without a status), or a
 * body that is not what GitHub promises. The write may or may not have been made: re-read before repeating.
 */
export function isUnsettled(error: unknown): boolean {
  if (error instanceof BadAnswerError) return true;
  if (error instanceof PublishError) return false;
  const status = (error as { status?: number })?.status;
  return status === undefined || status >= 500;
}
