// Inspecting a component folder: the manifest, its runner files, the version to publish and the
// conventions. Everything `validate`, `pack` and `publish` need to know before touching anything.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PublishError } from '../errors.ts';
import { detectRepository, type Repository } from '../github/repository.ts';
import { repositoryComponents, stampSiblingVersions } from '../list.ts';
import type { Problem } from '../report/problems.ts';
import { isStrictSemver, resolveVersion, semverFix, type VersionSource } from '../version.ts';
import {
  checkConventions,
  checkManifest,
  checkRunner,
  displayPath,
  MANIFEST,
  type Manifest,
  stampVersion,
} from './component.ts';
import { COMPONENT_REFERENCE, splitName } from './naming.ts';

export interface InspectOptions {
  version?: string;
  /** The pushed tag's name, when the run was triggered by a tag push. */
  tag?: string;
  tagPrefix?: string;
  /** `OWNER/NAME`; else GITHUB_REPOSITORY, else the git remote. */
  repository?: string;
  conventions?: 'slipway' | 'none';
  /**
   * `publisher.name` of the components released under the same version, whose rigging references get
   * it too (only those of this component's publisher and namespace count). Default: every component in
   * the repository, which is what a tag push releases.
   */
  siblings?: ReadonlySet<string>;
  env?: NodeJS.ProcessEnv;
}

export interface Component {
  dir: string;
  manifestFile: string;
  /** The manifest with the version to publish. */
  manifest: Manifest;
  version: string;
  versionSource: VersionSource;
  /** The manifest's own version, when it differs from the one published. */
  manifestVersion: string;
  /** The manifest bytes to pack: the file as it is, or with the version stamped in. */
  packedManifest: Buffer;
  /** Rigging references to sibling components rewritten to this version: `step: old → new`. */
  stampedReferences: string[];
  repository?: Repository;
}

export interface Inspection {
  component?: Component;
  problems: Problem[];
}

export async function inspectComponent(dir: string, options: InspectOptions = {}): Promise<Inspection> {
  const root = resolve(dir);
  const path = join(root, MANIFEST);
  const file = displayPath(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new PublishError(
      'no-manifest',
      `${file} does not exist`,
      `point the command at a component folder (one holding ${MANIFEST})`,
    );
  }
  const check = checkManifest(text, file);
  const problems = [...check.problems];
  if (!check.manifest || !check.source) return { problems };
  const manifest = check.manifest;
  problems.push(...(await checkRunner(root, manifest, file)));

  const resolved = resolveVersion({
    input: options.version,
    tag: options.tag,
    tagPrefix: options.tagPrefix,
    manifestVersion: manifest.version,
  });
  if (resolved.source !== 'manifest' && !isStrictSemver(resolved.version)) {
    const from = resolved.source === 'input' ? 'the version input' : `the tag "${options.tag}"`;
    problems.push({
      file,
      line: 0,
      column: 0,
      severity: 'error',
      code: 'version/invalid',
      message: `version "${resolved.version}" from ${from} is not a strict SemVer 2.0.0 version`,
      fix:
        resolved.source === 'tag'
          ? `${semverFix(resolved.version)}; set tag-prefix if your tags carry one (e.g. "v")`
          : semverFix(resolved.version),
    });
  }
  const repository = await detectRepository(root, options.repository, options.env);
  if (repository && options.conventions !== 'none') {
    const tag = resolved.source === 'tag' ? options.tag : undefined;
    const found = checkConventions(
      manifest,
      check.source,
      { repository: repository.fullName, tag, version: resolved.version },
      file,
    );
    // A repository guessed from the git remote may not be where the component is released (a tool's
    // examples, a fork): there the conventions warn. Named explicitly, they are the rule.
    problems.push(
      ...(repository.source === 'git'
        ? found.map((p) => ({
            ...p,
            severity: 'warning' as const,
            message: `${p.message} (repository from the git remote)`,
          }))
        : found),
    );
  }
  if (problems.some((p) => p.severity === 'error')) return { problems };

  const stamped = resolved.version !== manifest.version;
  let packedText = stamped ? stampVersion(text, check.source, resolved.version) : text;
  let stampedReferences: string[] = [];
  // A version from a tag or the input is the version of the whole release: references to components
  // released with this one follow it. A manifest's own version speaks only for itself.
  if (resolved.source !== 'manifest' && refersToNamespace(manifest)) {
    const candidates = options.siblings ?? (await repositoryComponents(root));
    const siblings = new Set([...candidates].filter((c) => isSibling(manifest, c)));
    ({ text: packedText, stamped: stampedReferences } = stampSiblingVersions(
      packedText,
      resolved.version,
      siblings,
    ));
  }
  return {
    problems,
    component: {
      dir: root,
      manifestFile: file,
      manifest: { ...manifest, version: resolved.version },
      version: resolved.version,
      versionSource: resolved.source,
      manifestVersion: manifest.version,
      packedManifest: Buffer.from(packedText, 'utf8'),
      stampedReferences,
      repository,
    },
  };
}

/** Another component of this one's publisher and namespace (`publisher.name`). */
function isSibling(manifest: Manifest, fullName: string): boolean {
  const [publisher, name] = fullName.split('.');
  return (
    publisher === manifest.publisher &&
    name !== undefined &&
    name !== manifest.name &&
    splitName(name).namespace === splitName(manifest.name).namespace
  );
}

/** Whether any rigging step references a component of this one's publisher and namespace. */
function refersToNamespace(manifest: Manifest): boolean {
  const rigging = typeof manifest.rigging === 'object' && manifest.rigging !== null ? manifest.rigging : {};
  return Object.values(rigging).some((step) => {
    const reference = (step as { component?: unknown } | null)?.component;
    const ref = typeof reference === 'string' ? COMPONENT_REFERENCE.exec(reference)?.groups : undefined;
    return ref !== undefined && isSibling(manifest, `${ref.publisher}.${ref.name}`);
  });
}
