// Where the Serverless Registry token lives, shared with the official `s` CLI (3.1.10), so a user of both
// logs in once. Read from its code:
// - home = $serverless_devs_config_home, else the OS home folder;
// - the root is `workspace` from <home>/.s/config/s.json when that file parses and names one (its first
//   `~` replaced by home), <home>/.s when it parses without one; when there is no readable s.json, the root
//   is <home>/.cache/.s on Yunxiao (the first environment variable that names a CI starts with PIPELINE),
//   else <home>/.s;
// - the token is <root>/serverless-devs-platform-V3.dat, the raw token text (no newline), read as UTF-8;
// - $serverless_devs_registry_token wins over the file.
// We also honour SERVERLESS_REGISTRY_TOKEN (first), write the file with mode 0600 (s leaves it 0644), and
// refuse a token with whitespace or control characters instead of sending it.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { PublishError } from '../errors.ts';
import { checkToken } from '../token.ts';

const TOKEN_FILE_NAME = 'serverless-devs-platform-V3.dat';
/** Our name first, then the official client's. */
const TOKEN_ENV_VARS = ['SERVERLESS_REGISTRY_TOKEN', 'serverless_devs_registry_token'] as const;

type Env = Record<string, string | undefined>;

/** The environment `s` detects: the first variable naming a CI decides, in the environment's order. */
function sEnvironment(env: Env): string | undefined {
  if (env['BUILD_IMAGE_ENV'] === 'fc-backend') return 'app_center';
  const kinds: [(key: string) => boolean, string][] = [
    [(k) => k === 'SERVERLESS_CD', 'serverless_cd'],
    [(k) => k === 'SERVERLESS_DEVS_CICD', 'serverless_devs_cicd'],
    [(k) => k.startsWith('CLOUDSHELL'), 'cloud_shell'],
    [(k) => k.startsWith('PIPELINE'), 'yunxiao'],
    [(k) => k.startsWith('GITHUB'), 'github'],
    [(k) => k.startsWith('GITLAB'), 'gitlab'],
    [(k) => k.startsWith('JENKINS'), 'jenkins'],
  ];
  for (const key of Object.keys(env)) {
    const kind = kinds.find(([matches]) => matches(key));
    if (kind) return kind[1];
  }
  return undefined;
}

/** The folder `s` keeps its state in (see the header for the rules). */
export function sConfigRoot(env: Env = process.env): string {
  const home = env['serverless_devs_config_home'] || homedir();
  const sDir = path.join(home, '.s');
  const settings = path.join(sDir, 'config', 's.json');
  if (existsSync(settings)) {
    try {
      const parsed = JSON.parse(readFileSync(settings, 'utf8')) as { workspace?: unknown };
      return parsed.workspace ? String(parsed.workspace).replace(/~/, home) : sDir;
    } catch {}
  }
  return sEnvironment(env) === 'yunxiao' ? path.join(home, '.cache', '.s') : sDir;
}

function tokenFilePath(env: Env = process.env): string {
  return path.join(sConfigRoot(env), TOKEN_FILE_NAME);
}

export interface StoredToken {
  token: string;
  /** An environment variable's name, or the token file's path. */
  source: string;
}

/** The one token rule (src/token.ts), naming where the token came from. */
export function checkTokenText(token: string, source: string): string {
  return checkToken(source, token);
}

/** The token to use: the environment first, then the file `s` writes; undefined when there is none. */
export async function resolveToken(env: Env = process.env): Promise<StoredToken | undefined> {
  for (const name of TOKEN_ENV_VARS) {
    const value = env[name];
    if (value) return { token: checkTokenText(value, name), source: name };
  }
  const file = tokenFilePath(env);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PublishError(
      'serverless-token-file',
      `cannot read the Serverless Registry token file ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      'make it a readable file (or log in again with `component-publish serverless login`)',
    );
  }
  return text === '' ? undefined : { token: checkTokenText(text, file), source: file };
}

/**
 * Stores the token where `s` reads it: the raw text, mode 0600, replaced atomically (a temporary file in
 * the same folder, renamed), so a crash never leaves half a token.
 */
export async function writeToken(token: string, env: Env = process.env): Promise<string> {
  checkTokenText(token, 'the answer');
  const file = tokenFilePath(env);
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(token, 'utf8');
    } finally {
      await handle.close();
    }
    await chmod(temp, 0o600);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new PublishError(
      'serverless-token-file',
      `cannot write the Serverless Registry token file ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      'make its folder writable, or set serverless_devs_config_home to a writable folder',
    );
  }
  return file;
}

/** The official client's mask: the first and last three characters of a token longer than 8, else all stars. */
export function maskToken(token: string): string {
  if (token.length > 8) return `${token.slice(0, 3)}${'*'.repeat(token.length - 6)}${token.slice(-3)}`;
  return '*'.repeat(token.length);
}
