// What a folder holds: a Slipway component (slipway_component.json), a Serverless Devs package
// (publish.yaml or publish.yml: the s CLI reads either), both, or neither. validate, list, pack and
// publish all ask here, so a package that one command sees is never invisible to another.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PublishError } from './errors.ts';
import { MANIFEST } from './slipway/component.ts';

const PUBLISH_FILES = ['publish.yaml', 'publish.yml'] as const;
export type PublishFile = (typeof PUBLISH_FILES)[number];

export interface FolderKind {
  /** The manifest file name when the folder holds a Slipway component. */
  slipway?: typeof MANIFEST;
  /** The publish file name when the folder holds a Serverless Devs package. */
  serverless?: PublishFile;
}

/** Pure: the kind from the names of the regular files in a folder. */
export function kindOf(files: ReadonlySet<string>, where = '.'): FolderKind {
  const publish = PUBLISH_FILES.filter((f) => files.has(f));
  if (publish.length > 1) {
    throw new PublishError(
      'two-publish-files',
      `${where} holds both ${join(where, 'publish.yaml')} and ${join(where, 'publish.yml')}`,
      'keep one of them (the Serverless Devs tools read only one): delete or rename the other',
    );
  }
  return {
    ...(files.has(MANIFEST) ? { slipway: MANIFEST } : {}),
    ...(publish[0] ? { serverless: publish[0] } : {}),
  };
}

/**
 * The kind of the folder `dir` on disk. A symbolic link counts as what it points at (packing then
 * says why it refuses links); a folder or device under one of these names is an error naming it.
 */
export async function folderKind(dir: string, where = dir): Promise<FolderKind> {
  await mustExist(dir, where, { folder: false });
  const present = new Set<string>();
  for (const name of [MANIFEST, ...PUBLISH_FILES]) {
    const info = await stat(join(dir, name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw error;
    });
    if (info && !info.isFile()) {
      throw new PublishError(
        'not-a-file',
        `${join(where, name)} is ${info.isDirectory() ? 'a folder' : 'not a regular file'}`,
        `replace it with the ${name} file, or point the command at another folder`,
      );
    }
    if (info) present.add(name);
  }
  return kindOf(present, where);
}

/**
 * A missing path, or a file where a folder must be (`folder`: pack and publish; validate also takes an
 * s.yaml file), is the user's mistake, said as such rather than "holds neither".
 */
export async function mustExist(dir: string, where: string, options: { folder: boolean }): Promise<void> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw error;
  });
  if (info && (info.isDirectory() || !options.folder)) return;
  throw new PublishError(
    'not-a-folder',
    info ? `${where} is a file, not a folder` : `${where} does not exist`,
    'point at the component folder (the one holding slipway_component.json or publish.yaml)',
  );
}
