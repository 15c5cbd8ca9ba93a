// The embedded default target: a local folder Slipway can read with
// `--registry "file:PATH/{publisher}.{name}.{version}.tar"`, plus an fppm `registry.yaml` beside it.
// A published tarball is never replaced: a re-publish with the same bytes is a no-op, other bytes an error.
import { copyFile, link, mkdir, readdir, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PublishError } from '../errors.ts';
import { sha256File } from '../files.ts';
import { LocalRegistryFileStore, updateRegistryFile } from '../fppm/registry-update.ts';
import { applyRegistryEntry } from '../fppm/registry-yaml.ts';
import { displayPath } from '../slipway/component.ts';
import type { Artifact } from '../slipway/pack.ts';
import type { Step, StepOutcome, Target } from '../target.ts';
import { compareToExisting } from '../version.ts';

export interface FileRegistryOptions {
  /** The folder, from `file:PATH`. */
  path: string;
  artifact: Artifact;
  /** `git` for the registry entry: the repository's web URL, else the component folder. */
  git: string;
  today?: Date;
}

/** `file:PATH` → PATH; anything else is not a folder registry. */
export function parseFileRegistry(spec: string): string | undefined {
  if (!spec.startsWith('file:')) return undefined;
  const rest = spec.slice('file:'.length);
  const path = rest.startsWith('//') ? decodeURIComponent(new URL(spec).pathname) : rest;
  return path || '.';
}

export class FileRegistryTarget implements Target {
  readonly name = 'file-registry';
  private readonly folder: string;
  constructor(private readonly options: FileRegistryOptions) {
    this.folder = resolve(options.path);
  }

  async prepare(): Promise<Step> {
    const { artifact } = this.options;
    const { publisher, name } = artifact.component.manifest;
    const dest = join(this.folder, artifact.fileName);
    const prefix = `${publisher}.${name}.`;
    const names = await this.existingNames();
    const versions = names
      .filter((n) => n.startsWith(prefix) && n.endsWith('.tar'))
      .map((n) => n.slice(prefix.length, -4));
    const order = compareToExisting(artifact.component.version, versions);
    if (order.order === 'lower') {
      throw new PublishError(
        'version-too-low',
        `version ${artifact.component.version} is lower than ${order.highest}, already in ${displayPath(this.folder)}`,
        `publish a version greater than ${order.highest}`,
      );
    }
    const tarExists = order.order === 'same';
    if (tarExists && (await sha256File(dest)) !== artifact.sha256) {
      throw new PublishError(
        'published-differs',
        `${displayPath(dest)} is already published with other bytes; a published package is never replaced (clients cache it forever)`,
        'bump the version, or pack from exactly the sources that were published (same files, same SOURCE_DATE_EPOCH)',
      );
    }
    const registryFile = join(this.folder, 'registry.yaml');
    // The store's reader: UTF-8 checked, only a missing file counts as none (a folder there is an error).
    const before = (await new LocalRegistryFileStore(registryFile).read())?.text ?? null;
    const edit = applyRegistryEntry(before, this.entry(), displayPath(registryFile));
    const parts = [
      tarExists ? `${artifact.fileName} already published (same sha256)` : `write ${displayPath(dest)}`,
      edit.changed ? `update ${displayPath(registryFile)}` : `${displayPath(registryFile)} unchanged`,
    ];
    return {
      target: this.name,
      description: parts.join('; '),
      changes: !tarExists || edit.changed,
      apply: () => this.apply(dest, registryFile, tarExists),
    };
  }

  /** The folder's names; none when it does not exist yet (apply creates it), an error when it is a file. */
  private async existingNames(): Promise<string[]> {
    try {
      return await readdir(this.folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return [];
      if (code === 'ENOTDIR')
        throw new PublishError(
          'file-registry-not-folder',
          `the file: registry ${displayPath(this.folder)} is not a folder (it, or a folder above it, is a file)`,
          'point file: at a folder (it is created when missing), not at a file',
        );
      throw error;
    }
  }

  private entry() {
    const { manifest, version } = this.options.artifact.component;
    return {
      namespace: manifest.publisher,
      package: manifest.name,
      git: this.options.git,
      version,
      today: this.options.today ?? new Date(),
    };
  }

  private async apply(dest: string, registryFile: string, tarExists: boolean): Promise<StepOutcome> {
    const { artifact } = this.options;
    let wrote = false;
    if (!tarExists) wrote = await this.placeTarball(dest);
    const { version } = artifact.component;
    const update = await updateRegistryFile(new LocalRegistryFileStore(registryFile), this.entry(), {
      message: `${artifact.component.manifest.publisher}.${artifact.component.manifest.name} ${version}`,
    });
    const changed = wrote || update.changed;
    return {
      target: this.name,
      done: changed ? 'published' : 'already published',
      changed,
      // Not `tarball`: that output is the packed file in RUNNER_TEMP, whatever the targets do with it.
      outputs: { 'registry-diff': update.diff },
    };
  }

  /** Links the finished file into place: never over an existing file, so a racing writer cannot be clobbered. */
  private async placeTarball(dest: string): Promise<boolean> {
    const { artifact } = this.options;
    await mkdir(this.folder, { recursive: true });
    const temp = `${dest}.tmp-${process.pid}-${Date.now()}`;
    await copyFile(artifact.file, temp);
    try {
      await link(temp, dest);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if ((await sha256File(dest)) !== artifact.sha256) {
        throw new PublishError(
          'published-differs',
          `${displayPath(dest)} appeared with other bytes while publishing`,
          'bump the version',
        );
      }
      return false;
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }
}
