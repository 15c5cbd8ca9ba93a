// The Serverless Registry (V3) behind one small port. Every JSON answer is `{request_id, body}`; an error is
// a non-2xx status or a string body (Chinese text), which we show as sent plus an English translation.
// Reads are retried on 5xx and network errors; writes are not (a publish must not be sent twice).
// The token, its md5 and the sign_code never appear in an error message or debug line.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { PublishError } from '../errors.ts';
import { proxyFetch } from '../proxy.ts';
import {
  badAnswer,
  collectPages,
  describeAnswer,
  describeValue,
  displayUrl,
  type ErrorKind,
  expectObjects,
  HINTS,
  isNotFound,
  NetworkError,
  parseEnvelope,
  pathOnly,
  ServerlessRegistryError,
  sleep,
  translateRegistryMessage,
} from './client-errors.ts';
import {
  FORM_FIELDS,
  type PublishForm,
  type ServerlessRelease,
  type ServerlessReleaseDetail,
  type UploadBody,
} from './client-types.ts';
import { signHeaders } from './sign.ts';

export { isNotFound, ServerlessRegistryError, TOKEN_HINT } from './client-errors.ts';
export type { PublishForm, ServerlessRelease, ServerlessReleaseDetail, UploadBody } from './client-types.ts';

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

export interface ServerlessRegistryClientOptions {
  /** The stored token; unsigned calls (versions, detail, search, login check) work without one. */
  token?: string;
  /** One base for every call, e.g. `https://registry.example/v3`. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** First retry delay for reads; doubles each attempt. */
  retryDelayMs?: number;
  /** Receives one line per HTTP exchange (method, path, status, request_id); never secrets. */
  debug?: (line: string) => void;
}

interface CallOptions {
  signed: boolean;
  /** Token calls (login check, reset) go to the token base. */
  tokenBase?: boolean;
  /** Reads are retried; writes are sent once. */
  read: boolean;
  form?: URLSearchParams;
}

const READ_ATTEMPTS = 3;

export class ServerlessRegistryClient {
  readonly baseUrl: string;
  readonly tokenBaseUrl: string;
  readonly #token: string;
  readonly #secrets: string[];
  readonly #fetch: typeof fetch;
  readonly #retryDelayMs: number;
  readonly #debug: (line: string) => void;

  constructor(options: ServerlessRegistryClientOptions) {
    this.#token = options.token ?? '';
    this.#secrets = this.#token ? [this.#token, createHash('md5').update(this.#token).digest('hex')] : [];
    const bases = registryBases(options.baseUrl);
    this.baseUrl = bases.packages;
    this.tokenBaseUrl = bases.token;
    this.#fetch = options.fetch ?? proxyFetch;
    this.#retryDelayMs = options.retryDelayMs ?? 500;
    this.#debug = options.debug ?? (() => {});
  }

