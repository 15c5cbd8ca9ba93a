#!/usr/bin/env node
// The command-line face: argv → core → text or JSON. Exit 0 ok, 1 invalid input or a failed step, 2 usage.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeError, InvalidInputError, PublishError, UsageError } from '../errors.ts';
import { listComponents, parseSiblings } from '../list.ts';
import { publish, requireComponent } from '../publish.ts';
import { hasErrors } from '../report/problems.ts';
import type { Reporter } from '../report/reporter.ts';
import { formatProblems, type ProblemFormat, summarizeProblems } from '../report/text.ts';
import { ServerlessRegistryClient } from '../serverless/client.ts';
import { displayPath } from '../slipway/component.ts';
import type { Artifact } from '../slipway/pack.ts';
import { packComponent } from '../slipway/pack.ts';
import type { Target } from '../target.ts';
import { FileRegistryTarget, parseFileRegistry } from '../targets/file-registry.ts';
import { ServerlessRegistryTarget } from '../targets/serverless-registry.ts';
import { validateFolder } from '../validate.ts';
import { runServerless } from './serverless-commands.ts';

const USAGE = `Usage: component-publish <command> [DIR] [options]

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

type Values = ReturnType<typeof parseCommandLine>['values'];

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function stderrReporter(quiet: boolean): Reporter {
  const say = (prefix: string) => (message: string) => {
    if (!quiet || prefix === 'warning: ') process.stderr.write(`${prefix}${message}\n`);
  };
  return {
    info: say(''),
    notice: say('notice: '),
    warning: say('warning: '),
    debug: () => {},
    secret: () => {},
  };
}

function pick<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

function inspectOptions(values: Values) {
  return {
    version: values.version,
    tagPrefix: values['tag-prefix'],
    siblings: parseSiblings(values.siblings),
    repository: values.repo,
    conventions: pick(values.conventions, ['slipway', 'none'] as const, 'conventions', 'slipway'),
  };
}

/** A progress line on a terminal for packs that take a while; nothing when piped or with --format json. */
function progress(enabled: boolean) {
  if (!enabled || !process.stderr.isTTY) return undefined;
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (now - last < 200 && done < total) return;
    last = now;
    process.stderr.write(
      `\rpacking ${Math.floor((done / total) * 100)}% (${Math.round(done / 1048576)} of ${Math.round(total / 1048576)} MiB)`,
    );
    if (done >= total) process.stderr.write('\n');
  };
}

async function validateCommand(dir: string, values: Values): Promise<number> {
  const format = pick(values.format, ['text', 'json', 'github', 'sarif'] as const, 'format', 'text');
  const { problems, deployOrder } = await validateFolder(dir, inspectOptions(values));
  const ok = !hasErrors(problems, values.strict);
  if (format === 'sarif') {
    const { toSarif } = await import('../report/sarif.ts');
    process.stdout.write(
      `${JSON.stringify(toSarif(problems, { name: 'component-publish', version: '0.1.0', informationUri: 'https://github.com/component-publish/component-publish' }), null, 2)}\n`,
    );
  } else {
    process.stdout.write(formatProblems(problems, format as ProblemFormat, ok));
  }
  if (format === 'text') {
    if (deployOrder && deployOrder.length > 0)
      process.stdout.write(`deploy order: ${deployOrder.join(' → ')}\n`);
    process.stdout.write(`${ok ? 'ok' : 'invalid'}: ${summarizeProblems(problems)}\n`);
  }
  return ok ? 0 : 1;
}

async function packCommand(dir: string, values: Values): Promise<number> {
  const format = pick(values.format, ['text', 'json'] as const, 'format', 'text');
  const reporter = stderrReporter(format === 'json');
  const component = await requireComponent(dir, inspectOptions(values), reporter);
  const artifact = await packComponent(component, values.out ?? '.', {
    onProgress: progress(format === 'text'),
  });
  const result = {
    file: displayPath(artifact.file),
    sha256: artifact.sha256,
    size: artifact.size,
    entries: artifact.entries,
    stampedReferences: component.stampedReferences,
  };
  if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else
    process.stdout.write(
      `${result.file}\n  sha256 ${result.sha256}\n  ${result.size} bytes, ${result.entries.length} files\n`,
    );
  return 0;
}

function serverlessToken(): string {
  const token = process.env.SERVERLESS_REGISTRY_TOKEN || process.env.serverless_devs_registry_token;
  if (!token) {
    throw new PublishError(
      'serverless-token',
      'no Serverless Registry token in the environment',
      'set SERVERLESS_REGISTRY_TOKEN (or serverless_devs_registry_token) to your registry token',
    );
  }
  return token;
}

function serverlessClient(): ServerlessRegistryClient {
  return new ServerlessRegistryClient({
    token: serverlessToken(),
    baseUrl: process.env.SERVERLESS_REGISTRY_URL || undefined,
  });
}

async function publishCommand(dir: string, values: Values): Promise<number> {
  const format = pick(values.format, ['text', 'json'] as const, 'format', 'text');
  if (!values.registry && !values.serverless) {
    throw new UsageError(
      'publish needs --registry file:PATH (e.g. --registry file:.registry) and/or --serverless',
    );
  }
  const folder = values.registry === undefined ? undefined : parseFileRegistry(values.registry);
  if (values.registry !== undefined && folder === undefined)
    throw new UsageError(`--registry must be file:PATH, got "${values.registry}"`);
  const reporter = stderrReporter(format === 'json');
  const workDir = await mkdtemp(join(tmpdir(), 'component-publish-'));
  try {
    const targets = (artifact: Artifact | undefined): Target[] => {
      const list: Target[] = [];
      if (artifact && folder !== undefined) {
        list.push(
          new FileRegistryTarget({
            path: folder,
            artifact,
            git: artifact.component.repository?.webUrl ?? `file://${resolve(dir)}`,
          }),
        );
      }
      if (values.serverless)
        list.push(new ServerlessRegistryTarget({ dir, client: serverlessClient(), reporter, workDir }));
      return list;
    };
    const slipway = folder !== undefined;
    const result = await publish({
      dir,
      slipway,
      inspect: inspectOptions(values),
      workDir,
      dryRun: values['dry-run'],
      reporter,
      onProgress: progress(format === 'text'),
      targets,
    });
    const a = result.artifact;
    const summary = {
      component: a ? `${a.component.manifest.publisher}.${a.component.manifest.name}` : undefined,
      version: a?.component.version,
      sha256: a?.sha256,
      size: a?.size,
      dryRun: result.dryRun,
      plan: result.steps.map((s) => ({ target: s.target, changes: s.changes, description: s.description })),
      outcomes: result.outcomes,
      published: result.outcomes.some((o) => o.changed),
    };
    if (format === 'json') {
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    } else if (result.dryRun) {
      process.stdout.write(
        `dry run: nothing was written. Plan${summary.component ? ` for ${summary.component} ${summary.version}` : ''}:\n`,
      );
      for (const s of summary.plan) process.stdout.write(`  ${s.target}: ${s.description}\n`);
    } else {
      const done = result.outcomes.map((o) => `${o.target}: ${o.done}`).join('; ');
      const where = folder !== undefined ? ` → ${displayPath(resolve(folder))}` : '';
      process.stdout.write(
        `${summary.component ?? displayPath(resolve(dir))} ${summary.version ?? ''}${where} (${done})\n`,
      );
    }
    return 0;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function listCommand(root: string, values: Values): Promise<number> {
  const format = pick(values.format, ['text', 'json'] as const, 'format', 'text');
  const components = await listComponents(root, { changedSince: values['changed-since'] });
  if (format === 'json') process.stdout.write(`${JSON.stringify(components)}\n`);
  else for (const c of components) process.stdout.write(`${c.path}\t${c.kind}\t${c.name}\t${c.version}\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'serverless') return runServerless(argv.slice(1));
  try {
    const { values, positionals } = parseCommandLine(argv);
    const [command, dir = '.', ...extra] = positionals;
    if (values.help || command === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (extra.length > (command === 'serverless' ? 1 : 0))
      throw new UsageError(`unexpected argument "${extra.at(-1)}"`);
    switch (command) {
      case 'validate':
        return await validateCommand(dir, values);
      case 'pack':
        return await packCommand(dir, values);
      case 'publish':
        return await publishCommand(dir, values);
      case 'list':
        return await listCommand(dir, values);
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`component-publish: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof InvalidInputError) {
      process.stderr.write(formatProblems(error.problems, 'text', false));
      process.stderr.write(`component-publish: ${error.message}\n`);
      return 1;
    }
    if (error instanceof PublishError) {
      process.stderr.write(`component-publish: ${describeError(error)}\n`);
      return 1;
    }
    process.stderr.write(
      `component-publish: unexpected failure (a bug; please report it):\n${describeError(error)}\n`,
    );
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
