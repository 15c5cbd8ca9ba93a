// The composition root: a typed configuration (read once by a face: action/inputs.ts, cli/args.ts)
// → the targets, in the order they apply. Nothing else constructs a target, so the action and the
// CLI publish the same way to the same systems. Adding a target: its file in targets/, a field here.
import { PublishError } from './errors.ts';
import type { FolderKind } from './folder-kind.ts';
import { createGitHub } from './github/client.ts';
import type { MakeLatest } from './github/releases.ts';
import type { Repository } from './github/repository.ts';
import type { Reporter } from './report/reporter.ts';
import { ServerlessRegistryClient } from './serverless/client.ts';
import type { Artifact } from './slipway/pack.ts';
import type { Target } from './target.ts';
import { FileRegistryTarget } from './targets/file-registry.ts';
import { GitHubReleaseTarget } from './targets/github-release.ts';
import {
  GitHubContentsStore,
  GitHubPullRequestStore,
  pullRequestBranch,
  RegistryYamlTarget,
} from './targets/registry-yaml-github.ts';
import { ServerlessRegistryTarget } from './targets/serverless-registry.ts';
import { releaseTag } from './version.ts';

export interface GitHubReleaseConfig {
  token: string;
  /** API base (GHES); undefined: GITHUB_API_URL, else api.github.com. */
  apiUrl?: string;
  /** Web base for download URLs, e.g. https://github.com. */
  serverUrl: string;
  draft: boolean;
  makeLatest: MakeLatest;
  targetCommitish?: string;
}

interface RegistryYamlConfig {
  token: string;
  apiUrl?: string;
  owner: string;
  repo: string;
  /** The registry file's path in the repository. */
  path: string;
  branch?: string;
  /** Open or update a pull request instead of committing to the branch. */
  pullRequest: boolean;
  /** Default: the component's publisher and name. */
  namespace?: string;
  package?: string;
}

interface ServerlessConfig {
  token: string;
  baseUrl?: string;
  /** Publish a zip over 20 MB. */
  force: boolean;
}

/** Which targets to publish to; an absent one is skipped. */
export interface TargetsConfig {
  githubRelease?: GitHubReleaseConfig;
  /** A local folder registry. */
  fileRegistry?: string;
  registryYaml?: RegistryYamlConfig;
  serverless?: ServerlessConfig;
}

export interface ComposeContext {
  dir: string;
  kind: FolderKind;
  /** The packed component; undefined for a Serverless-only publish. */
  artifact: Artifact | undefined;
  conventions: 'slipway' | 'none';
  tagPrefix: string;
  workDir: string;
  reporter: Reporter;
}

/** True when a target takes the Slipway tarball, so the component must be packed. */
export function takesTarball(config: TargetsConfig): boolean {
  return !!(config.githubRelease || config.fileRegistry !== undefined || config.registryYaml);
}

/** The targets in apply order: the release first, the registry.yaml last (it points at the release). */
export function composeTargets(config: TargetsConfig, context: ComposeContext): Target[] {
  const { artifact } = context;
  const targets: Target[] = [];
  if (artifact && config.githubRelease) targets.push(githubRelease(config.githubRelease, artifact, context));
  if (artifact && config.fileRegistry !== undefined)
    targets.push(fileRegistry(config.fileRegistry, artifact));
  if (artifact && config.registryYaml) targets.push(registryYaml(config.registryYaml, artifact, context));
  if (config.serverless) targets.push(serverless(config.serverless, context));
  return targets;
}

function releaseRepository(artifact: Artifact): Repository {
  const repository = artifact.component.repository;
  if (repository) return repository;
  throw new PublishError(
    'no-repository',
    'cannot tell which repository to release in',
    'set the repository input (OWNER/NAME, --repo) or run inside GitHub Actions',
  );
}

function githubRelease(config: GitHubReleaseConfig, artifact: Artifact, context: ComposeContext): Target {
  const repository = releaseRepository(artifact);
  const { version } = artifact.component;
  const tag = releaseTag(version, context);
  return new GitHubReleaseTarget({
    github: createGitHub({ token: config.token, baseUrl: config.apiUrl, reporter: context.reporter }),
    owner: repository.owner,
    repo: repository.name,
    artifact,
    tag,
    tagPrefix: tag === version ? '' : context.tagPrefix,
    targetCommitish: config.targetCommitish,
    draft: config.draft,
    makeLatest: config.makeLatest,
    serverUrl: config.serverUrl,
    reporter: context.reporter,
  });
}

function fileRegistry(path: string, artifact: Artifact): Target {
  const git = artifact.component.repository?.webUrl ?? `file://${artifact.component.dir}`;
  return new FileRegistryTarget({ path, artifact, git });
}

function registryYaml(config: RegistryYamlConfig, artifact: Artifact, context: ComposeContext): Target {
  const repository = releaseRepository(artifact);
  const { manifest, version } = artifact.component;
  const entry = {
    namespace: config.namespace || manifest.publisher,
    package: config.package || manifest.name,
    git: repository.webUrl,
    version: releaseTag(version, context),
    today: new Date(),
  };
  const where = {
    github: createGitHub({ token: config.token, baseUrl: config.apiUrl, reporter: context.reporter }),
    owner: config.owner,
    repo: config.repo,
    path: config.path,
    branch: config.branch,
  };
  const store = config.pullRequest
    ? new GitHubPullRequestStore({ ...where, head: pullRequestBranch(entry.namespace, entry.package) })
    : new GitHubContentsStore(where);
  return new RegistryYamlTarget({
    store,
    entry,
    componentLabel: `${manifest.publisher}.${manifest.name} ${version}`,
    reporter: context.reporter,
  });
}

function serverless(config: ServerlessConfig, context: ComposeContext): Target {
  if (!context.kind.serverless) {
    throw new PublishError(
      'no-publish-yaml',
      `a Serverless Registry token is set but ${context.dir} holds no publish.yaml (or publish.yml)`,
      'point the path at the Serverless Devs package folder, or drop the token',
    );
  }
  return new ServerlessRegistryTarget({
    dir: context.dir,
    client: new ServerlessRegistryClient({ token: config.token, baseUrl: config.baseUrl }),
    reporter: context.reporter,
    force: config.force,
    workDir: context.workDir,
  });
}
