// The composition root: a typed configuration (read once by a face: action/inputs.ts, cli/args.ts)
// → the targets, in the order they apply. Nothing else constructs a target, so the action and the
// CLI publish the same way to the same systems. Adding a target: its file in targets/, a field here.
import { posix } from 'node:path';
import { PublishError } from './errors.ts';
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

/** A release of several components: one version, one tag, one registry.yaml commit. */
export interface SetContext {
  conventions: 'slipway' | 'none';
  tagPrefix: string;
  workDir: string;
  reporter: Reporter;
  /** Every packed component (validated together; one version). */
  artifacts: Artifact[];
  /** The folders holding a Serverless Devs package to publish. */
  serverless: string[];
  /** For the message when a Serverless token is set but no folder holds a package. */
  folders: string;
}

/** A registry file path stays inside its repository: relative, no `..` out of it. */
export function insideRepository(path: string): boolean {
  const normal = posix.normalize(path.replaceAll('\\', '/'));
  return !(posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../'));
}

/** True when a target takes the Slipway tarball, so the component must be packed. */
export function takesTarball(config: TargetsConfig): boolean {
  return !!(config.githubRelease || config.fileRegistry !== undefined || config.registryYaml);
}

/**
 * The targets in apply order: the release first (one, holding every asset), each file registry entry,
 * the registry.yaml last (one edit with every entry: it points at the release), each Serverless package.
 */
export function composeSetTargets(config: TargetsConfig, context: SetContext): Target[] {
  const { artifacts } = context;
  const targets: Target[] = [];
  if (artifacts.length > 0 && config.githubRelease)
    targets.push(githubRelease(config.githubRelease, artifacts, context));
  if (config.fileRegistry !== undefined)
    for (const artifact of artifacts) targets.push(fileRegistry(config.fileRegistry, artifact));
  if (artifacts.length > 0 && config.registryYaml)
    targets.push(registryYaml(config.registryYaml, artifacts, context));
  if (config.serverless) {
    if (context.serverless.length === 0)
      throw new PublishError(
        'no-publish-yaml',
        `a Serverless Registry token is set but ${context.folders} holds no publish.yaml (or publish.yml)`,
        'point the path at the Serverless Devs package folder, or drop the token',
      );
    for (const dir of context.serverless) targets.push(serverless(config.serverless, dir, context));
  }
  return targets;
}

/** Every component of a set is released from one repository. */
function releaseRepository(artifacts: Artifact[]): Repository {
  const repository = artifacts[0]?.component.repository;
  if (!repository)
    throw new PublishError(
      'no-repository',
      'cannot tell which repository to release in',
      'set the repository input (OWNER/NAME, --repo) or run inside GitHub Actions',
    );
  const other = artifacts.find((a) => a.component.repository?.fullName !== repository.fullName);
  if (other)
    throw new PublishError(
      'repositories-differ',
      `${artifacts[0]!.fileName} is released from ${repository.fullName} but ${other.fileName} from ${other.component.repository?.fullName ?? 'no repository'}`,
      'publish the components of one repository together (one release per repository and tag)',
    );
  return repository;
}

function githubRelease(config: GitHubReleaseConfig, artifacts: Artifact[], context: SetContext): Target {
  const repository = releaseRepository(artifacts);
  const artifact = artifacts[0]!;
  const { version } = artifact.component;
  const tag = releaseTag(version, context);
  return new GitHubReleaseTarget({
    github: createGitHub({ token: config.token, baseUrl: config.apiUrl, reporter: context.reporter }),
    owner: repository.owner,
    repo: repository.name,
    artifact,
    artifacts,
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

function registryYaml(config: RegistryYamlConfig, artifacts: Artifact[], context: SetContext): Target {
  const repository = releaseRepository(artifacts);
  if (artifacts.length > 1 && config.package)
    throw new PublishError(
      'bad-input',
      `registry-package "${config.package}" names one package, but ${artifacts.length} components are published`,
      'leave registry-package empty: each component is recorded under its own name',
    );
  const entries = artifacts.map(({ component }) => ({
    namespace: config.namespace || component.manifest.publisher,
    package: config.package || component.manifest.name,
    git: repository.webUrl,
    version: releaseTag(component.version, context),
    today: new Date(),
  }));
  const where = {
    github: createGitHub({ token: config.token, baseUrl: config.apiUrl, reporter: context.reporter }),
    owner: config.owner,
    repo: config.repo,
    path: config.path,
    branch: config.branch,
  };
  const first = entries[0]!;
  const store = config.pullRequest
    ? new GitHubPullRequestStore({ ...where, head: pullRequestBranch(first.namespace, first.package) })
    : new GitHubContentsStore(where);
  const names = artifacts.map((a) => `${a.component.manifest.publisher}.${a.component.manifest.name}`);
  return new RegistryYamlTarget({
    store,
    entry: first,
    entries,
    componentLabel: `${names.join(', ')} ${artifacts[0]!.component.version}`,
    reporter: context.reporter,
  });
}

function serverless(config: ServerlessConfig, dir: string, context: SetContext): Target {
  return new ServerlessRegistryTarget({
    dir,
    client: new ServerlessRegistryClient({ token: config.token, baseUrl: config.baseUrl }),
    reporter: context.reporter,
    force: config.force,
    workDir: context.workDir,
  });
}
