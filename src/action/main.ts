// The GitHub Action face: inputs → core → outputs, annotations and the job summary.
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { describeError, InvalidInputError, PublishError } from '../errors.ts';
import { createGitHub } from '../github/client.ts';
import { detectRepository, parseFullName } from '../github/repository.ts';
import { parseSiblings } from '../list.ts';
import { applySteps, type PublishResult, preflight, publish, requireComponent } from '../publish.ts';
import { hasErrors, type Problem, sortProblems } from '../report/problems.ts';
import type { Reporter } from '../report/reporter.ts';
import { formatProblem, summarizeProblems } from '../report/text.ts';
import { ServerlessRegistryClient } from '../serverless/client.ts';
import { MANIFEST } from '../slipway/component.ts';
import type { InspectOptions } from '../slipway/inspect.ts';
import type { Artifact } from '../slipway/pack.ts';
import { packComponent } from '../slipway/pack.ts';
import type { Target } from '../target.ts';
import { FileRegistryTarget, parseFileRegistry, sha256File } from '../targets/file-registry.ts';
import { GitHubReleaseTarget } from '../targets/github-release.ts';
import { FinishReleaseTarget, readExpectedAssets } from '../targets/github-release-finish.ts';
import {
  GitHubContentsStore,
  GitHubPullRequestStore,
  pullRequestBranch,
  RegistryYamlTarget,
} from '../targets/registry-yaml-github.ts';
import { ServerlessRegistryTarget } from '../targets/serverless-registry.ts';
import { validateFolder } from '../validate.ts';

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
    siblings: parseSiblings(core.getInput('siblings')),
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

/** A secret input, masked at once; empty when not given. */
function secretInput(name: string): string {
  const value = core.getInput(name);
  if (value) core.setSecret(value);
  return value;
}

function releaseRepository(artifact: Artifact) {
  const repository = artifact.component.repository;
  if (repository) return repository;
  throw new PublishError(
    'no-repository',
    'cannot tell which repository to release in',
    'set the repository input (OWNER/NAME) or run inside GitHub Actions',
  );
}

function releaseTag(version: string): string {
  const conventions = choice('conventions', ['slipway', 'none'] as const, 'slipway');
  return conventions === 'slipway' ? version : `${core.getInput('tag-prefix')}${version}`;
}

/** An Octokit for GitHub Releases, with github-token (masked). */
function releasesGitHub() {
  const token = secretInput('github-token');
  if (!token)
    throw new PublishError(
      'github-token',
      'github-token is empty',
      'pass github-token: ${{ github.token }} (the default) or a token that can write releases',
    );
  return createGitHub({ token, baseUrl: process.env.GITHUB_API_URL, reporter: actionsReporter });
}

function githubReleaseTarget(artifact: Artifact): Target | undefined {
  if (!core.getBooleanInput('github-release')) return undefined;
  const repository = releaseRepository(artifact);
  const env = process.env;
  const tag = releaseTag(artifact.component.version);
  return new GitHubReleaseTarget({
    github: releasesGitHub(),
    owner: repository.owner,
    repo: repository.name,
    artifact,
    tag,
    tagPrefix: tag === artifact.component.version ? '' : core.getInput('tag-prefix'),
    targetCommitish: env.GITHUB_SHA || undefined,
    draft: core.getBooleanInput('draft'),
    makeLatest: choice('make-latest', ['legacy', 'true', 'false'] as const, 'legacy'),
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    reporter: actionsReporter,
  });
}

