// The GitHub Action face: inputs → core → outputs, annotations and the job summary.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { describeError, InvalidInputError, PublishError } from './errors.ts';
import { createGitHub } from './github/client.ts';
import type { InspectOptions } from './inspect.ts';
import type { Artifact } from './pack.ts';
import { packComponent } from './pack.ts';
import { hasErrors, type Problem, sortProblems } from './problems.ts';
import { publish, requireComponent } from './publish.ts';
import { formatProblem, summarizeProblems } from './report.ts';
import type { Reporter } from './reporter.ts';
import type { Target } from './target.ts';
import { FileRegistryTarget, parseFileRegistry } from './targets/file-registry.ts';
import { GitHubReleaseTarget } from './targets/github-release.ts';
import { validateFolder } from './validate.ts';

const actionsReporter: Reporter = {
  info: (m) => core.info(m),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
  secret: (v) => core.setSecret(v),
};

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new PublishError(
    'bad-input',
    `input "${name}" must be one of ${allowed.join(', ')} (got "${value}")`,
    `fix "${name}" in the workflow's with: block`,
  );
}

function inspectOptions(): InspectOptions {
  const env = process.env;
  return {
    version: core.getInput('version'),
    tag: env.GITHUB_REF_TYPE === 'tag' ? env.GITHUB_REF_NAME : undefined,
    tagPrefix: core.getInput('tag-prefix'),
    repository: core.getInput('repository') || undefined,
    conventions: choice('conventions', ['slipway', 'none'] as const, 'slipway'),
  };
}

function annotate(problems: Problem[]): void {
  for (const p of sortProblems(problems)) {
    const props = {
      file: p.file,
      startLine: p.line || undefined,
      startColumn: p.column || undefined,
      title: p.code,
    };
    const text = p.fix ? `${p.message}\nfix: ${p.fix}` : p.message;
    if (p.severity === 'error') core.error(text, props);
    else if (p.severity === 'warning') core.warning(text, props);
    else core.notice(text, props);
  }
}

async function problemsSummary(title: string, problems: Problem[]): Promise<void> {
  const rows = sortProblems(problems).map((p) => [
    p.severity,
    `${p.file}${p.line ? `:${p.line}:${p.column}` : ''}`,
    p.code,
    p.message,
    p.fix ?? '',
  ]);
  core.summary.addHeading(title, 3).addRaw(`${summarizeProblems(problems)}\n\n`);
  if (rows.length > 0) {
    core.summary.addTable([
      [
        { data: 'severity', header: true },
        { data: 'where', header: true },
        { data: 'rule', header: true },
        { data: 'problem', header: true },
        { data: 'fix', header: true },
      ],
      ...rows,
    ]);
  }
  await writeSummary();
}

/** The job summary is a nicety: without GITHUB_STEP_SUMMARY (local runs, old GHES) the work still counts. */
async function writeSummary(): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.summary.emptyBuffer();
    return;
  }
  await core.summary.write();
}

function workDir(): string {
  return join(process.env.RUNNER_TEMP || process.cwd(), 'component-publish');
}

async function runValidate(dir: string): Promise<void> {
  const strict = core.getBooleanInput('strict');
  const { problems } = await validateFolder(dir, inspectOptions());
  annotate(problems);
  await problemsSummary(`component-publish validate: ${dir}`, problems);
  core.setOutput('problems', String(problems.length));
  if (hasErrors(problems, strict)) core.setFailed(`validation failed: ${summarizeProblems(problems)}`);
}

async function runPack(dir: string): Promise<void> {
  const component = await requireComponent(dir, inspectOptions(), actionsReporter);
  await mkdir(workDir(), { recursive: true });
  const artifact = await packComponent(component, workDir());
  setArtifactOutputs(artifact);
  core.setOutput('published', 'false');
  core.info(`packed ${artifact.file} (${artifact.size} bytes, sha256 ${artifact.sha256})`);
}

function setArtifactOutputs(artifact: Artifact): void {
  core.setOutput('version', artifact.component.version);
  core.setOutput('tarball', artifact.file);
  core.setOutput('sha256', artifact.sha256);
}

