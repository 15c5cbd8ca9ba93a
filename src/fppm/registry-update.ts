// Records an entry in a registry.yaml wherever the file lives (a local folder, a GitHub repository)
// through one small port. Parallel publishing jobs race for the same file, so every write states the
// version it was computed from; a store that sees another version answers 'conflict' and the edit is
// re-read, re-applied and retried with jittered backoff.
import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PublishError } from '../errors.ts';
import { sha256 } from '../files.ts';
import { wait } from '../waits.ts';
import { applyRegistryEntry, decodeRegistryBytes, lineDiff, type RegistryEntry } from './registry-yaml.ts';

export interface RegistryFileStore {
  /** Where the file lives, for messages: `owner/repo:registry.yaml@main` or a local path. */
  describe(): string;
  /** Pre-flight: throws a PublishError when this store's credentials cannot write the file. */
  checkWritable?(): Promise<void>;
  /** The file and its version (a blob sha, a content hash); null when it does not exist. */
  read(): Promise<{ text: string; version: string } | null>;
  /** Writes only if the file is still at `expectedVersion` (null: still absent); else 'conflict'. */
  write(
    text: string,
    expectedVersion: string | null,
    message: string,
  ): Promise<{ commit: string } | 'conflict'>;
}

export interface RegistryUpdateOptions {
  /** Commit message (stores that keep history use it). */
  message: string;
  /** Read-apply-write rounds before giving up; default 8. */
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1); for the backoff jitter. */
  random?: () => number;
}

export interface RegistryUpdateResult {
  changed: boolean;
  commit?: string;
  /** lineDiff of the file before and after; '' when unchanged. */
  diff: string;
  notes: string[];
  attempts: number;
}

const BACKOFF_BASE_MS = 200;
const BACKOFF_CAP_MS = 5000;

/** "Full jitter" backoff: a uniform delay below an exponentially growing, capped ceiling. */
export function backoffDelay(attempt: number, random: () => number): number {
  return Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1)));
}

/**
 * The entries applied one after another to the text (a release of several components: one commit
 * carries every entry). Changed when any entry changed it; the notes of all of them.
 */
export function applyRegistryEntries(
  text: string | null,
  entries: readonly RegistryEntry[],
  file: string,
): { text: string; changed: boolean; notes: string[] } {
  let current = text;
  let changed = false;
  const notes: string[] = [];
  for (const entry of entries) {
    const edit = applyRegistryEntry(current, entry, file);
    current = edit.text;
    changed ||= edit.changed;
    notes.push(...edit.notes);
  }
  return { text: current ?? '', changed, notes };
}

export async function updateRegistryFile(
  store: RegistryFileStore,
  entry: RegistryEntry | readonly RegistryEntry[],
  opts: RegistryUpdateOptions,
): Promise<RegistryUpdateResult> {
  const entries: readonly RegistryEntry[] = Array.isArray(entry) ? entry : [entry as RegistryEntry];
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 8);
  const sleep = opts.sleep ?? wait;
  const random = opts.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    const current = await store.read();
    const edit = applyRegistryEntries(current?.text ?? null, entries, store.describe());
    if (!edit.changed) return { changed: false, diff: '', notes: edit.notes, attempts: attempt };
    const written = await store.write(edit.text, current?.version ?? null, opts.message);
    if (written !== 'conflict') {
      const diff = lineDiff(current?.text ?? '', edit.text);
      return { changed: true, commit: written.commit, diff, notes: edit.notes, attempts: attempt };
    }
    if (attempt >= maxAttempts) {
      throw new PublishError(
        'registry-conflict',
        `${store.describe()} changed under every one of ${maxAttempts} attempts to record ${entries.map((e) => `${e.namespace}/${e.package}`).join(', ')}`,
        'Other jobs keep writing the registry at the same time: re-run this job, or serialize publishing jobs with a workflow `concurrency:` group.',
      );
    }
    await sleep(backoffDelay(attempt, random));
  }
}

/** A read of registry.yaml that failed: null when there is no file yet, else an error naming it. */
function absent(error: unknown, path: string): null {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return null;
  // readFile names no path in this error: say which file it is here.
  if (code === 'EISDIR')
    throw new PublishError(
      'registry-not-file',
      `${path} is a folder, not a registry.yaml file`,
      'move the folder out of the way (registry.yaml is created when missing)',
    );
  throw error;
}

/** A registry.yaml on this machine; its version is the sha256 of its bytes. */
export class LocalRegistryFileStore implements RegistryFileStore {
  constructor(readonly path: string) {}

  describe(): string {
    return this.path;
  }

  async read(): Promise<{ text: string; version: string } | null> {
    try {
      const bytes = await readFile(this.path);
      return { text: decodeRegistryBytes(bytes, this.path), version: sha256(bytes) };
    } catch (error) {
      return absent(error, this.path);
    }
  }

  async write(
    text: string,
    expectedVersion: string | null,
    _message: string,
  ): Promise<{ commit: string } | 'conflict'> {
    await mkdir(dirname(this.path), { recursive: true });
    const temp = `${this.path}.${randomUUID()}.tmp`;
    const mode = await stat(this.path).then(
      (s) => s.mode & 0o7777,
      () => undefined,
    );
    try {
      await writeFile(temp, text, { flush: true });
      if (mode !== undefined) await chmod(temp, mode);
      // Compare and rename with no `await` in between, so no other write of this process can slip
      // in; another process could within that instant (acceptable for a single machine).
      if (this.currentVersion() !== expectedVersion) {
        rmSync(temp, { force: true });
        return 'conflict';
      }
      renameSync(temp, this.path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    return { commit: sha256(text) };
  }

  private currentVersion(): string | null {
    try {
      return sha256(readFileSync(this.path));
    } catch (error) {
      return absent(error, this.path);
    }
  }
}
