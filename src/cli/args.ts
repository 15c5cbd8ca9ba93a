// Every command-line option, parsed once, typed and validated: a bad value is a UsageError (exit 2)
// before anything is read or written. commands.ts only sees these types.
import { parseArgs } from 'node:util';
import type { TargetsConfig } from '../compose.ts';
import { PublishError, UsageError } from '../errors.ts';
import { parseFullName } from '../github/repository.ts';
import { parseSiblings } from '../list.ts';
import { resolveToken } from '../serverless/toolbox-token.ts';
import type { InspectOptions } from '../slipway/inspect.ts';
import { parseFileRegistry } from '../targets/file-registry.ts';

export const USAGE = `Usage: component-publish <command> [DIR] [options]

Commands:
  validate [DIR]   check the component (slipway_component.json) and/or Serverless Devs package (publish.yaml)
                   --format text|json|github|sarif  --strict  --repo OWNER/NAME  --conventions slipway|none
  pack [DIR]       write <publisher>.<name>.<version>.tar
                   --out FOLDER|FILE.tar (default: .)  --version V  --format text|json
  publish [DIR]    publish to a local folder registry and/or the Serverless Registry
                   --registry file:PATH  --serverless  --version V  --dry-run  --format text|json
  list [ROOT]      components under ROOT (Slipway manifests and Serverless Devs packages)
                   --changed-since REF  --format text|json
  serverless <login|token|retoken|list|search|versions|detail|delete>
                   the Serverless Registry toolbox (component-publish serverless --help)

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
  if (values.repo !== undefined && !parseFullName(values.repo))
    throw new UsageError(`--repo must be OWNER/NAME (got "${values.repo}")`);
  return {
    version: values.version,
    tagPrefix: values['tag-prefix'],
    siblings: parseSiblings(values.siblings),
    repository: values.repo,
    conventions: pick(values.conventions, ['slipway', 'none'] as const, 'conventions', 'slipway'),
  };
}

/** `publish`'s targets: a local folder registry and/or the Serverless Registry. */
export async function targetsConfig(values: Values): Promise<TargetsConfig> {
  if (!values.registry && !values.serverless) {
    throw new UsageError(
      'publish needs --registry file:PATH (e.g. --registry file:.registry) and/or --serverless',
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
  return { fileRegistry, serverless };
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