/** The hosted registry.yaml (issue: runs last, after the release is published and downloadable). */
function registryYamlTarget(artifact: Artifact): Target | undefined {
  const full = core.getInput('registry-repo').trim();
  if (!full) return undefined;
  const parsed = parseFullName(full);
  if (!parsed)
    throw new PublishError(
      'bad-input',
      `registry-repo "${full}" is not OWNER/NAME`,
      'write it as OWNER/NAME',
    );
  const token = secretInput('registry-token') || secretInput('github-token');
  const repository = releaseRepository(artifact);
  const { manifest, version } = artifact.component;
  const github = createGitHub({ token, baseUrl: process.env.GITHUB_API_URL, reporter: actionsReporter });
  const entry = {
    namespace: core.getInput('registry-namespace') || manifest.publisher,
    package: core.getInput('registry-package') || manifest.name,
    git: repository.webUrl,
    version: releaseTag(version),
    today: new Date(),
  };
  const where = {
    github,
    owner: parsed.owner,
    repo: parsed.name,
    path: core.getInput('registry-file') || 'registry.yaml',
    branch: core.getInput('registry-branch') || undefined,
  };
  const store = core.getBooleanInput('registry-pull-request')
    ? new GitHubPullRequestStore({ ...where, head: pullRequestBranch(entry.namespace, entry.package) })
    : new GitHubContentsStore(where);
  return new RegistryYamlTarget({
    store,
    entry,
    componentLabel: `${manifest.publisher}.${manifest.name} ${version}`,
    reporter: actionsReporter,
  });
}

async function serverlessTarget(dir: string): Promise<Target | undefined> {
  const token = secretInput('serverless-registry-token');
  if (!token) return undefined;
  if (
    !(await access(join(dir, 'publish.yaml')).then(
      () => true,
      () => false,
    ))
  ) {
    throw new PublishError(
      'no-publish-yaml',
      `serverless-registry-token is set but ${join(dir, 'publish.yaml')} does not exist`,
      'point path at the Serverless Devs package folder, or drop the token',
    );
  }
  const client = new ServerlessRegistryClient({
    token,
    baseUrl: core.getInput('serverless-registry-url') || undefined,
  });
  return new ServerlessRegistryTarget({
    dir,
    client,
    reporter: actionsReporter,
    force: core.getBooleanInput('serverless-force'),
    workDir: workDir(),
  });
}

function fileRegistryTarget(artifact: Artifact): Target | undefined {
  const spec = core.getInput('file-registry').trim();
  if (!spec) return undefined;
  const folder = parseFileRegistry(spec);
  if (folder === undefined)
    throw new PublishError(
      'bad-input',
      `input "file-registry" must be file:PATH, got "${spec}"`,
      'use file:PATH, or leave it empty',
    );
  const git = artifact.component.repository?.webUrl ?? `file://${artifact.component.dir}`;
  return new FileRegistryTarget({ path: folder, artifact, git });
}

/** The composition root: which targets, in which order. Every one is prepared before any is applied. */
async function targetsFor(dir: string, artifact: Artifact | undefined): Promise<Target[]> {
  const targets = artifact
    ? [githubReleaseTarget(artifact), fileRegistryTarget(artifact), registryYamlTarget(artifact)]
    : [];
  targets.push(await serverlessTarget(dir));
  return targets.filter((t): t is Target => t !== undefined);
}

async function runPublish(dir: string): Promise<void> {
  await mkdir(workDir(), { recursive: true });
  const tarball = core.getInput('tarball');
  const result = await publish({
    dir,
    slipway: await access(join(dir, MANIFEST)).then(
      () => true,
      () => false,
    ),
    expectedSha256: tarball ? await sha256File(tarball) : undefined,
    inspect: inspectOptions(),
    workDir: workDir(),
    dryRun: core.getBooleanInput('dry-run'),
    reporter: actionsReporter,
    targets: (artifact) => targetsFor(dir, artifact),
  });
  if (result.artifact) setArtifactOutputs(result.artifact);
  const outputs: Record<string, string> = {};
  for (const outcome of result.outcomes) Object.assign(outputs, outcome.outputs);
  for (const [k, v] of Object.entries(outputs)) core.setOutput(k, v);
  core.setOutput('published', String(result.outcomes.some((o) => o.changed)));
  await publishSummary(result, outputs);
}

