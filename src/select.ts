// Which folders a run works on: the `path` input / the CLI's DIR arguments. A folder names one
// component folder; a glob (`components/*`) expands to the component folders discovery finds that
// match it (build outputs included: discovery does not apply .gitignore), minus `exclude`.
import { stat } from 'node:fs/promises';
import { isAbsolute, posix, relative, resolve } from 'node:path';
import { Minimatch, minimatch } from 'minimatch';
import { PublishError } from './errors.ts';
import { discover } from './list.ts';

export interface Selection {
  /** Absolute folders, in the order given (a glob's matches sorted), each once. */
  folders: string[];
}

const toPosix = (path: string) => path.replaceAll('\\', '/');
export const YAML_FILE = /\.ya?ml$/i;

export interface SelectOptions {
  /** A spec may also name a YAML file (`validate` checks it as an s.yaml, as `s -t FILE` reads any name). */
  yamlFiles?: boolean;
}

/** `specs` relative to `cwd`; an empty list means the current folder. */
export async function selectFolders(
  specs: readonly string[],
  exclude: readonly string[] = [],
  cwd = process.cwd(),
  options: SelectOptions = {},
): Promise<Selection> {
  const folders: string[] = [];
  for (const spec of specs.length > 0 ? specs : ['.']) {
    const found = isGlob(spec) ? await expand(spec, exclude, cwd) : [await folder(spec, cwd, options)];
    for (const f of found) if (!folders.includes(f)) folders.push(f);
  }
  return { folders };
}

function isGlob(spec: string): boolean {
  return new Minimatch(toPosix(spec)).hasMagic();
}

async function folder(spec: string, cwd: string, options: SelectOptions): Promise<string> {
  const dir = resolve(cwd, spec);
  // Only absence is ours to word; other errors (a name too long, no permission) are typed by userError.
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw error;
  });
  if (options.yamlFiles && info?.isFile() && YAML_FILE.test(dir)) return dir;
  if (!info?.isDirectory())
    throw new PublishError(
      'bad-input',
      `"${spec}" is not a folder${options.yamlFiles ? ' or a YAML file' : ''}`,
      'give a component folder, or a glob such as components/* (quote it so the shell does not expand it)',
    );
  return dir;
}

/** The leading segments without glob characters: where discovery starts. */
function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (new Minimatch(segment).hasMagic()) break;
    fixed.push(segment);
  }
  return fixed.join('/') || '.';
}

async function expand(spec: string, exclude: readonly string[], cwd: string): Promise<string[]> {
  const pattern = posix.normalize(toPosix(spec)).replace(/\/$/, '');
  const base = globBase(pattern);
  const root = resolve(cwd, base);
  const info = await stat(root).catch(() => undefined);
  const { components } = info?.isDirectory()
    ? await discover(root, { exclude: exclude.map((g) => relativeGlob(g, base)) })
    : { components: [] };
  const matched = components
    .map((c) => posix.join(base, c.path))
    .filter((path) => minimatch(path, pattern, { dot: true }));
  if (matched.length === 0)
    throw new PublishError(
      'glob-matches-nothing',
      `"${spec}" matches no component folder (none under ${base} holding slipway_component.json or publish.yaml${exclude.length > 0 ? ', after exclude' : ''})`,
      'run the build that assembles the components first, or fix the glob (component-publish list ROOT shows what is found)',
    );
  return [...new Set(matched)].map((path) => resolve(cwd, path));
}

/** An exclude glob is written relative to the working folder; discovery matches relative to `base`. */
function relativeGlob(glob: string, base: string): string {
  const g = toPosix(glob);
  if (base === '.' || g.startsWith('**')) return g;
  const rel = posix.relative(base, g);
  return rel.startsWith('..') || isAbsolute(rel) ? g : rel;
}

/** For messages: a folder relative to the working folder. */
export function shown(dir: string, cwd = process.cwd()): string {
  return toPosix(relative(cwd, dir)) || '.';
}
