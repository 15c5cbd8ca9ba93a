// A publish target is one outside system (a local folder registry, GitHub Releases, a hosted
// registry.yaml, the Serverless Registry) behind one small port. Publishing is plan → pre-flight →
// apply: `prepare` only reads (it checks tokens, permissions and version order and works out what
// would change) and every `apply` is idempotent, so a re-run after a failure finishes the job.

export interface Target {
  /** Short stable name shown in plans and summaries, e.g. `github-release`. */
  readonly name: string;
  /** Pre-flight: read-only checks and the plan. Throws a PublishError when the target cannot take it. */
  prepare(): Promise<Step>;
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
  /** Values for action outputs / CLI JSON, e.g. `release-url`. */
  outputs: Record<string, string>;
}
