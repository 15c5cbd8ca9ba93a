// The package zip: the package root (no wrapping folder), filtered by `.signore` files as `s` 3.1.10 does,
// `.git` left out. The same tree gives the same bytes whatever its mtimes, umask or time zone: entries are sorted
// bytewise, every entry gets one fixed timestamp and mode 0644 (0755 when any execute bit is set), and only
// the DOS timestamp is written.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { lstat, mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { inflateRawSync } from 'node:zlib';
import ignoreWalk from '@serverless-devs/ignore-walk';
import { ZipFile } from 'yazl';
import { PublishError } from '../errors.ts';
import { formatBytes, sha256, sourceDateEpoch } from '../files.ts';

const MIB = 1024 * 1024;
/** The official client warns above this size… */
const ZIP_WARN_BYTES = 10 * MIB;
/** …and refuses above this one unless forced. */
const ZIP_MAX_BYTES = 20 * MIB;
/**
 * Entry timestamp when SOURCE_DATE_EPOCH is not set, and the earliest used: 1980-01-02T00:00:00Z, the
 * first full day a zip (DOS) timestamp can hold in every time zone (yazl clamps earlier local times).
 */
const DEFAULT_ZIP_EPOCH = 315619200;

export interface ZipOptions {
  /** Publish over 20 MB anyway. */
  force?: boolean;
  /** Unix seconds for every entry; default SOURCE_DATE_EPOCH, else DEFAULT_ZIP_EPOCH. */
  sourceDateEpoch?: number;
}

export interface ZipResult {
  file: string;
  sha256: string;
  size: number;
  /** Entry names in archive order. */
  entries: string[];
  warnings: string[];
}

export async function zipPackage(dir: string, outFile: string, options: ZipOptions = {}): Promise<ZipResult> {
  const warnings: string[] = [];
  const files = await listPackageFiles(dir, { exclude: [outFile], warnings });
  const mtime = dosDate(options.sourceDateEpoch ?? epochFromEnv());
  const zip = new ZipFile();
  for (const file of files) {
    const entry = { mtime, mode: file.mode, forceDosTimestamp: true };
    if (file.name.endsWith('/')) zip.addEmptyDirectory(file.name, entry);
    else zip.addFile(path.join(dir, file.name), file.name, entry);
  }
  zip.end();

  await mkdir(path.dirname(outFile), { recursive: true });
  const hash = createHash('sha256');
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  await pipeline(zip.outputStream, measure, createWriteStream(outFile));

  const label = `${path.basename(outFile)} (${formatBytes(size)})`;
  if (size > ZIP_MAX_BYTES && !options.force) {
    await rm(outFile, { force: true });
    throw new PublishError(
      'serverless-zip-too-large',
      `${label} is over the registry's ${formatBytes(ZIP_MAX_BYTES)} limit`,
      'list build output, dependencies and other files the package does not need in .signore, or set force to publish anyway',
    );
  }
  if (size > ZIP_WARN_BYTES) {
    warnings.push(
      `${label} is over ${formatBytes(ZIP_WARN_BYTES)}: consider listing unneeded files in .signore`,
    );
  }
  return { file: outFile, sha256: hash.digest('hex'), size, entries: files.map((f) => f.name), warnings };
}

interface PackageFile {
  /** Path relative to the package root, `/`-separated; a folder's ends with `/`. */
  name: string;
  mode: number;
}

// The walker `s` 3.1.10 zips with (its registry publish passes no ignore files, so the walker's default
// `.signore` applies): a `.signore` in any folder applies to that folder and below, each line a minimatch
// pattern (matchBase, dot, nocase), a leading `./` anchored to that folder. An empty folder is kept.
type WalkSync = (opts: { path: string; includeEmpty: boolean }) => string[];
// A CommonJS module with `exports.default`: Node's ESM loader and esbuild hand it over one level apart.
const walkModule = ignoreWalk as unknown as { sync?: WalkSync; default?: { sync: WalkSync } };
const walkSync: WalkSync = walkModule.sync ?? walkModule.default!.sync;

/**
 * The files that go into the zip, sorted bytewise by name: what `s` selects, minus `.git` (a
 * repository's history is no part of a package; `s` would ship it). Modes are normalised (0644, 0755
 * with any execute bit) so the same tree gives the same bytes; a root `bootstrap` is always 0755, as
 * `s` adds the execute bits to it (custom runtimes exec it).
 */
async function listPackageFiles(
  dir: string,
  options: { exclude?: string[]; warnings?: string[] } = {},
): Promise<PackageFile[]> {
  const excluded = new Set((options.exclude ?? []).map((f) => path.resolve(f)));
  const files: PackageFile[] = [];
  for (const rel of walkSync({ path: path.resolve(dir), includeEmpty: true })) {
    const name = rel.replace(/^\.\//, '');
    if (name === '' || name === '.git' || name.startsWith('.git/')) continue;
    const abs = path.join(dir, name);
    if (excluded.has(path.resolve(abs))) continue;
    const link = await lstat(abs);
    const info = link.isSymbolicLink() ? await stat(abs).catch(() => undefined) : link;
    if (!info) {
      options.warnings?.push(`${name}: broken symbolic link, left out of the zip`);
    } else if (info.isDirectory()) {
      if (link.isSymbolicLink())
        options.warnings?.push(`${name}: symbolic link to a folder, left out of the zip`);
      else files.push({ name: `${name}/`, mode: 0o40755 });
    } else if (info.isFile()) {
      const executable = name === 'bootstrap' || (info.mode & 0o111) !== 0;
      files.push({ name, mode: executable ? 0o100755 : 0o100644 });
    }
  }
  return files.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
}

function epochFromEnv(): number {
  return sourceDateEpoch() ?? DEFAULT_ZIP_EPOCH;
}

/**
 * yazl encodes DOS times from a Date's local-time fields; a Date whose local fields equal the epoch's UTC
 * fields makes the bytes the same in every time zone.
 */
function dosDate(epochSeconds: number): Date {
  const utc = new Date(Math.max(epochSeconds, DEFAULT_ZIP_EPOCH) * 1000);
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
  );
}

/**
 * A digest of a zip's contents: file names and the sha256 of each file's bytes, sorted by name. Two zips of
 * the same files have the same digest even if their timestamps, modes or compression differ.
 */
export function zipContentDigest(zip: Buffer): string {
  const entries = readZipEntries(zip).sort((a, b) =>
    Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)),
  );
  const digest = createHash('sha256');
  for (const entry of entries) digest.update(`${entry.name}\0${entry.sha256}\n`);
  return digest.digest('hex');
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** File entries (folders skipped) of a zip without zip64, each with the sha256 of its uncompressed bytes. */
function readZipEntries(zip: Buffer): { name: string; sha256: string }[] {
  const bad = (why: string) => new PublishError('serverless-zip-unreadable', `not a readable zip: ${why}`);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad('no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw bad('zip64 is not supported');
  const entries: { name: string; sha256: string }[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw bad('broken central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (name.endsWith('/')) continue;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) throw bad(`broken entry ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressedSize);
    let data: Buffer;
    if (method === 0) data = raw;
    else if (method === 8) data = inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
    else throw bad(`entry ${name} uses compression method ${method}`);
    entries.push({ name, sha256: sha256(data) });
  }
  return entries;
}
