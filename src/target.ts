// A publish target is one outside system (a local folder registry, GitHub Releases, a hosted
// registry.yaml, the Serverless Registry) behind one small port. Publishing is plan → pre-flight →
// apply: `prepare` only reads (it checks tokens, permissions and version order and works out what
// would change) and every `apply` is idempotent, so a re-run after a failure finishes the job.

export interface Target {
  /** Short stable name shown in plans and summaries, e.g. `github-release`. */
  readonly name: string;
  /** Pre-flight: read-only checks and the plan. Throws a PublishError when the target cannot take it. */
  prepare(order?: StepOrder): Promise<Step>;
}

/** Where a target's step falls in the run; without it a target assumes steps before it write. */
export interface StepOrder {
  /** True when a step applied before this one changes something. */
  readonly writesBefore: boolean;
}

export interface Step {
  readonly target: string;
  /** One line for the plan, e.g. `create release 1.2.0 with asset a.b.1.2.0.tar (12 KiB)`. */
  readonly description: string;
  /** False when the target already holds exactly this: apply() then changes nothing. */
  readonly changes: boolean;
  apply(): Promise<StepOutcome>;
}

export interface StepOutcome {
  target: string;
  /** What was done, in words, for the summary: `published`, `already published`, … */
  done: string;
  changed: boolean;
  /** Values for the action's outputs and the CLI's JSON; every name is declared in action.yml. */
  outputs: TargetOutputs;
  /** Per asset, for a target that holds several (a release of a set of components). */
  assets?: AssetOutcome[];
  /** Per entry, for a registry that records several: `namespace/package: version`. */
  entries?: string[];
}

/**
 * What targets report, by action output name. Typed so that a target cannot emit an output the
 * action does not declare (test/outputs.test.ts holds action.yml to this list).
 */
export interface TargetOutputs {
  'release-id'?: string;
  'release-url'?: string;
  'asset-url'?: string;
  'download-url'?: string;
  'previous-version'?: string;
  'registry-commit'?: string;
  'registry-diff'?: string;
  'registry-pull-request'?: string;
  'serverless-package'?: string;
  'serverless-zip-sha256'?: string;
}

export interface AssetOutcome {
  name: string;
  /** GitHub's browser_download_url. */
  url: string;
  /** The Slipway-resolvable release download URL. */
  downloadUrl: string;
  /** The release before this one ('' if none), and this asset's size in it when it had one. */
  previousVersion: string;
  previousSize?: number;
}
