// Reading and validating a Slipway component: its manifest, its runner files, and (when the
// repository is known) the GitHub conventions Slipway's registry relies on.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { bomLength } from '../files.ts';
import type { Position, Problem, Severity } from '../report/problems.ts';
import { isStrictSemver, semverFix } from '../version.ts';
import { decodeUtf8, type JsonSource, JsonSyntaxError, parseJsonSource } from './json-source.ts';
import { modelProblems } from './model.ts';
import { nameProblem, publisherForOwner, repositoryForName, splitName } from './naming.ts';

export const MANIFEST = 'slipway_component.json';
const REQUIRED = ['publisher', 'name', 'version', 'input', 'output'] as const;
const OPTIONAL = ['description', 'callouts', 'rigging', 'constants'] as const;
const KNOWN = new Set<string>([...REQUIRED, ...OPTIONAL]);

export interface Manifest {
  publisher: string;
  name: string;
  version: string;
  description?: string;
  rigging?: unknown;
  [key: string]: unknown;
}

export interface ManifestCheck {
  manifest?: Manifest;
  source?: JsonSource;
  text: string;
  problems: Problem[];
}

/** Shows paths relative to the working directory when they are inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  if (rel === '') return '.';
  const shown = !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  return shown.split(sep).join('/');
}

/** Pure: validates manifest text. `file` is only used in messages. */
export function checkManifest(input: string | Uint8Array, file: string): ManifestCheck {
  const problems: Problem[] = [];
  const report = (at: Position, code: string, message: string, fix: string, severity: Severity = 'error') =>
    problems.push({ file, ...at, severity, code, message, fix });

  let source: JsonSource;
  let text = '';
  try {
    text = typeof input === 'string' ? input : decodeUtf8(input);
    source = parseJsonSource(text, { lastKeyWins: manifestLastKeyWins });
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const what = error.code === 'slipway/json-syntax' ? 'is not valid JSON: ' : '';
    report(error.position, error.code, `${MANIFEST} ${what}${error.message}`, error.fix);
    return { text, problems };
  }
  const value = source.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(
      { line: 1, column: 1 },
      'slipway/not-an-object',
      `${MANIFEST} must be a JSON object`,
      'wrap the fields in { … }',
    );
    return { text, problems };
  }
  const fields = value as Record<string, unknown>;
  for (const { key, path, position } of source.ignoredDuplicates) {
    report(
      position,
      'slipway/duplicate-key-ignored',
      `the key ${JSON.stringify(key)} appears twice in one object (in ${path.join('.')}); Slipway keeps the last one and ignores the first`,
      `keep one ${JSON.stringify(key)} and remove the other`,
      'warning',
    );
  }
  topLevelProblems(fields, source, report);
  problems.push(...modelProblems(fields, source, file));
  const ok = !problems.some((p) => p.severity === 'error');
  return { manifest: ok ? (fields as Manifest) : undefined, source, text, problems };
}

/**
 * Where serde_json keeps the last of two equal keys in a manifest, as Slipway declares its fields:
 * inside a free-form `serde_json::Value` (the schemas, `constants`, a rigging step's `input`) and in a
 * plain `HashMap` (callouts). Its structs (the manifest, a rigging step, a callout, a permission)
 * and the rigging map (`maps_duplicate_key_is_error`) refuse them.
 */
function manifestLastKeyWins(path: readonly (string | number)[]): boolean {
  const [top, , field] = path;
  if (top === 'input' || top === 'output' || top === 'constants') return true;
  if (top === 'callouts') return path.length === 1;
  if (top === 'rigging') return field === 'input' || (field === 'callouts' && path.length === 3);
  return false;
}

type Report = (at: Position, code: string, message: string, fix: string, severity?: Severity) => void;