  /** The signed-in account's packages, one page; also the cheapest check that the token is accepted. */
  async listMine(page = 1): Promise<Record<string, unknown>[]> {
    const body = await this.#call('list packages', 'GET', `/package/user?page=${page}`, {
      signed: true,
      read: true,
    });
    return expectObjects(body, 'list packages', 'name');
  }

  /** Every package of the signed-in account (all pages). */
  async listMineAll(): Promise<Record<string, unknown>[]> {
    return collectPages(
      (page) => this.listMine(page),
      (p) => String(p['name']),
    );
  }

  /** Public packages matching `search` (all pages, at most `maxPages`). */
  async search(search: string, maxPages = 20): Promise<Record<string, unknown>[]> {
    const query = (page: number) => new URLSearchParams({ search, page: String(page) }).toString();
    const fetchPage = async (page: number) =>
      expectObjects(
        await this.#call('search packages', 'GET', `/packages/releases?${query(page)}`, {
          signed: this.#token !== '',
          read: true,
        }),
        'search packages',
        'name',
      );
    return collectPages(fetchPage, (p) => String(p['name']), maxPages);
  }

  /** Every listed version of `name` (all pages); a not-found error when the package does not exist. */
  async versions(name: string): Promise<ServerlessRelease[]> {
    const fetchPage = async (page: number) =>
      expectObjects(
        await this.#call('list versions', 'GET', `${packagePath(name)}/release?page=${page}`, {
          signed: this.#token !== '',
          read: true,
        }),
        'list versions',
        'tag_name',
      ) as unknown as ServerlessRelease[];
    return collectPages(fetchPage, (r) => r.tag_name);
  }

  /** Resets the token; the old one stops working and the answer is the only copy of the new one. */
  async resetToken(): Promise<string> {
    const body = await this.#call('reset token', 'POST', '/user/token', {
      signed: true,
      read: false,
      tokenBase: true,
    });
    const code = (body as { safety_code?: unknown } | null)?.safety_code;
    if (typeof code !== 'string' || code === '') throw badAnswer('reset token', 'no safety_code');
    this.#secrets.push(code, createHash('md5').update(code).digest('hex'));
    return code;
  }

  /** One poll of the browser login: the new token and account name once authorised, else 'pending'. */
  async checkLogin(loginToken: string): Promise<{ token: string; name: string } | 'pending'> {
    let body: unknown;
    try {
      body = await this.#call('login check', 'GET', `/user/check?token=${encodeURIComponent(loginToken)}`, {
        signed: false,
        read: true,
        tokenBase: true,
      });
    } catch (error) {
      if (error instanceof ServerlessRegistryError && error.details.kind === 'login-pending')
        return 'pending';
      throw error;
    }
    const { safety_code: code, name } = (body ?? {}) as { safety_code?: unknown; name?: unknown };
    if (typeof code !== 'string' || code === '') throw badAnswer('login check', 'no safety_code');
    this.#secrets.push(code);
    return { token: code, name: typeof name === 'string' ? name : '' };
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
    if (typeof url !== 'string' || !/^https?:\/\//.test(url))
      throw badAnswer('publish', `a body of ${describeValue(body)} without an upload URL`);
    return url;
  }

  /** PUTs the zip to the presigned URL with no extra headers (the URL is the credential; it works once). */
  async upload(url: string, body: UploadBody): Promise<void> {
    const init: RequestInit & { duplex?: 'half' } = { method: 'PUT' };
    if (Buffer.isBuffer(body)) {
      init.body = new Uint8Array(body);
    } else {
      init.body = Readable.toWeb(Readable.from(body.stream));
      init.headers = { 'content-length': String(body.length) };
      init.duplex = 'half';
    }
    const response = await this.#send('upload', url, init);
    this.#debug(`PUT ${displayUrl(url)} -> ${response.status}`);
    if (!response.ok) throw await this.#plainHttpError('upload', url, response);
    // The answer's body means nothing once the status is 2xx; a body cut off after it changes nothing.
    await response.arrayBuffer().catch(() => undefined);
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
      try {
        return Buffer.from(await response.arrayBuffer());
      } catch (error) {
        throw new NetworkError(
          'serverless-network',
          `Serverless Registry download: ${displayUrl(zipballUrl)} was cut off mid-body (${(error as Error).message})`,
          'check the network, then re-run',
          { operation: 'download' },
        );
      }
    });
  }

  /** Deletes one version; its number can never be published again. */
  async deleteVersion(name: string, version: string): Promise<void> {
    const path = `${packagePath(name)}/release/tags/${encodeURIComponent(version)}`;
    await this.#call('delete version', 'DELETE', path, { signed: true, read: false });
  }

  async #detail(path: string, operation: string): Promise<ServerlessReleaseDetail | null> {
    try {
      const body = await this.#call(operation, 'GET', path, { signed: this.#token !== '', read: true });
      if (body === null || typeof body !== 'object' || Array.isArray(body))
        throw badAnswer(operation, `a body of ${describeValue(body)} instead of a release`);
      return body as ServerlessReleaseDetail;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async #call(operation: string, method: string, path: string, options: CallOptions): Promise<unknown> {
    if (options.signed && !this.#token) {
      throw new PublishError(
        'serverless-token',
        `Serverless Registry ${operation}: no token`,
        'log in first: `component-publish serverless login`, or set SERVERLESS_REGISTRY_TOKEN',
      );
    }
    const url = `${options.tokenBase ? this.tokenBaseUrl : this.baseUrl}${path}`;
    const attempt = async (last: boolean): Promise<unknown> => {
      const headers: Record<string, string> = options.signed ? signHeaders(this.#token) : {};
      if (options.form) headers['content-type'] = 'application/x-www-form-urlencoded';
      const response = await this.#send(operation, url, { method, headers, body: options.form?.toString() });
      if (options.read && response.status >= 500 && !last) {
        await response.body?.cancel();
        this.#debug(`${method} ${pathOnly(path)} -> ${response.status} (retrying)`);
        return RETRY;
      }
      const text = await this.#readText(operation, response, options.read);
      const envelope = parseEnvelope(text);
      this.#debug(
        `${method} ${pathOnly(path)} -> ${response.status} request_id=${envelope?.request_id ?? '-'}`,
      );
      if (envelope && typeof envelope.body === 'string') {
        throw this.#serverError(operation, response.status, envelope.body, envelope.request_id);
      }
      if (!response.ok)
        throw this.#serverError(
          operation,
          response.status,
          envelope
            ? ''
            : `HTTP ${response.status}: ${describeAnswer(text, response.headers.get('content-type'))}`,
        );
      if (!envelope)
        throw badAnswer(
          operation,
          describeAnswer(text, response.headers.get('content-type')),
          response.status,
        );
      return envelope.body;
    };
    return options.read ? this.#withRetries(operation, attempt) : attempt(true);
  }

  /** The body; a connection closed mid-body is a network error for a read (retried), a broken answer for a write. */
  async #readText(operation: string, response: Response, read: boolean): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      const what = `an answer cut off mid-body (${(error as Error).message})`;
      if (!read) throw badAnswer(operation, what, response.status);
      throw new NetworkError(
        'serverless-network',
        `Serverless Registry ${operation}: ${what}`,
        'check the network and the registry address, then re-run (a re-run finishes the job)',
        { operation },
      );
    }
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
      kind
        ? HINTS[kind]
        : 'see what the registry said above; re-run once it is fixed (a re-run finishes the job)',
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

const RETRY = Symbol('retry');

function packagePath(name: string): string {
  return `/packages/${encodeURIComponent(name)}`;
}
