// A Serverless Registry (V3) on 127.0.0.1 that speaks the protocol the way the real one does, as far as
// the official client and public reports show it:
// - answers are `{request_id, body}`; errors are a Chinese string in `body`;
// - signed calls carry `token` = md5(T), `nonce`, `timestamp`, `sign_code` = sha256(T + nonce + timestamp);
//   the user is found by md5(T), the timestamp must be within ±5 minutes;
// - `POST /packages/releases` returns a presigned URL that takes one PUT; the version is listed after it;
// - a new version must be greater than every version ever published, deleted ones included;
// - version lists are paged (`?page=N`, 1-based) and point `zipball_url` back at this server.
// Not confirmed against the real server (chosen here): auth failures are HTTP 401 with a body and no
// request_id (as issue Serverless-Devs/Serverless-Devs#913 shows `responseId: undefined`), other business
// errors are HTTP 200 with a string body. Tokens are never logged or recorded.
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import semver from 'semver';
import { parse } from 'yaml';

export const MESSAGES = {
  notFound: '未找到指定资源',
  versionOrder: '当前版本号应当大于前一次版本号',
  auth: '登陆参数异常，请检查必填参数正确性',
  permission: '权限异常',
  badRequest: '参数错误',
} as const;

export interface EmulatedRelease {
  tag_name: string;
  created_at: string;
  zip: Buffer;
  form: Record<string, string>;
}

export interface EmulatedPackage {
  name: string;
  type: string;
  description: string;
  owner: string;
  releases: EmulatedRelease[];
  /** Every version number ever published, deleted ones included. */
  everPublished: string[];
}

interface PendingUpload {
  name: string;
  version: string;
  type: string;
  description: string;
  owner: string;
  form: Record<string, string>;
  used: boolean;
}

export interface EmulatorState {
  packages: Map<string, EmulatedPackage>;
  uploads: Map<string, PendingUpload>;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/v3/packages/releases`. */
  path: string;
  query: Record<string, string>;
  /** Whether the four signing headers were sent (their values are not recorded). */
  signed: boolean;
  status: number;
  /** Parsed form of a POST. */
  form?: Record<string, string>;
  /** Body size of a PUT. */
  bytes?: number;
  /** Header names sent on a PUT (a presigned URL takes no extra headers). */
  headerNames?: string[];
}

export interface ServerlessRegistryEmulator {
  /** The API base to give the client, e.g. `http://127.0.0.1:1234/v3`. */
  url: string;
  requests: RecordedRequest[];
  state: EmulatorState;
  /** The next `count` GET requests answer `status` (default 503). */
  failNextReads(count: number, status?: number): void;
  close(): Promise<void>;
}

