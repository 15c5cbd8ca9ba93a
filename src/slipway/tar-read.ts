// Reading one entry of a reviewed tarball (the manifest a publish job must describe in the registry)
// without unpacking it: walks the 512-byte headers, skipping file bodies, so a large tarball costs a
// few reads. Names are read as Slipway's loader reads them (`Header::path` of the tar crate, not
// `Entry::path`): the header's name, joined to its prefix only in a POSIX ustar header, PAX `path`
// records and GNU long names ignored, a leading `./` tolerated. Our own tarballs give the same name
// either way; a tarball from another tool is then read as Slipway will read it.
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

/** "ustar\0" + "00": the POSIX header, whose prefix field the tar crate joins to the name. */
const POSIX_USTAR = Buffer.from('ustar\x0000', 'latin1');

/** The bytes of the regular file `path` in the tar `file`; undefined when it holds no such entry. */
export async function readTarEntry(file: string, path: string): Promise<Buffer | undefined> {
  const handle = await open(file, 'r');
  try {
    const header = Buffer.alloc(BLOCK);
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(header, 0, BLOCK, position);
      if (bytesRead < BLOCK || header.every((b) => b === 0)) return undefined;
      const size = octal(header, 124, 12);
      if (!Number.isSafeInteger(size) || size < 0) throw notATar(file);
      const type = String.fromCharCode(header[156] || 0x30);
      const posix = header.subarray(257, 265).equals(POSIX_USTAR);
      const prefix = posix ? field(header, 345, 155).toString('utf8') : '';
      const name = (prefix ? `${prefix}/` : '') + field(header, 0, 100).toString('utf8');
      const body = position + BLOCK;
      if ((type === '0' || type === '\0') && name.replace(/^\.\//, '') === path) {
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
