// The action's outputs, typed: the only place that calls core.setOutput. test/outputs.test.ts holds
// OUTPUT_NAMES equal to action.yml's outputs, so nothing undeclared is emitted and nothing declared
// is forgotten.
import * as core from '@actions/core';
import type { Artifact } from '../slipway/pack.ts';
import type { TargetOutputs } from '../target.ts';

export const OUTPUT_NAMES = [
  'version',
  'tarball',
  'tarballs',
  'components',
  'sha256',
  'published',
  'release-id',
  'release-url',
  'asset-url',
  'download-url',
  'previous-version',
  'registry-commit',
  'registry-diff',
  'registry-pull-request',
  'serverless-package',
  'serverless-zip-sha256',
  'problems',
] as const;

type OutputName = (typeof OUTPUT_NAMES)[number];
export type ActionOutputs = Partial<Record<OutputName, string>>;

// Compile-time: every output a target can report is an action output.
const targetOutputsDeclared: keyof TargetOutputs extends OutputName ? true : never = true;
void targetOutputsDeclared;

export function setOutputs(outputs: ActionOutputs): void {
  for (const name of OUTPUT_NAMES) {
    const value = outputs[name];
    if (value !== undefined) core.setOutput(name, value);
  }
}

/** `tarballs` (JSON list of paths) and `components` (JSON list of what each tarball holds). */
export function setOutputsOf(artifacts: readonly Artifact[]): ActionOutputs {
  return {
    tarballs: JSON.stringify(artifacts.map((a) => a.file)),
    components: JSON.stringify(
      artifacts.map((a) => ({
        name: `${a.component.manifest.publisher}.${a.component.manifest.name}`,
        version: a.component.version,
        tarball: a.file,
        sha256: a.sha256,
        size: a.size,
      })),
    ),
  };
}
