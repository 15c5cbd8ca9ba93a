// The Serverless Registry toolbox as core functions (the CLI formats what they return): list, search,
// versions, detail, delete, token, retoken and login with a token. Each answers plain records, and throws
// a typed error when the registry refuses or the thing does not exist.
import { PublishError, UsageError } from '../errors.ts';
import { isNotFound, type ServerlessRegistryClient } from './client.ts';
import { maskToken, resolveToken, writeToken } from './toolbox-token.ts';

type Env = Record<string, string | undefined>;

export interface PackageRow {
  name: string;
  type: string;
  version: string;
  description: string;
}

export interface VersionRow {
  version: string;
  created_at: string;
  zipball_url: string;
}

export const PACKAGE_TYPES = ['component', 'plugin', 'project'] as const;
export type PackageType = (typeof PACKAGE_TYPES)[number];

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

function packageRow(p: Record<string, unknown>): PackageRow {
  return {
    name: text(p['name']),
    type: text(p['type']),
    version: text(p['version'] ?? p['tag_name']),
    description: text(p['description']),
  };
}

/** `NAME@VERSION`, split at the last `@` (names never hold one). */
export function parseNameAtVersion(
  arg: string | undefined,
  command: string,
): { name: string; version: string } {
  const at = arg?.lastIndexOf('@') ?? -1;
  if (!arg || at <= 0 || at === arg.length - 1)
    throw new UsageError(`serverless ${command} needs NAME@VERSION`);
  return { name: arg.slice(0, at), version: arg.slice(at + 1) };
}

/** The token's own packages. */
export async function listPackages(client: ServerlessRegistryClient): Promise<PackageRow[]> {
  return (await client.listMineAll()).map(packageRow);
}

/** Public packages matching the keyword, optionally of one type (the registry filters by keyword only). */
export async function searchPackages(
  client: ServerlessRegistryClient,
  keyword: string,
  type?: PackageType,
): Promise<PackageRow[]> {
  const rows = (await client.search(keyword)).map(packageRow);
  return type ? rows.filter((r) => r.type.toLowerCase() === type) : rows;
}

function notFound(what: string): PublishError {
  return new PublishError(
    'serverless-not-found',
    `${what} is not in the Serverless Registry`,
    'check the spelling; `component-publish serverless search KEYWORD` finds packages, `serverless versions NAME` lists versions',
  );
}

/** Every version of a package, newest first as the registry lists them; an error when there is no such package. */
export async function packageVersions(client: ServerlessRegistryClient, name: string): Promise<VersionRow[]> {
  try {
    const releases = await client.versions(name);
    if (releases.length === 0) throw notFound(name);
    return releases.map((r) => ({
      version: r.tag_name,
      created_at: text(r.created_at),
      zipball_url: text(r.zipball_url),
    }));
  } catch (error) {
    throw isNotFound(error) ? notFound(name) : error;
  }
}

export async function versionDetail(
  client: ServerlessRegistryClient,
  name: string,
  version: string,
): Promise<Record<string, unknown>> {
  const detail = await client.version(name, version);
  if (!detail) throw notFound(`${name}@${version}`);
  return detail;
}

/**
 * Deletes one version: it must exist (a typo is "not found", not a silent success), then `confirm`
 * decides; answers what was deleted, or undefined when the user said no.
 */
export async function deleteVersion(
  client: ServerlessRegistryClient,
  name: string,
  version: string,
  confirm: () => Promise<boolean>,
): Promise<{ deleted: string } | undefined> {
  await versionDetail(client, name, version);
  if (!(await confirm())) return undefined;
  await client.deleteVersion(name, version);
  return { deleted: `${name}@${version}` };
}

export async function requireToken(env: Env): Promise<{ token: string; source: string }> {
  const stored = await resolveToken(env);
  if (!stored) {
    throw new PublishError(
      'serverless-token',
      'no Serverless Registry token: not logged in',
      'run `component-publish serverless login` (or set SERVERLESS_REGISTRY_TOKEN)',
    );
  }
  return stored;
}

/** The token in use, masked the way the official client masks it, and where it came from. */
export async function showToken(env: Env): Promise<{ token: string; source: string }> {
  const { token, source } = await requireToken(env);
  return { token: maskToken(token), source };
}

/** Checks the token with the registry (the account's package list), then stores it. */
export async function loginWithToken(
  client: ServerlessRegistryClient,
  token: string,
  env: Env,
): Promise<{ file: string; packages: number }> {
  const packages = await client.listMine(1);
  const file = await writeToken(token, env);
  return { file, packages: packages.length };
}

/** Resets the token and stores the new one; the old one (in a secret, say) stops working. */
export async function retoken(
  client: ServerlessRegistryClient,
  env: Env,
): Promise<{ file: string; token: string; staleEnv?: string }> {
  const fresh = await client.resetToken();
  const file = await writeToken(fresh, env);
  const staleEnv = (['SERVERLESS_REGISTRY_TOKEN', 'serverless_devs_registry_token'] as const).find(
    (n) => env[n],
  );
  return { file, token: maskToken(fresh), staleEnv };
}
