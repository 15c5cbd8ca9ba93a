// Packing an inspected component into `<publisher>.<name>.<version>.tar`, written under a temporary
// name and renamed into place, so a failed pack never leaves a file that looks finished.
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InvalidInputError } from '../errors.ts';
import { MANIFEST } from './component.ts';
import { type Component, packageProblems } from './inspect.ts';
import { tarballName } from './naming.ts';
import { collectEntries, type PackOptions, type PackResult, writeTarball } from './tarball.ts';

export interface Artifact extends PackResult {
  fileName: string;
  component: Component;
}

/** `out` is a folder (the file gets its canonical name) or a file path ending in `.tar`. */
export async function packComponent(
  component: Component,
  out: string,
  options: PackOptions = {},
): Promise<Artifact> {
  // A runner and schema files are build outputs: a source tree may lack them (validate warns), a package may not.
  const missing = await packageProblems(component);
  if (missing.length > 0) throw new InvalidInputError(missing);
  const fileName = tarballName(component.manifest.publisher, component.manifest.name, component.version);
  const isFolder = !out.endsWith('.tar') || (await stat(out).catch(() => null))?.isDirectory() === true;
  const file = resolve(isFolder ? join(out, fileName) : out);
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  const entries = await collectEntries(component.dir, [file, partial]);
  const replace = new Map([[MANIFEST, component.packedManifest]]);
  try {
    const result = await writeTarball(entries, partial, { ...options, replace });
    await rename(partial, file);
    return { ...result, file, fileName, component };
  } finally {
    await rm(partial, { force: true });
  }
}