/** The top-level keys: required, known, and the identity fields' formats. */
function topLevelProblems(fields: Record<string, unknown>, source: JsonSource, report: Report): void {
  for (const key of REQUIRED) {
    if (!(key in fields)) {
      report(
        source.keyPosition(key),
        'slipway/missing-field',
        `required field "${key}" is missing`,
        `add "${key}" to ${MANIFEST}`,
      );
    }
  }
  for (const key of Object.keys(fields)) {
    if (!KNOWN.has(key)) {
      report(
        source.keyPosition(key),
        'slipway/unknown-field',
        `unknown field "${key}": Slipway rejects manifests with fields other than ${[...KNOWN].join(', ')}`,
        `remove "${key}" (or move it under "constants")`,
      );
    }
  }
  for (const key of ['publisher', 'name'] as const) {
    if (!(key in fields)) continue;
    const v = fields[key];
    const why = typeof v === 'string' ? nameProblem(v) : 'must be a string';
    if (why) {
      report(
        source.valuePosition(key),
        `slipway/${key}-invalid`,
        `"${key}" ${why}`,
        `use 1–64 bytes of a-z, 0-9 and _, e.g. "${suggestName(v)}"`,
      );
    }
  }
  if (typeof fields.name === 'string' && fields.name.includes('__')) {
    const { namespace, localname } = splitName(fields.name);
    if (!namespace || !localname) {
      report(
        source.valuePosition('name'),
        'slipway/name-empty-part',
        `"name" "${fields.name}" has an empty ${namespace ? 'local name after' : 'namespace before'} "__"`,
        'write the name as <namespace>__<localname>, both parts non-empty, or drop the "__"',
      );
    }
  }
  if ('version' in fields) {
    const v = fields.version;
    if (typeof v !== 'string' || !isStrictSemver(v)) {
      report(
        source.valuePosition('version'),
        'slipway/version-invalid',
        `"version" ${JSON.stringify(v)} is not a strict SemVer 2.0.0 version`,
        semverFix(String(v)),
      );
    }
  }
}

function suggestName(value: unknown): string {
  const s = String(value ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .slice(0, 64);
  return s || 'my_component';
}

/**
 * Runner files: run.wasm, or run.js (+ js_component.json whose scripts exist), or rigging. A runner
 * is often a build output: on a source tree (`built` false, as `validate` sees a PR) its absence is a
 * warning; when packing or publishing (`built` true) it is an error.
 */
export async function checkRunner(
  dir: string,
  manifest: Manifest,
  file: string,
  built = false,
): Promise<Problem[]> {
  const size = async (name: string) => {
    const info = await stat(join(dir, name)).catch(() => null);
    return info?.isFile() ? info.size : undefined;
  };
  const at = { file, line: 0, column: 0 };
  for (const runner of ['run.wasm', 'run.js']) {
    const bytes = await size(runner);
    if (bytes === undefined) continue;
    if (bytes === 0 && manifest.rigging == null) {
      return [
        {
          ...at,
          severity: 'error',
          code: 'slipway/empty-runner',
          message: `${runner} is empty (0 bytes): Slipway would load a component with nothing to run`,
          fix: `build ${runner} into the component folder before packing`,
        },
      ];
    }
    return runner === 'run.js' && (await size('js_component.json')) !== undefined
      ? checkJsComponent(dir, size)
      : [];
  }
  if (manifest.rigging != null) return [];
  return [
    {
      ...at,
      severity: built ? 'error' : 'warning',
      code: 'slipway/no-runner',
      message: `the component has no run.wasm, no run.js and no "rigging": Slipway will have nothing to run${built ? '' : ' (fine on a source tree if the build makes run.wasm before packing)'}`,
      fix: 'build run.wasm (or add run.js) into the component folder before packing',
    },
  ];
}

async function checkJsComponent(
  dir: string,
  size: (name: string) => Promise<number | undefined>,
): Promise<Problem[]> {
  const shown = displayPath(join(dir, 'js_component.json'));
  const problem = (code: string, message: string, fix: string): Problem =>
    ({ file: shown, line: 0, column: 0, severity: 'error', code, message, fix }) as const;
  let scripts: unknown;
  try {
    const source = parseJsonSource(decodeUtf8(await readFile(join(dir, 'js_component.json'))));
    scripts = (source.value as { scripts?: unknown } | null)?.scripts;
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return [
        { ...problem(error.code, `js_component.json: ${error.message}`, error.fix), ...error.position },
      ];
    }
    return [
      problem(
        'slipway/unreadable',
        `${shown} cannot be read: ${(error as Error).message}`,
        'make the file readable',
      ),
    ];
  }
  // Slipway's JavaScript runner reads the file into `{ scripts: Vec<String> }`: the list is required.
  if (!Array.isArray(scripts)) {
    return [
      problem(
        'slipway/js-component-invalid',
        scripts === undefined
          ? 'js_component.json has no "scripts": Slipway requires the list of script files to load before run.js'
          : '"scripts" in js_component.json must be a list of file names',
        'write "scripts": ["a.js", …]',
      ),
    ];
  }
  const problems: Problem[] = [];
  for (const script of scripts as unknown[]) {
    const found = await scriptProblem(dir, script, size);
    if (found) problems.push(problem(...found));
  }
  return problems;
}

