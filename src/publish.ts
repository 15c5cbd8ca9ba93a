// The core's steps: inspect every component → (pack) → pre-flight every target → apply each step.
// It knows nothing about GitHub Actions or the command line; both are thin faces over it.
import { InvalidInputError, PublishError } from './errors.ts';
import type { Reporter } from './report/reporter.ts';
import { type Component, type InspectOptions, inspectComponent } from './slipway/inspect.ts';
import type { Step, StepOutcome, Target } from './target.ts';

/**
 * Reads and validates every component before any is packed: the problems of all of them are reported
 * together, and one invalid component stops the run. A set shares one version (one tag) and holds each
 * `publisher.name` once.
 */
export async function requireComponents(
  dirs: readonly string[],
  inspect: InspectOptions,
  reporter: Reporter,
): Promise<Component[]> {
  const inspections = [];
  for (const dir of dirs) inspections.push(await inspectComponent(dir, inspect));
  const problems = inspections.flatMap((i) => i.problems);
  const components = inspections.flatMap((i) => (i.component ? [i.component] : []));
  if (components.length < inspections.length) throw new InvalidInputError(problems);
  for (const p of problems) reporter.warning(`${p.file}: ${p.message} (fix: ${p.fix})`);
  for (const component of components) reportStamps(component, reporter);
  checkSet(components);
  return components;
}

function reportStamps(component: Component, reporter: Reporter): void {
  if (component.versionSource !== 'manifest') {
    reporter.notice(
      `publishing version ${component.version} (from the ${component.versionSource}); ${component.manifestFile} says ${component.manifestVersion}: the packed manifest carries ${component.version}, the file on disk is untouched`,
    );
  }
  if (component.stampedReferences.length > 0) {
    reporter.notice(
      `${component.manifest.publisher}.${component.manifest.name}: rigging references to components released with this one, stamped with ${component.version} in the packed manifest: ${component.stampedReferences.join('; ')}`,
    );
  }
}

/** A release is a set of components under one version, each named once. */
export function checkSet(components: readonly Component[]): void {
  const label = (c: Component) =>
    `${c.manifest.publisher}.${c.manifest.name} ${c.version} (${c.manifestFile})`;
  const byName = new Map<string, Component[]>();
  for (const c of components) {
    const name = `${c.manifest.publisher}.${c.manifest.name}`;
    byName.set(name, [...(byName.get(name) ?? []), c]);
  }
  const twice = [...byName].filter(([, list]) => list.length > 1);
  if (twice.length > 0)
    throw new PublishError(
      'duplicate-component',
      `the same component is given more than once: ${twice.map(([, list]) => list.map(label).join(' and ')).join('; ')}`,
      'keep one folder per publisher.name (exclude the copy, e.g. a demo or a stale build output)',
    );
  const versions = new Set(components.map((c) => c.version));
  if (versions.size > 1)
    throw new PublishError(
      'versions-differ',
      `the components of one release must share one version (one tag), but: ${components.map(label).join(', ')}`,
      'give them one version (the version input / --version stamps it into each), or release them in separate runs',
    );
}

/** Every target's read-only checks, before the first side effect anywhere. */
export async function preflight(targets: Target[]): Promise<Step[]> {
  const steps: Step[] = [];
  for (const target of targets) {
    steps.push(await target.prepare({ writesBefore: steps.some((step) => step.changes) }));
  }
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
