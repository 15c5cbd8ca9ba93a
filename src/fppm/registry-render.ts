// Writing into a registry.yaml's text: the layout learned from the file, values rendered so PyYAML
// and YAML 1.2 read them back as the same strings, and splices at the source ranges the parser
// reports (never a re-serialisation), so every byte outside an edit stays as the maintainer wrote it.
import { isMap, isSeq, type Node, type Pair, parse, type Scalar, type YAMLSeq } from 'yaml';
import type { RegistryModel } from './registry-check.ts';
import type { RegistryEntry } from './registry-entry.ts';

export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** Relative indentation learned from the file, so appended entries look like their neighbours. */
export interface Layout {
  /** Column of a namespace's `-` relative to the `namespaces` key. */
  namespaceDash: number;
  /** Columns from a namespace's `-` to its name. */
  namespaceGap: number;
  /** Column of a package's `-` relative to its namespace's name (0 in fppm's sample). */
  packageDash: number;
  packageGap: number;
  /** Column of `git:`/`stable:` relative to the package name. */
  details: number;
}

export const DEFAULT_LAYOUT: Layout = {
  namespaceDash: 2,
  namespaceGap: 2,
  packageDash: 2,
  packageGap: 2,
  details: 2,
};

// --- rendering ---

function spaces(n: number): string {
  return ' '.repeat(Math.max(0, n));
}

/** True when `value` can be written without quotes and still reads back as the same string in
 *  YAML 1.1 (PyYAML) and 1.2; conservative on purpose. */
function plainIsSafe(value: string, pattern: RegExp): boolean {
  if (!pattern.test(value) || value.endsWith(':')) return false;
  try {
    return parse(`k: ${value}`, { version: '1.1' })?.k === value && parse(`k: ${value}`)?.k === value;
  } catch {
    return false;
  }
}

/**
 * A YAML double-quoted scalar. JSON's escapes are YAML's too, but JSON leaves U+0085, U+2028 and
 * U+2029 raw, and PyYAML reads those as line breaks (a quoted key then spans two lines and fails).
 */
export function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(
    /[\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function renderKey(value: string): string {
  return plainIsSafe(value, /^[A-Za-z_][A-Za-z0-9_.-]*$/) ? value : doubleQuoted(value);
}

function renderValue(value: string): string {
  // Single inner spaces are allowed (`21 NOV 2026`), but never before `#` or after `:`.
  const pattern = /^[A-Za-z0-9_./~+-](?:[A-Za-z0-9_./:@~+%=?&-]| (?=[A-Za-z0-9_./~+-]))*$/;
  return plainIsSafe(value, pattern) && !value.includes(': ') ? value : doubleQuoted(value);
}

/** Writes `value` the way the node it replaces was written (quoting style), when that is safe. */
export function renderLike(node: Scalar, value: string): string {
  if (node.type === 'QUOTE_DOUBLE') return doubleQuoted(value);
  if (node.type === 'QUOTE_SINGLE' && !/[\r\n]/.test(value)) return `'${value.replaceAll("'", "''")}'`;
  return renderValue(value);
}

export function packageLines(entry: RegistryEntry, dash: number, gap: number, layout: Layout): string[] {
  const detail = spaces(dash + gap + layout.details);
  return [
    `${spaces(dash)}-${spaces(gap - 1)}${renderKey(entry.package)}:`,
    `${detail}git: ${renderValue(entry.git)}`,
    `${detail}stable: ${JSON.stringify(entry.version)}`,
  ];
}

export function namespaceLines(entry: RegistryEntry, dash: number, gap: number, layout: Layout): string[] {
  return [
    `${spaces(dash)}-${spaces(gap - 1)}${renderKey(entry.namespace)}:`,
    ...packageLines(entry, dash + gap + layout.packageDash, layout.packageGap, layout),
  ];
}

export function packageFlow(entry: RegistryEntry): string {
  // Flow context: always quote, since PyYAML refuses some plain scalars there (`:` in URLs).
  return `{${renderKey(entry.package)}: {git: ${doubleQuoted(entry.git)}, stable: ${doubleQuoted(entry.version)}}}`;
}

// --- positions and splices ---

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Offset of the end of the line holding `offset`, before its `\r\n` or `\n`. */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl === -1) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** End of the last character that belongs to `node`'s value (no trailing comments or newlines). */
function contentEnd(text: string, node: unknown): number {
  if (isMap(node) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1] as Pair;
    return Math.max(contentEnd(text, last.key), contentEnd(text, last.value));
  }
  if (isSeq(node) && !node.flow && node.items.length > 0)
    return contentEnd(text, node.items[node.items.length - 1]);
  const range = (node as Node | null)?.range;
  if (!range) return 0;
  let end = range[1];
  while (end > range[0] && /[\r\n]/.test(text[end - 1] ?? '')) end--;
  return end;
}