function githubReleaseTarget(artifact: Artifact): Target | undefined {
  if (!core.getBooleanInput('github-release')) return undefined;
  const repository = artifact.component.repository;
  if (!repository) {
    throw new PublishError(
      'no-repository',
      'cannot tell which repository to release in',
      'set the repository input (OWNER/NAME) or run inside GitHub Actions',
    );
  }
  const token = core.getInput('github-token');
  if (!token)
    throw new PublishError(
      'github-token',
      'github-token is empty',
      'pass github-token: ${{ github.token }} (the default) or a token that can write releases',
    );
  core.setSecret(token);
  const env = process.env;
  const conventions = choice('conventions', ['slipway', 'none'] as const, 'slipway');
  const tagPrefix = core.getInput('tag-prefix');
  const version = artifact.component.version;
  return new GitHubReleaseTarget({
    github: createGitHub({ token, baseUrl: env.GITHUB_API_URL, reporter: actionsReporter }),
    owner: repository.owner,
    repo: repository.name,
    artifact,
    tag: conventions === 'slipway' ? version : `${tagPrefix}${version}`,
    tagPrefix: conventions === 'slipway' ? '' : tagPrefix,
    targetCommitish: env.GITHUB_SHA || undefined,
    draft: core.getBooleanInput('draft'),
    makeLatest: choice('make-latest', ['legacy', 'true', 'false'] as const, 'legacy'),
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    reporter: actionsReporter,
  });
}

function targetsFor(artifact: Artifact): Target[] {
  const targets: Target[] = [];
  const release = githubReleaseTarget(artifact);
  if (release) targets.push(release);
  const registry = core.getInput('registry').trim();
  if (registry) {
    const folder = parseFileRegistry(registry);
    if (folder === undefined)
      throw new PublishError(
        'bad-input',
        `input "registry" must be file:PATH, got "${registry}"`,
        'use file:PATH for a folder registry, or leave it empty',
      );
    const git = artifact.component.repository?.webUrl ?? `file://${artifact.component.dir}`;
    targets.push(new FileRegistryTarget({ path: folder, artifact, git }));
  }
  return targets;
}

async function runPublish(dir: string): Promise<void> {
  await mkdir(workDir(), { recursive: true });
  const result = await publish({
    dir,
    inspect: inspectOptions(),
    workDir: workDir(),
    dryRun: core.getBooleanInput('dry-run'),
    reporter: actionsReporter,
    targets: targetsFor,
  });
  setArtifactOutputs(result.artifact);
  for (const outcome of result.outcomes)
    for (const [k, v] of Object.entries(outcome.outputs)) core.setOutput(k, v);
  core.setOutput('published', String(result.outcomes.some((o) => o.changed)));
  const { manifest, version } = result.artifact.component;
  core.summary.addHeading(
    `${result.dryRun ? 'Plan (dry run)' : 'Published'}: ${manifest.publisher}.${manifest.name} ${version}`,
    3,
  );
  core.summary.addTable([
    [
      { data: 'target', header: true },
      { data: result.dryRun ? 'would do' : 'done', header: true },
    ],
    ...(result.dryRun
      ? result.steps.map((s) => [s.target, s.description])
      : result.outcomes.map((o) => [o.target, o.done])),
  ]);
  core.summary.addRaw(`sha256 \`${result.artifact.sha256}\`\n`);
  await writeSummary();
}

export async function run(): Promise<void> {
  try {
    const command = choice('command', ['publish', 'validate', 'pack'] as const, 'publish');
    const dir = core.getInput('path') || '.';
    if (command === 'validate') await runValidate(dir);
    else if (command === 'pack') await runPack(dir);
    else await runPublish(dir);
  } catch (error) {
    if (error instanceof InvalidInputError) {
      annotate(error.problems);
      for (const p of error.problems) core.info(formatProblem(p));
      core.setFailed(error.message);
    } else if (error instanceof PublishError) {
      core.setFailed(describeError(error));
    } else {
      core.setFailed(`unexpected failure (a bug; please report it): ${describeError(error)}`);
    }
  }
}

await run();
