// YAML parsed with a LineCounter, so that every validator can point at the exact line and column of
// the key or value it complains about.
import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import type { Position } from './report/problems.ts';

const FIRST_LINE: Position = { line: 1, column: 1 };

export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Syntax errors (and warnings the parser raises), each with its position. */
  errors: { message: string; at: Position; severity: 'error' | 'warning' }[];
}

export interface ParseOptions {
  /** Set to false to accept repeated keys (a rendered template keeps only one branch). */
  uniqueKeys?: boolean;
}

export function parseYaml(text: string, options: ParseOptions = {}): ParsedYaml {
  const lineCounter = new LineCounter();
  // The library's own repeated-key check compares each key with every earlier key of its mapping,
  // which is quadratic in a mapping's size (8,000 resources); the same check with a Set is linear.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: true });
  const errors = [
    ...doc.errors.map((e) => ({ ...describeError(e, FIRST_LINE), severity: 'error' as const })),
    ...doc.warnings.map((e) => ({ ...describeError(e, FIRST_LINE), severity: 'warning' as const })),
  ];
  if (options.uniqueKeys !== false) {
    for (const key of repeatedKeys(doc.contents)) {
      errors.push({
        message: 'Map keys must be unique',
        at: positionOf(key, lineCounter),
        severity: 'error',
      });
    }
    errors.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  }
  return { doc, lineCounter, errors };
}

/** Scalar keys that repeat an earlier key of the same mapping (compared as the library does: by value). */
function repeatedKeys(root: unknown): Node[] {
  const repeated: Node[] = [];
  const stack: unknown[] = [root];
  // One set, cleared per mapping: no strings built, so the walk stays cheap on a large document.
  const keys = new Set<unknown>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      keys.clear();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          if (keys.has(pair.key.value)) repeated.push(pair.key as Node);
          keys.add(pair.key.value);
        } else {
          stack.push(pair.key);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return repeated;
}

/** A parser error's message and position; `fallback` when the parser gave no position. */
export function describeError(error: YAMLError, fallback: Position): { message: string; at: Position } {
  const pos = error.linePos?.[0];
  // prettyErrors appends a code frame after the first line; the position already says where.
  const message = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
  return { message, at: pos ? { line: pos.line, column: pos.col } : { ...fallback } };
}

/** 1-based position of where a node (or a pair's key) starts; {0, 0} when unknown. */
export function positionOf(node: Node | Pair | null | undefined, lineCounter: LineCounter): Position {
  const target = node && 'key' in node && node.key ? (node.key as Node) : (node as Node | null | undefined);
  const start = target?.range?.[0];
  return start === undefined ? { line: 0, column: 0 } : positionAtOffset(start, lineCounter);
}

export function positionAtOffset(offset: number, lineCounter: LineCounter): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The pair whose key is `key` in a mapping, or undefined. Keys compare as strings. */
export function pairOf(map: unknown, key: string): Pair<Node, Node | null> | undefined {
  if (!isMap(map)) return undefined;
  return (map as YAMLMap<Node, Node | null>).items.find((p) => keyText(p) === key);
}

/** The text of a pair's key (scalars only; complex keys give ''). */
export function keyText(pair: Pair<unknown, unknown>): string {
  return isScalar(pair.key) ? String(pair.key.value) : '';
}

/** The pairs of a mapping node, or [] when it is not one. */
export function pairsOf(node: unknown): Pair<Node, Node | null>[] {
  return isMap(node) ? (node as YAMLMap<Node, Node | null>).items : [];
}

/** A short name for a node's YAML type, for messages. */
export function kindOf(node: unknown): string {
  if (node === null || node === undefined) return 'empty';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'empty';
    return typeof v === 'string' ? 'a string' : `a ${typeof v}`;
  }
  return 'an alias';
}

/** A scalar's string value, or undefined when the node is not a string scalar. */
export function stringOf(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}