export function replaceScalar(text: string, node: Scalar, insert: string): Edit {
  const start = node.range![0];
  return { start, end: contentEnd(text, node), insert };
}

/** The column and dash-to-name gap of a block list's items, read from its first item. */
function seqStyle(text: string, seq: YAMLSeq): { dash: number; gap: number } | undefined {
  if (seq.flow || !seq.range) return undefined;
  const dashAt = seq.range[0];
  const first = seq.items[0] as Node | undefined;
  const start = first?.range?.[0];
  const between = start === undefined ? '' : text.slice(dashAt + 1, start);
  const gap = start !== undefined && /^ +$/.test(between) ? between.length + 1 : 2;
  return { dash: column(text, dashAt), gap };
}

export function learnLayout(text: string, model: RegistryModel): Layout {
  const layout = { ...DEFAULT_LAYOUT };
  const namespaces = seqStyle(text, model.namespaces);
  if (namespaces) {
    layout.namespaceDash = namespaces.dash - column(text, model.namespacesKey.range![0]);
    layout.namespaceGap = namespaces.gap;
  }
  const ns = model.namespaceList.find((n) => n.packages && !n.packages.flow);
  const packages = ns?.packages && seqStyle(text, ns.packages);
  if (ns && packages) {
    layout.packageDash = packages.dash - column(text, ns.key.range![0]);
    layout.packageGap = packages.gap;
  }
  const pkg = model.namespaceList.flatMap((n) => n.packageList).find((p) => !p.details.flow);
  if (pkg) layout.details = column(text, pkg.details.range![0]) - column(text, pkg.key.range![0]);
  // Guard against layouts that would not parse back as the same structure.
  if (layout.namespaceDash < 0) layout.namespaceDash = DEFAULT_LAYOUT.namespaceDash;
  if (layout.packageDash < 0) layout.packageDash = DEFAULT_LAYOUT.packageDash;
  if (layout.details < 1) layout.details = DEFAULT_LAYOUT.details;
  if (layout.namespaceGap < 2) layout.namespaceGap = 2;
  if (layout.packageGap < 2) layout.packageGap = 2;
  return layout;
}

/**
 * Appends an item at the end of a list. A block list gets new lines after its last item (and after
 * comment lines indented under that item); an empty `[]` that is a block mapping's value becomes a
 * block list; any other flow list gets a flow item.
 */
export function appendToSeq(
  text: string,
  seq: YAMLSeq,
  parentKey: Node,
  blockParent: boolean,
  eol: string,
  block: (dash: number, gap: number) => string[],
  flow: () => string,
): Edit {
  const range = seq.range!;
  const keyColumn = column(text, parentKey.range![0]);
  if (!seq.flow) {
    const style = seqStyle(text, seq)!;
    let at = lineEnd(text, contentEnd(text, seq));
    for (;;) {
      const nl = text.indexOf('\n', at);
      if (nl === -1) break;
      const next = text.slice(nl + 1, lineEnd(text, nl + 1));
      const indent = /^( *)#/.exec(next)?.[1];
      if (indent === undefined || indent.length <= style.dash) break;
      at = lineEnd(text, nl + 1);
    }
    return { start: at, end: at, insert: eol + block(style.dash, style.gap).join(eol) };
  }
  if (seq.items.length === 0) {
    const keyEnd = parentKey.range![1];
    const onKeyLine = !/[\r\n]/.test(text.slice(keyEnd, range[0]));
    if (blockParent && onKeyLine && /^\s*:\s*$/.test(text.slice(keyEnd, range[0]))) {
      let start = range[0];
      while (start > 0 && /[ \t]/.test(text[start - 1] ?? '')) start--;
      const end = lineEnd(text, range[0]);
      const rest = text.slice(contentEnd(text, seq), end);
      return {
        start,
        end,
        insert: rest + eol + block(keyColumn + DEFAULT_LAYOUT.namespaceDash, 2).join(eol),
      };
    }
    return { start: range[0] + 1, end: range[0] + 1, insert: flow() };
  }
  const at = contentEnd(text, seq.items[seq.items.length - 1]);
  return { start: at, end: at, insert: `, ${flow()}` };
}

export function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.insert + out.slice(edit.end);
  }
  return out;
}
