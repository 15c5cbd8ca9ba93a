// Reads an s.yaml file the way the engine does before checking it: when its top-level `extend:` names a
// base file, that file is read too (parse-spec `doExtend` in 3.x, core `extendsYaml` in 1.x) and the
// top-level keys of both are deep-merged, the extending file winning; `edition`, `name`, `vars` and
// resources may all come from the base. s 3.1.10 then compiles each file with those merged keys and
// deep-merges the two results, so a resource named in both files is the merge of the two. Each file is
// checked with the other's keys and resources in view, and its problems are reported in that file. The
// engine follows one level only: a base's own `extend:` is not read.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Problem } from '../../report/problems.ts';
import { displayPath } from '../../slipway/component.ts';
import { pairOf, parseYaml, positionOf } from '../../yaml-positions.ts';
import { checkSYaml } from './check.ts';
import type { SYamlCheck } from './checker.ts';
import { isPlainObject, mergeLikeEngine } from './engine-resource.ts';
import { loadLikeEngine } from './load.ts';
import { maskTemplate } from './template.ts';

type Data = Record<string, unknown>;

export interface SYamlFileOptions {
  /** A registry Project template (src/s.yaml of a package). */
  template?: boolean;
}

/** Reads and checks an s.yaml file, with the base file its `extend:` names. */
export async function checkSYamlFile(path: string, options: SYamlFileOptions = {}): Promise<SYamlCheck> {
  const file = resolve(path);
  const text = await readText(file);
  if (text === undefined) return { problems: [unreadable(file, 's-yaml/file-not-found')], deployOrder: [] };
  const own = { baseDir: dirname(file), exists: existsSync, template: options.template };
  const data = loadData(text, options.template);
  const extend = data?.['extend'];
  if (typeof extend !== 'string') return checkSYaml(text, displayPath(file), own);

  const baseFile = resolve(dirname(file), extend);
  const baseText = await readText(baseFile);
  if (baseText === undefined) {
    const result = checkSYaml(text, displayPath(file), own);
    result.problems.unshift(missingBase(file, text, options.template, baseFile));
    return result;
  }
  const baseData = loadData(baseText, false) ?? {};
  const globals = mergeLikeEngine(withoutResources(baseData), withoutResources(data ?? {})) as Data;
  const base = checkSYaml(baseText, displayPath(baseFile), {
    baseDir: dirname(baseFile),
    exists: existsSync,
    merged: { globals, resources: resourcesOf(data), isBase: true },
  });
  const child = checkSYaml(text, displayPath(file), {
    ...own,
    merged: { globals, resources: resourcesOf(baseData), isBase: false },
  });
  // The engine deep-merges the resources too: the base's come first, then the new ones.
  const order = [...base.deployOrder, ...child.deployOrder.filter((n) => !base.deployOrder.includes(n))];
  return { problems: [...base.problems, ...child.problems], deployOrder: order };
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

function loadData(text: string, template: boolean | undefined): Data | undefined {
  const loaded = loadLikeEngine(template ? maskTemplate(text).text : text, template);
  const data = loaded.ok ? loaded.data : undefined;
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Data) : undefined;
}

function withoutResources(data: Data): Data {
  const { resources: _r, services: _s, ...rest } = data;
  return rest;
}

function resourcesOf(data: Data | undefined): Data {
  const container = data?.['resources'] ?? data?.['services'];
  return isPlainObject(container) ? container : {};
}

function unreadable(file: string, code: string): Problem {
  return {
    file: displayPath(file),
    line: 0,
    column: 0,
    severity: 'error',
    code,
    message: `cannot read ${displayPath(file)}: no such file`,
    fix: 'point at an existing s.yaml',
  };
}

function missingBase(file: string, text: string, template: boolean | undefined, baseFile: string): Problem {
  const { doc, lineCounter } = parseYaml(template ? maskTemplate(text).text : text, { uniqueKeys: false });
  const at = positionOf(pairOf(doc.contents, 'extend')?.value as never, lineCounter);
  return {
    file: displayPath(file),
    ...at,
    severity: 'error',
    code: 's-yaml/extend-missing',
    message: `extend names ${displayPath(baseFile)}, which does not exist: the engine stops reading this file`,
    fix: 'fix the path (it is relative to the folder of this s.yaml), or remove extend',
  };
}
