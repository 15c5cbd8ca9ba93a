// A Serverless Devs package folder, checked the way `s registry publish` would see it: the layout for
// its Type, publish.yaml (or publish.yml), package.json's main, src/s.yaml of every type, and for a
// Project src/build.yaml and src/variable.yaml. Also a standalone s.yaml (an application repository).
// This file does the reading; every decision is in the pure checkers it calls.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Problem } from '../report/problems.ts';
import { displayPath } from '../slipway/component.ts';
import { checkProject } from './project.ts';
import { inspectPublishYaml } from './publish-yaml.ts';
import { type Report, reporterInto, WHOLE } from './report.ts';
import { checkSYamlFile } from './s-yaml.ts';

export { SERVERLESS_RULES } from './rules.ts';

export interface ServerlessValidation {
  problems: Problem[];
  deployOrder: string[];
}

export interface PackageValidationOptions {
  /** The package's publish.yaml or publish.yml; by default whichever of the two the folder holds. */
  publishFile?: string;
  /**
   * `validate`: a source tree, where what the build makes (package.json's main) may not exist yet, so
   * its absence is a warning. `publish` (the default, failing closed): the tree as it will be zipped.
   */
  stage?: 'validate' | 'publish';
}

const PUBLISH_FILES = ['publish.yaml', 'publish.yml'];
const isFile = async (path: string) => (await stat(path).catch(() => undefined))?.isFile() ?? false;
const isDir = async (path: string) => (await stat(path).catch(() => undefined))?.isDirectory() ?? false;

/** Reads and checks a package folder. */
export async function validateServerlessPackage(
  dir: string,
  options: PackageValidationOptions = {},
): Promise<ServerlessValidation> {
  const root = resolve(dir);
  const problems: Problem[] = [];
  const report = reporterInto(problems);
  const entries = await readdir(root).catch(() => [] as string[]);
  await checkLayout(root, entries, report);

  const publishFile = findPublishFile(root, entries, options.publishFile, report);
  if (!publishFile) return { problems, deployOrder: [] };
  const inspected = inspectPublishYaml(await readFile(publishFile, 'utf8'), displayPath(publishFile));
  problems.push(...inspected.problems);
  const summary = inspected.summary;
  const type = summary.type === 'Application' ? 'Project' : summary.type;

  if (type === 'Project') {
    const project = await checkProject(root, summary.parameterNames, report);
    problems.push(...project.problems);
    return { problems, deployOrder: project.deployOrder };
  }
  if (type === 'Component' || type === 'Plugin') {
    await checkPackageJson(root, type, options.stage ?? 'publish', report);
    // Not required here, but when present `s` shows and runs it like any s.yaml.
    const sFile = await firstFile(join(root, 'src'), ['s.yaml', 's.yml']);
    if (sFile) problems.push(...(await checkSYamlFile(sFile, { template: true })).problems);
  }
  return { problems, deployOrder: [] };
}

async function checkLayout(root: string, entries: string[], report: Report) {
  const find = (name: string) => entries.find((e) => e.toLowerCase() === name);
  if (!(await isDir(join(root, 'src')))) {
    report(
      root,
      WHOLE,
      'serverless/missing-src',
      'the package has no src/ folder',
      'put the package content (for a Project: s.yaml and code) under src/',
    );
  }
  const readme = find('readme.md');
  if (!readme || !(await isFile(join(root, readme)))) {
    report(
      root,
      WHOLE,
      'serverless/missing-readme',
      'the package has no readme.md (the registry page shows it)',
      'add readme.md describing the package',
    );
  }
  if (!find('version.md')) {
    report(
      root,
      WHOLE,
      'serverless/missing-version-md',
      'the package has no version.md (the release notes the registry shows)',
      'add version.md with what changed in this version',
      'warning',
    );
  }
}

