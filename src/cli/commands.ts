// The commands: typed arguments → core → text or JSON on stdout. Each returns the exit status.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listComponents } from '../list.ts';
import { packFolder, publishFolder } from '../release.ts';
import { hasErrors } from '../report/problems.ts';
import type { Reporter } from '../report/reporter.ts';
import { RULES } from '../report/rules.ts';
import { toSarif } from '../report/sarif.ts';
import { formatProblems, summarizeProblems } from '../report/text.ts';
import { displayPath } from '../slipway/component.ts';
import { validateFolder } from '../validate.ts';
import { inspectOptions, pick, targetsConfig, type Values } from './args.ts';

const TOOL = {
  name: 'component-publish',
  version: '0.1.0',
  informationUri: 'https://github.com/component-publish/component-publish',
  ruleDescriptions: RULES,
};

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

export async function validateCommand(dir: string, values: Values): Promise<number> {
  const format = pick(values.format, ['text', 'json', 'github', 'sarif'] as const, 'format', 'text');
  const { problems, deployOrder } = await validateFolder(dir, inspectOptions(values));
  const ok = !hasErrors(problems, values.strict);
  if (format === 'sarif') process.stdout.write(`${JSON.stringify(toSarif(problems, TOOL), null, 2)}\n`);
  else process.stdout.write(formatProblems(problems, format, ok));
  if (format === 'text') {
    if (deployOrder && deployOrder.length > 0)
      process.stdout.write(`deploy order: ${deployOrder.join(' → ')}\n`);
    process.stdout.write(`${ok ? 'ok' : 'invalid'}: ${summarizeProblems(problems)}\n`);
  }
  return ok ? 0 : 1;
}

export async function packCommand(dir: string, values: Values): Promise<number> {
  const format = pick(values.format, ['text', 'json'] as const, 'format', 'text');
  const artifact = await packFolder({
    dir,
    inspect: inspectOptions(values),
    out: values.out ?? '.',
    reporter: stderrReporter(format === 'json'),
    onProgress: progress(format === 'text'),
  });
  const result = {
    file: displayPath(artifact.file),
    sha256: artifact.sha256,
    size: artifact.size,
    entries: artifact.entries,
    stampedReferences: artifact.component.stampedReferences,
  };
  if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else
    process.stdout.write(
      `${result.file}\n  sha256 ${result.sha256}\n  ${result.size} bytes, ${result.entries.length} files\n`,
    );
  return 0;
}

export async function publishCommand(dir: string, values: Values): Promise<number> {
  const format = pick(values.format, ['text', 'json'] as const, 'format', 'text');
  const targets = await targetsConfig(values);
  const workDir = await mkdtemp(join(tmpdir(), 'component-publish-'));
  try {
    const result = await publishFolder({
      dir,
      inspect: inspectOptions(values),
      workDir,
      dryRun: values['dry-run'] ?? false,
      reporter: stderrReporter(format === 'json'),
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
      const where =
        targets.fileRegistry !== undefined ? ` → ${displayPath(resolve(targets.fileRegistry))}` : '';
      process.stdout.write(
        `${summary.component ?? displayPath(resolve(dir))} ${summary.version ?? ''}${where} (${done})\n`,
      );
    }
    return 0;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

export async function listCommand(root: string, values: Values): Promise<number> {
  const format = pick(values.format, ['text', 'json'] as const, 'format', 'text');
  const components = await listComponents(root, { changedSince: values['changed-since'] });
  if (format === 'json') process.stdout.write(`${JSON.stringify(components)}\n`);
  else for (const c of components) process.stdout.write(`${c.path}\t${c.kind}\t${c.name}\t${c.version}\n`);
  return 0;
}
