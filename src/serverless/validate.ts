// A Serverless Devs package folder, checked the way `s registry publish` would see it: the layout for
// its Type, publish.yaml, src/build.yaml and src/variable.yaml against src/s.yaml, and s.yaml itself.
// This file does the reading; every decision is in the pure checkers it calls.

import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isScalar } from 'yaml';
import type { Position, Problem, Severity } from '../report/problems.ts';
import { displayPath } from '../slipway/component.ts';
import { keyText, pairOf, pairsOf, parseYaml, positionOf } from '../yaml-positions.ts';
import { inspectPublishYaml } from './publish-yaml.ts';
import { checkSYaml, maskTemplate, type SYamlCheck } from './s-yaml.ts';

export const SERVERLESS_RULES: Record<string, string> = {
  'serverless/yaml-syntax': 'publish.yaml, src/build.yaml and src/variable.yaml must be valid YAML mappings',
  'serverless/publish-required': 'publish.yaml has every key the registry requires',
  'serverless/publish-edition': 'publish.yaml Edition is 3.0.0',
  'serverless/publish-edition-v2':
    'Edition 1.0.0/2.0.0 packages belong to the V2 tool `s cli registry publish`',
  'serverless/publish-type': 'Type is Component, Plugin or Project',
  'serverless/publish-name': "Name is a non-empty string without '/', '@' or whitespace",
  'serverless/publish-provider': 'Provider is a list of clouds the registry knows',
  'serverless/publish-version': 'Version is x.y.z, or dev / dev.x.y',
  'serverless/publish-field-type': 'publish.yaml values have the types the schema requires',
  'serverless/publish-category': "Category is one of the registry's categories",
  'serverless/publish-effective': 'Effective is Public, Private or Organization',
  'serverless/publish-commands': 'a Component lists its Commands',
  'serverless/publish-unknown-key': 'publish.yaml keys outside the schema are ignored',
  'serverless/missing-src': 'every package has a src/ folder',
  'serverless/missing-publish-yaml': 'every package has publish.yaml',
  'serverless/missing-readme': 'every package has readme.md',
  'serverless/missing-version-md': 'version.md (the release notes the registry shows) is recommended',
  'serverless/missing-package-json': 'a Component or Plugin has package.json',
  'serverless/package-main': "package.json's main names an existing file",
  'serverless/missing-s-yaml': 'a Project has src/s.yaml',
  'serverless/project-s-yaml': "a Project's src/s.yaml is edition 3.0.0 with resources",
  'serverless/build-yaml-resource': 'src/build.yaml keys are resources of src/s.yaml',
  'serverless/variable-yaml-resource': 'src/variable.yaml services keys are resources of src/s.yaml',
  'serverless/template-parameter':
    '{{ name }} placeholders in src/s.yaml are declared in publish.yaml Parameters',
};

export interface ServerlessValidation {
  problems: Problem[];
  deployOrder: string[];
}

/** The path a user should see: relative to the working directory when inside it, with '/'. */
export { displayPath };

