// A problem found while validating an input file. Every validator (Slipway manifest, publish.yaml,
// s.yaml, registry.yaml) reports in this one shape so the CLI and the action can print, annotate and
// count them the same way.

export type Severity = 'error' | 'warning' | 'notice';

export interface Problem {
  /** Path as the user should see it (relative to the working directory when possible). */
  file: string;
  /** 1-based; 0 when the problem is about the file or folder as a whole. */
  line: number;
  /** 1-based; 0 when unknown. */
  column: number;
  severity: Severity;
  /** Stable rule code, e.g. `slipway/name-invalid`; each is described in rules.ts. */
  code: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it, in one sentence. */
  fix?: string;
}

export interface Position {
  line: number;
  column: number;
}

export const NO_POSITION: Position = { line: 0, column: 0 };

export function hasErrors(problems: readonly Problem[], strict = false): boolean {
  return problems.some((p) => p.severity === 'error' || (strict && p.severity === 'warning'));
}

/** Orders problems by file, line, column, then code, so output is stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}
