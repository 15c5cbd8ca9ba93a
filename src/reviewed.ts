// The tarballs a read-only job packed and a reviewer saw, handed to the job that publishes: the
// components published are exactly the `*.tar` files of the folder. Each is checked against its
// `NAME.tar.sha256` when present, and its manifest is read from inside the tar and validated: it
// gives the publisher, name and version for the release and the registry entry.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { InvalidInputError, PublishError } from './errors.ts';
import { sha256File } from './files.ts';
import { detectRepository } from './github/repository.ts';
import type { Problem } from './report/problems.ts';
import { checkConventions, checkManifest, MANIFEST } from './slipway/component.ts';
import type { InspectOptions } from './slipway/inspect.ts';
import { tarballName } from './slipway/naming.ts';
import type { Artifact } from './slipway/pack.ts';
import { readTarEntry } from './slipway/tar-read.ts';

export async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}

/** Every `*.tar` directly in `folder`, as artifacts; all problems of all of them reported together. */
export async function readReviewedTarballs(folder: string, inspect: InspectOptions): Promise<Artifact[]> {
  const names = (await readdir(folder)).filter((n) => n.endsWith('.tar')).sort();
  if (names.length === 0)
    throw new PublishError(
      'bad-input',
      `the folder "${folder}" holds no .tar file`,
      'download the packed tarballs (the pack job artifact) into it first',
    );
  const repository = await detectRepository(process.cwd(), inspect.repository, inspect.env);
  const problems: Problem[] = [];
  const artifacts: Artifact[] = [];
  for (const name of names) {
    const read = await readOne(resolve(folder, name), inspect, repository?.fullName);
    problems.push(...read.problems);
    if (read.artifact)
      artifacts.push({ ...read.artifact, component: { ...read.artifact.component, repository } });
  }
  if (problems.some((p) => p.severity === 'error')) throw new InvalidInputError(problems);
  return artifacts;
}

async function readOne(
  file: string,
  inspect: InspectOptions,
  repository: string | undefined,
): Promise<{ artifact?: Artifact; problems: Problem[] }> {
  const fileName = basename(file);
  const sha256 = await sha256File(file);
  await checkSidecar(file, sha256);
  const label = `${fileName}:${MANIFEST}`;
  const bytes = await readTarEntry(file, MANIFEST);
  if (!bytes)
    throw new PublishError(
      'no-manifest',
      `${fileName} holds no ${MANIFEST} at its root`,
      'pass tarballs that pack wrote (a Slipway component has its manifest at the archive root)',
    );
  const check = checkManifest(bytes, label);
  const problems = [...check.problems];
  const manifest = check.manifest;
  if (!manifest || !check.source) return { problems };
  const expected = tarballName(manifest.publisher, manifest.name, manifest.version);
  if (fileName !== expected)
    throw new PublishError(
      'tarball-name',
      `${fileName} holds ${manifest.publisher}.${manifest.name} ${manifest.version}, so it must be named ${expected}`,
      'pass the tarballs that pack wrote, under their own names',
    );
  if (inspect.version && inspect.version !== manifest.version)
    throw new PublishError(
      'bad-input',
      `${fileName} is of version ${manifest.version}, but the version to publish is ${inspect.version}`,
      'publish the tarballs packed for that version (or leave the version empty)',
    );
  if (repository && inspect.conventions !== 'none')
    problems.push(
      ...checkConventions(manifest, check.source, { repository, version: manifest.version }, label),
    );
  const { size } = await stat(file);
  const component = {
    dir: resolve(file, '..'),
    manifestFile: label,
    manifest,
    version: manifest.version,
    versionSource: 'manifest' as const,
    manifestVersion: manifest.version,
    packedManifest: bytes,
    stampedReferences: [],
  };
  return { problems, artifact: { file, fileName, sha256, size, entries: [], component } };
}

/** `NAME.tar.sha256` (sha256sum's format, or the bare hex): the bytes reviewed. */
async function checkSidecar(file: string, sha256: string): Promise<void> {
  const text = await readFile(`${file}.sha256`, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return;
  const expected = /^[0-9a-f]{64}\b/i.exec(text.trim())?.[0]?.toLowerCase();
  if (expected !== sha256)
    throw new PublishError(
      'tarball-differs',
      `${basename(file)} has sha256 ${sha256}, not the ${expected ?? '(unreadable)'} its ${basename(file)}.sha256 records`,
      'download the pack job artifact again: the tarball is not the one that was reviewed',
    );
}