async function publishSummary(result: PublishResult, outputs: Record<string, string>): Promise<void> {
  const a = result.artifact;
  const title = a
    ? `${a.component.manifest.publisher}.${a.component.manifest.name} ${a.component.version}`
    : (outputs['serverless-package'] ?? dirLabel());
  core.summary.addHeading(`${result.dryRun ? 'Plan (dry run)' : 'component-publish'}: ${title}`, 3);
  const release = outputs['release-url'];
  const facts: [string, string][] = [
    ['component', a ? `${a.component.manifest.publisher}.${a.component.manifest.name}` : ''],
    ['version', a?.component.version ?? ''],
    ['previous version', outputs['previous-version'] ?? ''],
    ['sha256', a ? `<code>${a.sha256}</code>` : ''],
    ['release', release ? `<a href="${release}">${release}</a>` : ''],
    [
      'serverless package',
      outputs['serverless-package']
        ? `${outputs['serverless-package']} (zip sha256 <code>${outputs['serverless-zip-sha256'] ?? ''}</code>)`
        : '',
    ],
  ];
  core.summary.addTable(facts.filter(([, v]) => v).map(([k, v]) => [{ data: k, header: true }, v]));
  const rows = result.dryRun
    ? result.steps.map((s) => [s.target, s.description.split('\n')[0]!])
    : result.outcomes.map((o) => [o.target, o.done]);
  core.summary.addTable([
    [
      { data: 'target', header: true },
      { data: result.dryRun ? 'would do' : 'what was done', header: true },
    ],
    ...rows,
  ]);
  if (outputs['registry-diff'])
    core.summary.addDetails('registry.yaml diff', `\n\n\`\`\`diff\n${outputs['registry-diff']}\n\`\`\`\n`);
  await writeSummary();
}

const dirLabel = () => core.getInput('path') || '.';

/** Publishes the draft release(s) that the matrix's publish steps (draft: true) filled. */
async function runRelease(): Promise<void> {
  const byVersion = await readExpectedAssets(
    core.getInput('tarball').trim(),
    core.getInput('version').trim(),
  );
  const repository = await detectRepository(process.cwd(), core.getInput('repository'));
  if (!repository)
    throw new PublishError(
      'no-repository',
      'cannot tell which repository to release in',
      'set the repository input (OWNER/NAME) or run inside GitHub Actions',
    );
  const github = releasesGitHub();
  const makeLatest = choice('make-latest', ['legacy', 'true', 'false'] as const, 'legacy');
  const targets = [...byVersion].map(
    ([version, assets]) =>
      new FinishReleaseTarget({
        github,
        owner: repository.owner,
        repo: repository.name,
        tag: releaseTag(version),
        assets,
        makeLatest,
        reporter: actionsReporter,
      }),
  );
  const steps = await preflight(targets);
  for (const step of steps) core.info(`plan: ${step.target}: ${step.description}`);
  const dryRun = core.getBooleanInput('dry-run');
  const outcomes = dryRun ? [] : await applySteps(steps, actionsReporter);
  for (const key of ['release-id', 'release-url'])
    core.setOutput(key, outcomes.map((o) => o.outputs[key]).join('\n'));
  core.setOutput('version', [...byVersion.keys()].join('\n'));
  core.setOutput('published', String(outcomes.some((o) => o.changed)));
  const tags = [...byVersion.keys()].map(releaseTag).join(', ');
  core.summary.addHeading(`${dryRun ? 'Plan (dry run)' : 'component-publish'}: release ${tags}`, 3);
  core.summary.addTable([
    [
      { data: 'asset', header: true },
      { data: 'sha256', header: true },
    ],
    ...[...byVersion.values()].flat().map((a) => [a.name, `<code>${a.sha256}</code>`]),
  ]);
  const what = dryRun ? steps.map((s) => `would ${s.description}`) : outcomes.map((o) => o.done);
  core.summary.addRaw(`\n${what.join('\n')}\n`);
  await writeSummary();
}

export async function run(): Promise<void> {
  try {
    const command = choice('command', ['publish', 'validate', 'pack', 'release'] as const, 'publish');
    const dir = core.getInput('path') || '.';
    if (command === 'validate') await runValidate(dir);
    else if (command === 'pack') await runPack(dir);
    else if (command === 'release') await runRelease();
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
