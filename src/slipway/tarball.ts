// The reproducible `<publisher>.<name>.<version>.tar`: an uncompressed tar of regular files, paths
// relative to the component folder, sorted bytewise, with normalized metadata, so the same tree gives
// the same bytes whatever its mtimes, owners or umask. Streamed: the sha256 is computed while writing.
// The writer is our own (ustar with raw UTF-8 names, + PAX `path` for non-ASCII; about 80 lines): a stream-based tar library spent twice
// GNU tar's time on per-chunk stream machinery (see README, "Measured"); tests read every archive back
// with node-tar and GNU tar.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { PublishError } from '../errors.ts';
import { type PackEntry, splitUstar, type UstarName } from './tree.ts';

export { collectEntries, type PackEntry } from './tree.ts';

import { formatBytes, sourceDateEpoch } from '../files.ts';

/** 1980-01-01T00:00:00Z: the fixed mtime when SOURCE_DATE_EPOCH is unset (also the zip epoch). */
export const DEFAULT_MTIME_SECONDS = 315_532_800;
/** GitHub's limit for one release asset. */
export const MAX_TARBALL_BYTES = 2 * 1024 ** 3;

export interface PackResult {
  file: string;
  sha256: string;
  size: number;
  entries: string[];
}

export interface PackOptions {
  /** Replaces the content of one entry (the version-stamped manifest). */
  replace?: Map<string, Buffer>;
  /** Seconds since the epoch; defaults to SOURCE_DATE_EPOCH, else DEFAULT_MTIME_SECONDS. */
  mtime?: number;
  onProgress?: (done: number, total: number) => void;
  /** The limit to enforce; tests lower it. */
  maxBytes?: number;
}

function defaultMtime(): number {
  return sourceDateEpoch() ?? DEFAULT_MTIME_SECONDS;
}

/** The exact size of the archive `writeTarball` will produce (PAX headers included). */
export function tarballSize(entries: readonly { path: string; size: number }[]): number {
  let total = 1024;
  for (const e of entries) {
    total += 512 + Math.ceil(e.size / 512) * 512;
    if (needsPax(e.path)) total += 1024 + Math.ceil(paxRecord(e.path).length / 512) * 512 - 512;
  }
  return total;
}

export async function writeTarball(
  entries: PackEntry[],
  out: string,
  options: PackOptions = {},
): Promise<PackResult> {
  const mtime = options.mtime ?? defaultMtime();
  const sizes = entries.map((e) => ({ path: e.path, size: options.replace?.get(e.path)?.length ?? e.size }));
  const expected = tarballSize(sizes);
  const limit = options.maxBytes ?? MAX_TARBALL_BYTES;
  if (expected > limit) {
    throw new PublishError(
      'too-large',
      `the package would be ${formatBytes(expected)}; a GitHub release asset is limited to ${formatBytes(limit)}`,
      'leave build inputs and large data out of the component folder',
    );
  }
  // Bulk synchronous I/O through one reused buffer: memory stays flat, and the hash sees every byte as
  // it is written, so the archive is never read back.
  const writer = new HashingWriter(out);
  const buffer = Buffer.allocUnsafe(CHUNK);
  try {
    for (const [i, entry] of entries.entries()) {
      const size = sizes[i]!.size;
      writer.write(encodeHeaders(entry.path, size, entry.executable ? 0o755 : 0o644, mtime));
      const replacement = options.replace?.get(entry.path);
      if (replacement) writer.write(replacement);
      else copyInto(writer, entry, buffer);
      writer.write(ZEROS.subarray(0, (512 - (size % 512)) % 512));
      options.onProgress?.(writer.written, expected);
      if (i % 64 === 63) await new Promise(setImmediate); // let a terminal progress line and signals through
    }
    writer.write(ZEROS.subarray(0, 1024));
    writer.close();
  } catch (error) {
    writer.abort();
    await rm(out, { force: true });
    throw error;
  }
  if (writer.written !== expected)
    throw new Error(`tarball size ${writer.written} differs from the computed ${expected}`);
  return { file: out, sha256: writer.digest(), size: writer.written, entries: entries.map((e) => e.path) };
}

