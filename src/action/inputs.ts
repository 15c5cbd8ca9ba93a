// Every action input, read once, typed and validated: a bad value is a typed error naming the input
// and the fix, before anything is read from or written to a target. main.ts only sees ActionInputs.
import { stat } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { type GitHubReleaseConfig, insideRepository, type TargetsConfig } from '../compose.ts';
import { PublishError } from '../errors.ts';
import { branchNameProblem, parseFullName } from '../github/repository.ts';
import { parseSiblings } from '../list.ts';
import type { FinishOptions } from '../release.ts';
import { selectFolders } from '../select.ts';
import type { InspectOptions } from '../slipway/inspect.ts';
import { parseFileRegistry } from '../targets/file-registry.ts';
import { checkToken } from '../token.ts';
import { maskSecret } from './log.ts';

const COMMANDS = ['publish', 'validate', 'pack', 'release'] as const;

interface Common {
  /** The first of `dirs`: what a single-folder flow works on. */
  dir: string;
  /** Every folder `path` names (folders and globs, one per line), minus `exclude`. */
  dirs: string[];
  inspect: InspectOptions;
  /** RUNNER_TEMP/component-publish: where tarballs and zips are written. */
  workDir: string;
}

export type ActionInputs =
  | ({ command: 'validate'; strict: boolean } & Common)
  | ({ command: 'pack' } & Common)
  | ({ command: 'publish'; dryRun: boolean; tarball?: string; targets: TargetsConfig } & Common)
  | ({ command: 'release' } & Omit<FinishOptions, 'reporter'>);

const badInput = (name: string, problem: string, fix = `fix "${name}" in the workflow's with: block`) =>
  new PublishError('bad-input', `input "${name}" ${problem}`, fix);

