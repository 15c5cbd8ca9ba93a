// The reproducible `<publisher>.<name>.<version>.tar`: an uncompressed tar of regular files, paths
// relative to the component folder, sorted bytewise, with normalized metadata, so the same tree gives
// the same bytes whatever its mtimes, owners or umask. Streamed: the sha256 is computed while writing.
// The writer is our own (ustar + PAX `path`, about 80 lines): a stream-based tar library spent twice
// GNU tar's time on per-chunk stream machinery (see README, "Measured"); tests read every archive back
// with node-tar and GNU tar.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { lstat, opendir, rm } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

import { PublishError } from '../errors.ts';

/** 1980-01-01T00:00:00Z: the fixed mtime when SOURCE_DATE_EPOCH is unset (also the zip epoch). */
export const DEFAULT_MTIME_SECONDS = 315_532_800;
/** GitHub's limit for one release asset. */
export const MAX_TARBALL_BYTES = 2 * 1024 ** 3;

export interface PackEntry {
  /** Path inside the archive, `/`-separated, relative to the component folder. */
  path: string;
  absolute: string;
  size: number;
  executable: boolean;
}

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

export function defaultMtime(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (!raw) return DEFAULT_MTIME_SECONDS;
  if (!/^\d+$/.test(raw)) {
    throw new PublishError(
      'source-date-epoch',
      `SOURCE_DATE_EPOCH="${raw}" is not a whole number of seconds`,
      'unset it or set it to e.g. $(git log -1 --format=%ct)',
    );
  }
  return Number(raw);
}

/** Lists what would be packed. Symlinks and special files are errors; `.git` and `exclude` are skipped. */
export async function collectEntries(dir: string, exclude: string[] = []): Promise<PackEntry[]> {
  const root = resolve(dir);
  const skip = new Set(exclude.map((p) => resolve(p)));
  const entries: PackEntry[] = [];
  const walk = async (folder: string, prefix: string): Promise<void> => {
    for await (const item of await opendir(folder)) {
      if (item.name === '.git') continue;
      const absolute = join(folder, item.name);
      if (skip.has(absolute)) continue;
      const path = prefix + item.name;
      const info = await lstat(absolute);
      if (info.isSymbolicLink()) {
        throw new PublishError(
          'symlink',
          `${path} is a symbolic link; Slipway's packages hold regular files only (its own packer drops links silently, so users lose the file)`,
          `replace ${path} with a copy of the file it points to, or move it out of the component folder`,
        );
      }
      if (info.isDirectory()) {
        await walk(absolute, `${path}/`);
      } else if (info.isFile()) {
        entries.push({ path, absolute, size: info.size, executable: (info.mode & 0o111) !== 0 });
      } else {
        throw new PublishError(
          'special-file',
          `${path} is not a regular file (a socket, FIFO or device)`,
          `remove ${path} from the component folder`,
        );
      }
    }
  };
  await walk(root, '');
  if (sep !== '/') for (const e of entries) e.path = e.path.split(sep).join('/');
  return entries.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
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
  const fd = openSync(entry.absolute, 'r');
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

/** A ustar header, preceded by a PAX `path` record when the name is not ASCII or does not fit ustar. */
function encodeHeaders(path: string, size: number, mode: number, mtime: number): Buffer {
  if (!needsPax(path)) return ustarHeader(splitUstar(path)!, size, mode, mtime, '0');
  const record = paxRecord(path);
  const pad = (512 - (record.length % 512)) % 512;
  // The fallback name in the ustar header is only for readers without PAX support.
  const fallback = {
    name: Buffer.from(path)
      .subarray(-99)
      .toString('latin1')
      .replace(/[^\x20-\x7e]/g, '_'),
    prefix: '',
  };
  return Buffer.concat([
    ustarHeader({ name: 'PaxHeader', prefix: '' }, record.length, 0o644, mtime, 'x'),
    record,
    Buffer.alloc(pad),
    ustarHeader(fallback, size, mode, mtime, '0'),
  ]);
}

function splitUstar(path: string): { name: string; prefix: string } | undefined {
  if (path.length <= 100) return { name: path, prefix: '' };
  let name = path;
  let prefix = '';
  while (name.length > 100) {
    const i = name.indexOf('/');
    if (i === -1) return undefined;
    prefix += prefix ? `/${name.slice(0, i)}` : name.slice(0, i);
    name = name.slice(i + 1);
  }
  return prefix.length > 155 ? undefined : { name, prefix };
}

const octal = (value: number, width: number) => `${value.toString(8).padStart(width - 1, '0')}\0`;

function ustarHeader(
  at: { name: string; prefix: string },
  size: number,
  mode: number,
  mtime: number,
  type: string,
): Buffer {
  const h = Buffer.alloc(512);
  h.write(at.name, 0, 100, 'latin1');
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
  h.write(at.prefix, 345, 155, 'latin1');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return h;
}

// A PAX `path` record is needed when a name is not ASCII or does not fit ustar's name and prefix fields.
function needsPax(path: string): boolean {
  return !/^[\x20-\x7e]*$/.test(path) || splitUstar(path) === undefined;
}

function paxRecord(path: string): Buffer {
  const body = ` path=${path}\n`;
  const bytes = Buffer.byteLength(body);
  let digits = String(bytes).length;
  if (bytes + digits >= 10 ** digits) digits++;
  return Buffer.from(`${bytes + digits}${body}`);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}
