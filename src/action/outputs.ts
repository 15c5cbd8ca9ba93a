// The action's outputs, typed: the only place that calls core.setOutput. test/outputs.test.ts holds
// OUTPUT_NAMES equal to action.yml's outputs, so nothing undeclared is emitted and nothing declared
// is forgotten.
import * as core from '@actions/core';
import type { PublishSetResult } from '../release-set.ts';
import type { Artifact } from '../slipway/pack.ts';
import type { StepOutcome, TargetOutputs } from '../target.ts';

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
  'serverless-packages',
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

/**
 * `tarballs` (JSON list of paths) and `components` (JSON list of what each tarball holds and, once
 * released, where it is: GitHub's asset URL and the Slipway-resolvable download URL).
 */
export function setOutputsOf(
  artifacts: readonly Artifact[],
  outcomes: readonly StepOutcome[] = [],
): ActionOutputs {
  const assets = outcomes.flatMap((o) => o.assets ?? []);
  return {
    tarballs: JSON.stringify(artifacts.map((a) => a.file)),
    components: JSON.stringify(
      artifacts.map((a) => {
        const asset = assets.find((x) => x.name === a.fileName);
        return {
          name: `${a.component.manifest.publisher}.${a.component.manifest.name}`,
          version: a.component.version,
          tarball: a.file,
          sha256: a.sha256,
          size: a.size,
          ...(asset ? { assetUrl: asset.url, downloadUrl: asset.downloadUrl } : {}),
        };
      }),
    ),
  };
}

/**
 * The outputs of a publish. A value that names one asset or one Serverless package is only given when
 * there is exactly one: with several, the last one's would be read as the answer. The lists
 * (`components`, `serverless-packages`) hold every one.
 */
export function publishOutputs(result: PublishSetResult): ActionOutputs {
  const outputs: TargetOutputs = Object.assign({}, ...result.outcomes.map((o) => o.outputs));
  if (result.artifacts.length !== 1) {
    delete outputs['asset-url'];
    delete outputs['download-url'];
  }
  const packages = result.outcomes.filter((o) => o.outputs['serverless-package']);
  if (packages.length !== 1) {
    delete outputs['serverless-package'];
    delete outputs['serverless-zip-sha256'];
  }
  const one = result.artifacts.length === 1 ? result.artifacts[0] : undefined;
  return {
    ...outputs,
    version: result.version,
    ...(one ? { tarball: one.file, sha256: one.sha256 } : {}),
    ...(result.artifacts.length > 0 ? setOutputsOf(result.artifacts, result.outcomes) : {}),
    ...(packages.length > 0
      ? {
          'serverless-packages': JSON.stringify(
            packages.map((o) => {
              const id = o.outputs['serverless-package']!;
              const at = id.lastIndexOf('@');
              return {
                name: id.slice(0, at),
                version: id.slice(at + 1),
                zipSha256: o.outputs['serverless-zip-sha256'],
              };
            }),
          ),
        }
      : {}),
    published: String(result.outcomes.some((o) => o.changed)),
  };
}
