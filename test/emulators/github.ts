// A local GitHub REST emulator for end-to-end tests of the release and registry code.
// It speaks the routes our publisher uses the way api.github.com / uploads.github.com do:
// status codes, JSON error bodies, Link pagination (through /repositories/{id}), drafts
// invisible to by-tag lookups, untagged-<hex> URLs for drafts, immutable releases, and the
// contents API's 409/422 split. Where it must guess, the guess is marked in a comment.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  bodySize: number;
  /** When it arrived (performance.now(), ms): tests of waits and their absence. */
  at: number;
  /** Status sent, once the response has finished (absent for reset connections). */
  status?: number;
}

export type FaultKind =
  | '5xx'
  | 'secondary-rate-limit'
  | 'primary-rate-limit'
  | 'reset'
  | 'reset-mid-upload'
  | 'conflict'
  // The request is handled (its change is made), then the answer is replaced: by a 500, by the first
  // half of the JSON (the connection then closes, as a dropped proxy would), by a `null` body, or by an
  // HTML error page answered 200 (a captive proxy or a misrouted GITHUB_API_URL).
  | 'apply-then-5xx'
  | 'cut-off'
  | 'null-body'
  | 'html'
  /** Answers with `raw` as it is: a cut-off or `null` JSON body, an HTML error page. */
  | 'raw';

export interface FaultMatch {
  method?: string;
  path?: RegExp;
}

export interface Fault {
  match: FaultMatch;
  kind: FaultKind;
  /** How many matching requests go through untouched before this fault starts; default 0. */
  after?: number;
  /** How many matching requests this fault answers before it is used up; default 1. */
  times?: number;
  /** Seconds, for the rate-limit kinds; default 1. */
  retryAfter?: number;
  /** For kind 'raw': the status (default 200), body and content type (default JSON) sent. */
  raw?: { status?: number; body: string; contentType?: string };
}

/** A paused request: `reached` settles when a matching request arrives, `release()` lets it go on. */
export interface Gate {
  reached: Promise<RecordedRequest>;
  release(): void;
}

export interface AssetState {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  size: number;
  /** `sha256:<hex>`; null on assets uploaded before GitHub computed digests. */
  digest: string | null;
  bytes: Buffer;
  createdAt: string;
  updatedAt: string;
  downloadCount: number;
}

export interface ReleaseState {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  /** The hex in a draft's `releases/tag/untagged-<hex>` URL. */
  untaggedId: string;
  assets: AssetState[];
}

export interface CommitState {
  sha: string;
  message: string;
  parent: string | null;
  /** The file the commit wrote, if any. */
  path?: string;
  /** True for commits made by addRepo/setFile rather than through the API. */
  seed: boolean;
}

export interface BranchState {
  files: Map<string, Buffer>;
  /** Oldest first; the head is the last one. */
  commits: CommitState[];
}

export interface RepoState {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
  permissions: { push: boolean; admin: boolean };
  /** The token is an app installation token (GITHUB_TOKEN): the repository answer has no `permissions`. */
  installationToken: boolean;
  immutableReleases: boolean;
  tags: Map<string, string>;
  /** Tags once used by an immutable release: GitHub never lets them be used again. */
  immutableTags: Set<string>;
  branches: Map<string, BranchState>;
  /** In creation order; the API lists them newest first. */
  releases: ReleaseState[];
  latestReleaseId: number | null;
  /** Pull requests, in creation order; `number` counts from 1 per repository. */
  pulls: PullState[];
}

export interface PullState {
  number: number;
  title: string;
  body: string | null;
  /** Branch names in this repository (no forks). */
  head: string;
  base: string;
  state: 'open' | 'closed';
}

export interface EmulatorState {
  /** Keyed by lower-case full name (GitHub matches owner/repo case-insensitively). */
  repos: Map<string, RepoState>;
  nextId: number;
  rateLimit: { limit: number; used: number; reset: number };
}

export interface AddRepoOptions {
  defaultBranch?: string;
  tags?: Record<string, string>;
  permissions?: { push: boolean; admin?: boolean };
  /** Answer as to an app installation token (GITHUB_TOKEN): no `permissions` in GET /repos/{o}/{r}. */
  installationToken?: boolean;
  immutableReleases?: boolean;
}

export interface GitHubEmulator {
  /** API base, e.g. http://127.0.0.1:PORT (also serves uploads under /uploads). */
  url: string;
  /** Upload base, `${url}/uploads` (what uploads.github.com is to api.github.com). */
  uploadsUrl: string;
  /** Web base for html_url / browser_download_url, e.g. http://127.0.0.1:PORT/web. */
  serverUrl: string;
  requests: RecordedRequest[];
  state: EmulatorState;
  faults: Fault[];
  addRepo(fullName: string, opts?: AddRepoOptions): void;
  setFile(fullName: string, branch: string, path: string, content: string): void;
  getFile(fullName: string, branch: string, path: string): string | undefined;
  /** The repository's state; throws if it was never added. */
  repo(fullName: string): RepoState;
  /** Pause the next request matching `match` (after faults, before it is handled). */
  gate(match: FaultMatch): Gate;
  close(): Promise<void>;
}

export interface StartOptions {
  /** The only accepted token; default 'ghs_test_token'. */
  token?: string;
  /** per_page when the request gives none; GitHub's is 30. */
  perPageDefault?: number;
  /**
   * The host name in the emulator's URLs (default 127.0.0.1). A name nothing resolves can only be
   * reached through a proxy that knows it, which is how the proxy tests prove every request used one.
   */
  host?: string;
}

const DOCS = 'https://docs.github.com/rest';
const DOC = {
  repo: `${DOCS}/repos/repos#get-a-repository`,
  listReleases: `${DOCS}/releases/releases#list-releases`,
  createRelease: `${DOCS}/releases/releases#create-a-release`,
  getRelease: `${DOCS}/releases/releases#get-a-release`,
  latest: `${DOCS}/releases/releases#get-the-latest-release`,
  byTag: `${DOCS}/releases/releases#get-a-release-by-tag-name`,
  updateRelease: `${DOCS}/releases/releases#update-a-release`,
  deleteRelease: `${DOCS}/releases/releases#delete-a-release`,
  listAssets: `${DOCS}/releases/assets#list-release-assets`,
  getAsset: `${DOCS}/releases/assets#get-a-release-asset`,
  deleteAsset: `${DOCS}/releases/assets#delete-a-release-asset`,
  upload: `${DOCS}/releases/assets#upload-a-release-asset`,
  getRef: `${DOCS}/git/refs#get-a-reference`,
  createRef: `${DOCS}/git/refs#create-a-reference`,
  getContent: `${DOCS}/repos/contents#get-repository-content`,
  putContent: `${DOCS}/repos/contents#create-or-update-file-contents`,
  branch: `${DOCS}/branches/branches#get-a-branch`,
  updateRef: `${DOCS}/git/refs#update-a-reference`,
  listPulls: `${DOCS}/pulls/pulls#list-pull-requests`,
  createPull: `${DOCS}/pulls/pulls#create-a-pull-request`,
  updatePull: `${DOCS}/pulls/pulls#update-a-pull-request`,
  secondary:
    'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
  primary: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-rate-limits',
} as const;

