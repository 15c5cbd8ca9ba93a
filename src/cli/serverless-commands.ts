// `component-publish serverless <command>`: the Serverless Registry toolbox (login, token, retoken, list,
// search, versions, detail, delete). Core functions live in src/serverless/toolbox*.ts; this file parses
// arguments and prints a table (or JSON with --format json). Exit 0 ok, 1 refused / not found / failed,
// 2 usage. The token is never printed: only its mask.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { describeError, PublishError, UsageError } from '../errors.ts';
import { ServerlessRegistryClient } from '../serverless/client.ts';
import {
  deleteVersion,
  listPackages,
  loginWithToken,
  PACKAGE_TYPES,
  type PackageRow,
  type PackageType,
  packageVersions,
  parseNameAtVersion,
  requireToken,
  retoken,
  searchPackages,
  showToken,
  versionDetail,
} from '../serverless/toolbox.ts';
import { browserLogin } from '../serverless/toolbox-login.ts';
import { checkTokenText, resolveToken } from '../serverless/toolbox-token.ts';

export interface ServerlessIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
  /** stdin and stderr are a terminal: questions may be asked, progress redrawn, a browser opened. */
  interactive: boolean;
  ask: (question: string) => Promise<string>;
  openUrl: (url: string) => void;
}

const USAGE = `Usage: component-publish serverless <command> [options]

  login [--token T]        store a token (checked first); without --token, log in in the browser
                           (--timeout SECONDS, default 200; --poll-interval SECONDS, default 2)
  token                    show the stored token, masked, and where it comes from
  retoken                  reset the token (the old one stops working) and store the new one
  list                     your packages
  search KEYWORD [--type component|plugin|project]
  versions NAME            every version of a package
  detail NAME@VERSION      one version
  delete NAME@VERSION      delete a version (asks on a terminal, else needs --yes); its number can never
                           be published again
Options: --format text|json. The token comes from SERVERLESS_REGISTRY_TOKEN, serverless_devs_registry_token,
or the file \`s\` uses (~/.s/serverless-devs-platform-V3.dat); SERVERLESS_REGISTRY_URL sets the registry.
`;

const OPTIONS = {
  format: { type: 'string' },
  token: { type: 'string' },
  type: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  timeout: { type: 'string' },
  'poll-interval': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parse>['values'];

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function processIo(): ServerlessIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
    ask: async (question) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
    openUrl,
  };
}

/** Opens the page in the default browser; a failure only means the user opens it by hand. */
function openUrl(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {}
}

/** Registry text shown on a terminal: control characters (escape sequences) become `?`. */
function clean(value: unknown): string {
  return String(value ?? '').replace(/\p{Cc}/gu, '?');
}

function table(headers: string[], rows: unknown[][], maxWidth = 60): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => clean(c)))].map((r) =>
    r.map((c) => (c.length > maxWidth ? `${c.slice(0, maxWidth - 1)}…` : c)),
  );
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}