const CHUNK = 4 * 1024 * 1024;
const ZEROS = Buffer.alloc(1024);

class HashingWriter {
  written = 0;
  private readonly fd: number;
  private readonly hash = createHash('sha256');
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(bytes: Buffer): void {
    this.hash.update(bytes);
    let off = 0;
    while (off < bytes.length) off += writeSync(this.fd, bytes, off, bytes.length - off);
    this.written += bytes.length;
  }
  close(): void {
    closeSync(this.fd);
  }
  abort(): void {
    try {
      closeSync(this.fd);
    } catch {}
  }
  digest(): string {
    return this.hash.digest('hex');
  }
}

function copyInto(writer: HashingWriter, entry: PackEntry, buffer: Buffer): void {
  let fd: number;
  try {
    fd = openSync(entry.absolute, 'r');
  } catch (error) {
    throw new PublishError(
      'unreadable',
      `${entry.path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      `make ${entry.path} readable by the user running the tool, or remove it from the component folder`,
    );
  }
  try {
    let copied = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, entry.size - copied + 1), null);
      if (n === 0) break;
      copied += n;
      if (copied > entry.size) break;
      writer.write(buffer.subarray(0, n));
    }
    if (copied !== entry.size) {
      throw new PublishError(
        'file-changed',
        `${entry.path} changed size while it was being packed`,
        'do not write into the component folder while packing',
      );
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * A ustar header holding the path as raw UTF-8 in its name and prefix fields, which is all Slipway's
 * loader reads (tar-rs `header().path()`). A non-ASCII path also gets a PAX `path` record first, for
 * readers that take ustar names as Latin-1; it says the same thing.
 */
function encodeHeaders(path: string, size: number, mode: number, mtime: number): Buffer {
  const at = splitUstar(path);
  if (!at) throw new Error(`${path} does not fit a ustar header (fileNameProblem should have refused it)`);
  const header = ustarHeader(at, size, mode, mtime, '0');
  if (!needsPax(path)) return header;
  const record = paxRecord(path);
  const pad = (512 - (record.length % 512)) % 512;
  const paxName = { name: Buffer.from('PaxHeader'), prefix: Buffer.alloc(0) };
  return Buffer.concat([
    ustarHeader(paxName, record.length, 0o644, mtime, 'x'),
    record,
    Buffer.alloc(pad),
    header,
  ]);
}

const octal = (value: number, width: number) => `${value.toString(8).padStart(width - 1, '0')}\0`;

function ustarHeader(at: UstarName, size: number, mode: number, mtime: number, type: string): Buffer {
  const h = Buffer.alloc(512);
  at.name.copy(h, 0);
  h.write(octal(mode, 8), 100, 'latin1');
  h.write(octal(0, 8), 108, 'latin1'); // uid
  h.write(octal(0, 8), 116, 'latin1'); // gid
  h.write(octal(size, 12), 124, 'latin1');
  h.write(octal(mtime, 12), 136, 'latin1');
  h.write('        ', 148, 'latin1'); // checksum placeholder: eight spaces
  h.write(type, 156, 'latin1');
  h.write('ustar\x0000', 257, 'latin1'); // magic "ustar\0", version "00"; uname/gname stay empty
  h.write(octal(0, 8), 329, 'latin1'); // devmajor
  h.write(octal(0, 8), 337, 'latin1'); // devminor
  at.prefix.copy(h, 345);
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return h;
}

// The PAX record is only for readers that would take the raw UTF-8 name as Latin-1.
function needsPax(path: string): boolean {
  return !/^[\x20-\x7e]*$/.test(path);
}

function paxRecord(path: string): Buffer {
  const body = ` path=${path}\n`;
  const bytes = Buffer.byteLength(body);
  let digits = String(bytes).length;
  if (bytes + digits >= 10 ** digits) digits++;
  return Buffer.from(`${bytes + digits}${body}`);
}
