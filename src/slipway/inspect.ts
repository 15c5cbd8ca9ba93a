// Inspecting a component folder: the manifest, its runner files, the version to publish and the
// conventions. Everything `validate`, `pack` and `publish` need to know before touching anything.
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PublishError } from '../errors.ts';
import { formatBytes } from '../files.ts';
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
import type { JsonSource } from './json-source.ts';
import { COMPONENT_REFERENCE, splitName } from './naming.ts';
import { externalRefs, fileRefs, isJsonSchema } from './schema.ts';
import { MAX_TARBALL_BYTES, tarballSize } from './tarball.ts';
import { scanTree } from './tree.ts';

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
  /** The tree is built (packing, publishing): a missing runner is an error, not a warning. */
  built?: boolean;
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
  const bytes = await readManifest(path, file);
  const check = checkManifest(bytes, file);
  const text = check.text;
  const problems = [...check.problems, ...(await treeProblems(root))];
  if (!check.manifest || !check.source) return { problems };
  const manifest = check.manifest;
  problems.push(...(await checkRunner(root, manifest, file, options.built)));
  problems.push(...(await schemaRefProblems(root, manifest, check.source, file, options.built)));
  problems.push(...(await riggingProblems(root, manifest, check.source, file)));

  const resolved = resolveVersion({
    input: options.version,
    tag: options.tag,
    tagPrefix: options.tagPrefix,
    manifestVersion: manifest.version,
  });
  problems.push(...versionProblems(resolved, options, file));
  const repository = await detectRepository(root, options.repository, options.env);
  if (repository && options.conventions !== 'none') {
    problems.push(...conventionProblems(manifest, check.source, repository, resolved, options.tag, file));
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

/**
 * A version from the input or a tag must be strict SemVer (the manifest's own is checked with it). A
 * pushed tag without tag-prefix names no version: publishing the manifest's instead would release
 * something other than what was tagged.
 */
function versionProblems(
  resolved: ReturnType<typeof resolveVersion>,
  { tag, tagPrefix = '' }: { tag?: string; tagPrefix?: string },
  file: string,
): Problem[] {
  if (resolved.source === 'manifest' && tag?.trim()) {
    return [
      {
        file,
        line: 0,
        column: 0,
        severity: 'error',
        code: 'version/tag-prefix',
        message: `the pushed tag "${tag}" does not start with tag-prefix "${tagPrefix}", so it names no version`,
        fix: `push a tag "${tagPrefix}<version>", set tag-prefix to the tag's prefix, or set the version input`,
      },
    ];
  }
  if (resolved.source === 'manifest' || isStrictSemver(resolved.version)) return [];
  const from = resolved.source === 'input' ? 'the version input' : `the tag "${tag}"`;
  return [
    {
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
    },
  ];
}

function conventionProblems(
  manifest: Manifest,
  source: JsonSource,
  repository: Repository,
  resolved: ReturnType<typeof resolveVersion>,
  pushedTag: string | undefined,
  file: string,
): Problem[] {
  const tag = resolved.source === 'tag' ? pushedTag : undefined;
  const found = checkConventions(
    manifest,
    source,
    { repository: repository.fullName, tag, version: resolved.version },
    file,
  );
  // A repository guessed from the git remote may not be where the component is released (a tool's
  // examples, a fork): there the conventions warn. Named explicitly, they are the rule.
  if (repository.source !== 'git') return found;
  return found.map((p) => ({
    ...p,
    severity: 'warning' as const,
    message: `${p.message} (repository from the git remote)`,
  }));
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

/** The manifest's bytes; every way reading it can fail is a typed error naming it. */
async function readManifest(path: string, file: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const [kind, message, fix] =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? [
            'no-manifest',
            `${file} does not exist`,
            `point the command at a component folder (one holding ${MANIFEST})`,
          ]
        : code === 'EISDIR'
          ? ['manifest-not-a-file', `${file} is a folder, not a file`, `make ${MANIFEST} a JSON file`]
          : code === 'ENAMETOOLONG'
            ? ['name-too-long', `${file}: the path is too long for the file system`, 'use a shorter path']
            : [
                'unreadable',
                `${file} cannot be read (${code ?? (error as Error).message})`,
                'make the file readable by the user running the tool',
              ];
    throw new PublishError(kind, message, fix);
  }
}

/** What `pack` would refuse in the folder, as problems, so `validate` reports it first. */
async function treeProblems(root: string): Promise<Problem[]> {
  const { entries, problems } = await scanTree(root);
  const size = tarballSize(entries);
  if (size > MAX_TARBALL_BYTES) {
    problems.push({
      path: '.',
      code: 'too-large',
      message: `the package would be ${formatBytes(size)}; a GitHub release asset is limited to ${formatBytes(MAX_TARBALL_BYTES)}`,
      fix: 'leave build inputs and large data out of the component folder',
    });
  }
  return problems.map((p) => ({
    // A name with a control character or backslash is shown only inside the (escaped) message: as
    // a file field it would reach logs and annotations raw.
    file: displayPath(
      [...p.path].some((c) => c < ' ' || c === '\x7f' || c === '\\') ? root : join(root, p.path),
    ),
    line: 0,
    column: 0,
    severity: 'error',
    code: `slipway/${p.code}`,
    message: `${p.message}; packing would stop here`,
    fix: p.fix,
  }));
}

/**
 * What a package may not lack though a source tree may (its build adds them): a runner, the files
 * its JSON Schemas refer to. Checked again when packing, as errors.
 */
export async function packageProblems(component: Component): Promise<Problem[]> {
  const { dir, manifest, manifestFile } = component;
  const { source } = checkManifest(component.packedManifest, manifestFile);
  const problems = [
    ...(await checkRunner(dir, manifest, manifestFile, true)),
    ...(source ? await schemaRefProblems(dir, manifest, source, manifestFile, true) : []),
  ];
  return problems.filter((p) => p.severity === 'error');
}

/**
 * A JSON Schema `$ref` to another file is resolved from the package, so the file must be in the
 * component folder (and so in the tarball), or Slipway fails to load the component. Like a runner,
 * such a file is often put there by the build (slipway_render copies its schemas in), so on a source
 * tree its absence is a warning, and an error when packing or publishing.
 */
async function schemaRefProblems(
  root: string,
  manifest: Manifest,
  source: JsonSource,
  file: string,
  built = false,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const key of ['input', 'output'] as const) {
    if (!isJsonSchema(manifest[key])) continue;
    for (const ref of externalRefs(manifest[key])) {
      problems.push({
        file,
        ...source.pathPosition([key, ...ref.path]),
        severity: 'error',
        code: 'slipway/schema-ref-external',
        message: `"${key}" refers to ${JSON.stringify(ref.ref)}${ref.url === ref.ref ? '' : ` (${ref.url})`}; Slipway does not fetch schemas from the web ("Component schemas cannot reference external URLs") and would fail to load the component`,
        fix: 'copy that schema into the component folder and refer to it by its file name',
      });
    }
    for (const ref of fileRefs(manifest[key])) {
      if ((await stat(join(root, ref.file)).catch(() => null))?.isFile()) continue;
      const named = ref.ref === ref.file ? '' : ` (the package file "${ref.file}")`;
      problems.push({
        file,
        ...source.pathPosition([key, ...ref.path]),
        severity: built ? 'error' : 'warning',
        code: 'slipway/schema-ref-missing',
        message: `"${key}" refers to ${JSON.stringify(ref.ref)}${named}, which is not in the component folder; Slipway resolves it from the package and would fail to load the component${built ? '' : ' (fine on a source tree if the build copies it in before packing)'}`,
        fix: `add ${ref.file} to the component folder (${displayPath(root)}) or fix the $ref`,
      });
    }
  }
  return problems;
}

