// The Serverless Registry (V3) behind one small port. Every JSON answer is `{request_id, body}`; an error is
// a non-2xx status or a string body (Chinese text), which we show as sent plus an English translation.
// Reads are retried on 5xx and network errors; writes are not (a publish must not be sent twice).
// The token, its md5 and the sign_code never appear in an error message or debug line.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { PublishError } from '../errors.ts';
import { signHeaders } from './sign.ts';

/** Where the current official client (3.1.x) sends publish/list/detail/latest/tags/delete by default. */
export const DEFAULT_REGISTRY_BASE = 'https://server-serverlgistry-v-awljqvnszb.cn-hangzhou.fcapp.run/v3';
/** Where it sends login/token calls by default (its `registry` setting's default value). */
export const DEFAULT_TOKEN_BASE = 'https://api.devsapp.cn/v3';

/** Base URLs for package calls and token calls: one explicit base overrides both. */
export function registryBases(baseUrl?: string): { packages: string; token: string } {
  const base = baseUrl?.trim().replace(/\/+$/, '');
  if (base) return { packages: base, token: base };
  return { packages: DEFAULT_REGISTRY_BASE, token: DEFAULT_TOKEN_BASE };
}

/** The fields of `POST /packages/releases`; a missing file is sent as an empty value, like the official client. */
export interface PublishForm {
  publish: string;
  publish_en?: string;
  version_body?: string;
  version_body_en?: string;
  flowyaml: string;
  syaml?: string;
  syaml_en?: string;
  readme?: string;
  readme_en?: string;
}

const FORM_FIELDS = [
  'publish',
  'publish_en',
  'version_body',
  'version_body_en',
  'flowyaml',
  'syaml',
  'syaml_en',
  'readme',
  'readme_en',
] as const satisfies readonly (keyof PublishForm)[];

export interface ServerlessRelease {
  tag_name: string;
  created_at: string;
  zipball_url: string;
  platform?: string;
}

/** `latest` and `tags/{version}` answers: a release plus package details (`name`, `type`, …). */
export interface ServerlessReleaseDetail extends ServerlessRelease {
  name?: string;
  type?: string;
  description?: string;
  [key: string]: unknown;
}

export type UploadBody = Buffer | { stream: NodeJS.ReadableStream; length: number };

export interface ServerlessRegistryClientOptions {
  token: string;
  /** One base for every call, e.g. `https://registry.example/v3`. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** First retry delay for reads; doubles each attempt. */
  retryDelayMs?: number;
  /** Receives one line per HTTP exchange (method, path, status, request_id); never secrets. */
  debug?: (line: string) => void;
}

type ErrorKind = 'not-found' | 'version-order' | 'auth' | 'permission';

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
];

/** The English for a known server message, and what it means. */
export function translateRegistryMessage(text: string): { en?: string; kind?: ErrorKind } {
  const known = KNOWN_MESSAGES.find((m) => text.includes(m.zh));
  return known ? { en: known.en, kind: known.kind } : {};
}

export const TOKEN_HINT =
  'the token is wrong or expired: create one with `s registry login` / the Serverless Devs console and store it as a secret';
