// The GitHub Action face: inputs → core → outputs, annotations and the job summary. Every rule lives
// in the core (release.ts, compose.ts); this file only translates.
import * as core from '@actions/core';
import { describeError, InvalidInputError, PublishError, userError } from '../errors.ts';
import { finishRelease, packFolders } from '../release.ts';
import { publishSet } from '../release-set.ts';
import { hasErrors } from '../report/problems.ts';
import { formatProblem, summarizeProblems } from '../report/text.ts';
import { shown } from '../select.ts';
import { validateFolders } from '../validate.ts';
import { type ActionInputs, readInputs } from './inputs.ts';
import { escapeLog, actionsReporter as reporter } from './log.ts';
import { publishOutputs, setOutputs, setOutputsOf } from './outputs.ts';
import { annotate, problemsSummary, publishSummary, releaseSummary } from './summary.ts';

async function runCommand(inputs: ActionInputs): Promise<void> {
  if (inputs.command === 'validate') {
    // Every folder is validated and every problem of every one reported, before the verdict.
    const { problems } = await validateFolders(inputs.dirs, inputs.inspect);
    annotate(problems);
    await problemsSummary(
      `component-publish validate: ${inputs.dirs.map((d) => shown(d)).join(', ')}`,
      problems,
    );
    setOutputs({ problems: String(problems.length) });
    if (hasErrors(problems, inputs.strict))
      core.setFailed(`validation failed: ${summarizeProblems(problems)}`);
  } else if (inputs.command === 'pack') {
    const artifacts = await packFolders({ ...inputs, out: inputs.workDir, reporter });
    const one = artifacts.length === 1 ? artifacts[0] : undefined;
    setOutputs({
      version: artifacts[0]?.component.version ?? '',
      ...(one ? { tarball: one.file, sha256: one.sha256 } : {}),
      ...setOutputsOf(artifacts),
      published: 'false',
    });
    for (const a of artifacts) reporter.info(`packed ${a.file} (${a.size} bytes, sha256 ${a.sha256})`);
  } else if (inputs.command === 'release') {
    const result = await finishRelease({ ...inputs, reporter });
    const joined = (key: 'release-id' | 'release-url') =>
      result.outcomes.map((o) => o.outputs[key]).join('\n');
    setOutputs({
      'release-id': joined('release-id'),
      'release-url': joined('release-url'),
      version: [...result.byVersion.keys()].join('\n'),
      published: String(result.outcomes.some((o) => o.changed)),
    });
    await releaseSummary(result);
  } else {
    const result = await publishSet({ ...inputs, reporter });
    const outputs = publishOutputs(result);
    setOutputs(outputs);
    await publishSummary(result, outputs, inputs.dir);
  }
}

export async function run(): Promise<void> {
  try {
    await runCommand(await readInputs());
  } catch (thrown) {
    const error = userError(thrown) ?? thrown;
    if (error instanceof InvalidInputError) {
      annotate(error.problems);
      for (const p of error.problems) core.info(escapeLog(formatProblem(p)));
      core.setFailed(error.message);
    } else if (error instanceof PublishError) {
      core.setFailed(describeError(error));
    } else {
      core.setFailed(`unexpected failure (a bug; please report it): ${describeError(error)}`);
    }
  }
}