/** Why Slipway would not find one script of js_component.json in the package: [code, message, fix]. */
async function scriptProblem(
  dir: string,
  script: unknown,
  size: (name: string) => Promise<number | undefined>,
): Promise<[string, string, string] | undefined> {
  if (typeof script !== 'string') {
    return [
      'slipway/js-component-invalid',
      `"scripts" in js_component.json holds ${JSON.stringify(script)}; Slipway reads it as a list of strings`,
      'write each script as its file name, e.g. "lib/a.js"',
    ];
  }
  // Slipway reads the scripts from the package: a file outside the component folder is not in it.
  const inside = resolve(dir, script).startsWith(resolve(dir) + sep);
  if (!inside || (await size(script)) === undefined) {
    return [
      'slipway/js-script-missing',
      `script ${JSON.stringify(script)} listed in js_component.json ${inside ? 'does not exist' : 'is not inside the component folder'}`,
      'add the file to the component folder or remove it from "scripts"',
    ];
  }
  // From a tarball Slipway looks the name up as written among the entry names ("lib/a.js"), so
  // "./lib/a.js" or "lib//a.js", which a folder resolves, is not found once published.
  if (packagePath(script) === script) return undefined;
  return [
    'slipway/js-script-path',
    `script ${JSON.stringify(script)} is not written as its path in the package; Slipway looks it up by that exact name and would not find it in the tarball`,
    `write it as ${JSON.stringify(packagePath(script))}`,
  ];
}

/** A relative path as a tar entry names it: "/"-separated, no "." parts, no empty parts. */
const packagePath = (path: string) => posix.normalize(path.replaceAll('\\', '/')).replace(/^(\.\/)+/, '');

export interface Conventions {
  /** `owner/name` of the repository that releases the component. */
  repository: string;
  /** The tag that triggered the run, when it was a tag push. */
  tag?: string;
  version: string;
}

/** Pure: the GitHub conventions Slipway's registry resolves with. */
export function checkConventions(
  manifest: Manifest,
  source: JsonSource,
  c: Conventions,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  const [owner = '', repo = ''] = c.repository.split('/');
  const off = "or set conventions: none (--conventions none) if you do not publish to Slipway's registry";
  const expectedPublisher = publisherForOwner(owner);
  if (manifest.publisher !== expectedPublisher) {
    problems.push({
      file,
      ...source.valuePosition('publisher'),
      severity: 'error',
      code: 'conventions/publisher',
      message: `"publisher" is "${manifest.publisher}" but the repository owner "${owner}" gives "${expectedPublisher}": Slipway's registry looks for the release under github.com/${manifest.publisher.replaceAll('_', '-')}`,
      fix: `set "publisher" to "${expectedPublisher}", ${off}`,
    });
  }
  const expectedRepo = repositoryForName(manifest.name);
  if (repo.toLowerCase() !== expectedRepo) {
    problems.push({
      file,
      ...source.valuePosition('name'),
      severity: 'error',
      code: 'conventions/repository',
      message: `the repository is "${repo}" but a component named "${manifest.name}" must be released from "${expectedRepo}"`,
      fix: `rename the repository to ${expectedRepo} or the component to match it, ${off}`,
    });
  }
  if (c.tag !== undefined && c.tag !== c.version) {
    problems.push({
      file,
      line: 0,
      column: 0,
      severity: 'error',
      code: 'conventions/tag',
      message: `the release tag would be "${c.tag}" but Slipway's registry downloads from the tag "${c.version}" (the bare version)`,
      fix: `push the tag "${c.version}" instead, ${off}`,
    });
  }
  return problems;
}

/** The manifest text with its version replaced in place; every other byte is kept. */
export function stampVersion(text: string, source: JsonSource, version: string): string {
  const range = source.valueRange('version');
  if (!range) throw new Error('stampVersion: the manifest has no "version" value');
  const offset = bomLength(text);
  return text.slice(0, range[0] + offset) + JSON.stringify(version) + text.slice(range[1] + offset);
}
