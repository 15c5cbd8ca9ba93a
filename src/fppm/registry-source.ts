// Reading registry.yaml the way fppm reads it (PyYAML's `safe_load`) before anything looks at its data:
// bytes that are not UTF-8 or that PyYAML's reader refuses, tags outside the safe schema, repeated
// keys, alias bombs and deep nesting are refused with their line, instead of being read differently
// from fppm or crashing this tool. Bytes are never re-encoded: a file is accepted exactly as it is.
import { type Document, isAlias, isCollection, LineCounter, Parser, parseDocument, visit } from 'yaml';
import { InvalidInputError } from '../errors.ts';
import type { Problem } from '../report/problems.ts';
import { positionAtOffset, positionOf } from '../yaml-positions.ts';
import { asPyYamlStrings, pyYamlScannerProblems, pyYamlView, unloadableValues } from './pyyaml.ts';

/** Nesting levels a registry may use (it needs five); serde_json's limit, far below the parser's stack. */
const MAX_DEPTH = 128;
/** The `yaml` library's own limit on alias expansion (its `toJS` default), applied to every file. */
export const MAX_ALIAS_COUNT = 100;

// The tags PyYAML's SafeConstructor builds; any other tag makes `safe_load` raise a ConstructorError.
const SAFE_TAGS = new Set(
  ['null', 'bool', 'int', 'float', 'binary', 'timestamp', 'omap', 'pairs', 'set', 'str', 'seq', 'map'].map(
    (name) => `tag:yaml.org,2002:${name}`,
  ),
);
// `!` alone is the non-specific tag: PyYAML reads the value as a plain string.
SAFE_TAGS.add('!');

// PyYAML's Reader refuses these code points anywhere in the stream ("special characters are not allowed").
const NON_PRINTABLE = /[^\t\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export interface ParsedRegistry {
  /** Absent when the text was refused before parsing (non-printable characters, too deep). */
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  problems: Problem[];
}

type Report = (offset: number, code: string, message: string, fix: string) => void;

/**
 * The text of a registry.yaml's bytes. A UTF-8 byte order mark is kept (PyYAML skips it, and the
 * file keeps its exact bytes); UTF-16/32 and bytes that are not UTF-8 are refused with their line.
 */
export function decodeRegistryBytes(bytes: Uint8Array, file: string): string {
  const problem = (line: number, column: number, message: string, fix: string): never => {
    throw new InvalidInputError([
      { file, line, column, severity: 'error', code: 'registry-yaml/encoding', message, fix },
    ]);
  };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    problem(
      1,
      1,
      'The file starts with a UTF-16 byte order mark; this tool edits UTF-8 files only and would otherwise rewrite every byte.',
      'Save the file as UTF-8.',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const { line, column } = firstInvalidUtf8(bytes);
    return problem(
      line,
      column,
      "The file is not valid UTF-8 here; PyYAML (fppm's reader) refuses it, and replacing the bytes would rewrite a line this tool does not mean to change.",
      'Save the file as UTF-8 (retype or remove the character at this position).',
    );
  }
}

/** Line and column of the first bytes that are not UTF-8 (a line is decoded alone to find it). */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; ; line++) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl === -1 ? bytes.length : nl;
    const lineBytes = bytes.subarray(start, end);
    try {
      strict.decode(lineBytes);
    } catch {
      const lossy = new TextDecoder('utf-8').decode(lineBytes);
      return { line, column: lossy.indexOf('\uFFFD') + 1 || 1 };
    }
    if (nl === -1) return { line, column: 1 };
    start = nl + 1;
  }
}

/**
 * Parses with YAML 1.1 types, as PyYAML does, and reports every construct `safe_load` refuses or that
 * fppm would read differently from this tool.
 */
export function parseRegistry(text: string, file: string): ParsedRegistry {
  const problems: Problem[] = [];
  const reporter =
    (lineCounter: LineCounter): Report =>
    (offset, code, message, fix) =>
      problems.push({
        file,
        ...positionAtOffset(offset, lineCounter),
        severity: 'error',
        code,
        message,
        fix,
      });
  const early = countLines(text);
  if (checkPrintable(text, reporter(early)) || checkDepth(text, reporter(early))) {
    return { lineCounter: early, problems };
  }
  // Parsed as PyYAML scans it (see pyYamlView): same offsets, so positions and edits hold for `text`.
  const view = pyYamlView(text);
  const scanner = pyYamlScannerProblems(view);
  if (scanner.length > 0) {
    for (const p of scanner) reporter(early)(p.offset, p.code, p.message, p.fix);
    return { lineCounter: early, problems };
  }
  const lineCounter = new LineCounter();
  // Repeated keys are checked below, with a message that says what PyYAML would do instead.
  const doc = parseDocument(view, { lineCounter, version: '1.1', uniqueKeys: false });
  asPyYamlStrings(doc, view);
  checkTags(doc, reporter(lineCounter));
  for (const { offset, source } of unloadableValues(doc, view)) {
    reporter(lineCounter)(
      offset,
      'registry-yaml/unloadable-value',
      `The unquoted value \`${source}\` is a YAML 1.1 ${source === '=' ? '"value"' : 'merge'} indicator; PyYAML's safe_load (fppm's reader) cannot build it and refuses the file.`,
      `Quote it: \`"${source}"\`.`,
    );
  }
  checkRepeatedKeys(doc, lineCounter, problems, file);
  if (doc.errors.length === 0 && problems.length === 0) checkAliases(doc, reporter(lineCounter));
  return { doc, lineCounter, problems };
}

