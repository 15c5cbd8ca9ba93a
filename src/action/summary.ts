// Annotations and the job summary: what people read after a run.
import * as core from '@actions/core';
import type { FinishResult } from '../release.ts';
import type { PublishSetResult } from '../release-set.ts';
import type { Problem } from '../report/problems.ts';
import { sortProblems } from '../report/problems.ts';
import { summarizeProblems } from '../report/text.ts';
import { componentRows, ROW_HEADERS, rowCells } from '../set-summary.ts';
import type { TargetOutputs } from '../target.ts';

export function annotate(problems: Problem[]): void {
  for (const p of sortProblems(problems)) {
    const props = {
      file: p.file,
      startLine: p.line || undefined,
      startColumn: p.column || undefined,
      title: p.code,
    };
    const text = p.fix ? `${p.message}\nfix: ${p.fix}` : p.message;
    if (p.severity === 'error') core.error(text, props);
    else if (p.severity === 'warning') core.warning(text, props);
    else core.notice(text, props);
  }
}

const header = (...names: string[]) => names.map((data) => ({ data, header: true }));

export async function problemsSummary(title: string, problems: Problem[]): Promise<void> {
  const rows = sortProblems(problems).map((p) => [
    p.severity,
    `${p.file}${p.line ? `:${p.line}:${p.column}` : ''}`,
    p.code,
    p.message,
    p.fix ?? '',
  ]);
  core.summary.addHeading(title, 3).addRaw(`${summarizeProblems(problems)}\n\n`);
  if (rows.length > 0)
    core.summary.addTable([header('severity', 'where', 'rule', 'problem', 'fix'), ...rows]);
  await writeSummary();
}

/** The job summary is a nicety: without GITHUB_STEP_SUMMARY (local runs, old GHES) the work still counts. */
async function writeSummary(): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.summary.emptyBuffer();
    return;
  }
  await core.summary.write();
}

export async function publishSummary(
  result: PublishSetResult,
  outputs: TargetOutputs,
  dir: string,
): Promise<void> {
  const names = result.artifacts.map((a) => `${a.component.manifest.publisher}.${a.component.manifest.name}`);
  const packages = result.outcomes.flatMap((o) => o.outputs['serverless-package'] ?? []);
  const title =
    names.length > 0
      ? `${names.join(', ')} ${result.version}`
      : packages.length > 0
        ? packages.join(', ')
        : dir;
  core.summary.addHeading(`${result.dryRun ? 'Plan (dry run)' : 'component-publish'}: ${title}`, 3);
  const release = outputs['release-url'];
  if (release) core.summary.addRaw(`Release: <a href="${release}">${release}</a>\n\n`);
  const rows = componentRows(result).map((row) =>
    rowCells(row).map(
      (cell, i) =>
        (cell &&
          (i === 3
            ? `<code>${cell}</code>`
            : i === 4
              ? `<a href="${cell}">${cell.split('/').at(-1)}</a>`
              : cell)) ||
        '',
    ),
  );
  if (rows.length > 0) core.summary.addTable([header(...ROW_HEADERS), ...rows]);
  const steps = result.dryRun
    ? result.steps.map((s) => [s.target, s.description.split('\n')[0]!])
    : result.outcomes.map((o) => [o.target, o.done]);
  core.summary.addTable([header('target', result.dryRun ? 'would do' : 'what was done'), ...steps]);
  if (outputs['registry-diff'])
    core.summary.addDetails('registry.yaml diff', `\n\n\`\`\`diff\n${outputs['registry-diff']}\n\`\`\`\n`);
  await writeSummary();
}

export async function releaseSummary(result: FinishResult): Promise<void> {
  const title = `${result.dryRun ? 'Plan (dry run)' : 'component-publish'}: release ${result.tags.join(', ')}`;
  core.summary.addHeading(title, 3);
  core.summary.addTable([
    header('asset', 'sha256'),
    ...[...result.byVersion.values()].flat().map((a) => [a.name, `<code>${a.sha256}</code>`]),
  ]);
  const what = result.dryRun
    ? result.steps.map((s) => `would ${s.description}`)
    : result.outcomes.map((o) => o.done);
  core.summary.addRaw(`\n${what.join('\n')}\n`);
  await writeSummary();
}