function seconds(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${flag} must be a positive number of seconds`);
  return n * 1000;
}

interface Context {
  io: ServerlessIo;
  values: Values;
  json: boolean;
  client: (token?: string) => ServerlessRegistryClient;
  print: (value: unknown, text: () => string) => void;
}

async function signedClient(ctx: Context): Promise<ServerlessRegistryClient> {
  return ctx.client((await requireToken(ctx.io.env)).token);
}

async function optionalClient(ctx: Context): Promise<ServerlessRegistryClient> {
  return ctx.client((await resolveToken(ctx.io.env))?.token);
}

async function login(ctx: Context): Promise<number> {
  const { io, values } = ctx;
  if (values.token !== undefined) {
    const token = checkTokenText(values.token.trim(), '--token');
    if (!token) throw new UsageError('--token needs a value');
    const result = await loginWithToken(ctx.client(token), token, io.env);
    ctx.print({ stored: result.file }, () => `logged in: the token is stored in ${result.file}\n`);
    return 0;
  }
  let polled = false;
  const finishLine = () => {
    if (io.interactive && polled) io.err('\n');
  };
  const result = await browserLogin(ctx.client(), {
    env: io.env,
    timeoutMs: seconds(values.timeout, 'timeout', 200_000),
    intervalMs: seconds(values['poll-interval'], 'poll-interval', 2000),
    onUrl: (url) => {
      io.err(`Authorise Serverless Registry in your browser (GitHub sign-in):\n  ${url}\n`);
      if (io.interactive) io.openUrl(url);
    },
    onProgress: (waited, limit, poll) => {
      polled = true;
      io.err(
        io.interactive
          ? `\rwaiting for authorisation… ${waited} s of ${limit} s`
          : `waiting for authorisation… ${waited} s of ${limit} s (check ${poll})\n`,
      );
    },
  }).finally(finishLine);
  const who = result.account ? `Hi ${clean(result.account)}: ` : '';
  ctx.print(
    { account: result.account, stored: result.file },
    () => `${who}logged in to the Serverless Registry; the token is stored in ${result.file}\n`,
  );
  return 0;
}

async function confirmDelete(ctx: Context, id: string): Promise<boolean> {
  ctx.io.err(
    `warning: deleting ${id} is final, and the version number can never be published again (a new version must be greater)\n`,
  );
  if (ctx.values.yes) return true;
  if (!ctx.io.interactive)
    throw new UsageError(`serverless delete ${id}: not a terminal, so confirm with --yes`);
  const answer = await ctx.io.ask(`Delete ${id}? Type the version to confirm: `);
  return answer.trim() === id.slice(id.lastIndexOf('@') + 1);
}

const PACKAGE_HEADERS = ['NAME', 'TYPE', 'VERSION', 'DESCRIPTION'];
const packageCells = (rows: PackageRow[]) => rows.map((r) => [r.name, r.type, r.version, r.description]);

type Handler = (ctx: Context, arg: string | undefined) => Promise<number>;

const COMMANDS: Record<string, Handler> = {
  login: (ctx) => login(ctx),
  token: async (ctx) => {
    const shown = await showToken(ctx.io.env);
    ctx.print(shown, () => `Token: ${shown.token}\n  (from ${shown.source})\n`);
    return 0;
  },
  retoken: async (ctx) => {
    const result = await retoken(await signedClient(ctx), ctx.io.env);
    if (result.staleEnv)
      ctx.io.err(`warning: ${result.staleEnv} still holds the old token, which no longer works\n`);
    ctx.print(result, () => `token reset: ${result.token} is stored in ${result.file}\n`);
    return 0;
  },
  list: async (ctx) => {
    const rows = await listPackages(await signedClient(ctx));
    ctx.print(rows, () => (rows.length === 0 ? 'no packages\n' : table(PACKAGE_HEADERS, packageCells(rows))));
    return 0;
  },
  search: async (ctx, arg) => {
    if (!arg) throw new UsageError('serverless search needs a KEYWORD');
    const type = ctx.values.type?.toLowerCase();
    if (type !== undefined && !(PACKAGE_TYPES as readonly string[]).includes(type))
      throw new UsageError(`--type must be one of ${PACKAGE_TYPES.join(', ')} (got "${ctx.values.type}")`);
    const rows = await searchPackages(await optionalClient(ctx), arg, type as PackageType | undefined);
    ctx.print(rows, () =>
      rows.length === 0 ? `nothing matches "${clean(arg)}"\n` : table(PACKAGE_HEADERS, packageCells(rows)),
    );
    return 0;
  },
  versions: async (ctx, arg) => {
    if (!arg) throw new UsageError('serverless versions needs a NAME');
    const rows = await packageVersions(await optionalClient(ctx), arg);
    ctx.print(rows, () =>
      table(
        ['VERSION', 'CREATED'],
        rows.map((r) => [r.version, r.created_at]),
      ),
    );
    return 0;
  },
  detail: async (ctx, arg) => {
    const { name, version } = parseNameAtVersion(arg, 'detail');
    const detail = await versionDetail(await optionalClient(ctx), name, version);
    const cells = Object.entries(detail).map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : v]);
    ctx.print(detail, () => table(['FIELD', 'VALUE'], cells, 200));
    return 0;
  },
  delete: async (ctx, arg) => {
    const { name, version } = parseNameAtVersion(arg, 'delete');
    const client = await signedClient(ctx);
    const result = await deleteVersion(client, name, version, () => confirmDelete(ctx, `${name}@${version}`));
    if (!result) {
      ctx.io.err('not deleted\n');
      return 1;
    }
    ctx.print(result, () => `deleted ${result.deleted}\n`);
    return 0;
  },
};

async function command(sub: string, arg: string | undefined, ctx: Context): Promise<number> {
  const handler = Object.hasOwn(COMMANDS, sub) ? COMMANDS[sub] : undefined;
  if (!handler) throw new UsageError(`unknown serverless command "${sub}"`);
  return handler(ctx, arg);
}

/** The entry point: `args` are what follows `serverless` on the command line. */
export async function runServerless(args: string[], io: ServerlessIo = processIo()): Promise<number> {
  try {
    const { values, positionals } = parse(args);
    if (values.help || positionals.length === 0) {
      io.out(USAGE);
      return values.help ? 0 : 2;
    }
    const [sub = '', arg, ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
    const json = format === 'json';
    const ctx: Context = {
      io,
      values,
      json,
      client: (token) =>
        new ServerlessRegistryClient({ token, baseUrl: io.env['SERVERLESS_REGISTRY_URL'] || undefined }),
      print: (value, text) => io.out(json ? `${JSON.stringify(value, null, 2)}\n` : text()),
    };
    return await command(sub, arg, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`component-publish: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof PublishError) {
      io.err(`component-publish: ${describeError(error)}\n`);
      return 1;
    }
    io.err(`component-publish: unexpected failure (a bug; please report it):\n${describeError(error)}\n`);
    return 1;
  }
}
