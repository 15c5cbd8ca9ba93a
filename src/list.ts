// Finding the components of a repository (monorepos hold many) for a workflow's job matrix, and
// stamping one tag's version into the rigging references between components released together.
import { execFile } from 'node:child_process';
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, posix, resolve } from 'node:path';
import { promisify } from 'node:util';
import { minimatch } from 'minimatch';
import { isMap, isScalar, type Node, parse, parseDocument } from 'yaml';
import { PublishError } from './errors.ts';
import { bomLength, stripBom } from './files.ts';
import { kindOf, type PublishFile } from './folder-kind.ts';
import { MANIFEST } from './slipway/component.ts';
import { COMPONENT_REFERENCE } from './slipway/naming.ts';

const run = promisify(execFile);

export interface ListedComponent {
  /** Relative to the root, forward slashes; `.` for the root itself. */
  path: string;
  kind: 'slipway' | 'serverless';
  /** `publisher.name` for a Slipway component, publish.yaml's (or publish.yml's) `Name` for a Serverless Devs package. */
  name: string;
  /** The version written in the manifest (often a placeholder that a tag's version replaces). */
  version: string;
}

interface SkippedFolder {
  /** Relative to the root, forward slashes. */
  path: string;
  reason: string;
}

export interface Listing {
  components: ListedComponent[];
  /** Folders not searched, and why: what `list` reports so that nothing drops out silently. */
  skipped: SkippedFolder[];
}

export interface ListOptions {
  /** Globs (minimatch, relative to the root): a folder matching one is not searched, nor below it. */
  exclude?: readonly string[];
  /**
   * Only components holding a file changed between this ref and HEAD (`git diff REF...HEAD`, i.e.
   * since the merge base). Uncommitted changes are NOT included: CI lists what a commit holds.
   */
  changedSince?: string;
}

/** Folders never searched: dependencies, git's own, Rust's build output. Dot-folders are skipped too. */
const NEVER: Record<string, string> = {
  node_modules: 'dependencies are never searched',
  '.git': "git's own folder is never searched",
  target: "a build's output folder (Rust's target/) is never searched",
};

/**
 * Every folder under `root` holding a `slipway_component.json` and/or a `publish.yaml` or `publish.yml` (a folder with
 * both gives two entries), sorted by path, then kind. `.gitignore` is NOT applied: a build assembles
 * components into ignored folders, and those are exactly what gets published; `exclude` keeps demos and
 * fixtures out instead. A manifest that cannot be read is still listed (with empty name or version), so
 * the job that validates it reports why instead of the component silently dropping out.
 */
export async function discover(root: string, options: ListOptions = {}): Promise<Listing> {
  const base = resolve(root);
  const listing: Listing = { components: [], skipped: [] };
  await walk(base, '', options.exclude ?? [], listing);
  listing.components.sort((a, b) => compare(a.path, b.path) || compare(a.kind, b.kind));
  if (options.changedSince === undefined) return listing;
  const changed = changedFolders(
    await changedFiles(base, options.changedSince),
    new Set(listing.components.map((c) => c.path)),
  );
  return { ...listing, components: listing.components.filter((c) => changed.has(c.path)) };
}

/** discover()'s components only. */
export async function listComponents(root: string, options: ListOptions = {}): Promise<ListedComponent[]> {
  return (await discover(root, options)).components;
}

/** The exclude glob a folder path matches (the folder itself, or as a folder: `demo/**` matches `demo`). */
function excludedBy(path: string, exclude: readonly string[]): string | undefined {
  return exclude.find(
    (glob) => minimatch(path, glob, { dot: true }) || minimatch(`${path}/x`, glob, { dot: true }),
  );
}

function skipReason(entry: Dirent, child: string, exclude: readonly string[]): string | undefined {
  if (entry.isSymbolicLink()) return 'a symbolic link: links are not followed';
  if (!entry.isDirectory()) return undefined;
  const never = NEVER[entry.name];
  if (never) return never;
  if (entry.name.startsWith('.')) return 'a hidden folder';
  const glob = excludedBy(child, exclude);
  return glob ? `excluded by "${glob}"` : undefined;
}

async function walk(base: string, rel: string, exclude: readonly string[], listing: Listing): Promise<void> {
  const entries = await readdir(join(base, rel), { withFileTypes: true });
  const path = rel === '' ? '.' : rel;
  const files = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
  const kind = kindOf(files, path);
  if (kind.slipway) listing.components.push(await readSlipway(base, path));
  if (kind.serverless) listing.components.push(await readServerless(base, path, kind.serverless));
  for (const entry of entries.sort((a, b) => compare(a.name, b.name))) {
    const child = posix.join(rel, entry.name);
    const reason = skipReason(entry, child, exclude);
    if (reason) listing.skipped.push({ path: child, reason });
    else if (entry.isDirectory()) await walk(base, child, exclude, listing);
  }
}

async function readSlipway(base: string, path: string): Promise<ListedComponent> {
  const source = await readFile(join(base, path, MANIFEST), 'utf8');
  const fields = asRecord(safely(() => JSON.parse(stripBom(source))));
  const publisher = text(fields.publisher);
  const name = text(fields.name);
  return {
    path,
    kind: 'slipway',
    name: publisher && name ? `${publisher}.${name}` : '',
    version: text(fields.version),
  };
}