export interface EmulatorOptions {
  tokens: string[];
  /** Items per page of version and package lists. */
  pageSize?: number;
  now?: () => number;
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function startServerlessRegistryEmulator(
  options: EmulatorOptions,
): Promise<ServerlessRegistryEmulator> {
  // Users are found by md5(T); the emulator keeps T only to check sign_code, as the server must.
  const users = new Map(options.tokens.map((token, i) => [md5(token), { id: `user-${i}`, token }]));
  const pageSize = options.pageSize ?? 10;
  const now = options.now ?? Date.now;
  const state: EmulatorState = { packages: new Map(), uploads: new Map() };
  const requests: RecordedRequest[] = [];
  let failures = { count: 0, status: 503 };
  let requestCounter = 0;
  let root = '';

  type Answer = {
    status: number;
    body?: unknown;
    raw?: Buffer | string;
    type?: string;
    noRequestId?: boolean;
  };
  const ok = (body: unknown): Answer => ({ status: 200, body });
  const fail = (message: string, status = 200): Answer => ({ status, body: message });
  const authFail = (): Answer => ({ status: 401, body: MESSAGES.auth, noRequestId: true });

  /** The user a signed request belongs to; undefined when unsigned; 'bad' when the signature fails. */
  function signer(req: http.IncomingMessage): string | 'bad' | undefined {
    const h = (name: string) => {
      const v = req.headers[name];
      return typeof v === 'string' ? v : undefined;
    };
    const [token, nonce, timestamp, signCode] = [h('token'), h('nonce'), h('timestamp'), h('sign_code')];
    if (!token && !nonce && !timestamp && !signCode) return undefined;
    if (!token || !nonce || !timestamp || !signCode) return 'bad';
    const user = users.get(token);
    if (!user || nonce.length !== 15 || !/^\d+$/.test(timestamp)) return 'bad';
    if (Math.abs(Math.floor(now() / 1000) - Number(timestamp)) > 300) return 'bad';
    if (sha256(`${user.token}${nonce}${timestamp}`) !== signCode) return 'bad';
    return user.id;
  }

  function page<T>(items: T[], query: Record<string, string>): T[] {
    const n = Math.max(1, Number.parseInt(query['page'] ?? '1', 10) || 1);
    return items.slice((n - 1) * pageSize, n * pageSize);
  }

  function releaseView(pkg: EmulatedPackage, r: EmulatedRelease) {
    return {
      tag_name: r.tag_name,
      created_at: r.created_at,
      zipball_url: `${root}/oss/zipballs/${encodeURIComponent(pkg.name)}/${encodeURIComponent(r.tag_name)}.zip`,
    };
  }

  function detailView(pkg: EmulatedPackage, r: EmulatedRelease) {
    return { ...releaseView(pkg, r), name: pkg.name, type: pkg.type, description: pkg.description };
  }

  /** Newest first, like the registry's lists. */
  function newestFirst(pkg: EmulatedPackage): EmulatedRelease[] {
    return [...pkg.releases].reverse();
  }

  function greaterThanAll(version: string, existing: string[]): boolean {
    return existing.every((v) => {
      if (v === version) return false;
      if (semver.valid(v) && semver.valid(version)) return semver.gt(version, v);
      return true;
    });
  }

  function publish(user: string, form: Record<string, string>): Answer {
    let meta: Record<string, unknown>;
    try {
      meta = (parse(form['publish'] ?? '') ?? {}) as Record<string, unknown>;
    } catch {
      return fail(MESSAGES.badRequest);
    }
    const name = meta['Name'];
    const version = meta['Version'];
    if (typeof name !== 'string' || typeof version !== 'string' || meta['Edition'] !== '3.0.0') {
      return fail(MESSAGES.badRequest);
    }
    const pkg = state.packages.get(name);
    if (pkg && pkg.owner !== user) return fail(MESSAGES.permission);
    if (pkg && !greaterThanAll(version, pkg.everPublished)) return fail(MESSAGES.versionOrder);
    const id = randomBytes(12).toString('hex');
    state.uploads.set(id, {
      name,
      version,
      type: String(meta['Type'] ?? ''),
      description: String(meta['Description'] ?? ''),
      owner: user,
      form,
      used: false,
    });
    return ok({ url: `${root}/oss/uploads/${id}?Expires=9999999999&Signature=emulated` });
  }

  function upload(id: string, bytes: Buffer): Answer {
    const pending = state.uploads.get(id);
    const xml = (code: string, message: string, status: number): Answer => ({
      status,
      raw: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
      type: 'application/xml',
    });
    if (!pending) return xml('NoSuchUpload', 'The upload URL is not known.', 404);
    if (pending.used) return xml('AccessDenied', 'The upload URL has already been used.', 403);
    pending.used = true;
    let pkg = state.packages.get(pending.name);
    if (pkg && !greaterThanAll(pending.version, pkg.everPublished)) {
      return xml('AccessDenied', 'The version was published meanwhile.', 409);
    }
    if (!pkg) {
      pkg = {
        name: pending.name,
        type: pending.type,
        description: pending.description,
        owner: pending.owner,
        releases: [],
        everPublished: [],
      };
      state.packages.set(pkg.name, pkg);
    }
    pkg.type = pending.type;
    pkg.description = pending.description;
    pkg.releases.push({
      tag_name: pending.version,
      created_at: new Date(now()).toISOString(),
      zip: bytes,
      form: pending.form,
    });
    pkg.everPublished.push(pending.version);
    return { status: 200, raw: '' };
  }

  function route(
    method: string,
    path: string,
    query: Record<string, string>,
    user: string | undefined,
    body: Buffer,
  ): Answer {
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    if (method === 'PUT' && parts[0] === 'oss' && parts[1] === 'uploads' && parts[2])
      return upload(parts[2], body);
    if (method === 'GET' && parts[0] === 'oss' && parts[1] === 'zipballs' && parts[2] && parts[3]) {
      const pkg = state.packages.get(parts[2]);
      const release = pkg?.releases.find((r) => `${r.tag_name}.zip` === parts[3]);
      return release
        ? { status: 200, raw: release.zip, type: 'application/zip' }
        : { status: 404, raw: 'NoSuchKey' };
    }
    if (parts[0] !== 'v3') return fail(MESSAGES.notFound, 404);
    const [, a, b, c, d, e] = parts;
    if (method === 'GET' && a === 'package' && b === 'user' && !c) {
      if (!user) return authFail();
      const mine = [...state.packages.values()].filter((p) => p.owner === user && p.releases.length > 0);
      const list = mine.map((p) => ({
        name: p.name,
        type: p.type,
        description: p.description,
        version: newestFirst(p)[0]?.tag_name,
      }));
      return ok(page(list, query));
    }
    if (a === 'packages' && b === 'releases' && !c) {
      if (method === 'POST') {
        if (!user) return authFail();
        return publish(user, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
      }
      if (method === 'GET') {
        const all = [...state.packages.values()].filter((p) => p.releases.length > 0);
        return ok(
          page(
            all.map((p) => detailView(p, newestFirst(p)[0]!)),
            query,
          ),
        );
      }
    }
    if (a === 'packages' && b && c === 'release') {
      const pkg = state.packages.get(b);
      if (method === 'GET' && !d) {
        if (!pkg || pkg.releases.length === 0) return fail(MESSAGES.notFound);
        return ok(
          page(
            newestFirst(pkg).map((r) => ({ platform: 'serverless-devs', ...releaseView(pkg, r) })),
            query,
          ),
        );
      }
      if (method === 'GET' && d === 'latest' && !e) {
        const release = pkg && newestFirst(pkg).find((r) => !/^dev(\.|$)/.test(r.tag_name));
        return pkg && release ? ok(detailView(pkg, release)) : fail(MESSAGES.notFound);
      }
      if (d === 'tags' && e) {
        const release = pkg?.releases.find((r) => r.tag_name === e);
        if (method === 'GET') return pkg && release ? ok(detailView(pkg, release)) : fail(MESSAGES.notFound);
        if (method === 'DELETE') {
          if (!user) return authFail();
          if (!pkg || !release) return fail(MESSAGES.notFound);
          if (pkg.owner !== user) return fail(MESSAGES.permission);
          pkg.releases = pkg.releases.filter((r) => r !== release);
          return ok({ name: pkg.name, tag_name: e });
        }
      }
    }
    return fail(MESSAGES.notFound, 404);
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://emulator');
      const method = req.method ?? 'GET';
      const query = Object.fromEntries(url.searchParams);
      const body = Buffer.concat(chunks);
      const record: RecordedRequest = { method, path: url.pathname, query, signed: false, status: 0 };
      requests.push(record);
      let answer: Answer;
      const user = url.pathname.startsWith('/v3/') ? signer(req) : undefined;
      record.signed = user !== undefined;
      if (method === 'POST') record.form = Object.fromEntries(new URLSearchParams(body.toString('utf8')));
      if (method === 'PUT') {
        record.bytes = body.length;
        record.headerNames = Object.keys(req.headers).sort();
      }
      if (method === 'GET' && failures.count > 0) {
        failures.count--;
        answer = { status: failures.status, raw: 'Service Unavailable' };
      } else if (user === 'bad') {
        answer = authFail();
      } else {
        answer = route(method, url.pathname, query, user, body);
      }
      record.status = answer.status;
      if (answer.raw !== undefined) {
        res.writeHead(answer.status, { 'content-type': answer.type ?? 'text/plain' });
        res.end(answer.raw);
        return;
      }
      const envelope = answer.noRequestId
        ? { body: answer.body }
        : { request_id: `emu-${++requestCounter}`, body: answer.body };
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(envelope));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${root}/v3`,
    requests,
    state,
    failNextReads(count: number, status = 503) {
      failures = { count, status };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
