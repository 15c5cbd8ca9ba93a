// Reading a packed tarball back with node-tar (a real reader, not ours): one entry's text.
import { Parser } from 'tar';

/** The text of `path` inside the tar `bytes`; throws when the archive has no such entry. */
export async function tarEntryText(bytes: Buffer, path: string): Promise<string> {
  let found: string | undefined;
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({
      onReadEntry: (entry) => {
        if (entry.path !== path) return entry.resume();
        const chunks: Buffer[] = [];
        entry.on('data', (c: Buffer) => chunks.push(c));
        entry.on('end', () => {
          found = Buffer.concat(chunks).toString('utf8');
        });
      },
    });
    parser.on('end', resolve);
    parser.on('error', reject);
    parser.end(bytes);
  });
  if (found === undefined) throw new Error(`the tarball has no ${path}`);
  return found;
}
