// Publishing a set: every component validated before anything is packed, every target pre-flighted
// for every component before the first write, then one release per tag holding every asset, one
// registry.yaml commit with every entry, each Serverless Devs package. One component failing
// validation or pre-flight means nothing is written for any of them.
import { mkdir } from 'node:fs/promises';
import { composeSetTargets, type TargetsConfig, takesTarball } from './compose.ts';
import { PublishError } from './errors.ts';
import { sha256File } from './files.ts';
import { folderKind, mustExist } from './folder-kind.ts';
import { applySteps, checkSet, preflight, requireComponents } from './publish.ts';
import type { Reporter } from './report/reporter.ts';
import { isFolder, readReviewedTarballs } from './reviewed.ts';
import { readServerlessPackage } from './serverless/package.ts';
import { displayPath, MANIFEST } from './slipway/component.ts';
import type { InspectOptions } from './slipway/inspect.ts';
import { type Artifact, packComponent } from './slipway/pack.ts';
import type { PackOptions } from './slipway/tarball.ts';
import type { Step, StepOutcome } from './target.ts';

export interface PublishSetOptions {
  dirs: readonly string[];
  inspect: InspectOptions;
  workDir: string;
  reporter: Reporter;
  onProgress?: PackOptions['onProgress'];
  targets: TargetsConfig;
  dryRun: boolean;
  /**
   * A folder of reviewed tarballs: exactly those are the Slipway components published (`dirs` then
   * only supply Serverless Devs packages). A file: the one tarball packing here must reproduce.
   */
  tarball?: string;
}

export interface PublishSetResult {
  artifacts: Artifact[];
  /** The Serverless Devs package folders published. */
  serverless: string[];
  /** The version: the components', else the (first) Serverless package's. */
  version: string;
  steps: Step[];
  outcomes: StepOutcome[];
  dryRun: boolean;
}

export async function publishSet(options: PublishSetOptions): Promise<PublishSetResult> {
  for (const dir of options.dirs) await mustExist(dir, displayPath(dir), { folder: true });
  const kinds = await Promise.all(options.dirs.map(async (dir) => ({ dir, kind: await folderKind(dir) })));
  const reviewed = !!options.tarball && (await isFolder(options.tarball));
  const empty = kinds.filter(({ kind }) => !kind.slipway && !kind.serverless);
  // With reviewed tarballs, the folders only supply Serverless packages: one without any is no error.
  if (empty.length > 0 && !reviewed)
    throw new PublishError(
      'nothing-to-publish',
      `${empty.map((e) => displayPath(e.dir)).join(', ')} holds neither ${MANIFEST} nor publish.yaml (or publish.yml)`,
      'point path at component folders or Serverless Devs package folders',
    );
  const serverless = kinds.filter(({ kind }) => kind.serverless).map(({ dir }) => dir);
  await mkdir(options.workDir, { recursive: true });
  const artifacts = await setArtifacts(
    options,
    kinds.filter(({ kind }) => kind.slipway).map(({ dir }) => dir),
  );
  const targets = composeSetTargets(options.targets, {
    artifacts,
    serverless,
    folders: options.dirs.map((d) => displayPath(d)).join(', '),
    conventions: options.inspect.conventions ?? 'slipway',
    tagPrefix: options.inspect.tagPrefix ?? '',
    workDir: options.workDir,
    reporter: options.reporter,
  });
  const steps = await preflight(targets);
  for (const step of steps) options.reporter.info(`plan: ${step.target}: ${step.description}`);
  const version =
    artifacts[0]?.component.version ??
    (serverless[0] ? (await readServerlessPackage(serverless[0])).version : '');
  const base = { artifacts, serverless, version, steps };
  if (options.dryRun) return { ...base, outcomes: [], dryRun: true };
  return { ...base, outcomes: await applySteps(steps, options.reporter), dryRun: false };
}

/** The Slipway components of the set: the reviewed tarballs, or the folders validated, then packed. */
async function setArtifacts(options: PublishSetOptions, slipwayDirs: string[]): Promise<Artifact[]> {
  if (options.tarball && (await isFolder(options.tarball))) {
    const artifacts = await readReviewedTarballs(options.tarball, options.inspect);
    checkSet(artifacts.map((a) => a.component));
    return artifacts;
  }
  // Pack when a target takes the tarball, or when no target is configured at all (a publish that
  // only checks: the components are validated and packed, nothing is written).
  const noTargets = Object.values(options.targets).every((t) => t === undefined);
  if (!takesTarball(options.targets) && !noTargets) return [];
  const components = await requireComponents(slipwayDirs, options.inspect, options.reporter);
  if (options.tarball && components.length !== 1)
    throw new PublishError(
      'bad-input',
      `tarball names one file, but ${components.length} components are published`,
      'set tarball to the folder holding every reviewed tarball',
    );
  const expected = options.tarball ? await sha256File(options.tarball) : undefined;
  const artifacts: Artifact[] = [];
  for (const component of components) {
    const artifact = await packComponent(component, options.workDir, { onProgress: options.onProgress });
    options.reporter.info(`packed ${artifact.fileName}: ${artifact.size} bytes, sha256 ${artifact.sha256}`);
    if (expected && expected !== artifact.sha256)
      throw new PublishError(
        'tarball-differs',
        `the tarball packed here has sha256 ${artifact.sha256}, not the reviewed ${expected}`,
        'publish from the same commit and SOURCE_DATE_EPOCH as the pack job (packing is reproducible), or re-run both jobs',
      );
    artifacts.push(artifact);
  }
  return artifacts;
}

/** One folder: publishSet of `[dir]`, the artifact on its own (the shape in-process callers read). */
export async function publishFolder(
  options: Omit<PublishSetOptions, 'dirs'> & { dir: string },
): Promise<PublishSetResult & { artifact?: Artifact }> {
  const result = await publishSet({ ...options, dirs: [options.dir] });
  return { ...result, artifact: result.artifacts[0] };
}
