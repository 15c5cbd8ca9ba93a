// The Serverless Registry emulator's state and handle (see serverless-registry.ts).
import type { UserRoutes } from './serverless-registry-user.ts';

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

export interface BrokenAnswer {
  status?: number;
  raw: string;
  type?: string;
  method?: string;
  /** Announce more bytes than `raw` and close the connection after it (a cut-off body). */
  cut?: boolean;
  /** How many matching requests go through untouched before this one is broken; default 0. */
  after?: number;
  /** Carry out the request first (the server did the work; only its answer is lost). */
  apply?: boolean;
}

export interface ServerlessRegistryEmulator {
  /** The API base to give the client, e.g. `http://127.0.0.1:1234/v3`. */
  url: string;
  requests: RecordedRequest[];
  state: EmulatorState;
  /** The next `count` GET requests answer `status` (default 503). */
  failNextReads(count: number, status?: number): void;
  /** The next request to a path matching `path` (and `method`) gets these raw bytes instead. */
  breakNext(path: RegExp, answer: BrokenAnswer): void;
  /** Drops every broken answer not yet used. */
  repair(): void;
  /** How many broken answers are still waiting. */
  brokenLeft(): number;
  /** Login, check and token reset: the login script, the polls seen, the users. */
  account: UserRoutes;
  close(): Promise<void>;
}

export interface EmulatorOptions {
  tokens: string[];
  /** Items per page of version and package lists. */
  pageSize?: number;
  now?: () => number;
  /** The host name in the emulator's URLs (default 127.0.0.1); see the GitHub emulator's `host`. */
  host?: string;
}
