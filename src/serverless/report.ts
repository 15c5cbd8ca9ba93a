// How the package checks record a problem: by file (shown relative to the working directory) and position.
import type { Position, Problem, Severity } from '../report/problems.ts';
import { displayPath } from '../slipway/component.ts';

export type Report = (
  file: string,
  at: Position,
  code: string,
  message: string,
  fix: string,
  severity?: Severity,
) => void;

/** A problem about a whole file or folder. */
export const WHOLE: Position = { line: 0, column: 0 };

export function reporterInto(problems: Problem[]): Report {
  return (file, at, code, message, fix, severity = 'error') =>
    problems.push({ file: displayPath(file), ...at, severity, code, message, fix });
}
