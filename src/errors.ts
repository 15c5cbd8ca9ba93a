// Errors a user can act on: each carries a stable code and a remediation hint. Anything else that
// escapes is a bug in this tool and is reported as such.
import type { Problem } from './report/problems.ts';

export class PublishError extends Error {
  override readonly name = 'PublishError';
  constructor(
    readonly code: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Invalid input files: carries every problem found, not just the first. */
export class InvalidInputError extends PublishError {
  constructor(readonly problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super('invalid-input', `${errors.length} problem(s) in the input; nothing was written`);
  }
}

/** Wrong command-line usage: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function describeError(error: unknown): string {
  if (error instanceof PublishError) {
    return error.hint ? `${error.message}\n  fix: ${error.hint}` : error.message;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