const MAX_ASSET_BYTES = 2 * 1024 ** 3;

const AFTER_HANDLING = new Set<FaultKind>(['apply-then-5xx', 'cut-off', 'null-body', 'html']);

type Params = Record<string, string>;

interface Call {
  req: IncomingMessage;
  res: ServerResponse;
  rec: RecordedRequest;
  url: URL;
  /** Whether the request carries the accepted token. */
  authed: boolean;
  /** The documentation URL for errors from the matched route. */
  doc: string;
}

type Handler = (call: Call, repo: RepoState, p: Params) => Promise<void> | void;

interface Route {
  method: string;
  pattern: string[];
  doc: string;
  handler: Handler;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[],
  ) {
    super(message);
  }
}

const validationFailed = (...errors: unknown[]) => new HttpError(422, 'Validation Failed', errors);

// ---------------------------------------------------------------------------------------------
// Small pure helpers

const isoNow = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex');
const nodeId = (kind: string, id: number | string) => Buffer.from(`${kind}${id}`).toString('base64');

/** Git's blob id: sha1("blob <len>\0" + bytes). */
export function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Base64 the way GitHub's contents API returns it: Ruby's encode64, a "\n" after every 60 chars. */
export function githubBase64(bytes: Buffer): string {
  const b64 = bytes.toString('base64');
  let out = '';
  for (let i = 0; i < b64.length; i += 60) out += `${b64.slice(i, i + 60)}\n`;
  return out;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function bearer(req: IncomingMessage): string | undefined {
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header(req, 'authorization') ?? '');
  return m?.[1];
}

function matches(match: FaultMatch, rec: RecordedRequest): boolean {
  if (match.method && match.method.toUpperCase() !== rec.method) return false;
  return !match.path || match.path.test(rec.path);
}

function matchRoute(pattern: string[], segs: string[]): Params | undefined {
  const p: Params = {};
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i]!;
    if (part.startsWith('*')) {
      p[part.slice(1)] = segs.slice(i).join('/');
      return p;
    }
    const seg = segs[i];
    if (seg === undefined) return undefined;
    if (part.startsWith(':')) p[part.slice(1)] = seg;
    else if (part !== seg) return undefined;
  }
  return segs.length === pattern.length ? p : undefined;
}