function text(name: string): string {
  return core.getInput(name).trim();
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = text(name) || fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw badInput(name, `must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** The YAML 1.2 core schema booleans, as @actions/core reads them; anything else is refused, typed. */
function bool(name: string): boolean {
  const value = text(name);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw badInput(name, `must be true or false (got "${value}")`);
}

/** A secret input, masked line by line before anything else looks at it; '' when not given. */
function secret(name: string): string {
  const value = core.getInput(name);
  maskSecret(value);
  return value === '' ? '' : checkToken(`input "${name}"`, value);
}

function ownerName(name: string): { owner: string; name: string } | undefined {
  const value = text(name);
  if (!value) return undefined;
  const parsed = parseFullName(value);
  if (!parsed) throw badInput(name, `must be OWNER/NAME (got "${value}")`);
  return parsed;
}

/**
 * Where `path` may point: the workspace, and RUNNER_TEMP (the reusable workflow packs a git worktree
 * of HEAD there). Anything else is not this job's checkout.
 */
function allowedRoots(): string[] {
  const roots = [resolve(process.env.GITHUB_WORKSPACE || process.cwd())];
  if (process.env.RUNNER_TEMP) roots.push(resolve(process.env.RUNNER_TEMP));
  return roots;
}

const isInside = (root: string, path: string) => {
  const rel = relative(root, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
};

/** `path`: folders and globs (one per line), inside the workspace (or RUNNER_TEMP), minus `exclude`. */
async function folderInputs(allowEmpty = false): Promise<string[]> {
  const specs = lines('path');
  if (specs.length === 0 && allowEmpty) return [];
  if (specs.length === 0)
    throw badInput(
      'path',
      'is empty',
      'set path to the component folder(s), e.g. path: . or path: components/*',
    );
  const roots = allowedRoots();
  for (const spec of specs) {
    if (!roots.some((root) => isInside(root, resolve(roots[0]!, spec))))
      throw badInput(
        'path',
        `"${spec}" is outside the workspace ${roots[0]}`,
        'point path at a folder of the checkout',
      );
  }
  return (await selectFolders(specs, lines('exclude'), roots[0])).folders;
}

/** A multi-line input: one value a line, blank lines and surrounding spaces dropped. */
function lines(name: string): string[] {
  return core
    .getInput(name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function inspectOptions(): InspectOptions {
  const env = process.env;
  ownerName('repository');
  return {
    version: text('version'),
    tag: env.GITHUB_REF_TYPE === 'tag' ? env.GITHUB_REF_NAME : undefined,
    tagPrefix: core.getInput('tag-prefix'),
    siblings: parseSiblings(core.getInput('siblings')),
    repository: text('repository') || undefined,
    conventions: choice('conventions', ['slipway', 'none'] as const, 'slipway'),
  };
}

function workDir(): string {
  return join(process.env.RUNNER_TEMP || process.cwd(), 'component-publish');
}

/** `reviewed`: a folder of reviewed tarballs, which alone may be published (path then may be empty). */
async function common(reviewed?: string): Promise<Common> {
  const dirs = await folderInputs(reviewed !== undefined);
  return { dir: dirs[0] ?? reviewed!, dirs, inspect: inspectOptions(), workDir: workDir() };
}

export async function readInputs(): Promise<ActionInputs> {
  const command = choice('command', COMMANDS, 'publish');
  if (command === 'validate') return { command, strict: bool('strict'), ...(await common()) };
  if (command === 'pack') return { command, ...(await common()) };
  if (command === 'release') return releaseInputs();
  const tarball = await tarballFile();
  const reviewed = tarball && (await stat(tarball)).isDirectory() ? tarball : undefined;
  return { command, dryRun: bool('dry-run'), tarball, targets: targetsConfig(), ...(await common(reviewed)) };
}

/** A tarball the pack job wrote (packing here must reproduce it), or a folder of reviewed tarballs. */
async function tarballFile(): Promise<string | undefined> {
  const value = text('tarball');
  if (!value) return undefined;
  const info = await stat(value).catch(() => undefined);
  if (!info?.isFile() && !info?.isDirectory())
    throw badInput(
      'tarball',
      `"${value}" is not a file (nor a folder of tarballs)`,
      'point tarball at the file the pack job wrote, or the folder its artifact was downloaded to',
    );
  return value;
}

function githubToken(): string {
  const token = secret('github-token');
  if (!token)
    throw new PublishError(
      'github-token',
      'github-token is empty',
      'pass github-token: ${{ github.token }} (the default) or a token that can write releases',
    );
  return token;
}

function makeLatest() {
  return choice('make-latest', ['legacy', 'true', 'false'] as const, 'legacy');
}

function releaseInputs(): ActionInputs {
  ownerName('repository');
  return {
    command: 'release',
    tarball: text('tarball'),
    version: text('version'),
    repository: text('repository'),
    conventions: choice('conventions', ['slipway', 'none'] as const, 'slipway'),
    tagPrefix: core.getInput('tag-prefix'),
    github: { token: githubToken(), apiUrl: process.env.GITHUB_API_URL, makeLatest: makeLatest() },
    dryRun: bool('dry-run'),
  };
}

function targetsConfig(): TargetsConfig {
  const apiUrl = process.env.GITHUB_API_URL;
  const githubRelease: GitHubReleaseConfig | undefined = bool('github-release')
    ? {
        token: githubToken(),
        apiUrl,
        serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
        draft: bool('draft'),
        makeLatest: makeLatest(),
        targetCommitish: process.env.GITHUB_SHA || undefined,
      }
    : undefined;
  return {
    githubRelease,
    fileRegistry: fileRegistry(),
    registryYaml: registryYaml(apiUrl),
    serverless: serverless(),
  };
}

function fileRegistry(): string | undefined {
  const spec = text('file-registry');
  if (!spec) return undefined;
  const folder = parseFileRegistry(spec);
  if (folder === undefined)
    throw badInput('file-registry', `must be file:PATH (got "${spec}")`, 'use file:PATH, or leave it empty');
  return folder;
}

function registryYaml(apiUrl: string | undefined): TargetsConfig['registryYaml'] {
  const repo = ownerName('registry-repo');
  const pullRequest = bool('registry-pull-request');
  if (!repo) return undefined;
  const path = text('registry-file') || 'registry.yaml';
  if (!insideRepository(path))
    throw badInput(
      'registry-file',
      `"${path}" is outside the repository`,
      'give a path inside registry-repo, e.g. registry.yaml',
    );
  // A file path GitHub's contents API can hold: no folder-only path, no control character.
  const normal = posix.normalize(path.replaceAll('\\', '/'));
  if (normal.endsWith('/') || normal === '.' || /\p{Cc}/u.test(path))
    throw badInput(
      'registry-file',
      `${JSON.stringify(path)} is not a file path`,
      'give a file path such as registry.yaml',
    );
  const branch = text('registry-branch');
  const branchProblem = branch ? branchNameProblem(branch) : undefined;
  if (branchProblem) throw badInput('registry-branch', `${JSON.stringify(branch)} ${branchProblem}`);
  return {
    token: secret('registry-token') || githubToken(),
    apiUrl,
    owner: repo.owner,
    repo: repo.name,
    path,
    branch: branch || undefined,
    pullRequest,
    namespace: text('registry-namespace') || undefined,
    package: text('registry-package') || undefined,
  };
}

function serverless(): TargetsConfig['serverless'] {
  const token = secret('serverless-registry-token');
  const force = bool('serverless-force');
  if (!token) return undefined;
  return { token, baseUrl: text('serverless-registry-url') || undefined, force };
}
