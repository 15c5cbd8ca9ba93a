// Printing problems: text for people, JSON for tools, `github` workflow commands for annotations.
import type { Problem } from './problems.ts';
import { sortProblems } from './problems.ts';

export type ProblemFormat = 'text' | 'json' | 'github';

export function formatProblems(problems: readonly Problem[], format: ProblemFormat, ok: boolean): string {
  const sorted = sortProblems(problems);
  if (format === 'json') return `${JSON.stringify({ ok, problems: sorted }, null, 2)}\n`;
  if (format === 'github') return sorted.map(toWorkflowCommand).join('');
  return sorted.map((p) => `${formatProblem(p)}\n`).join('');
}

export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  const fix = p.fix ? `\n    fix: ${p.fix}` : '';
  return `${where}: ${p.severity} ${p.code}: ${p.message}${fix}`;
}

export function summarizeProblems(problems: readonly Problem[]): string {
  const count = (s: string) => problems.filter((p) => p.severity === s).length;
  return `${count('error')} error(s), ${count('warning')} warning(s)`;
}

// The escaping GitHub's runner expects in workflow commands (as @actions/core does it).
const escapeData = (s: string) => s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (s: string) => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

function toWorkflowCommand(p: Problem): string {
  const command = p.severity === 'error' ? 'error' : p.severity === 'warning' ? 'warning' : 'notice';
  const props = [`file=${escapeProperty(p.file)}`];
  if (p.line > 0) props.push(`line=${p.line}`);
  if (p.column > 0) props.push(`col=${p.column}`);
  props.push(`title=${escapeProperty(p.code)}`);
  const message = p.fix ? `${p.message}\nfix: ${p.fix}` : p.message;
  return `::${command} ${props.join(',')}::${escapeData(message)}\n`;
}