const HINTS: Record<ErrorKind, string | undefined> = {
  auth: TOKEN_HINT,
  permission:
    'the token’s account may not publish this package: it belongs to another account, or publish.yaml names an Organization the account is not in',
  'version-order':
    'a new version must be greater than every version ever published, deleted ones included: bump Version in publish.yaml',
  'not-found': undefined,
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

interface CallOptions {
  signed: boolean;
  /** Reads are retried; writes are sent once. */
  read: boolean;
  form?: URLSearchParams;
}

const READ_ATTEMPTS = 3;

export class ServerlessRegistryClient {
  readonly baseUrl: string;
  readonly #token: string;
  readonly #secrets: string[];
  readonly #fetch: typeof fetch;
  readonly #retryDelayMs: number;
  readonly #debug: (line: string) => void;

  constructor(options: ServerlessRegistryClientOptions) {
    this.#token = options.token;
    this.#secrets = [options.token, createHash('md5').update(options.token).digest('hex')].filter(Boolean);
    this.baseUrl = registryBases(options.baseUrl).packages;
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.#retryDelayMs = options.retryDelayMs ?? 500;
    this.#debug = options.debug ?? (() => {});
  }

  /** The signed-in account's packages, one page; also the cheapest check that the token is accepted. */
  async listMine(page = 1): Promise<Record<string, unknown>[]> {
    const body = await this.#call('list packages', 'GET', `/package/user?page=${page}`, {
      signed: true,
      read: true,
    });
    return expectArray(body, 'list packages') as Record<string, unknown>[];
  }

  /** Every listed version of `name` (all pages); empty when the package does not exist. */
  async versions(name: string): Promise<ServerlessRelease[]> {
    const all: ServerlessRelease[] = [];
    const seen = new Set<string>();
    for (let page = 1; page <= 100; page++) {
      let body: unknown;
      try {
        body = await this.#call('list versions', 'GET', `${packagePath(name)}/release?page=${page}`, {
          signed: true,
          read: true,
        });
      } catch (error) {
        if (isNotFound(error)) break;
        throw error;
      }
      const items = expectArray(body, 'list versions') as ServerlessRelease[];
      const fresh = items.filter((r) => typeof r?.tag_name === 'string' && !seen.has(r.tag_name));
      // An empty page ends the list; a page with nothing new means the server ignores `page`.
      if (fresh.length === 0) break;
      for (const r of fresh) {
        seen.add(r.tag_name);
        all.push(r);
      }
    }
    return all;
  }

  /** One version's details, or null when the registry does not list it. */
  async version(name: string, version: string): Promise<ServerlessReleaseDetail | null> {
    return this.#detail(`${packagePath(name)}/release/tags/${encodeURIComponent(version)}`, 'get version');
  }

  async latest(name: string): Promise<ServerlessReleaseDetail | null> {
    return this.#detail(`${packagePath(name)}/release/latest`, 'get latest version');
  }

  /** Registers a release and returns the presigned URL its zip must be PUT to. */
  async publish(form: PublishForm): Promise<string> {
    const params = new URLSearchParams();
    for (const field of FORM_FIELDS) params.set(field, form[field] ?? '');
    const body = await this.#call('publish', 'POST', '/packages/releases', {
      signed: true,
      read: false,
      form: params,
    });
    const url = (body as { url?: unknown } | null)?.url;
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
      throw new ServerlessRegistryError(
        'serverless-registry',
        'Serverless Registry publish: the answer has no upload URL',
        undefined,
        { operation: 'publish' },
      );
    }
    return url;
  }

  /** PUTs the zip to the presigned URL with no extra headers (the URL is the credential; it works once). */
  async upload(url: string, body: UploadBody): Promise<void> {
    const init: RequestInit & { duplex?: 'half' } = { method: 'PUT' };
    if (Buffer.isBuffer(body)) {
      init.body = new Uint8Array(body);
    } else {
      init.body = Readable.toWeb(Readable.from(body.stream)) as unknown as BodyInit;
      init.headers = { 'content-length': String(body.length) };
      init.duplex = 'half';
    }
    const response = await this.#send('upload', url, init);
    this.#debug(`PUT ${displayUrl(url)} -> ${response.status}`);
    if (!response.ok) throw await this.#plainHttpError('upload', url, response);
    await response.arrayBuffer();
  }

  /** Downloads a zipball (no signing: the URL may point at another host). */
  async download(zipballUrl: string): Promise<Buffer> {
    return this.#withRetries('download', async (last) => {
      const response = await this.#send('download', zipballUrl, { method: 'GET' });
      this.#debug(`GET ${displayUrl(zipballUrl)} -> ${response.status}`);
      if (response.status >= 500 && !last) {
        await response.body?.cancel();
        return RETRY;
      }
      if (!response.ok) throw await this.#plainHttpError('download', zipballUrl, response);
      return Buffer.from(await response.arrayBuffer());
    });
  }

  /** Deletes one version; its number can never be published again. */
  async deleteVersion(name: string, version: string): Promise<void> {
    await this.#call(
      'delete version',
      'DELETE',
      `${packagePath(name)}/release/tags/${encodeURIComponent(version)}`,
      {
        signed: true,
        read: false,
      },
    );
  }

  async #detail(path: string, operation: string): Promise<ServerlessReleaseDetail | null> {
    try {
      const body = await this.#call(operation, 'GET', path, { signed: true, read: true });
      if (body === null || typeof body !== 'object') return null;
      return body as ServerlessReleaseDetail;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async #call(operation: string, method: string, path: string, options: CallOptions): Promise<unknown> {
    const url = `${this.baseUrl}${path}`;
    const attempt = async (last: boolean): Promise<unknown> => {
      const headers: Record<string, string> = options.signed ? signHeaders(this.#token) : {};
      if (options.form) headers['content-type'] = 'application/x-www-form-urlencoded';
      const response = await this.#send(operation, url, { method, headers, body: options.form?.toString() });
      if (options.read && response.status >= 500 && !last) {
        await response.body?.cancel();
        this.#debug(`${method} ${pathOnly(path)} -> ${response.status} (retrying)`);
        return RETRY;
      }
      const text = await response.text();
      const envelope = parseEnvelope(text);
      this.#debug(
        `${method} ${pathOnly(path)} -> ${response.status} request_id=${envelope?.request_id ?? '-'}`,
      );
      if (envelope && typeof envelope.body === 'string') {
        throw this.#serverError(operation, response.status, envelope.body, envelope.request_id);
      }
      if (!response.ok)
        throw this.#serverError(operation, response.status, envelope ? '' : text.slice(0, 200));
      if (!envelope) {
        throw new ServerlessRegistryError(
          'serverless-registry',
          `Serverless Registry ${operation}: the answer is not the expected JSON envelope (HTTP ${response.status})`,
          undefined,
          { operation, status: response.status },
        );
      }
      return envelope.body;
    };
    return options.read ? this.#withRetries(operation, attempt) : attempt(true);
  }

  async #withRetries<T>(
    operation: string,
    attempt: (last: boolean) => Promise<T | typeof RETRY>,
  ): Promise<T> {
    for (let i = 0; ; i++) {
      const last = i === READ_ATTEMPTS - 1;
      try {
        const result = await attempt(last);
        if (result !== RETRY) return result;
      } catch (error) {
        if (!(error instanceof NetworkError) || last) throw error;
        this.#debug(`${operation}: network error, retrying`);
      }
      await sleep(this.#retryDelayMs * 2 ** i);
    }
  }

  async #send(operation: string, url: string, init: RequestInit): Promise<Response> {
    try {
      return await this.#fetch(url, init);
    } catch (error) {
      const reason =
        error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : '';
      throw new NetworkError(
        'serverless-network',
        this.#redact(`Serverless Registry ${operation}: cannot reach ${displayUrl(url)}: ${reason}`),
        'check the network and the registry address, then re-run (a re-run finishes the job)',
        { operation },
      );
    }
  }

  #serverError(operation: string, status: number, text: string, requestId?: string): ServerlessRegistryError {
    const original = this.#redact(text.trim());
    const { en, kind: known } = translateRegistryMessage(original);
    const kind: ErrorKind | undefined = known ?? (status === 401 || status === 403 ? 'auth' : undefined);
    const said = original ? `${original}${en ? ` (${en})` : ''}` : `HTTP ${status}`;
    const request = requestId ? ` [request_id ${requestId}]` : '';
    return new ServerlessRegistryError(
      kind ? `serverless-${kind}` : 'serverless-registry',
      `Serverless Registry ${operation}: ${said}${request}`,
      kind ? HINTS[kind] : undefined,
      { operation, status, original, translation: en, requestId, kind },
    );
  }

  async #plainHttpError(
    operation: string,
    url: string,
    response: Response,
  ): Promise<ServerlessRegistryError> {
    const text = this.#redact(
      (await response.text().catch(() => '')).replace(/\s+/g, ' ').trim().slice(0, 200),
    );
    const hint =
      operation === 'upload'
        ? 'the upload URL works once and expires: re-run to get a new one'
        : 'the zipball cannot be read back; re-run later, or bump Version in publish.yaml';
    return new ServerlessRegistryError(
      `serverless-${operation}`,
      `Serverless Registry ${operation}: ${displayUrl(url)} answered HTTP ${response.status}${text ? `: ${text}` : ''}`,
      hint,
      { operation, status: response.status, original: text },
    );
  }

  #redact(text: string): string {
    let out = text;
    for (const secret of this.#secrets) out = out.split(secret).join('***');
    return out.replace(/\b[0-9a-f]{64}\b/gi, '***');
  }
}

class NetworkError extends ServerlessRegistryError {}

const RETRY = Symbol('retry');

function parseEnvelope(text: string): { request_id?: string; body: unknown } | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value) && 'body' in value) {
      return value as { request_id?: string; body: unknown };
    }
  } catch {}
  return undefined;
}

function expectArray(body: unknown, operation: string): unknown[] {
  if (Array.isArray(body)) return body;
  if (body === null || body === undefined) return [];
  throw new ServerlessRegistryError(
    'serverless-registry',
    `Serverless Registry ${operation}: expected a list, got ${typeof body}`,
    undefined,
    { operation },
  );
}

function packagePath(name: string): string {
  return `/packages/${encodeURIComponent(name)}`;
}

function pathOnly(path: string): string {
  return path.split('?')[0] ?? path;
}

/** Origin and path only: a presigned URL's query string is a credential. */
function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