/** Line starts, for positions of problems found before the parser runs (it fills its own counter). */
function countLines(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    lineCounter.addNewLine(at + 1);
  }
  return lineCounter;
}

function checkPrintable(text: string, report: Report): boolean {
  const match = NON_PRINTABLE.exec(text);
  if (!match) return false;
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  report(
    match.index,
    'registry-yaml/non-printable',
    `The control character U+${code} is not allowed in YAML; PyYAML (fppm's reader) refuses the file.`,
    'Remove the character, or write it as an escape inside a double-quoted string (e.g. "\\t").',
  );
  return true;
}

/** Nesting depth from the parser's token tree (no recursion, so it cannot overflow the stack itself). */
function checkDepth(text: string, report: Report): boolean {
  const stack: { token: unknown; depth: number }[] = [];
  for (const token of new Parser().parse(text)) stack.push({ token, depth: 0 });
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    const t = token as { type?: string; offset?: number; value?: unknown; items?: unknown[] };
    if (depth > MAX_DEPTH) {
      report(
        t.offset ?? 0,
        'registry-yaml/too-deep',
        `The YAML nests deeper than ${MAX_DEPTH} levels; a registry needs five, and deeper input is refused before it is read.`,
        'Flatten the structure: namespaces → packages → `git`/`stable`.',
      );
      return true;
    }
    if (t.type === 'document') stack.push({ token: t.value, depth });
    for (const item of t.items ?? []) {
      const { key, value } = item as { key?: unknown; value?: unknown };
      if (key) stack.push({ token: key, depth: depth + 1 });
      if (value) stack.push({ token: value, depth: depth + 1 });
    }
  }
  return false;
}

function checkTags(doc: Document.Parsed, report: Report): void {
  visit(doc, (_key, node) => {
    const tag = (node as { tag?: string } | null)?.tag;
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (tag === undefined || SAFE_TAGS.has(tag)) return;
    const shown = tag.replace(/^tag:yaml\.org,2002:/, '!!');
    report(
      range?.[0] ?? 0,
      'registry-yaml/unsafe-tag',
      `The tag \`${shown}\` is outside YAML's core types; PyYAML's safe_load (fppm's reader) refuses it.`,
      'Remove the tag and write the value as a plain string, list or mapping.',
    );
  });
}

function checkRepeatedKeys(
  doc: Document.Parsed,
  lineCounter: LineCounter,
  problems: Problem[],
  file: string,
): void {
  visit(doc, {
    Map(_key, map) {
      const first = new Map<unknown, number>();
      for (const pair of map.items) {
        const key =
          isCollection(pair.key) || isAlias(pair.key) ? pair.key : (pair.key as { value?: unknown })?.value;
        const at = positionOf(pair.key as never, lineCounter);
        const earlier = first.get(key);
        if (earlier === undefined) {
          first.set(key, at.line);
          continue;
        }
        problems.push({
          file,
          ...at,
          severity: 'error',
          code: 'registry-yaml/duplicate-key',
          message: `The key \`${String(key)}\` is repeated (first on line ${earlier}); PyYAML (fppm's reader) silently keeps the last one, so this tool refuses the file rather than guess which was meant.`,
          fix: 'Keep one of the two keys and delete the other.',
        });
      }
    },
  });
}

/** The `yaml` library's own expansion check (`toJS`'s maxAliasCount), as a refusal with a position. */
function checkAliases(doc: Document.Parsed, report: Report): void {
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let first = 0;
    visit(doc, {
      Alias(_key, node) {
        first = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    report(
      first,
      'registry-yaml/alias-expansion',
      `Aliases (\`*name\`) expand this file beyond ${MAX_ALIAS_COUNT} copies of their anchors (an "alias bomb"); it is refused rather than expanded.`,
      'Write the entries out in full instead of through `&anchor`/`*alias`.',
    );
  }
}