async function readServerless(base: string, path: string, file: PublishFile): Promise<ListedComponent> {
  const source = await readFile(join(base, path, file), 'utf8');
  // The failsafe schema keeps every scalar a string, so `Version: 1.10` stays "1.10", not 1.1.
  const fields = asRecord(safely(() => parse(source, { schema: 'failsafe' })));
  return { path, kind: 'serverless', name: text(fields.Name), version: text(fields.Version) };
}

/** Files changed between `ref` and HEAD (`ref...HEAD`), relative to `base`, forward slashes. */
async function changedFiles(base: string, ref: string): Promise<string[]> {
  try {
    const { stdout } = await run(
      'git',
      ['diff', '--name-only', '--no-renames', '--relative', '-z', `${ref}...HEAD`, '--'],
      { cwd: base, maxBuffer: 64 * 1024 * 1024 },
    );
    return stdout.split('\0').filter((f) => f !== '');
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? (error as Error).message).trim();
    throw new PublishError(
      'changed-since',
      `cannot list the files changed since "${ref}": ${stderr.split('\n')[0]}`,
      'the ref and HEAD need a common history in the clone: check out with fetch-depth: 0 (actions/checkout), or fetch the base branch first',
    );
  }
}

/**
 * Pure: the component folders that own a changed file. A file belongs to the deepest component
 * folder above it, so a change inside a nested component does not mark its parent as changed.
 */
export function changedFolders(files: Iterable<string>, folders: ReadonlySet<string>): Set<string> {
  const changed = new Set<string>();
  for (const file of files) {
    let dir = posix.dirname(file);
    while (!folders.has(dir) && dir !== '.') dir = posix.dirname(dir);
    if (folders.has(dir)) changed.add(dir);
  }
  return changed;
}

/**
 * `publisher.name` of every Slipway component in the repository holding `dir` (the git work tree;
 * outside git, the folder above `dir`): what a tag push releases together.
 */
export async function repositoryComponents(dir: string): Promise<Set<string>> {
  const root = await gitTopLevel(dir).catch(() => dirname(resolve(dir)));
  const names = (await listComponents(root)).filter((c) => c.kind === 'slipway' && c.name !== '');
  return new Set(names.map((c) => c.name));
}

/**
 * The `siblings` input / `--siblings` option: `publisher.name` list (spaces, commas or new lines), or
 * `none`; empty means "find them in the repository" (undefined).
 */
export function parseSiblings(value: string | undefined): ReadonlySet<string> | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  if (text === 'none') return new Set();
  const names = text.split(/[\s,]+/).filter((n) => n !== '');
  const bad = names.filter((n) => !/^\w+\.\w+$/.test(n));
  if (bad.length > 0)
    throw new PublishError(
      'bad-input',
      `siblings: ${bad.map((b) => `"${b}"`).join(', ')} is not publisher.name`,
      'list the components released with this one as publisher.name (e.g. acme.charts__svg), or write none',
    );
  return new Set(names);
}

async function gitTopLevel(dir: string): Promise<string> {
  const { stdout } = await run('git', ['rev-parse', '--show-toplevel'], { cwd: dir });
  return stdout.trim();
}

export interface StampedManifest {
  text: string;
  /** Each reference rewritten, as `step: old → new`. */
  stamped: string[];
}

/**
 * Pure: `manifestText` with every rigging reference to a sibling (`publisher.name` in `siblings`:
 * components of one namespace released under one tag) pointing at `version`. Rigging values are
 * objects whose `component` is `publisher.name.version`; only those strings change, every other
 * byte (formatting, key order, other references) is kept. Throws if the text is not JSON.
 */
export function stampSiblingVersions(
  manifestText: string,
  version: string,
  siblings: ReadonlySet<string>,
): StampedManifest {
  const bom = bomLength(manifestText);
  const body = manifestText.slice(bom);
  JSON.parse(body); // the yaml parser below is lenient; only JSON is a manifest
  const root = parseDocument(body).contents;
  const rigging = isMap(root) ? root.get('rigging', true) : undefined;
  if (!isMap(rigging)) return { text: manifestText, stamped: [] };
  const edits: Array<{ range: [number, number]; text: string; note: string }> = [];
  for (const pair of rigging.items) {
    const step = pair.value;
    const component = isMap(step) ? (step.get('component', true) as Node | undefined) : undefined;
    if (!isScalar(component) || typeof component.value !== 'string' || !component.range) continue;
    const ref = COMPONENT_REFERENCE.exec(component.value)?.groups;
    if (!ref || !siblings.has(`${ref.publisher}.${ref.name}`) || ref.version === version) continue;
    const stamped = `${ref.publisher}.${ref.name}.${version}`;
    edits.push({
      range: [component.range[0], component.range[1]],
      text: JSON.stringify(stamped),
      note: `${String(isScalar(pair.key) ? pair.key.value : pair.key)}: ${component.value} → ${stamped}`,
    });
  }
  let out = body;
  for (const edit of [...edits].sort((a, b) => b.range[0] - a.range[0])) {
    out = out.slice(0, edit.range[0]) + edit.text + out.slice(edit.range[1]);
  }
  return { text: manifestText.slice(0, bom) + out, stamped: edits.map((e) => e.note) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function safely(read: () => unknown): unknown {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
