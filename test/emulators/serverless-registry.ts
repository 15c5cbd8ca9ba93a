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
import type {
  BrokenAnswer,
  EmulatedPackage,
  EmulatedRelease,
  EmulatorOptions,
  EmulatorState,
  RecordedRequest,
  ServerlessRegistryEmulator,
} from './serverless-registry-types.ts';
import { MESSAGES } from './serverless-registry-types.ts';
import { userRoutes } from './serverless-registry-user.ts';

export * from './serverless-registry-types.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function startServerlessRegistryEmulator(
  options: EmulatorOptions,
): Promise<ServerlessRegistryEmulator> {
  // Users are found by md5(T); the emulator keeps T only to check sign_code, as the server must.
  const account = userRoutes(options.tokens);
  const users = account.users;
  const broken: (BrokenAnswer & { path: RegExp })[] = [];
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
    cut?: boolean;
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

  /** `/packages/{name}/release[/latest|/tags/{version}]`: the versions, one version, delete. */
  function releaseRoute(
    method: string,
    b: string,
    d: string | undefined,
    e: string | undefined,
    query: Record<string, string>,
    user: string | undefined,
  ): Answer | undefined {
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
    return undefined;
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
    const accountAnswer = account.route(method, parts.slice(1), query, user);
    if (accountAnswer) return accountAnswer;
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
        const search = (query['search'] ?? '').toLowerCase();
        const all = [...state.packages.values()].filter(
          (p) =>
            p.releases.length > 0 &&
            (p.name.toLowerCase().includes(search) || p.description.toLowerCase().includes(search)),
        );
        const view = (p: EmulatedPackage) => ({
          ...detailView(p, newestFirst(p)[0]!),
          category: { name: 'Web框架' },
          tags: [],
        });
        return ok(page(all.map(view), query));
      }
    }
    if (a === 'packages' && b && c === 'release') {
      const answer = releaseRoute(method, b, d, e, query, user);
      if (answer) return answer;
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
      const breakAt = broken.findIndex(
        (b) => b.path.test(url.pathname) && (!b.method || b.method === method),
      );
      if (breakAt >= 0 && broken[breakAt]!.after) {
        broken[breakAt]!.after!--;
        answer = route(method, url.pathname, query, user === 'bad' ? undefined : user, body);
      } else if (breakAt >= 0) {
        const [b] = broken.splice(breakAt, 1);
        if (b!.apply) route(method, url.pathname, query, user === 'bad' ? undefined : user, body);
        answer = { status: b!.status ?? 200, raw: b!.raw, type: b!.type ?? 'application/json', cut: b!.cut };
      } else if (method === 'GET' && failures.count > 0) {
        failures.count--;
        answer = { status: failures.status, raw: 'Service Unavailable' };
      } else if (user === 'bad') {
        answer = authFail();
      } else {
        answer = route(method, url.pathname, query, user, body);
      }
      record.status = answer.status;
      if (answer.cut) {
        const raw = String(answer.raw ?? '');
        const length = Buffer.byteLength(raw) + 100;
        res.writeHead(answer.status, {
          'content-type': answer.type ?? 'text/plain',
          'content-length': length,
        });
        res.write(raw, () => res.socket?.destroy());
        return;
      }
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
  root = `http://${options.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`;

  return {
    url: `${root}/v3`,
    requests,
    state,
    account,
    breakNext(path, answer) {
      broken.push({ path, ...answer });
    },
    repair() {
      broken.length = 0;
    },
    brokenLeft: () => broken.length,
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