/**
 * A rigging reference to a component of this publisher and namespace is released from this
 * repository; when no component here has that name, the reference will never resolve.
 */
async function riggingProblems(
  root: string,
  manifest: Manifest,
  source: JsonSource,
  file: string,
): Promise<Problem[]> {
  const rigging = typeof manifest.rigging === 'object' && manifest.rigging !== null ? manifest.rigging : {};
  const refs = Object.entries(rigging).flatMap(([step, v]) => {
    const reference = (v as { component?: unknown } | null)?.component;
    const ref = typeof reference === 'string' ? COMPONENT_REFERENCE.exec(reference)?.groups : undefined;
    return ref && isSibling(manifest, `${ref.publisher}.${ref.name}`)
      ? [{ step, name: `${ref.publisher}.${ref.name}` }]
      : [];
  });
  if (refs.length === 0) return [];
  const known = await repositoryComponents(root);
  return refs
    .filter((r) => !known.has(r.name))
    .map((r) => ({
      file,
      ...source.pathPosition(['rigging', r.step, 'component']),
      severity: 'warning' as const,
      code: 'slipway/rigging-unpublished',
      message: `rigging step "${r.step}" uses ${r.name}, which would be released from this repository, but no component here is named so`,
      fix: `add the ${r.name} component to the repository, or fix the reference`,
    }));
}
