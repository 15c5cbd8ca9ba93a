// What the Serverless Registry says when it refuses, in the registry's words and in English; what an
// answer that breaks the protocol looked like; the checks of list answers and the paging over them. Split from client.ts so the HTTP code stays short.
import { PublishError } from '../errors.ts';

export type ErrorKind =
  | 'not-found'
  | 'version-order'
  | 'auth'
  | 'permission'
  | 'bad-answer'
  | 'login-pending';

const KNOWN_MESSAGES: { zh: string; en: string; kind: ErrorKind }[] = [
  { zh: '未找到指定资源', en: 'specified resource not found', kind: 'not-found' },
  {
    zh: '当前版本号应当大于前一次版本号',
    en: 'the version must be greater than the previous one',
    kind: 'version-order',
  },
  {
    zh: '登陆参数异常，请检查必填参数正确性',
    en: 'invalid login parameters: check that the required parameters are correct',
    kind: 'auth',
  },
  { zh: '登陆参数异常', en: 'invalid login parameters', kind: 'auth' },
  { zh: '登录参数异常', en: 'invalid login parameters', kind: 'auth' },
  { zh: '权限异常', en: 'permission denied', kind: 'permission' },
  // The check endpoint's answer while the browser login is not yet authorised (the official client
  // knows it in both languages).
  { zh: '获取登陆 Token 失败', en: 'failed to obtain the login token', kind: 'login-pending' },
  { zh: 'Failed to obtain login token', en: 'failed to obtain the login token', kind: 'login-pending' },
];

/** The English for a known server message, and what it means. */
export function translateRegistryMessage(text: string): { en?: string; kind?: ErrorKind } {
  const known = KNOWN_MESSAGES.find((m) => text.includes(m.zh));
  return known ? { en: known.en, kind: known.kind } : {};
}

export const TOKEN_HINT =
  'the token is wrong or expired: create one with `s registry login` / the Serverless Devs console and store it as a secret';
export const HINTS: Record<ErrorKind, string | undefined> = {
  auth: TOKEN_HINT,
  permission:
    'the token’s account may not publish this package: it belongs to another account, or publish.yaml names an Organization the account is not in',
  'version-order':
    'a new version must be greater than every version ever published, deleted ones included: bump Version in publish.yaml',
  'not-found': undefined,
  'bad-answer': undefined,
  'login-pending': 'authorise the login in the browser, then run the command again',
};

export interface ServerlessRegistryErrorDetails {
  operation: string;
  status?: number;
  /** The server's text as sent (secrets removed). */
  original?: string;
  translation?: string;
  requestId?: string;
  kind?: ErrorKind;
}

export class ServerlessRegistryError extends PublishError {
  constructor(
    code: string,
    message: string,
    hint: string | undefined,
    readonly details: ServerlessRegistryErrorDetails,
  ) {
    super(code, message, hint);
  }
}

/** True when the error is the registry saying the package or version does not exist. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ServerlessRegistryError && error.details.kind === 'not-found';
}

/**
 * A short, secret-free description of an answer that is not the JSON envelope the protocol promises:
 * empty, an HTML page, JSON cut off mid-way, JSON of another shape, or other text.
 */
export function describeAnswer(text: string, contentType: string | null): string {
  const trimmed = text.trim();
  const type = contentType ? `, ${contentType.split(';')[0]}` : '';
  if (trimmed === '') return `an empty answer${type}`;
  if (/^<(!doctype|html|\?xml|[a-z])/i.test(trimmed)) return `an HTML/XML page (${text.length} bytes${type})`;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    if (/^[[{]/.test(trimmed)) return `JSON cut off after ${Buffer.byteLength(text)} bytes${type}`;
    const snippet = trimmed.replace(/\p{Cc}+/gu, ' ').slice(0, 80);
    return `text that is not JSON: "${snippet}"${trimmed.length > 80 ? '…' : ''}${type}`;
  }
  if (value === null) return 'JSON null instead of {request_id, body}';
  if (Array.isArray(value)) return 'a JSON array instead of {request_id, body}';
  if (typeof value !== 'object') return `a JSON ${typeof value} instead of {request_id, body}`;
  return `a JSON object without "body" (keys: ${Object.keys(value).slice(0, 5).join(', ') || 'none'})`;
}

/** The error for an answer of the wrong kind or shape: says what came back and what was expected. */
export function badAnswer(operation: string, what: string, status?: number): ServerlessRegistryError {
  return new ServerlessRegistryError(
    'serverless-bad-answer',
    `Serverless Registry ${operation}: the registry answered ${what}${status === undefined ? '' : ` (HTTP ${status})`}, not what the protocol promises`,
    'the registry or something in between (a proxy, a captive portal) sent a broken answer: re-run later; a re-run reads the state again before writing',
    { operation, status, kind: 'bad-answer' },
  );
}

/** A list whose items are objects with a string `key`; anything else is a broken answer. */
export function expectObjects(body: unknown, operation: string, key: string): Record<string, unknown>[] {
  if (!Array.isArray(body)) throw badAnswer(operation, `a body of ${describeValue(body)} instead of a list`);
  for (const item of body) {
    if (
      item === null ||
      typeof item !== 'object' ||
      typeof (item as Record<string, unknown>)[key] !== 'string'
    )
      throw badAnswer(operation, `a list item without a string "${key}" (${describeValue(item)})`);
  }
  return body as Record<string, unknown>[];
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Every item of a paged list, 1-based pages. An empty page ends the list; so does a page with nothing
 * new (the server ignores `page`). A not-found answer on page 1 is passed on (the thing does not exist);
 * on a later page it ends the list.
 */
export async function collectPages<T>(
  fetchPage: (page: number) => Promise<T[]>,
  id: (item: T) => string,
  maxPages = 100,
): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<string>();
  for (let page = 1; page <= maxPages; page++) {
    let items: T[];
    try {
      items = await fetchPage(page);
    } catch (error) {
      if (page > 1 && isNotFound(error)) break;
      throw error;
    }
    const fresh = items.filter((item) => !seen.has(id(item)));
    if (fresh.length === 0) break;
    for (const item of fresh) {
      seen.add(id(item));
      all.push(item);
    }
  }
  return all;
}

export function parseEnvelope(text: string): { request_id?: string; body: unknown } | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value) && 'body' in value) {
      return value as { request_id?: string; body: unknown };
    }
  } catch {}
  return undefined;
}

/** Origin and path only: a presigned URL's query string is a credential. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

export function pathOnly(path: string): string {
  return path.split('?')[0] ?? path;
}

/** The registry could not be reached, or its answer broke off: reads retry these. */
export class NetworkError extends ServerlessRegistryError {}

export { wait as sleep } from '../waits.ts';
