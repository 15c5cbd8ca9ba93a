// Real folders for tests: a fresh temporary directory per test, and component trees written into it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';

const made: string[] = [];
after(async () => {
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

export async function tempDir(label = 'test'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `cp-${label}-`));
  made.push(dir);
  return dir;
}

export async function writeTree(root: string, files: Record<string, string | Buffer>): Promise<string> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

export function manifestText(fields: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ publisher: 'acme', name: 'widget', version: '1.0.0', input: {}, output: {}, ...fields }, null, 2)}\n`;
}

/** A small valid component (with a runner) in a new temporary folder. */
export async function componentDir(
  fields: Record<string, unknown> = {},
  extra: Record<string, string | Buffer> = {},
): Promise<string> {
  const dir = await tempDir('component');
  return writeTree(dir, {
    'slipway_component.json': manifestText(fields),
    'run.js': '({ ok: true });\n',
    ...extra,
  });
}
