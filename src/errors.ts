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

const FILESYSTEM_REASONS: Record<string, [string, string]> = {
  EACCES: ['permission denied', 'give the job read (and, for outputs, write) access to it'],
  EPERM: ['operation not permitted', 'give the job access to it'],
  ENOENT: ['no such file or folder', 'check the path'],
  ENOTDIR: ['a part of the path is not a folder', 'check the path'],
  EISDIR: ['it is a folder, not a file', 'point at the file, or rename the folder'],
  ENAMETOOLONG: ['the name is too long for this file system', 'shorten the file or folder name'],
  ELOOP: ['too many symbolic links', 'replace the symbolic link loop with real files'],
  EILSEQ: ['the name is not valid in this file system’s encoding', 'rename it using UTF-8 characters'],
  ENOSPC: ['no space left on the device', 'free space (RUNNER_TEMP, the output folder) and re-run'],
  EROFS: ['the file system is read-only', 'write to a writable folder'],
  EEXIST: [
    'a file is already there (where a folder must be?)',
    'move it out of the way, or choose another path',
  ],
};

/**
 * A file-system error the user can fix (a path they gave, a permission) as a typed error naming the
 * path; undefined for anything else, which stays a bug. Both faces call it before giving up.
 */
export function userError(error: unknown): PublishError | undefined {
  if (error instanceof PublishError) return error;
  const e = error as NodeJS.ErrnoException;
  const known = typeof e?.code === 'string' ? FILESYSTEM_REASONS[e.code] : undefined;
  if (!known || typeof e.path !== 'string') return undefined;
  const [reason, fix] = known;
  return new PublishError(
    `filesystem-${e.code!.toLowerCase()}`,
    `cannot ${e.syscall ?? 'read'} ${e.path}: ${reason}`,
    fix,
  );
}
