// The three flows both faces run, as lists of named steps. `pack`: inspect → pack. `publish`: what the
// folder holds → pack (when a target takes the tarball) → pre-flight every target → apply.
// `finishRelease`: the tarballs a release must hold → pre-flight → publish the draft(s).
import { mkdir } from 'node:fs/promises';
import {
  type ComposeContext,
  composeTargets,
  type GitHubReleaseConfig,
  type TargetsConfig,
  takesTarball,
} from './compose.ts';
import { PublishError } from './errors.ts';
import { sha256File } from './files.ts';
import { type FolderKind, folderKind } from './folder-kind.ts';
import { createGitHub } from './github/client.ts';
import { detectRepository } from './github/repository.ts';
import { applySteps, type PublishResult, preflight, publish, requireComponent } from './publish.ts';
import type { Reporter } from './report/reporter.ts';
import { readServerlessPackage } from './serverless/package.ts';
import { MANIFEST } from './slipway/component.ts';
import type { InspectOptions } from './slipway/inspect.ts';
import { type Artifact, packComponent } from './slipway/pack.ts';
import type { PackOptions } from './slipway/tarball.ts';
import type { Step, StepOutcome } from './target.ts';
import {
  type ExpectedAsset,
  FinishReleaseTarget,
  readExpectedAssets,
} from './targets/github-release-finish.ts';
import { releaseTag } from './version.ts';

export interface FlowOptions {
  dir: string;
  inspect: InspectOptions;
  /** Where the tarball (and zip) are written. */
  workDir: string;
  reporter: Reporter;
  onProgress?: PackOptions['onProgress'];
}

/** Packs into `out`: a folder (the canonical file name) or a path ending in `.tar`. */
export async function packFolder(options: Omit<FlowOptions, 'workDir'> & { out: string }): Promise<Artifact> {
  const component = await requireComponent(options.dir, options.inspect, options.reporter);
  return packComponent(component, options.out, { onProgress: options.onProgress });
}

export interface PublishFlowOptions extends FlowOptions {
  targets: TargetsConfig;
  dryRun: boolean;
  /** A tarball packed by an earlier job: publishing fails unless packing here gives its sha256. */
  tarball?: string;
}

export interface PublishFlowResult extends PublishResult {
  /** The version published: the component's, else the Serverless package's. */
  version: string;
}

export async function publishFolder(options: PublishFlowOptions): Promise<PublishFlowResult> {
  const kind = await folderKind(options.dir);
  if (!kind.slipway && !kind.serverless) {
    throw new PublishError(
      'nothing-to-publish',
      `${options.dir} holds neither ${MANIFEST} nor publish.yaml (or publish.yml)`,
      'point path at a component folder or a Serverless Devs package folder',
    );
  }
  // Pack when a target takes the tarball, or when no target is configured at all (a publish that
  // only checks: the component is validated and packed, nothing is written).
  const noTargets = Object.values(options.targets).every((t) => t === undefined);
  const slipway = !!kind.slipway && (takesTarball(options.targets) || noTargets);
  await mkdir(options.workDir, { recursive: true });
  const result = await publish({
    dir: options.dir,
    slipway,
    expectedSha256: options.tarball ? await sha256File(options.tarball) : undefined,
    inspect: options.inspect,
    workDir: options.workDir,
    dryRun: options.dryRun,
    reporter: options.reporter,
    onProgress: options.onProgress,
    targets: (artifact) => composeTargets(options.targets, contextFor(options, kind, artifact)),
  });
  const version = result.artifact?.component.version ?? (await serverlessVersion(options.dir, kind));
  return { ...result, version };
}

function contextFor(
  options: PublishFlowOptions,
  kind: FolderKind,
  artifact: Artifact | undefined,
): ComposeContext {
  return {
    dir: options.dir,
    kind,
    artifact,
    conventions: options.inspect.conventions ?? 'slipway',
    tagPrefix: options.inspect.tagPrefix ?? '',
    workDir: options.workDir,
    reporter: options.reporter,
  };
}

async function serverlessVersion(dir: string, kind: FolderKind): Promise<string> {
  return kind.serverless ? (await readServerlessPackage(dir)).version : '';
}

export interface FinishOptions {
  /** A tarball, or a folder of tarballs, the release(s) must hold. */
  tarball: string;
  /** When given, every tarball must carry it. */
  version: string;
  /** OWNER/NAME; else GITHUB_REPOSITORY, else the git remote. */
  repository: string;
  conventions: 'slipway' | 'none';
  tagPrefix: string;
  github: Pick<GitHubReleaseConfig, 'token' | 'apiUrl' | 'makeLatest'>;
  dryRun: boolean;
  reporter: Reporter;
}

export interface FinishResult {
  byVersion: Map<string, ExpectedAsset[]>;
  tags: string[];
  steps: Step[];
  outcomes: StepOutcome[];
  dryRun: boolean;
}

/** Publishes the draft release(s) that publish steps with `draft: true` filled. */
export async function finishRelease(options: FinishOptions): Promise<FinishResult> {
  const byVersion = await readExpectedAssets(options.tarball, options.version);
  const repository = await detectRepository(process.cwd(), options.repository);
  if (!repository)
    throw new PublishError(
      'no-repository',
      'cannot tell which repository to release in',
      'set the repository input (OWNER/NAME) or run inside GitHub Actions',
    );
  const { reporter } = options;
  const github = createGitHub({ token: options.github.token, baseUrl: options.github.apiUrl, reporter });
  const tags = [...byVersion.keys()].map((v) => releaseTag(v, options));
  const targets = [...byVersion].map(
    ([version, assets]) =>
      new FinishReleaseTarget({
        github,
        owner: repository.owner,
        repo: repository.name,
        tag: releaseTag(version, options),
        assets,
        makeLatest: options.github.makeLatest,
        reporter,
      }),
  );
  const steps = await preflight(targets);
  for (const step of steps) reporter.info(`plan: ${step.target}: ${step.description}`);
  const outcomes = options.dryRun ? [] : await applySteps(steps, reporter);
  return { byVersion, tags, steps, outcomes, dryRun: options.dryRun };
}