/** The publish file given, else the folder's publish.yaml or publish.yml; both at once is an error. */
function findPublishFile(
  root: string,
  entries: string[],
  given: string | undefined,
  report: Report,
): string | undefined {
  if (given) return resolve(given);
  const present = PUBLISH_FILES.filter((n) => entries.includes(n));
  if (present.length === 2) {
    report(
      root,
      WHOLE,
      'serverless/publish-yaml-twice',
      'the package has both publish.yaml and publish.yml: the registry client reads publish.yaml, so publish.yml is silently ignored',
      'keep one of the two files',
    );
  }
  if (present.length === 0) {
    report(
      root,
      WHOLE,
      'serverless/missing-publish-yaml',
      'the package has no publish.yaml (or publish.yml)',
      'add publish.yaml starting with `Edition: 3.0.0`',
    );
    return undefined;
  }
  return join(root, present[0]!);
}

async function checkPackageJson(root: string, type: string, stage: 'validate' | 'publish', report: Report) {
  const file = join(root, 'package.json');
  if (!(await isFile(file))) {
    report(
      root,
      WHOLE,
      'serverless/missing-package-json',
      `a ${type} needs package.json (its main is what the engine loads)`,
      'add package.json with `"main": "./dist/index.js"`',
    );
    return;
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const why = `package.json is not valid JSON: ${(error as Error).message}`;
    report(file, WHOLE, 'serverless/package-main', why, 'fix the JSON syntax');
    return;
  }
  const main = (manifest as { main?: unknown } | null)?.main;
  if (typeof main !== 'string' || main.trim() === '') {
    report(
      file,
      WHOLE,
      'serverless/package-main',
      `package.json has no main: the engine cannot load this ${type}`,
      'add `"main": "./dist/index.js"` (the built entry file)',
    );
    return;
  }
  // Node's resolution of a main: the file, with .js/.json added, or a folder's index.js.
  const target = resolve(root, main);
  for (const candidate of [target, `${target}.js`, `${target}.json`, join(target, 'index.js')])
    if (await isFile(candidate)) return;
  const source = stage === 'validate';
  report(
    file,
    WHOLE,
    'serverless/package-main',
    source
      ? `package.json main ${JSON.stringify(main)} does not exist yet: the build must make it before publishing`
      : `package.json main ${JSON.stringify(main)} does not exist: the engine cannot load this ${type}`,
    source
      ? 'make sure the publish job builds the package (e.g. `npm run build`) before publishing'
      : 'build the package before publishing (e.g. `npm run build`), or point main at the entry file',
    source ? 'warning' : 'error',
  );
}

async function firstFile(dir: string, names: string[]): Promise<string | undefined> {
  for (const name of names) if (await isFile(join(dir, name))) return join(dir, name);
  return undefined;
}

/** `s.yaml`, `s.yml`, `s-<env>.yaml`/`.yml`: the names `s` looks for, or takes with `-t`. */
export const S_YAML_NAME = /^s(-[^/\\]+)?\.ya?ml$/;

/**
 * Reads and checks a standalone s.yaml: a file, or a folder holding one or more (s.yaml, s.yml,
 * s-*.yaml). A base file that several of them extend is reported once.
 */
export async function validateStandaloneSYaml(path: string): Promise<ServerlessValidation> {
  const target = resolve(path);
  let files: string[] = [target];
  if (await isDir(target)) {
    const names = (await readdir(target)).filter((n) => S_YAML_NAME.test(n)).sort(byPreference);
    files = [];
    for (const name of names) if (await isFile(join(target, name))) files.push(join(target, name));
    if (files.length === 0) return { problems: [noSYaml(target)], deployOrder: [] };
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let deployOrder: string[] | undefined;
  for (const file of files) {
    const result = await checkSYamlFile(file);
    deployOrder ??= result.deployOrder;
    for (const p of result.problems) {
      const key = JSON.stringify([p.file, p.line, p.column, p.code, p.message]);
      if (!seen.has(key)) problems.push(p);
      seen.add(key);
    }
  }
  return { problems, deployOrder: deployOrder ?? [] };
}

const byPreference = (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b);
const rank = (name: string) => ['s.yaml', 's.yml'].indexOf(basename(name)) >>> 0;

function noSYaml(dir: string): Problem {
  return {
    file: displayPath(dir),
    ...WHOLE,
    severity: 'error',
    code: 's-yaml/file-not-found',
    message: `${displayPath(dir)} holds no s.yaml, s.yml or s-*.yaml`,
    fix: 'point at an s.yaml file, or at the folder that holds it',
  };
}