function splitPath(pathname: string): string[] {
  return pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

const encodeTag = (tag: string) => tag.split('/').map(encodeURIComponent).join('/');

// ---------------------------------------------------------------------------------------------
// The emulator

class Emulator {
  readonly requests: RecordedRequest[] = [];
  readonly faults: Fault[] = [];
  readonly state: EmulatorState;
  url = '';
  serverUrl = '';
  private readonly gates: {
    match: FaultMatch;
    reached: (r: RecordedRequest) => void;
    released: Promise<void>;
  }[] = [];
  private readonly releaseAll: (() => void)[] = [];
  private commitCounter = 0;
  private requestCounter = 0;
  private readonly routes: Route[];

  constructor(
    private readonly token: string,
    private readonly perPageDefault: number,
  ) {
    const limit = token.startsWith('ghs_') ? 1000 : 5000;
    this.state = {
      repos: new Map(),
      nextId: 1,
      rateLimit: { limit, used: 0, reset: Math.floor(Date.now() / 1000) + 3600 },
    };
    this.routes = this.buildRoutes();
  }

  // ----- seeding -------------------------------------------------------------------------

  addRepo(fullName: string, opts: AddRepoOptions = {}): void {
    const [owner, name] = fullName.split('/');
    if (!owner || !name) throw new Error(`addRepo: "${fullName}" is not owner/name`);
    const defaultBranch = opts.defaultBranch ?? 'main';
    const repo: RepoState = {
      id: this.nextId(),
      owner,
      name,
      fullName,
      defaultBranch,
      permissions: { push: opts.permissions?.push ?? true, admin: opts.permissions?.admin ?? false },
      installationToken: opts.installationToken ?? false,
      immutableReleases: opts.immutableReleases ?? false,
      tags: new Map(Object.entries(opts.tags ?? {})),
      immutableTags: new Set(),
      branches: new Map(),
      releases: [],
      latestReleaseId: null,
      pulls: [],
    };
    const branch: BranchState = { files: new Map(), commits: [] };
    this.commit(branch, 'Initial commit', true);
    repo.branches.set(defaultBranch, branch);
    this.state.repos.set(fullName.toLowerCase(), repo);
  }

  setFile(fullName: string, branchName: string, path: string, content: string): void {
    const repo = this.repo(fullName);
    const branch = repo.branches.get(branchName) ?? this.createBranch(repo, branchName);
    branch.files.set(path, Buffer.from(content));
    this.commit(branch, `Seed ${path}`, true, path);
  }

  getFile(fullName: string, branchName: string, path: string): string | undefined {
    return this.repo(fullName).branches.get(branchName)?.files.get(path)?.toString('utf8');
  }

  repo(fullName: string): RepoState {
    const repo = this.state.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`emulator: no repository ${fullName}; call addRepo first`);
    return repo;
  }

  gate(match: FaultMatch): Gate {
    let release!: () => void;
    let reached!: (r: RecordedRequest) => void;
    const released = new Promise<void>((r) => {
      release = r;
    });
    const reachedP = new Promise<RecordedRequest>((r) => {
      reached = r;
    });
    this.gates.push({ match, reached, released });
    this.releaseAll.push(release);
    return { reached: reachedP, release };
  }

  releaseGates(): void {
    for (const r of this.releaseAll) r();
  }

  private nextId(): number {
    return this.state.nextId++;
  }

  /** A new branch at the commit `sha` (the head of one of the branches), else at the default branch. */
  private createBranch(repo: RepoState, name: string, sha?: string): BranchState {
    const from = this.branchAt(repo, sha) ?? repo.branches.get(repo.defaultBranch);
    const branch: BranchState = { files: new Map(from?.files), commits: [...(from?.commits ?? [])] };
    repo.branches.set(name, branch);
    return branch;
  }

  private commit(branch: BranchState, message: string, seed: boolean, path?: string): CommitState {
    const parent = branch.commits.at(-1)?.sha ?? null;
    const sha = sha1(`commit ${++this.commitCounter}\n${parent}\n${message}`);
    const commit: CommitState = { sha, message, parent, seed, ...(path === undefined ? {} : { path }) };
    branch.commits.push(commit);
    return commit;
  }

  // ----- the request pipeline -----------------------------------------------------------

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rec: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: req.url ?? '/',
      headers: lowerHeaders(req),
      bodySize: 0,
      at: performance.now(),
    };
    this.requests.push(rec);
    res.on('finish', () => {
      rec.status = res.statusCode;
    });
    const url = new URL(`${this.url}${rec.path.startsWith('/') ? '' : '/'}${rec.path}`);
    const call: Call = { req, res, rec, url, authed: bearer(req) === this.token, doc: DOCS };
    try {
      await this.dispatch(call);
    } catch (err) {
      this.sendFailure(call, err);
    }
  }

  private async dispatch(call: Call): Promise<void> {
    const segs = splitPath(call.url.pathname);
    const web = segs[0] === 'web' || segs[0] === '_objects';
    if (!web) {
      this.state.rateLimit.used++;
      this.setApiHeaders(call.res);
    }
    if (await this.applyFault(call)) return;
    await this.waitAtGate(call);
    if (segs[0] === 'web') return this.web(call, segs.slice(1));
    if (segs[0] === '_objects') return this.object(call, segs[1]);
    const token = bearer(call.req);
    if (token !== undefined && token !== this.token) throw new HttpError(401, 'Bad credentials');
    await this.route(call, this.canonical(segs));
  }

  /** `/repositories/{id}/…` (the form GitHub puts in Link headers) → `/repos/{owner}/{repo}/…`. */
  private canonical(segs: string[]): string[] {
    if (segs[0] !== 'repositories') return segs;
    const repo = [...this.state.repos.values()].find((r) => String(r.id) === segs[1]);
    return repo ? ['repos', repo.owner, repo.name, ...segs.slice(2)] : segs;
  }

  private async route(call: Call, segs: string[]): Promise<void> {
    for (const route of this.routes) {
      if (route.method !== call.rec.method) continue;
      const p = matchRoute(route.pattern, segs);
      if (!p) continue;
      call.doc = route.doc;
      const repo = this.state.repos.get(`${p.o}/${p.r}`.toLowerCase());
      if (!repo) throw new HttpError(404, 'Not Found');
      if (call.rec.method !== 'GET') this.requireWrite(call, repo);
      return route.handler(call, repo, p);
    }
    throw new HttpError(404, 'Not Found');
  }

  private requireWrite(call: Call, repo: RepoState): void {
    if (!call.authed) throw new HttpError(401, 'Requires authentication');
    if (!repo.permissions.push) throw new HttpError(403, 'Resource not accessible by integration');
  }

  private canSeeDrafts(call: Call, repo: RepoState): boolean {
    return call.authed && repo.permissions.push;
  }

  // ----- faults and gates -----------------------------------------------------------------

  private takeFault(rec: RecordedRequest): Fault | undefined {
    const i = this.faults.findIndex((f) => matches(f.match, rec));
    if (i < 0) return undefined;
    const fault = this.faults[i]!;
    if (fault.after) {
      fault.after--;
      return undefined;
    }
    const left = (fault.times ?? 1) - 1;
    if (left <= 0) this.faults.splice(i, 1);
    else fault.times = left;
    return fault;
  }

  /** Answers the request with the first matching fault; true when it did. */
  private async applyFault(call: Call): Promise<boolean> {
    const fault = this.takeFault(call.rec);
    if (!fault) return false;
    if (AFTER_HANDLING.has(fault.kind)) {
      this.distortAnswer(call.res, fault.kind);
      return false;
    }
    const { req, res } = call;
    const retryAfter = fault.retryAfter ?? 1;
    switch (fault.kind) {
      case 'reset':
        req.socket.destroy();
        return true;
      case 'reset-mid-upload':
        this.resetAfterFirstChunk(call);
        return true;
      case '5xx':
        await this.drain(call);
        this.sendJson(res, 502, { message: 'Server Error' });
        return true;
      case 'secondary-rate-limit':
        await this.drain(call);
        res.setHeader('retry-after', String(retryAfter));
        this.sendJson(res, 403, {
          message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${res.getHeader('x-github-request-id')}.`,
          documentation_url: DOC.secondary,
          status: '403',
        });
        return true;
      case 'primary-rate-limit':
        await this.drain(call);
        this.sendPrimaryRateLimit(res, retryAfter);
        return true;
      case 'conflict':
        await this.sendConflict(call);
        return true;
      case 'raw':
        await this.drain(call);
        res.statusCode = fault.raw?.status ?? 200;
        res.setHeader('content-type', fault.raw?.contentType ?? 'application/json; charset=utf-8');
        res.end(fault.raw?.body ?? '');
        return true;
      default:
        return false;
    }
  }

  /** Lets the handler run, then sends `kind` instead of the answer it wrote. */
  private distortAnswer(res: ServerResponse, kind: FaultKind): void {
    const end = res.end.bind(res) as (chunk?: string | Buffer) => ServerResponse;
    res.end = ((chunk?: string | Buffer) => {
      const text = chunk === undefined ? '' : chunk.toString();
      res.removeHeader('content-length');
      if (kind === 'apply-then-5xx') {
        res.statusCode = 500;
        return end(JSON.stringify({ message: 'Server Error' }));
      }
      if (kind === 'null-body') return end('null');
      if (kind === 'html') {
        res.statusCode = 200;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        return end(
          '<!DOCTYPE html><html><head><title>Sign in to the proxy</title></head><body></body></html>',
        );
      }
      // cut-off: half the JSON, then the connection closes mid-body.
      res.write(text.slice(0, Math.floor(text.length / 2)));
      setImmediate(() => res.socket?.destroy());
      return res;
    }) as typeof res.end;
  }

  private sendPrimaryRateLimit(res: ServerResponse, retryAfter: number): void {
    const { limit } = this.state.rateLimit;
    res.setHeader('x-ratelimit-remaining', '0');
    res.setHeader('x-ratelimit-used', String(limit));
    res.setHeader('x-ratelimit-reset', String(Math.floor(Date.now() / 1000) + retryAfter));
    this.sendJson(res, 403, {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url: DOC.primary,
      status: '403',
    });
  }

  /** A racing writer moved the file: answer as GitHub does for a stale sha. */
  private async sendConflict(call: Call): Promise<void> {
    const raw = await this.readBody(call);
    let sha = '';
    try {
      sha = String((JSON.parse(raw.toString('utf8')) as { sha?: unknown }).sha ?? '');
    } catch {}
    const segs = splitPath(call.url.pathname);
    const at = segs.indexOf('contents');
    const message = at >= 0 ? `${segs.slice(at + 1).join('/')} does not match ${sha}` : 'Conflict';
    this.sendJson(call.res, 409, { message, documentation_url: DOC.putContent, status: '409' });
  }

  private resetAfterFirstChunk(call: Call): void {
    const kill = () => call.req.socket.destroy();
    call.req.once('data', (chunk: Buffer) => {
      call.rec.bodySize += chunk.length;
      kill();
    });
    call.req.once('end', kill);
  }

  private async waitAtGate(call: Call): Promise<void> {
    const i = this.gates.findIndex((g) => matches(g.match, call.rec));
    if (i < 0) return;
    const [gate] = this.gates.splice(i, 1);
    gate!.reached(call.rec);
    await gate!.released;
  }

  // ----- bodies ---------------------------------------------------------------------------

  private readBody(call: Call): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      call.req.on('data', (c: Buffer) => {
        call.rec.bodySize += c.length;
        chunks.push(c);
      });
      call.req.on('end', () => resolve(Buffer.concat(chunks)));
      call.req.on('error', reject);
    });
  }

  private async drain(call: Call): Promise<void> {
    if (call.req.readableEnded) return;
    await this.readBody(call).catch(() => undefined);
  }

  private async readJson(call: Call): Promise<Record<string, unknown>> {
    const raw = (await this.readBody(call)).toString('utf8');
    if (raw.trim() === '') return {};
    try {
      const v: unknown = JSON.parse(raw);
      if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    } catch {}
    throw new HttpError(400, 'Problems parsing JSON');
  }

  // ----- responses ------------------------------------------------------------------------

  private setApiHeaders(res: ServerResponse): void {
    const rl = this.state.rateLimit;
    res.setHeader('x-github-request-id', this.requestId());
    res.setHeader('x-github-media-type', 'github.v3; format=json');
    res.setHeader('x-github-api-version-selected', '2022-11-28');
    res.setHeader('x-ratelimit-limit', String(rl.limit));
    res.setHeader('x-ratelimit-remaining', String(Math.max(0, rl.limit - rl.used)));
    res.setHeader('x-ratelimit-reset', String(rl.reset));
    res.setHeader('x-ratelimit-used', String(rl.used));
    res.setHeader('x-ratelimit-resource', 'core');
  }

  private requestId(): string {
    const n = (++this.requestCounter).toString(16).toUpperCase().padStart(8, '0');
    return `E1A7:0C0D:${n}:${n}:00000000`;
  }

  private sendJson(res: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.statusCode = status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-length', Buffer.byteLength(text));
    res.end(text);
  }

  private sendEmpty(res: ServerResponse, status: number): void {
    res.statusCode = status;
    res.end();
  }

  private sendFailure(call: Call, err: unknown): void {
    if (call.res.headersSent || call.req.socket.destroyed) return;
    if (!(err instanceof HttpError)) {
      this.sendJson(call.res, 500, { message: `emulator bug: ${String(err)}` });
      return;
    }
    const body: Record<string, unknown> = { message: err.message };
    if (err.errors) body.errors = err.errors;
    body.documentation_url = call.doc;
    body.status = String(err.status);
    // The body may still be unread (errors found from the headers alone).
    call.req.resume();
    this.sendJson(call.res, err.status, body);
  }

  // ----- routes -----------------------------------------------------------------------------

  private buildRoutes(): Route[] {
    const R = (method: string, path: string, doc: string, handler: Handler): Route => ({
      method,
      pattern: path.split('/'),
      doc,
      handler: handler.bind(this),
    });
    const rel = 'repos/:o/:r/releases';
    return [
      R('GET', 'repos/:o/:r', DOC.repo, this.getRepo),
      R('GET', rel, DOC.listReleases, this.listReleases),
      R('POST', rel, DOC.createRelease, this.createRelease),
      R('GET', `${rel}/latest`, DOC.latest, this.getLatest),
      R('GET', `${rel}/tags/*tag`, DOC.byTag, this.getByTag),
      R('GET', `${rel}/assets/:aid`, DOC.getAsset, this.getAsset),
      R('DELETE', `${rel}/assets/:aid`, DOC.deleteAsset, this.deleteAsset),
      R('GET', `${rel}/:id`, DOC.getRelease, this.getRelease),
      R('PATCH', `${rel}/:id`, DOC.updateRelease, this.updateRelease),
      R('DELETE', `${rel}/:id`, DOC.deleteRelease, this.deleteRelease),
      R('GET', `${rel}/:id/assets`, DOC.listAssets, this.listAssets),
      R('POST', `uploads/${rel}/:id/assets`, DOC.upload, this.upload),
      R('GET', 'repos/:o/:r/git/ref/*ref', DOC.getRef, this.getRef),
      R('POST', 'repos/:o/:r/git/refs', DOC.createRef, this.createRef),
      R('GET', 'repos/:o/:r/contents/*path', DOC.getContent, this.getContents),
      R('PUT', 'repos/:o/:r/contents/*path', DOC.putContent, this.putContents),
      R('GET', 'repos/:o/:r/branches/*branch', DOC.branch, this.getBranch),
      R('PATCH', 'repos/:o/:r/git/refs/*ref', DOC.updateRef, this.updateRef),
      R('GET', 'repos/:o/:r/pulls', DOC.listPulls, this.listPulls),
      R('POST', 'repos/:o/:r/pulls', DOC.createPull, this.createPull),
      R('PATCH', 'repos/:o/:r/pulls/:number', DOC.updatePull, this.updatePull),
    ];
  }

  private getRepo(call: Call, repo: RepoState): void {
    const push = call.authed && repo.permissions.push;
    this.sendJson(call.res, 200, {
      id: repo.id,
      node_id: nodeId('Repository', repo.id),
      name: repo.name,
      full_name: repo.fullName,
      owner: { login: repo.owner, id: repo.id, type: 'Organization' },
      private: false,
      html_url: `${this.serverUrl}/${repo.fullName}`,
      url: `${this.url}/repos/${repo.fullName}`,
      default_branch: repo.defaultBranch,
      // GitHub leaves `permissions` out for app installation tokens (semantic-release's verify step
      // documents it), and for anonymous requests.
      ...(call.authed && !repo.installationToken
        ? {
            permissions: {
              admin: push && repo.permissions.admin,
              maintain: push,
              push,
              triage: push,
              pull: true,
            },
          }
        : {}),
    });
  }

  // ----- releases ---------------------------------------------------------------------------

  private visibleReleases(call: Call, repo: RepoState): ReleaseState[] {
    const drafts = this.canSeeDrafts(call, repo);
    return repo.releases.filter((r) => drafts || !r.draft);
  }

  private findRelease(call: Call, repo: RepoState, id: string): ReleaseState {
    const rel = this.visibleReleases(call, repo).find((r) => String(r.id) === id);
    if (!rel) throw new HttpError(404, 'Not Found');
    return rel;
  }

  private listReleases(call: Call, repo: RepoState): void {
    const all = [...this.visibleReleases(call, repo)].sort((a, b) => b.id - a.id);
    const page = this.paginate(call, all, `/repositories/${repo.id}/releases`);
    this.sendJson(
      call.res,
      200,
      page.map((r) => this.releaseJson(repo, r)),
    );
  }

  private getRelease(call: Call, repo: RepoState, p: Params): void {
    this.sendJson(call.res, 200, this.releaseJson(repo, this.findRelease(call, repo, p.id!)));
  }

  /** Only published releases: a draft is never found by tag, even by a token that can see it. */
  private getByTag(call: Call, repo: RepoState, p: Params): void {
    const rel = repo.releases.find((r) => !r.draft && r.tagName === p.tag);
    if (!rel) throw new HttpError(404, 'Not Found');
    this.sendJson(call.res, 200, this.releaseJson(repo, rel));
  }

  private getLatest(call: Call, repo: RepoState): void {
    const published = repo.releases.filter((r) => !r.draft && !r.prerelease);
    const rel = published.find((r) => r.id === repo.latestReleaseId) ?? published.at(-1);
    if (!rel) throw new HttpError(404, 'Not Found');
    this.sendJson(call.res, 200, this.releaseJson(repo, rel));
  }

  private async createRelease(call: Call, repo: RepoState): Promise<void> {
    const body = await this.readJson(call);
    const tag = body.tag_name;
    if (typeof tag !== 'string' || tag === '') {
      throw validationFailed({ resource: 'Release', code: 'missing_field', field: 'tag_name' });
    }
    const draft = body.draft === true;
    const target = typeof body.target_commitish === 'string' ? body.target_commitish : repo.defaultBranch;
    if (!draft) this.checkPublishable(repo, tag, target, undefined);
    const now = isoNow();
    const rel: ReleaseState = {
      id: this.nextId(),
      tagName: tag,
      targetCommitish: target,
      name: typeof body.name === 'string' ? body.name : null,
      body: typeof body.body === 'string' ? body.body : null,
      draft,
      prerelease: body.prerelease === true,
      immutable: false,
      createdAt: now,
      updatedAt: now,
      publishedAt: null,
      untaggedId: sha1(`untagged ${repo.id} ${tag} ${this.state.nextId}`).slice(0, 20),
      assets: [],
    };
    repo.releases.push(rel);
    if (!draft) this.publish(repo, rel, body.make_latest);
    call.res.setHeader('location', `${this.url}/repos/${repo.fullName}/releases/${rel.id}`);
    this.sendJson(call.res, 201, this.releaseJson(repo, rel));
  }

  /** Refuses a tag that another published release holds or an immutable release burned. */
  private checkPublishable(
    repo: RepoState,
    tag: string,
    target: string,
    self: ReleaseState | undefined,
  ): void {
    if (repo.releases.some((r) => r !== self && !r.draft && r.tagName === tag)) {
      throw validationFailed({ resource: 'Release', code: 'already_exists', field: 'tag_name' });
    }
    if (repo.immutableTags.has(tag) && !(self && !self.draft && self.tagName === tag)) {
      throw validationFailed({
        resource: 'Release',
        code: 'custom',
        field: 'tag_name',
        message: 'tag_name was used by an immutable release',
      });
    }
    if (!repo.tags.has(tag) && this.resolveCommitish(repo, target) === undefined) {
      throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' });
    }
  }

  private resolveCommitish(repo: RepoState, target: string): string | undefined {
    if (/^[0-9a-f]{40}$/i.test(target)) return target.toLowerCase();
    return repo.branches.get(target)?.commits.at(-1)?.sha ?? repo.tags.get(target);
  }

  /** Draft → published: the tag is created now (drafts never create tags), and it may lock. */
  private publish(repo: RepoState, rel: ReleaseState, makeLatest: unknown): void {
    if (!repo.tags.has(rel.tagName)) {
      repo.tags.set(rel.tagName, this.resolveCommitish(repo, rel.targetCommitish)!);
    }
    rel.draft = false;
    rel.publishedAt = isoNow();
    rel.immutable = repo.immutableReleases;
    if (rel.immutable) repo.immutableTags.add(rel.tagName);
    // make_latest defaults to 'true' when a release is published ('legacy' is treated alike).
    if (!rel.prerelease && makeLatest !== 'false') repo.latestReleaseId = rel.id;
  }

  private async updateRelease(call: Call, repo: RepoState, p: Params): Promise<void> {
    const rel = this.findRelease(call, repo, p.id!);
    const body = await this.readJson(call);
    const tag = typeof body.tag_name === 'string' && body.tag_name !== '' ? body.tag_name : rel.tagName;
    const draft = typeof body.draft === 'boolean' ? body.draft : rel.draft;
    const target = typeof body.target_commitish === 'string' ? body.target_commitish : rel.targetCommitish;
    if (rel.immutable) this.checkImmutableEdit(rel, tag, draft);
    if (!draft) this.checkPublishable(repo, tag, target, rel);
    const wasDraft = rel.draft;
    rel.tagName = tag;
    rel.targetCommitish = target;
    if (typeof body.name === 'string') rel.name = body.name;
    if (typeof body.body === 'string') rel.body = body.body;
    if (typeof body.prerelease === 'boolean') rel.prerelease = body.prerelease;
    rel.updatedAt = isoNow();
    if (wasDraft && !draft) this.publish(repo, rel, body.make_latest);
    else if (!wasDraft && draft) this.unpublish(repo, rel);
    else if (!rel.draft && !rel.prerelease && body.make_latest === 'true') repo.latestReleaseId = rel.id;
    this.sendJson(call.res, 200, this.releaseJson(repo, rel));
  }

  /** Title, notes, prerelease and latest stay editable on an immutable release; tag and state do not. */
  private checkImmutableEdit(rel: ReleaseState, tag: string, draft: boolean): void {
    // Wording from `gh release edit --draft` against an immutable release; body shape is a guess.
    if (draft) {
      throw validationFailed({
        resource: 'Release',
        code: 'custom',
        message: 'state cannot be changed when release is immutable',
      });
    }
    if (tag !== rel.tagName) {
      throw validationFailed({
        resource: 'Release',
        code: 'custom',
        field: 'tag_name',
        message: 'tag_name cannot be changed when release is immutable',
      });
    }
  }

  private unpublish(repo: RepoState, rel: ReleaseState): void {
    rel.draft = true;
    rel.publishedAt = null;
    if (repo.latestReleaseId === rel.id) repo.latestReleaseId = null;
  }

  private deleteRelease(call: Call, repo: RepoState, p: Params): void {
    const rel = this.findRelease(call, repo, p.id!);
    repo.releases.splice(repo.releases.indexOf(rel), 1);
    if (repo.latestReleaseId === rel.id) repo.latestReleaseId = null;
    this.sendEmpty(call.res, 204);
  }

  private releaseJson(repo: RepoState, rel: ReleaseState): Record<string, unknown> {
    const api = `${this.url}/repos/${repo.fullName}`;
    const webTag = rel.draft ? `untagged-${rel.untaggedId}` : encodeTag(rel.tagName);
    return {
      url: `${api}/releases/${rel.id}`,
      assets_url: `${api}/releases/${rel.id}/assets`,
      upload_url: `${this.url}/uploads/repos/${repo.fullName}/releases/${rel.id}/assets{?name,label}`,
      html_url: `${this.serverUrl}/${repo.fullName}/releases/tag/${webTag}`,
      id: rel.id,
      author: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      node_id: nodeId('Release', rel.id),
      tag_name: rel.tagName,
      target_commitish: rel.targetCommitish,
      name: rel.name,
      draft: rel.draft,
      immutable: rel.immutable,
      prerelease: rel.prerelease,
      created_at: rel.createdAt,
      updated_at: rel.updatedAt,
      published_at: rel.publishedAt,
      assets: rel.assets.map((a) => this.assetJson(repo, rel, a)),
      tarball_url: rel.draft ? null : `${api}/tarball/${encodeTag(rel.tagName)}`,
      zipball_url: rel.draft ? null : `${api}/zipball/${encodeTag(rel.tagName)}`,
      body: rel.body,
    };
  }

  // ----- assets -----------------------------------------------------------------------------

  private assetJson(repo: RepoState, rel: ReleaseState, a: AssetState): Record<string, unknown> {
    // A draft's download URL names the untagged placeholder, so it changes when published.
    const webTag = rel.draft ? `untagged-${rel.untaggedId}` : encodeTag(rel.tagName);
    return {
      url: `${this.url}/repos/${repo.fullName}/releases/assets/${a.id}`,
      id: a.id,
      node_id: nodeId('ReleaseAsset', a.id),
      name: a.name,
      label: a.label,
      uploader: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      content_type: a.contentType,
      state: 'uploaded',
      size: a.size,
      digest: a.digest,
      download_count: a.downloadCount,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
      browser_download_url: `${this.serverUrl}/${repo.fullName}/releases/download/${webTag}/${encodeURIComponent(a.name)}`,
    };
  }

  private findAsset(call: Call, repo: RepoState, aid: string): { rel: ReleaseState; asset: AssetState } {
    for (const rel of this.visibleReleases(call, repo)) {
      const asset = rel.assets.find((a) => String(a.id) === aid);
      if (asset) return { rel, asset };
    }
    throw new HttpError(404, 'Not Found');
  }

  private listAssets(call: Call, repo: RepoState, p: Params): void {
    const rel = this.findRelease(call, repo, p.id!);
    const page = this.paginate(call, rel.assets, `/repositories/${repo.id}/releases/${rel.id}/assets`);
    this.sendJson(
      call.res,
      200,
      page.map((a) => this.assetJson(repo, rel, a)),
    );
  }

  private getAsset(call: Call, repo: RepoState, p: Params): void {
    const { rel, asset } = this.findAsset(call, repo, p.aid!);
    if (/application\/octet-stream/i.test(header(call.req, 'accept') ?? '')) {
      // GitHub answers the binary form with a redirect to a signed object URL.
      call.res.setHeader('location', `${this.url}/_objects/${asset.id}`);
      this.sendEmpty(call.res, 302);
      return;
    }
    this.sendJson(call.res, 200, this.assetJson(repo, rel, asset));
  }

  private deleteAsset(call: Call, repo: RepoState, p: Params): void {
    const { rel, asset } = this.findAsset(call, repo, p.aid!);
    if (rel.immutable) {
      throw validationFailed({
        resource: 'ReleaseAsset',
        code: 'custom',
        message: 'Cannot delete asset from an immutable release',
      });
    }
    rel.assets.splice(rel.assets.indexOf(asset), 1);
    this.sendEmpty(call.res, 204);
  }

  private async upload(call: Call, repo: RepoState, p: Params): Promise<void> {
    const rel = this.findRelease(call, repo, p.id!);
    const name = call.url.searchParams.get('name') ?? '';
    const label = call.url.searchParams.get('label');
    const contentType = header(call.req, 'content-type') ?? '';
    const length = this.checkUploadHeaders(call, name, contentType);
    this.checkUploadable(rel, name);
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    const complete = await this.stream(call, (c) => {
      hash.update(c);
      chunks.push(c);
    });
    if (!complete) return; // the client went away: nothing is created
    const bytes = Buffer.concat(chunks);
    if (bytes.length !== length) throw new HttpError(400, `Bad Content-Length: ${length}`);
    this.checkUploadable(rel, name); // another upload may have won meanwhile
    const now = isoNow();
    const asset: AssetState = {
      id: this.nextId(),
      name,
      label,
      contentType,
      size: bytes.length,
      digest: `sha256:${hash.digest('hex')}`,
      bytes,
      createdAt: now,
      updatedAt: now,
      downloadCount: 0,
    };
    rel.assets.push(asset);
    this.sendJson(call.res, 201, this.assetJson(repo, rel, asset));
  }

  /** Returns the declared length. Messages are the ones uploads.github.com has been seen to send. */
  private checkUploadHeaders(call: Call, name: string, contentType: string): number {
    if (name === '') {
      // Guess: GitHub's exact answer to a missing ?name is not documented.
      throw validationFailed({ resource: 'ReleaseAsset', code: 'missing_field', field: 'name' });
    }
    if (contentType === '') throw new HttpError(400, "Invalid Content-Type: ''");
    const declared = header(call.req, 'content-length');
    if (declared === undefined) {
      if (/chunked/i.test(header(call.req, 'transfer-encoding') ?? '')) {
        throw new HttpError(411, 'Length Required');
      }
      throw new HttpError(400, 'Bad Content-Length: ');
    }
    const length = Number(declared);
    if (length > MAX_ASSET_BYTES) {
      // Guess at the wording; the 2 GiB per-asset limit itself is documented.
      throw validationFailed({
        resource: 'ReleaseAsset',
        code: 'custom',
        field: 'size',
        message: 'size must be less than or equal to 2147483648',
      });
    }
    return length;
  }

  private checkUploadable(rel: ReleaseState, name: string): void {
    if (rel.immutable) throw new HttpError(422, 'Cannot upload assets to an immutable release.');
    if (rel.assets.some((a) => a.name === name)) {
      throw validationFailed({ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' });
    }
  }

  /** Feeds the body chunk by chunk; false when the client aborted before the end. */
  private stream(call: Call, onChunk: (c: Buffer) => void): Promise<boolean> {
    return new Promise((resolve) => {
      let ended = false;
      call.req.on('data', (c: Buffer) => {
        call.rec.bodySize += c.length;
        onChunk(c);
      });
      call.req.on('end', () => {
        ended = true;
        resolve(true);
      });
      call.req.on('error', () => resolve(false));
      call.req.on('close', () => {
        if (!ended) resolve(false);
      });
    });
  }

  // ----- git refs ---------------------------------------------------------------------------

  private refJson(repo: RepoState, ref: string, sha: string): Record<string, unknown> {
    return {
      ref: `refs/${ref}`,
      node_id: nodeId('Ref', `${repo.id}:${ref}`),
      url: `${this.url}/repos/${repo.fullName}/git/refs/${ref}`,
      object: { sha, type: 'commit', url: `${this.url}/repos/${repo.fullName}/git/commits/${sha}` },
    };
  }

  private lookupRef(repo: RepoState, ref: string): string | undefined {
    if (ref.startsWith('tags/')) return repo.tags.get(ref.slice(5));
    if (ref.startsWith('heads/')) return repo.branches.get(ref.slice(6))?.commits.at(-1)?.sha;
    return undefined;
  }

  private getRef(call: Call, repo: RepoState, p: Params): void {
    const sha = this.lookupRef(repo, p.ref!);
    if (!sha) throw new HttpError(404, 'Not Found');
    this.sendJson(call.res, 200, this.refJson(repo, p.ref!, sha));
  }

  private async createRef(call: Call, repo: RepoState): Promise<void> {
    const body = await this.readJson(call);
    const full = typeof body.ref === 'string' ? body.ref : '';
    const sha = typeof body.sha === 'string' ? body.sha : '';
    const ref = full.replace(/^refs\//, '');
    if (!full.startsWith('refs/') || !/^(tags|heads)\/./.test(ref)) {
      throw new HttpError(422, 'Reference name is invalid');
    }
    if (this.lookupRef(repo, ref) !== undefined) throw new HttpError(422, 'Reference already exists');
    if (!/^[0-9a-f]{40}$/i.test(sha)) throw new HttpError(422, 'Object does not exist');
    if (ref.startsWith('tags/')) repo.tags.set(ref.slice(5), sha);
    else this.createBranch(repo, ref.slice(6), sha);
    this.sendJson(call.res, 201, this.refJson(repo, ref, this.lookupRef(repo, ref) ?? sha));
  }

  // ----- contents ---------------------------------------------------------------------------

  private branchFor(repo: RepoState, name: string): BranchState {
    const branch = repo.branches.get(name);
    if (!branch) throw new HttpError(404, `No commit found for the ref ${name}`);
    return branch;
  }

  private fileJson(repo: RepoState, branch: string, path: string, bytes: Buffer): Record<string, unknown> {
    const sha = gitBlobSha(bytes);
    const self = `${this.url}/repos/${repo.fullName}/contents/${path}?ref=${encodeURIComponent(branch)}`;
    const git = `${this.url}/repos/${repo.fullName}/git/blobs/${sha}`;
    const html = `${this.serverUrl}/${repo.fullName}/blob/${branch}/${path}`;
    return {
      name: path.split('/').at(-1),
      path,
      sha,
      size: bytes.length,
      url: self,
      html_url: html,
      git_url: git,
      download_url: `${this.serverUrl}/${repo.fullName}/raw/${branch}/${path}`,
      type: 'file',
      _links: { self, git, html },
    };
  }

  private getContents(call: Call, repo: RepoState, p: Params): void {
    const ref = call.url.searchParams.get('ref') || repo.defaultBranch;
    const branch = this.branchFor(repo, ref);
    const path = p.path!;
    const bytes = branch.files.get(path);
    if (bytes) {
      const json = {
        ...this.fileJson(repo, ref, path, bytes),
        content: githubBase64(bytes),
        encoding: 'base64',
      };
      this.sendJson(call.res, 200, json);
      return;
    }
    const listing = this.listDirectory(repo, ref, branch, path);
    if (listing.length === 0) throw new HttpError(404, 'Not Found');
    this.sendJson(call.res, 200, listing);
  }

  private listDirectory(repo: RepoState, ref: string, branch: BranchState, dir: string): unknown[] {
    const prefix = dir === '' ? '' : `${dir}/`;
    const entries = new Map<string, unknown>();
    for (const [path, bytes] of branch.files) {
      if (!path.startsWith(prefix)) continue;
      const [head, ...rest] = path.slice(prefix.length).split('/');
      const child = `${prefix}${head}`;
      if (rest.length === 0) entries.set(child, this.fileJson(repo, ref, child, bytes));
      else if (!entries.has(child)) entries.set(child, { name: head, path: child, type: 'dir' });
    }
    return [...entries.keys()].sort().map((k) => entries.get(k));
  }

  private async putContents(call: Call, repo: RepoState, p: Params): Promise<void> {
    const body = await this.readJson(call);
    const path = p.path!;
    for (const field of ['message', 'content'] as const) {
      if (typeof body[field] !== 'string')
        throw new HttpError(422, `Invalid request.\n\n"${field}" wasn't supplied.`);
    }
    const branchName = typeof body.branch === 'string' ? body.branch : repo.defaultBranch;
    const branch = repo.branches.get(branchName);
    if (!branch) throw new HttpError(404, `Branch ${branchName} not found`);
    const content = body.content as string;
    if (!/^[A-Za-z0-9+/=\s]*$/.test(content)) throw new HttpError(422, 'content is not valid Base64');
    const existing = branch.files.get(path);
    if (existing) this.checkSha(path, existing, body.sha);
    const bytes = Buffer.from(content, 'base64');
    branch.files.set(path, bytes);
    const commit = this.commit(branch, body.message as string, false, path);
    this.sendJson(call.res, existing ? 200 : 201, {
      content: this.fileJson(repo, branchName, path, bytes),
      commit: this.commitJson(repo, commit),
    });
  }

  /** Missing sha on an existing file is a 422; a wrong one a 409 (a sha on a new file is ignored). */
  private checkSha(path: string, existing: Buffer, sha: unknown): void {
    if (typeof sha !== 'string' || sha === '')
      throw new HttpError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
    if (sha !== gitBlobSha(existing)) throw new HttpError(409, `${path} does not match ${sha}`);
  }

  private commitJson(repo: RepoState, c: CommitState): Record<string, unknown> {
    const api = `${this.url}/repos/${repo.fullName}/git/commits`;
    const who = {
      name: 'github-actions[bot]',
      email: '41898282+github-actions[bot]@users.noreply.github.com',
    };
    const date = isoNow();
    return {
      sha: c.sha,
      node_id: nodeId('Commit', c.sha),
      url: `${api}/${c.sha}`,
      html_url: `${this.serverUrl}/${repo.fullName}/commit/${c.sha}`,
      author: { ...who, date },
      committer: { ...who, date },
      tree: {
        sha: sha1(`tree ${c.sha}`),
        url: `${this.url}/repos/${repo.fullName}/git/trees/${sha1(`tree ${c.sha}`)}`,
      },
      message: c.message,
      parents: c.parent ? [{ sha: c.parent, url: `${api}/${c.parent}` }] : [],
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
    };
  }

  private getBranch(call: Call, repo: RepoState, p: Params): void {
    const branch = repo.branches.get(p.branch!);
    const head = branch?.commits.at(-1);
    if (!head) throw new HttpError(404, 'Branch not found');
    this.sendJson(call.res, 200, {
      name: p.branch,
      commit: {
        sha: head.sha,
        url: `${this.url}/repos/${repo.fullName}/commits/${head.sha}`,
        commit: { message: head.message },
      },
      protected: false,
    });
  }

  // ----- branch refs and pull requests -------------------------------------------------------

  private branchAt(repo: RepoState, sha: string | undefined): BranchState | undefined {
    if (!sha) return undefined;
    return [...repo.branches.values()].find((b) => b.commits.at(-1)?.sha === sha);
  }

  /** Moves a branch to `sha` (the head of another branch here); without `force` only fast-forwards. */
  private async updateRef(call: Call, repo: RepoState, p: Params): Promise<void> {
    const body = await this.readJson(call);
    const ref = p.ref!;
    const branch = ref.startsWith('heads/') ? repo.branches.get(ref.slice(6)) : undefined;
    if (!branch) throw new HttpError(422, 'Reference does not exist');
    const target = this.branchAt(repo, typeof body.sha === 'string' ? body.sha : undefined);
    if (!target) throw new HttpError(422, 'Object does not exist');
    const head = branch.commits.at(-1)?.sha;
    if (body.force !== true && !target.commits.some((c) => c.sha === head)) {
      throw new HttpError(422, 'Update is not a fast forward');
    }
    branch.files = new Map(target.files);
    branch.commits = [...target.commits];
    this.sendJson(call.res, 200, this.refJson(repo, ref, branch.commits.at(-1)!.sha));
  }

  private pullJson(repo: RepoState, pr: PullState): Record<string, unknown> {
    const side = (name: string) => ({
      label: `${repo.owner}:${name}`,
      ref: name,
      sha: repo.branches.get(name)?.commits.at(-1)?.sha ?? null,
      repo: { id: repo.id, full_name: repo.fullName },
    });
    return {
      url: `${this.url}/repos/${repo.fullName}/pulls/${pr.number}`,
      id: repo.id * 100000 + pr.number,
      node_id: nodeId('PullRequest', `${repo.id}:${pr.number}`),
      html_url: `${this.serverUrl}/${repo.fullName}/pull/${pr.number}`,
      number: pr.number,
      state: pr.state,
      title: pr.title,
      body: pr.body,
      head: side(pr.head),
      base: side(pr.base),
    };
  }

  /** `head` is `owner:branch` (a bare branch name matches nothing, as on GitHub); state defaults to open. */
  private listPulls(call: Call, repo: RepoState): void {
    const q = call.url.searchParams;
    const state = q.get('state') ?? 'open';
    const head = q.get('head');
    const base = q.get('base');
    const pulls = repo.pulls
      .filter((pr) => state === 'all' || pr.state === state)
      .filter((pr) => !head || head.toLowerCase() === `${repo.owner}:${pr.head}`.toLowerCase())
      .filter((pr) => !base || pr.base === base)
      .sort((a, b) => b.number - a.number);
    const page = this.paginate(call, pulls, `/repositories/${repo.id}/pulls`);
    this.sendJson(
      call.res,
      200,
      page.map((pr) => this.pullJson(repo, pr)),
    );
  }

  private async createPull(call: Call, repo: RepoState): Promise<void> {
    const body = await this.readJson(call);
    const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
    const prefix = `${repo.owner}:`.toLowerCase();
    const head = str('head').toLowerCase().startsWith(prefix)
      ? str('head').slice(prefix.length)
      : str('head');
    const base = str('base');
    for (const field of ['title', 'head', 'base'] as const) {
      if (str(field) === '')
        throw validationFailed({ resource: 'PullRequest', code: 'missing_field', field });
    }
    if (!repo.branches.has(head))
      throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
    if (!repo.branches.has(base))
      throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
    if (repo.pulls.some((pr) => pr.state === 'open' && pr.head === head && pr.base === base)) {
      throw validationFailed({
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${repo.owner}:${head}.`,
      });
    }
    const baseShas = new Set(repo.branches.get(base)!.commits.map((c) => c.sha));
    if (repo.branches.get(head)!.commits.every((c) => baseShas.has(c.sha))) {
      throw validationFailed({
        resource: 'PullRequest',
        code: 'custom',
        message: `No commits between ${base} and ${head}`,
      });
    }
    const pr: PullState = {
      number: repo.pulls.length + 1,
      title: str('title'),
      body: typeof body.body === 'string' ? body.body : null,
      head,
      base,
      state: 'open',
    };
    repo.pulls.push(pr);
    this.sendJson(call.res, 201, this.pullJson(repo, pr));
  }

  private async updatePull(call: Call, repo: RepoState, p: Params): Promise<void> {
    const pr = repo.pulls.find((x) => String(x.number) === p.number);
    if (!pr) throw new HttpError(404, 'Not Found');
    const body = await this.readJson(call);
    if (typeof body.title === 'string') pr.title = body.title;
    if (typeof body.body === 'string') pr.body = body.body;
    if (body.state === 'open' || body.state === 'closed') pr.state = body.state;
    this.sendJson(call.res, 200, this.pullJson(repo, pr));
  }

  // ----- pagination -------------------------------------------------------------------------

  /** Slices one page and sets GitHub's Link header (prev, next, last, first; omitted on one page). */
  private paginate<T>(call: Call, items: T[], linkPath: string): T[] {
    const q = call.url.searchParams;
    const perPage = Math.min(100, Math.max(1, Number(q.get('per_page')) || this.perPageDefault));
    const page = Math.max(1, Math.floor(Number(q.get('page'))) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const href = (n: number) => {
      const params = new URLSearchParams(q);
      params.set('page', String(n));
      return `<${this.url}${linkPath}?${params}>`;
    };
    const links: string[] = [];
    if (page > 1) links.push(`${href(page - 1)}; rel="prev"`);
    if (page < last) links.push(`${href(page + 1)}; rel="next"`, `${href(last)}; rel="last"`);
    if (page > 1) links.push(`${href(1)}; rel="first"`);
    if (links.length > 0) call.res.setHeader('link', links.join(', '));
    return items.slice((page - 1) * perPage, page * perPage);
  }

  // ----- the web side (github.com): release pages and downloads -------------------------

  private web(call: Call, segs: string[]): void {
    const [owner, name, releases, kind, ...rest] = segs;
    const repo = this.state.repos.get(`${owner}/${name}`.toLowerCase());
    call.req.resume();
    const served =
      repo !== undefined &&
      releases === 'releases' &&
      ((kind === 'tag' && this.webReleasePage(call.res, repo, rest.join('/'))) ||
        (kind === 'download' && this.webDownload(call.res, repo, rest)));
    if (!served) this.webNotFound(call.res);
  }

  private webReleasePage(res: ServerResponse, repo: RepoState, tag: string): boolean {
    const rel = repo.releases.find((r) => !r.draft && r.tagName === tag);
    if (!rel) return false;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!DOCTYPE html><title>Release ${rel.name ?? rel.tagName}</title>`);
    return true;
  }

  /** Only published releases serve downloads under their tag (a draft's untagged URL 404s here). */
  private webDownload(res: ServerResponse, repo: RepoState, rest: string[]): boolean {
    const tag = rest.slice(0, -1).join('/');
    const rel = repo.releases.find((r) => !r.draft && r.tagName === tag);
    const asset = rel?.assets.find((a) => a.name === rest.at(-1));
    if (!asset) return false;
    asset.downloadCount++;
    // github.com redirects downloads to a signed object-storage URL; clients must follow it.
    res.statusCode = 302;
    res.setHeader('location', `${this.url}/_objects/${asset.id}`);
    res.end();
    return true;
  }

  private object(call: Call, id: string | undefined): void {
    call.req.resume();
    for (const repo of this.state.repos.values()) {
      for (const rel of repo.releases) {
        const asset = rel.assets.find((a) => String(a.id) === id);
        if (!asset) continue;
        call.res.setHeader('content-type', 'application/octet-stream');
        call.res.setHeader('content-length', asset.size);
        call.res.setHeader('content-disposition', `attachment; filename=${asset.name}`);
        call.res.end(asset.bytes);
        return;
      }
    }
    this.webNotFound(call.res);
  }

  private webNotFound(res: ServerResponse): void {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('Not Found');
  }
}

export async function startGitHubEmulator(options: StartOptions = {}): Promise<GitHubEmulator> {
  const emu = new Emulator(options.token ?? 'ghs_test_token', options.perPageDefault ?? 30);
  const server = createServer((req, res) => {
    void emu.handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  emu.url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  emu.serverUrl = `${emu.url}/web`;
  return {
    url: emu.url,
    uploadsUrl: `${emu.url}/uploads`,
    serverUrl: emu.serverUrl,
    requests: emu.requests,
    state: emu.state,
    faults: emu.faults,
    addRepo: (fullName, opts) => emu.addRepo(fullName, opts),
    setFile: (fullName, branch, path, content) => emu.setFile(fullName, branch, path, content),
    getFile: (fullName, branch, path) => emu.getFile(fullName, branch, path),
    repo: (fullName) => emu.repo(fullName),
    gate: (match) => emu.gate(match),
    close: () =>
      new Promise<void>((resolve, reject) => {
        emu.releaseGates();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