const isFile = async (path: string) => (await stat(path).catch(() => undefined))?.isFile() ?? false;
const isDir = async (path: string) => (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
const WHOLE: Position = { line: 0, column: 0 };

/** Reads and checks a package folder. */
export async function validateServerlessPackage(dir: string): Promise<ServerlessValidation> {
  const root = resolve(dir);
  const problems: Problem[] = [];
  const report = (
    file: string,
    at: Position,
    code: string,
    message: string,
    fix: string,
    severity: Severity = 'error',
  ) => problems.push({ file: displayPath(file), ...at, severity, code, message, fix });

  const entries = await readdir(root).catch(() => [] as string[]);
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

  const publishName = ['publish.yaml', 'publish.yml'].find((n) => entries.includes(n));
  let type: string | undefined;
  let parameterNames: string[] | undefined;
  if (!publishName) {
    report(
      root,
      WHOLE,
      'serverless/missing-publish-yaml',
      'the package has no publish.yaml',
      'add publish.yaml starting with `Edition: 3.0.0`',
    );
  } else {
    const file = join(root, publishName);
    const inspected = inspectPublishYaml(await readFile(file, 'utf8'), displayPath(file));
    problems.push(...inspected.problems);
    type = inspected.summary.type === 'Application' ? 'Project' : inspected.summary.type;
    parameterNames = inspected.summary.parameterNames;
  }

  if (type === 'Component' || type === 'Plugin') await checkPackageJson(root, type, report);
  let deployOrder: string[] = [];
  if (type === 'Project') {
    const sYaml = await checkProject(root, parameterNames, report);
    problems.push(...sYaml.problems);
    deployOrder = sYaml.deployOrder;
  }
  return { problems, deployOrder };
}

type Report = (
  file: string,
  at: Position,
  code: string,
  message: string,
  fix: string,
  severity?: Severity,
) => void;

async function checkPackageJson(root: string, type: string, report: Report) {
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
    report(
      file,
      WHOLE,
      'serverless/package-main',
      `package.json is not valid JSON: ${(error as Error).message}`,
      'fix the JSON syntax',
    );
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
  const candidates = [target, `${target}.js`, `${target}.json`, join(target, 'index.js')];
  for (const candidate of candidates) if (await isFile(candidate)) return;
  report(
    file,
    WHOLE,
    'serverless/package-main',
    `package.json main ${JSON.stringify(main)} does not exist`,
    'build the package before validating (e.g. `npm run build`), or point main at the entry file',
  );
}

async function checkProject(
  root: string,
  parameterNames: string[] | undefined,
  report: Report,
): Promise<SYamlCheck> {
  const src = join(root, 'src');
  const sName = ['s.yaml', 's.yml'].find((n) => existsSync(join(src, n)));
  if (!sName) {
    report(
      root,
      WHOLE,
      'serverless/missing-s-yaml',
      'a Project needs src/s.yaml (or src/s.yml)',
      'add src/s.yaml with `edition: 3.0.0` and `resources:`',
    );
    return { problems: [], deployOrder: [] };
  }
  const sFile = join(src, sName);
  const text = await readFile(sFile, 'utf8');
  const result = checkSYaml(text, displayPath(sFile), { baseDir: src, exists: existsSync, template: true });

  // What the registry sees: the rendered template's edition and resources.
  const masked = maskTemplate(text);
  const { doc } = parseYaml(masked.text, { uniqueKeys: false });
  const edition = pairOf(doc.contents, 'edition')?.value;
  const resourcesPair = pairOf(doc.contents, 'resources');
  if (!isScalar(edition) || String(edition.value) !== '3.0.0' || !resourcesPair) {
    report(
      sFile,
      { line: 1, column: 1 },
      'serverless/project-s-yaml',
      'Invalid s.yaml, no resources: the registry takes a Project only with an edition 3.0.0 s.yaml holding resources',
      'move src/s.yaml to `edition: 3.0.0` with `resources:`',
    );
  }
  const resources = new Set(pairsOf(resourcesPair?.value).map(keyText));
  const build = await readAuxiliary(join(src, 'build'), 'build', report);
  const variable = await readAuxiliary(join(src, 'variable'), 'variable', report);
  if (resourcesPair) {
    if (build)
      checkResourceKeys(
        build,
        build.doc.contents,
        resources,
        'serverless/build-yaml-resource',
        'build.yaml',
        report,
      );
    if (variable) {
      const services = pairOf(variable.doc.contents, 'services')?.value;
      checkResourceKeys(
        variable,
        services,
        resources,
        'serverless/variable-yaml-resource',
        'variable.yaml services',
        report,
      );
    }
  }
  // A hook (hook/index.js postInit) can supply any value, so placeholders are only checked without one.
  if (parameterNames && !existsSync(join(root, 'hook'))) {
    // Besides Parameters, `s init` fills access, appName and the keys variable.yaml declares.
    const declared = new Set([...parameterNames, 'access', 'appName']);
    if (variable) {
      for (const service of pairsOf(pairOf(variable.doc.contents, 'services')?.value)) {
        for (const p of pairsOf(service.value)) declared.add(keyText(p));
      }
      for (const p of pairsOf(pairOf(variable.doc.contents, 'shared')?.value)) declared.add(keyText(p));
    }
    const lineStarts = lineStartsOf(text);
    for (const { name, offset } of masked.params) {
      if (declared.has(name)) continue;
      report(
        sFile,
        positionIn(lineStarts, offset),
        'serverless/template-parameter',
        `{{ ${name} }} is not declared in publish.yaml Parameters.properties, so \`s init\` never asks for it and renders it empty`,
        `declare ${name} under Parameters.properties in publish.yaml, or remove the placeholder`,
        'warning',
      );
    }
  }
  return result;
}

interface Auxiliary {
  file: string;
  doc: ReturnType<typeof parseYaml>['doc'];
  lineCounter: ReturnType<typeof parseYaml>['lineCounter'];
}

/** Parses src/<base>.yaml (or .yml) when present; syntax errors are reported as the CLI's format errors. */
async function readAuxiliary(base: string, label: string, report: Report): Promise<Auxiliary | undefined> {
  const file = [`${base}.yaml`, `${base}.yml`].find((f) => existsSync(f));
  if (!file) return undefined;
  const { doc, lineCounter, errors } = parseYaml(await readFile(file, 'utf8'));
  for (const e of errors) {
    report(
      file,
      e.at,
      'serverless/yaml-syntax',
      `${label}.yaml format error: ${e.message}`,
      'fix the YAML syntax',
      e.severity,
    );
  }
  return errors.some((e) => e.severity === 'error') ? undefined : { file, doc, lineCounter };
}

/** Keys of a mapping in build.yaml / variable.yaml must be resources of s.yaml, as the CLI checks. */
function checkResourceKeys(
  aux: Auxiliary,
  node: unknown,
  resources: Set<string>,
  code: string,
  label: string,
  report: Report,
) {
  const names = [...resources].join(', ') || '(none)';
  for (const pair of pairsOf(node)) {
    const key = keyText(pair);
    if (resources.has(key)) continue;
    report(
      aux.file,
      positionOf(pair, aux.lineCounter),
      code,
      `${label}: ${key} is not a resource of src/s.yaml (${names})`,
      'rename it to one of the resources of src/s.yaml, or remove it',
    );
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function positionIn(lineStarts: number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

/** Reads and checks a standalone s.yaml (or s.yml). */
export async function validateSYamlFile(path: string): Promise<ServerlessValidation> {
  const file = resolve(path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return {
      problems: [
        {
          file: displayPath(file),
          line: 0,
          column: 0,
          severity: 'error',
          code: 's-yaml/file-not-found',
          message: `cannot read ${displayPath(file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
          fix: 'point at an existing s.yaml',
        },
      ],
      deployOrder: [],
    };
  }
  return checkSYaml(text, displayPath(file), { baseDir: dirname(file), exists: existsSync });
}
