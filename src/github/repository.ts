// Which GitHub repository releases the component: `--repo`, else GITHUB_REPOSITORY, else the git
// remote `origin` of the component folder.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Repository {
  /** `owner/name` */
  fullName: string;
  owner: string;
  name: string;
  /** Web URL, e.g. https://github.com/owner/name */
  webUrl: string;
  source: 'input' | 'env' | 'git';
}

export function parseFullName(value: string): { owner: string; name: string } | undefined {
  const match = /^([A-Za-z0-9-_.]+)\/([A-Za-z0-9-_.]+)$/.exec(value.trim());
  // `.` and `..` are path steps, never names: GitHub refuses them and a URL would resolve them away.
  if (!match || [match[1], match[2]].some((part) => /^\.\.?$/.test(part!))) return undefined;
  return { owner: match[1]!, name: match[2]!.replace(/\.git$/, '') };
}

/**
 * Why `branch` cannot be a git branch name (git check-ref-format's rules), or undefined when it can.
 * GitHub would answer 404 or 422 after other targets were written; this says so before any write.
 */
export function branchNameProblem(branch: string): string | undefined {
  if (/[\s\p{Cc}~^:?*[\\]/u.test(branch)) return 'holds a space, a control character or one of ~^:?*[\\';
  if (/\.\.|@\{|\/\/|^\/|\/$|\.lock$|\/\.|^\.|\.$|^@$/.test(branch))
    return 'holds "..", "@{", "//", a part starting with "." or ending in ".lock", or starts or ends with "/"';
  return undefined;
}

/** `https://host/o/r(.git)`, `git@host:o/r.git`, `ssh://git@host[:port]/o/r.git` → host and owner/name. */
function parseRemote(url: string): { host: string; owner: string; name: string } | undefined {
  const match =
    /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/(?:[^@/]+@)?|git@)([^/:]+)(?::\d+)?[:/]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(
      url.trim(),
    );
  return match ? { host: match[1]!, owner: match[2]!, name: match[3]! } : undefined;
}

export async function detectRepository(
  dir: string,
  input: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Repository | undefined> {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const named = (value: string, source: Repository['source']): Repository => {
    const parsed = parseFullName(value);
    if (!parsed) throw new Error(`"${value}" is not a repository name; write it as OWNER/NAME`);
    return {
      fullName: `${parsed.owner}/${parsed.name}`,
      ...parsed,
      webUrl: `${server}/${parsed.owner}/${parsed.name}`,
      source,
    };
  };
  if (input?.trim()) return named(input, 'input');
  if (env.GITHUB_REPOSITORY?.trim()) return named(env.GITHUB_REPOSITORY, 'env');
  try {
    const { stdout } = await run('git', ['-C', dir, 'remote', 'get-url', 'origin'], { timeout: 10_000 });
    const remote = parseRemote(stdout);
    if (!remote) return undefined;
    return {
      fullName: `${remote.owner}/${remote.name}`,
      owner: remote.owner,
      name: remote.name,
      webUrl: `https://${remote.host}/${remote.owner}/${remote.name}`,
      source: 'git',
    };
  } catch {
    return undefined;
  }
}
