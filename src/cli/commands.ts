import { discover } from '../list.ts';
import { packFolders } from '../release.ts';
import { hasErrors } from '../report/problems.ts';
import type { Reporter } from '../report/reporter.ts';
import { RULES } from '../report/rules.ts';
import { toSarif } from '../report/sarif.ts';
import { formatProblems, summarizeProblems } from '../report/text.ts';
import { selectFolders } from '../select.ts';
import { displayPath } from '../slipway/component.ts';
import { validateFolders } from '../validate.ts';
import { inspectOptions, pick, type Values } from './args.ts';

const TOOL = {
  name: 'component-publish',
  version: '0.1.0',
  informationUri: 'https://github.com/component-publish/component-publish',
  ruleDescriptions: RULES,
};

export function stderrReporter(quiet: boolean): Reporter {
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
export function progress(enabled: boolean) {
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

/** The DIR arguments: folders and globs, minus --exclude. */
export async function folders(dirs: readonly string[], values: Values): Promise<string[]> {
  return (await selectFolders(dirs, values.exclude ?? [])).folders;
}

export async function validateCommand(dirs: readonly string[], values: Values): Promise<number> {
  const format = pick(values.format, ['text', 'json', 'github', 'sarif'] as const, 'format', 'text');
  const inspect = inspectOptions(values);
  const { folders: selected } = await selectFolders(dirs, values.exclude ?? [], process.cwd(), {
    yamlFiles: true,
  });
  const { problems, deployOrders } = await validateFolders(selected, inspect);
  const orders = deployOrders.map((order) => `deploy order: ${order.join(' → ')}`);
  const ok = !hasErrors(problems, values.strict);
  if (format === 'sarif') process.stdout.write(`${JSON.stringify(toSarif(problems, TOOL), null, 2)}\n`);
  else process.stdout.write(formatProblems(problems, format, ok));
  if (format === 'text') {
    for (const order of orders) process.stdout.write(`${order}\n`);
    process.stdout.write(`${ok ? 'ok' : 'invalid'}: ${summarizeProblems(problems)}\n`);
  }
  return ok ? 0 : 1;
}

export async function packCommand(dirs: readonly string[], values: Values): Promise<number> {
  const format = pick(values.format, ['text', 'json'] as const, 'format', 'text');
  const artifacts = await packFolders({
    dirs: await folders(dirs, values),
    inspect: inspectOptions(values),
    out: values.out ?? '.',
    reporter: stderrReporter(format === 'json'),
    onProgress: progress(format === 'text'),
  });
  const results = artifacts.map((artifact) => ({
    file: displayPath(artifact.file),
    sha256: artifact.sha256,
    size: artifact.size,
    entries: artifact.entries,
    stampedReferences: artifact.component.stampedReferences,
  }));
  // One component: the object itself (as before sets existed); several: a list of them.
  if (format === 'json')
    process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  else
    for (const r of results)
      process.stdout.write(`${r.file}\n  sha256 ${r.sha256}\n  ${r.size} bytes, ${r.entries.length} files\n`);
  return 0;
}

export async function listCommand(root: string, values: Values): Promise<number> {
  const format = pick(values.format, ['text', 'json'] as const, 'format', 'text');
  const listing = await discover(root, {
    changedSince: values['changed-since'],
    exclude: values.exclude ?? [],
  });
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(listing)}\n`);
    return 0;
  }
  for (const c of listing.components) process.stdout.write(`${c.path}\t${c.kind}\t${c.name}\t${c.version}\n`);
  if (listing.skipped.length > 0) {
    process.stdout.write('skipped:\n');
    for (const s of listing.skipped) process.stdout.write(`  ${s.path}\t${s.reason}\n`);
  }
  return 0;
}
