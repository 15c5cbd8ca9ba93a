// Small file helpers that several systems need: one copy each, so hashes, byte counts and the
// reproducible timestamp agree everywhere they are shown or compared.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { PublishError } from './errors.ts';

/** Hex sha256 of bytes or text (UTF-8). */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Hex sha256 of a file, streamed (tarballs can be hundreds of MiB). */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Length of a leading U+FEFF (0 or 1): readers skip it, and edits must keep it where it was. */
export function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

export function stripBom(text: string): string {
  return text.slice(bomLength(text));
}

/** 512 B, 1.5 KiB, 10.0 MiB: binary units with one decimal. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(1)} ${units[u]}`;
}

/**
 * SOURCE_DATE_EPOCH in whole seconds, or undefined when unset or empty. Anything else is an error:
 * a typo silently ignored would make a "reproducible" build depend on the clock.
 */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (!raw) return undefined;
  if (!/^\d+$/.test(raw)) {
    throw new PublishError(
      'source-date-epoch',
      `SOURCE_DATE_EPOCH="${raw}" is not a whole number of seconds`,
      'unset it or set it to e.g. $(git log -1 --format=%ct)',
    );
  }
  return Number(raw);
}
