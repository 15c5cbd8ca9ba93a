// The core, as a list of named steps: inspect → pack → pre-flight every target → apply each step.
// It knows nothing about GitHub Actions or the command line; both are thin faces over it.
import { InvalidInputError, PublishError } from './errors.ts';
import type { Reporter } from './report/reporter.ts';
import { type Component, type InspectOptions, inspectComponent } from './slipway/inspect.ts';
import { type Artifact, packComponent } from './slipway/pack.ts';
import type { PackOptions } from './slipway/tarball.ts';
import type { Step, StepOutcome, Target } from './target.ts';

export interface PublishOptions {
  dir: string;
  /** False for a folder that holds only a Serverless Devs package: nothing is packed. */
  slipway?: boolean;
  /** Publish only when the packed tarball has this sha256 (the one a read-only job packed and reviewed). */
  expectedSha256?: string;
  inspect: InspectOptions;
  /** Where the tarball is written before the targets take it. */
  workDir: string;
  dryRun?: boolean;
  reporter: Reporter;
  /** The composition root wires the targets for this artifact. */
  targets: (artifact: Artifact | undefined) => Target[] | Promise<Target[]>;
  onProgress?: PackOptions['onProgress'];
}

export interface PublishResult {
  artifact?: Artifact;
  steps: Step[];
  outcomes: StepOutcome[];
  dryRun: boolean;
}

export async function publish(options: PublishOptions): Promise<PublishResult> {
  const artifact = options.slipway === false ? undefined : await packChecked(options);
  const steps = await preflight(await options.targets(artifact));
  for (const step of steps) options.reporter.info(`plan: ${step.target}: ${step.description}`);
  if (options.dryRun) return { artifact, steps, outcomes: [], dryRun: true };
  const outcomes = await applySteps(steps, options.reporter);
  return { artifact, steps, outcomes, dryRun: false };
}

async function packChecked(options: PublishOptions): Promise<Artifact> {
  const component = await requireComponent(options.dir, options.inspect, options.reporter);
  const artifact = await packComponent(component, options.workDir, { onProgress: options.onProgress });
  options.reporter.info(`packed ${artifact.fileName}: ${artifact.size} bytes, sha256 ${artifact.sha256}`);
  if (options.expectedSha256 && options.expectedSha256 !== artifact.sha256) {
    throw new PublishError(
      'tarball-differs',
      `the tarball packed here has sha256 ${artifact.sha256}, not the reviewed ${options.expectedSha256}`,
      'publish from the same commit and SOURCE_DATE_EPOCH as the pack job (packing is reproducible), or re-run both jobs',
    );
  }
  return artifact;
}

/** Reads and validates the component; every problem is reported, errors stop here. */
export async function requireComponent(
  dir: string,
  inspect: InspectOptions,
  reporter: Reporter,
): Promise<Component> {
  const { component, problems } = await inspectComponent(dir, inspect);
  if (!component) throw new InvalidInputError(problems);
  for (const p of problems) reporter.warning(`${p.file}: ${p.message} (fix: ${p.fix})`);
  if (component.versionSource !== 'manifest') {
    reporter.notice(
      `publishing version ${component.version} (from the ${component.versionSource}); ${component.manifestFile} says ${component.manifestVersion}: the packed manifest carries ${component.version}, the file on disk is untouched`,
    );
  }
  if (component.stampedReferences.length > 0) {
    reporter.notice(
      `rigging references to components released with this one, stamped with ${component.version} in the packed manifest: ${component.stampedReferences.join('; ')}`,
    );
  }
  return component;
}

/** Every target's read-only checks, before the first side effect anywhere. */
export async function preflight(targets: Target[]): Promise<Step[]> {
  const steps: Step[] = [];
  for (const target of targets) steps.push(await target.prepare());
  return steps;
}

/** Applies the steps in order; each is idempotent, so a re-run after a failure finishes the job. */
export async function applySteps(steps: Step[], reporter: Reporter): Promise<StepOutcome[]> {
  const outcomes: StepOutcome[] = [];
  for (const step of steps) {
    const outcome = await step.apply();
    reporter.info(`${outcome.target}: ${outcome.done}`);
    outcomes.push(outcome);
  }
  return outcomes;
}
