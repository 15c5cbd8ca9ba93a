// A tar reader that sees only what Slipway's loader sees: tar-rs `header().path()`, i.e. the ustar
// `prefix` + '/' + `name` fields as raw bytes, never a PAX `path` record. PAX ('x', 'g') blocks are
// skipped as tar-rs's entry iterator skips them; each header's checksum is verified.

export interface UstarEntry {
  /** prefix/name decoded as UTF-8 (strictly: bytes that are not UTF-8 throw). */
  path: string;
  type: string;
  body: Buffer;
}

const field = (h: Buffer, start: number, length: number): Buffer => {
  const raw = h.subarray(start, start + length);
  const end = raw.indexOf(0);
  return end === -1 ? raw : raw.subarray(0, end);
};

const octal = (h: Buffer, start: number, length: number): number =>
  Number.parseInt(field(h, start, length).toString('latin1').trim() || '0', 8);

export function readUstar(archive: Buffer): UstarEntry[] {
  const entries: UstarEntry[] = [];
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  for (let at = 0; at + 512 <= archive.length; ) {
    const h = archive.subarray(at, at + 512);
    if (h.every((b) => b === 0)) break;
    let sum = 0;
    for (const [i, b] of h.entries()) sum += i >= 148 && i < 156 ? 32 : b;
    if (sum !== octal(h, 148, 8)) throw new Error(`bad header checksum at offset ${at}`);
    const size = octal(h, 124, 12);
    const type = String.fromCharCode(h[156] || 0x30);
    const body = archive.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x' || type === 'g') continue;
    const name = field(h, 0, 100);
    // tar-rs reads `prefix` only from a POSIX ustar header (magic "ustar\0", version "00").
    const ustar = h.subarray(257, 265).equals(Buffer.from('ustar\x0000', 'latin1'));
    const prefix = ustar ? field(h, 345, 155) : Buffer.alloc(0);
    const raw = prefix.length > 0 ? Buffer.concat([prefix, Buffer.from('/'), name]) : name;
    entries.push({ path: utf8.decode(raw), type, body: Buffer.from(body) });
  }
  return entries;
}
