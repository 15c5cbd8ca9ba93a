// `publish DIR...`: the set, through the same core and composition root as the action; text rows per
// component (what the job summary shows) or JSON.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type PublishSetResult, publishSet } from '../release-set.ts';
import { componentRows, rowsText } from '../set-summary.ts';
import { displayPath } from '../slipway/component.ts';
import { inspectOptions, pick, targetsConfig, type Values } from './args.ts';
import { folders, progress, stderrReporter } from './commands.ts';

export async function publishCommand(dirs: readonly string[], values: Values): Promise<number> {
  const format = pick(values.format, ['text', 'json'] as const, 'format', 'text');
  const targets = await targetsConfig(values);
  const inspect = inspectOptions(values);
  const workDir = await mkdtemp(join(tmpdir(), 'component-publish-'));
  try {
    const result = await publishSet({
      dirs: values.tarballs && dirs.length === 0 ? [] : await folders(dirs, values),
      inspect,
      workDir,
      dryRun: values['dry-run'] ?? false,
      reporter: stderrReporter(format === 'json'),
      onProgress: progress(format === 'text'),
      targets,
      tarball: values.tarballs,
    });
    write(result, format, targets.fileRegistry);
    return 0;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function write(result: PublishSetResult, format: 'text' | 'json', fileRegistry: string | undefined): void {
  const rows = componentRows(result);
  const plan = result.steps.map((s) => ({
    target: s.target,
    changes: s.changes,
    description: s.description,
  }));
  const published = result.outcomes.some((o) => o.changed);
  if (format === 'json') {
    const components = result.artifacts.map((a) => ({
      name: `${a.component.manifest.publisher}.${a.component.manifest.name}`,
      version: a.component.version,
      sha256: a.sha256,
      size: a.size,
    }));
    // `component`, `sha256` and `size` of the first: what one-component callers have always read.
    const [first] = components;
    const summary = {
      component: first?.name,
      version: result.version,
      sha256: first?.sha256,
      size: first?.size,
    };
    const out = {
      ...summary,
      components,
      rows,
      dryRun: result.dryRun,
      plan,
      outcomes: result.outcomes,
      published,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else if (result.dryRun) {
    process.stdout.write(`dry run: nothing was written. Plan for ${result.version}:\n`);
    for (const s of plan) process.stdout.write(`  ${s.target}: ${s.description}\n`);
    process.stdout.write(rowsText(rows));
  } else {
    const done = result.outcomes.map((o) => `${o.target}: ${o.done}`).join('; ');
    const where = fileRegistry !== undefined ? ` → ${displayPath(resolve(fileRegistry))}` : '';
    process.stdout.write(
      `${published ? 'published' : 'nothing to publish'} ${result.version}${where} (${done})\n`,
    );
    process.stdout.write(rowsText(rows));
  }
}
