// The reproducible `<publisher>.<name>.<version>.tar`: an uncompressed tar of regular files, paths
// relative to the component folder, sorted bytewise, with normalized metadata, so the same tree gives
// the same bytes whatever its mtimes, owners or umask. Streamed: the sha256 is computed while writing.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { lstat, opendir, rm } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import tar from 'tar-stream';

type TarHeader = Parameters<tar.Pack['entry']>[0];

import { PublishError } from './errors.ts';

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
  const mtime = new Date((options.mtime ?? defaultMtime()) * 1000);
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
  const pack = tar.pack();
  const hash = createHash('sha256');
  const sink = createWriteStream(out);
  let written = 0;
  const consume = (async () => {
    for await (const chunk of pack as AsyncIterable<Buffer>) {
      hash.update(chunk);
      written += chunk.length;
      if (!sink.write(chunk)) await once(sink, 'drain');
      options.onProgress?.(written, expected);
    }
    sink.end();
    await once(sink, 'finish');
  })();
  const produce = (async () => {
    for (const [i, entry] of entries.entries()) {
      const header = {
        name: entry.path,
        size: sizes[i]!.size,
        mode: entry.executable ? 0o755 : 0o644,
        mtime,
        uid: 0,
        gid: 0,
        uname: '',
        gname: '',
        type: 'file' as const,
      };
      const replacement = options.replace?.get(entry.path);
      if (replacement) {
        await new Promise<void>((done, fail) =>
          pack.entry(header, replacement, (e) => (e ? fail(e) : done())),
        );
      } else {
        await addFile(pack, header, entry);
      }
    }
    pack.finalize();
  })();
  try {
    await Promise.all([produce, consume]);
  } catch (error) {
    pack.destroy();
    consume.catch(() => undefined);
    sink.destroy();
    await rm(out, { force: true });
    throw error;
  }
  if (written !== expected) throw new Error(`tarball size ${written} differs from the computed ${expected}`);
  return { file: out, sha256: hash.digest('hex'), size: written, entries: entries.map((e) => e.path) };
}

async function addFile(pack: tar.Pack, header: TarHeader, entry: PackEntry): Promise<void> {
  let finished!: () => void;
  let failed!: (e: Error) => void;
  const done = new Promise<void>((ok, fail) => {
    finished = ok;
    failed = fail;
  });
  done.catch(() => undefined); // a failure below is thrown directly; the pack is torn down by the caller
  const target = pack.entry(header, (error) => (error ? failed(error) : finished()));
  let read = 0;
  for await (const chunk of createReadStream(entry.absolute, {
    highWaterMark: 1024 * 1024,
  }) as AsyncIterable<Buffer>) {
    read += chunk.length;
    if (read > entry.size) break;
    if (!target.write(chunk)) await once(target as unknown as NodeJS.EventEmitter, 'drain');
  }
  if (read !== entry.size) {
    throw new PublishError(
      'file-changed',
      `${entry.path} changed size while it was being packed`,
      'do not write into the component folder while packing',
    );
  }
  (target as NodeJS.WritableStream).end();
  await done;
}

// tar-stream falls back to a PAX `path` record when a name is not ASCII or does not fit ustar's fields.
function needsPax(path: string): boolean {
  if (Buffer.byteLength(path) !== path.length) return true;
  let name = path;
  let prefix = '';
  while (name.length > 100) {
    const i = name.indexOf('/');
    if (i === -1) return true;
    prefix += prefix ? `/${name.slice(0, i)}` : name.slice(0, i);
    name = name.slice(i + 1);
  }
  return prefix.length > 155;
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
