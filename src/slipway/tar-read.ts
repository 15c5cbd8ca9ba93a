// Reading one entry of a reviewed tarball (the manifest a publish job must describe in the registry)
// without unpacking it: walks the 512-byte headers, skipping file bodies, so a large tarball costs a
// few reads. Names are read as Slipway's loader reads them: ustar prefix/name (raw UTF-8), a PAX
// `path` record overriding the next header, a leading `./` tolerated.
import { open } from 'node:fs/promises';
import { PublishError } from '../errors.ts';

const BLOCK = 512;

function field(header: Buffer, start: number, length: number): Buffer {
  const bytes = header.subarray(start, start + length);
  const end = bytes.indexOf(0);
  return end === -1 ? bytes : bytes.subarray(0, end);
}

function octal(header: Buffer, start: number, length: number): number {
  const text = field(header, start, length).toString('latin1').trim();
  return text === '' ? 0 : Number.parseInt(text, 8);
}

/** The PAX `path` record, when the extended header has one. */
function paxPath(body: Buffer): string | undefined {
  let at = 0;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    const length = Number.parseInt(body.subarray(at, space).toString('latin1'), 10);
    if (space === -1 || !(length > 0)) return undefined;
    const record = body.subarray(space + 1, at + length - 1).toString('utf8');
    if (record.startsWith('path=')) return record.slice(5);
    at += length;
  }
  return undefined;
}

/** The bytes of the regular file `path` in the tar `file`; undefined when it holds no such entry. */
export async function readTarEntry(file: string, path: string): Promise<Buffer | undefined> {
  const handle = await open(file, 'r');
  try {
    const header = Buffer.alloc(BLOCK);
    let position = 0;
    let pax: string | undefined;
    for (;;) {
      const { bytesRead } = await handle.read(header, 0, BLOCK, position);
      if (bytesRead < BLOCK || header.every((b) => b === 0)) return undefined;
      const size = octal(header, 124, 12);
      if (!Number.isSafeInteger(size) || size < 0) throw notATar(file);
      const type = String.fromCharCode(header[156] || 0x30);
      const prefix = field(header, 345, 155).toString('utf8');
      const name = pax ?? (prefix ? `${prefix}/` : '') + field(header, 0, 100).toString('utf8');
      const body = position + BLOCK;
      pax = undefined;
      if (type === 'x') {
        const extended = Buffer.alloc(size);
        await handle.read(extended, 0, size, body);
        pax = paxPath(extended);
      } else if ((type === '0' || type === '\0') && name.replace(/^\.\//, '') === path) {
        const content = Buffer.alloc(size);
        const read = await handle.read(content, 0, size, body);
        if (read.bytesRead < size) throw notATar(file);
        return content;
      }
      position = body + Math.ceil(size / BLOCK) * BLOCK;
    }
  } finally {
    await handle.close();
  }
}

function notATar(file: string): PublishError {
  return new PublishError(
    'not-a-tarball',
    `${file} is not a complete tar archive`,
    'pass the tarballs that pack wrote, as they were written (download the whole artifact)',
  );
}
