// A registry.yaml hosted in a GitHub repository, edited through the contents API: each write states
// the blob sha it was computed from, and GitHub refuses a stale one, so racing publishers re-read and
// re-apply (updateRegistryFile) instead of overwriting each other. Pre-flight proves the registry
// token may push before anything is written anywhere.
import {
  applyRegistryEntries,
  type RegistryFileStore,
  type RegistryUpdateOptions,
  updateRegistryFile,
} from '../fppm/registry-update.ts';
import { lineDiff, type RegistryEntry } from '../fppm/registry-yaml.ts';
import type { Reporter } from '../report/reporter.ts';
import type { Step, StepOutcome, Target, TargetOutputs } from '../target.ts';
import { GitHubPullRequestStore } from './registry-github-stores.ts';

export { GitHubContentsStore, GitHubPullRequestStore, pullRequestBranch } from './registry-github-stores.ts';

// ---------------------------------------------------------------------------------------------
// The target

export interface RegistryYamlTargetOptions {
  store: RegistryFileStore;
  entry: RegistryEntry;
  /** Every entry of the release (one commit carries them all), `entry` among them; default [entry]. */
  entries?: RegistryEntry[];
  /** Names the component and version in the plan and the commit message, e.g. `acme.widget 1.2.0`. */
  componentLabel: string;
  reporter: Reporter;
  /** Retry tuning for racing writers (tests inject sleep). */
  update?: Pick<RegistryUpdateOptions, 'maxAttempts' | 'sleep' | 'random'>;
}

export class RegistryYamlTarget implements Target {
  readonly name = 'registry-yaml';
  constructor(private readonly o: RegistryYamlTargetOptions) {}

  private get entries(): RegistryEntry[] {
    return this.o.entries ?? [this.o.entry];
  }

  async prepare(): Promise<Step> {
    const { store } = this.o;
    // Before the file is read (a read may be all a read-only token can do): can this token write it?
    await store.checkWritable?.();
    const current = await store.read();
    // Throws InvalidInputError (with each problem's line) on a file that breaks fppm's rules.
    const edit = applyRegistryEntries(current?.text ?? null, this.entries, store.describe());
    const notes = edit.notes.length > 0 ? ` (${edit.notes.join('; ')})` : '';
    const description = edit.changed
      ? `${current ? 'update' : 'create'} ${store.describe()}${notes}\n${lineDiff(current?.text ?? '', edit.text).trimEnd()}`
      : `${store.describe()} unchanged${notes}`;
    return { target: this.name, description, changes: edit.changed, apply: () => this.apply() };
  }

  private async apply(): Promise<StepOutcome> {
    const { store } = this.o;
    const result = await updateRegistryFile(store, this.entries, {
      ...this.o.update,
      message: `registry: ${this.o.componentLabel}`,
    });
    for (const note of result.notes) this.o.reporter.notice(`${store.describe()}: ${note}`);
    const outputs: TargetOutputs = {
      'registry-commit': result.commit ?? '',
      'registry-diff': result.diff,
    };
    if (store instanceof GitHubPullRequestStore) {
      outputs['registry-pull-request'] = store.pullRequest?.url ?? '';
    }
    return {
      target: this.name,
      done: result.changed ? 'updated' : 'unchanged',
      changed: result.changed,
      outputs,
      entries: this.entries.map((e) => `${e.namespace}/${e.package}: ${e.version}`),
    };
  }
}
