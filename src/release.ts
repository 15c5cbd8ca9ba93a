// The flows both faces run besides publishing a set (release-set.ts): `pack` (validate every
// component, then pack each), and `finishRelease` (the tarballs a release must hold → pre-flight →
// publish the draft(s)).
import type { GitHubReleaseConfig } from './compose.ts';
import { PublishError } from './errors.ts';
import { createGitHub } from './github/client.ts';
import { detectRepository } from './github/repository.ts';
import { applySteps, preflight, requireComponents } from './publish.ts';
import type { Reporter } from './report/reporter.ts';
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

// Publishing lives in release-set.ts; one folder's publish keeps its old import path.
export { publishFolder } from './release-set.ts';

interface FlowOptions {
  inspect: InspectOptions;
  reporter: Reporter;
  onProgress?: PackOptions['onProgress'];
}

export interface PackSetOptions extends FlowOptions {
  dirs: readonly string[];
  /** A folder; with exactly one component, also a path ending in `.tar`. */
  out: string;
}

/** Validates every component first (one invalid: nothing is packed), then packs each into `out`. */
export async function packFolders(options: PackSetOptions): Promise<Artifact[]> {
  const components = await requireComponents(options.dirs, options.inspect, options.reporter);
  if (components.length > 1 && options.out.endsWith('.tar'))
    throw new PublishError(
      'bad-input',
      `${components.length} components cannot all be packed into the one file ${options.out}`,
      'give a folder to pack into (each tarball gets its canonical name)',
    );
  const artifacts: Artifact[] = [];
  for (const component of components)
    artifacts.push(await packComponent(component, options.out, { onProgress: options.onProgress }));
  return artifacts;
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
