// Every command-line option, parsed once, typed and validated: a bad value is a UsageError (exit 2)
// before anything is read or written. commands.ts only sees these types.
import { parseArgs } from 'node:util';
import { insideRepository, type TargetsConfig } from '../compose.ts';
import { PublishError, UsageError } from '../errors.ts';
import { parseFullName } from '../github/repository.ts';
import { parseSiblings } from '../list.ts';
import { resolveToken } from '../serverless/toolbox-token.ts';
import type { InspectOptions } from '../slipway/inspect.ts';
import { parseFileRegistry } from '../targets/file-registry.ts';
import { checkToken } from '../token.ts';

export const USAGE = `Usage: component-publish <command> [DIR...] [options]

Commands:
  validate [DIR...]  check the components (slipway_component.json) and/or Serverless Devs packages (publish.yaml),
                     or an application's s.yaml (a folder holding s.yaml/s.yml/s-*.yaml, or any YAML file named)
                     --format text|json|github|sarif  --strict  --repo OWNER/NAME  --conventions slipway|none
  pack [DIR...]      write <publisher>.<name>.<version>.tar for each (all validated first)
                     --out FOLDER (or FILE.tar for one; default .)  --version V  --format text|json
  publish [DIR...]   publish the set under one version: every component validated and every target
                     checked before the first write
                     --github OWNER/REPO  one release holding every tarball (token: GITHUB_TOKEN or GH_TOKEN;
                                          GITHUB_API_URL for GHES; --target COMMIT creates a missing tag; --draft)
                     --registry-repo OWNER/NAME [--registry-file F] [--registry-branch B]
                                          one registry.yaml commit with every entry (token: REGISTRY_TOKEN,
                                          else GITHUB_TOKEN or GH_TOKEN)
                     --registry file:PATH  a local folder registry     --serverless  the Serverless Registry
                     --tarballs FOLDER    publish exactly the reviewed *.tar in FOLDER (DIRs then only
                                          supply Serverless Devs packages)
                     --version V  --dry-run  --format text|json
  list [ROOT]        components under ROOT (Slipway manifests and Serverless Devs packages) and what
                     was skipped    --changed-since REF  --format text|json
  serverless <login|token|retoken|list|search|versions|detail|delete>
                     the Serverless Registry toolbox (component-publish serverless --help)

DIR: a component folder, or a glob such as 'components/*' (quoted: the tool expands it, build outputs
  that git ignores included); --exclude GLOB (repeatable) keeps demos, tests and fixtures out.
Common options: --repo OWNER/NAME, --conventions slipway|none, --version V, --tag-prefix P,
  --siblings "publisher.name …"|none  (components released with this one under --version: their
  rigging references get it too; default every component of the repository)
DIR defaults to the current folder. Exit status: 0 ok, 1 invalid input or failed step, 2 usage.
`;

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  version: { type: 'string' },
  registry: { type: 'string' },
  repo: { type: 'string' },
  conventions: { type: 'string' },
  'tag-prefix': { type: 'string' },
  siblings: { type: 'string' },
  'dry-run': { type: 'boolean' },
  strict: { type: 'boolean' },
  serverless: { type: 'boolean' },
  'changed-since': { type: 'string' },
  exclude: { type: 'string', multiple: true },
  github: { type: 'string' },
  target: { type: 'string' },
  draft: { type: 'boolean' },
  'registry-repo': { type: 'string' },
  'registry-file': { type: 'string' },
  'registry-branch': { type: 'string' },
  tarballs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type Values = ReturnType<typeof parseCommandLine>['values'];

export function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function pick<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

export function inspectOptions(values: Values): InspectOptions {
  for (const flag of ['repo', 'github', 'registry-repo'] as const) {
    const value = values[flag];
    if (value !== undefined && !parseFullName(value))
      throw new UsageError(`--${flag} must be OWNER/NAME (got "${value}")`);
  }
  if (values.repo && values.github && values.repo.toLowerCase() !== values.github.toLowerCase())
    throw new UsageError(`--repo ${values.repo} and --github ${values.github} name different repositories`);
  return {
    version: values.version,
    tagPrefix: values['tag-prefix'],
    siblings: parseSiblings(values.siblings),
    repository: values.repo ?? values.github,
    conventions: pick(values.conventions, ['slipway', 'none'] as const, 'conventions', 'slipway'),
  };
}

/** `publish`'s targets, through the same composition root as the action. */
export async function targetsConfig(values: Values): Promise<TargetsConfig> {
  if (!values.registry && !values.serverless && !values.github && !values['registry-repo']) {
    throw new UsageError(
      'publish needs a target: --github OWNER/REPO, --registry-repo OWNER/NAME, --registry file:PATH and/or --serverless',
    );
  }
  const fileRegistry = values.registry === undefined ? undefined : parseFileRegistry(values.registry);
  if (values.registry !== undefined && fileRegistry === undefined)
    throw new UsageError(`--registry must be file:PATH, got "${values.registry}"`);
  const serverless = values.serverless
    ? {
        token: await serverlessToken(),
        baseUrl: process.env.SERVERLESS_REGISTRY_URL || undefined,
        force: false,
      }
    : undefined;
  return {
    fileRegistry,
    serverless,
    githubRelease: githubRelease(values),
    registryYaml: registryYaml(values),
  };
}

const apiUrl = () => process.env.GITHUB_API_URL || undefined;

/** GITHUB_TOKEN, else GH_TOKEN (what the gh CLI reads). */
function githubToken(needed: string): string {
  const [name, value] = process.env.GITHUB_TOKEN
    ? ['GITHUB_TOKEN', process.env.GITHUB_TOKEN]
    : ['GH_TOKEN', process.env.GH_TOKEN ?? ''];
  if (!value)
    throw new PublishError(
      'github-token',
      `${needed} needs a token in GITHUB_TOKEN or GH_TOKEN`,
      'export GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token)) with contents: write on the repository',
    );
  return checkToken(name, value);
}

function githubRelease(values: Values): TargetsConfig['githubRelease'] {
  if (!values.github) return undefined;
  return {
    token: githubToken('--github'),
    apiUrl: apiUrl(),
    serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
    draft: values.draft ?? false,
    makeLatest: 'legacy',
    targetCommitish: values.target,
  };
}

function registryYaml(values: Values): TargetsConfig['registryYaml'] {
  const repo = values['registry-repo'] ? parseFullName(values['registry-repo']) : undefined;
  if (!repo) return undefined;
  const path = values['registry-file'] || 'registry.yaml';
  if (!insideRepository(path))
    throw new UsageError(
      `--registry-file "${path}" is outside the repository; give a path inside it, e.g. registry.yaml`,
    );
  const token = process.env.REGISTRY_TOKEN
    ? checkToken('REGISTRY_TOKEN', process.env.REGISTRY_TOKEN)
    : githubToken('--registry-repo (without REGISTRY_TOKEN)');
  return {
    token,
    apiUrl: apiUrl(),
    owner: repo.owner,
    repo: repo.name,
    path,
    branch: values['registry-branch'] || undefined,
    pullRequest: false,
  };
}

/** The Serverless Registry token: the environment first, then the file `s` (and `serverless login`) writes. */
async function serverlessToken(): Promise<string> {
  const stored = await resolveToken();
  if (!stored) {
    throw new PublishError(
      'serverless-token',
      'no Serverless Registry token in the environment or the token file',
      'run `component-publish serverless login`, or set SERVERLESS_REGISTRY_TOKEN (or serverless_devs_registry_token)',
    );
  }
  return stored.token;
}
