// A Project's src/s.yaml as the registry and `s init` read it: the rendered template must be edition
// 3.0.0 with resources, src/build.yaml and src/variable.yaml may only name its resources, and every
// `{{ placeholder }}` must be declared in publish.yaml Parameters.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Position } from '../report/problems.ts';
import { keyText, pairOf, pairsOf, type parseYaml, positionOf } from '../yaml-positions.ts';
import { type Report, WHOLE } from './report.ts';
import { loadLikeEngine, parseLikeEngine } from './s-yaml/load.ts';
import { checkSYamlFile, maskTemplate, type SYamlCheck } from './s-yaml.ts';

export async function checkProject(
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
  const result = await checkSYamlFile(sFile, { template: true });

  // What the registry sees: the rendered template's edition and resources.
  const masked = maskTemplate(text);
  const loaded = loadLikeEngine(masked.text, true);
  const data = (loaded.ok ? loaded.data : undefined) as { edition?: unknown; resources?: unknown } | null;
  const resourceMap = data?.resources && typeof data.resources === 'object' ? data.resources : undefined;
  if (loaded.ok && (String(data?.edition) !== '3.0.0' || !resourceMap)) {
    report(
      sFile,
      { line: 1, column: 1 },
      'serverless/project-s-yaml',
      'Invalid s.yaml, no resources: the registry takes a Project only with an edition 3.0.0 s.yaml holding resources',
      'move src/s.yaml to `edition: 3.0.0` with `resources:`',
    );
  }
  const resources = resourceMap ? new Set(Object.keys(resourceMap)) : undefined;
  const variable = await checkAuxiliaries(src, resources, report);
  if (parameterNames && !existsSync(join(root, 'hook')))
    checkPlaceholders(sFile, text, masked.params, parameterNames, variable, report);
  return result;
}

/** src/build.yaml keys and src/variable.yaml services keys must be resources; returns variable.yaml. */
async function checkAuxiliaries(src: string, resources: Set<string> | undefined, report: Report) {
  const build = await readAuxiliary(join(src, 'build'), 'build', report);
  const variable = await readAuxiliary(join(src, 'variable'), 'variable', report);
  if (!resources) return variable;
  if (build) {
    const code = 'serverless/build-yaml-resource';
    checkResourceKeys(build, build.doc.contents, resources, code, 'build.yaml', report);
  }
  if (variable) {
    const services = pairOf(variable.doc.contents, 'services')?.value;
    const code = 'serverless/variable-yaml-resource';
    checkResourceKeys(variable, services, resources, code, 'variable.yaml services', report);
  }
  return variable;
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
  const parsed = parseLikeEngine(await readFile(file, 'utf8'));
  if (parsed.ok) return { file, doc: parsed.doc, lineCounter: parsed.lineCounter };
  const why = `${label}.yaml format error: ${parsed.message}`;
  report(file, parsed.at, 'serverless/yaml-syntax', why, 'fix the YAML syntax');
  return undefined;
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

/** `{{ name }}` placeholders `s init` would render empty. A hook (hook/index.js postInit) can supply any
 * value, so the caller checks only without one. */
function checkPlaceholders(
  sFile: string,
  text: string,
  params: { name: string; offset: number }[],
  parameterNames: string[],
  variable: Auxiliary | undefined,
  report: Report,
) {
  // Besides Parameters, `s init` fills access, appName and the keys variable.yaml declares.
  const declared = new Set([...parameterNames, 'access', 'appName']);
  if (variable) {
    for (const service of pairsOf(pairOf(variable.doc.contents, 'services')?.value)) {
      for (const p of pairsOf(service.value)) declared.add(keyText(p));
    }
    for (const p of pairsOf(pairOf(variable.doc.contents, 'shared')?.value)) declared.add(keyText(p));
  }
  const lineStarts = lineStartsOf(text);
  for (const { name, offset } of params) {
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
