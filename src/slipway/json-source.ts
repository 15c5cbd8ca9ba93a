// JSON parsing that keeps positions, so manifest errors can point at a file, line and column.
// JSON.parse decides validity (strict JSON); the `yaml` parser, a superset of JSON, gives node ranges.
import { isMap, isScalar, LineCounter, type Node, type Pair, parseDocument } from 'yaml';
import { NO_POSITION, type Position } from '../report/problems.ts';

export interface JsonSource {
  value: unknown;
  /** Position of a top-level key (or of the object when the key is absent). */
  keyPosition(key: string): Position;
  /** Position of a top-level key's value. */
  valuePosition(key: string): Position;
  /** Source offsets [start, end) of a top-level key's value, for in-place edits. */
  valueRange(key: string): [number, number] | undefined;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

export function parseJsonSource(text: string): JsonSource {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw toSyntaxError(body, error as Error);
  }
  const lines = new LineCounter();
  const doc = parseDocument(body, { lineCounter: lines, keepSourceTokens: false });
  const pairs = new Map<string, Pair>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key)) pairs.set(String(pair.key.value), pair as Pair);
    }
  }
  const at = (offset: number | undefined): Position => {
    if (offset === undefined) return NO_POSITION;
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const rootStart = (doc.contents as Node | null)?.range?.[0];
  return {
    value,
    keyPosition: (key) => at((pairs.get(key)?.key as Node | undefined)?.range?.[0] ?? rootStart),
    valuePosition: (key) => at((pairs.get(key)?.value as Node | undefined)?.range?.[0] ?? rootStart),
    valueRange: (key) => {
      const range = (pairs.get(key)?.value as Node | undefined)?.range;
      return range ? [range[0], range[1]] : undefined;
    },
  };
}

function toSyntaxError(text: string, error: Error): JsonSyntaxError {
  // V8 says "... at position N" (and, from Node 22, "(line L column C)"); an empty file says neither.
  const match = /position (\d+)/.exec(error.message);
  const offset = match ? Number(match[1]) : text.length;
  const before = text.slice(0, offset).split('\n');
  const position = { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  const reason = error.message.replace(/\s*in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
  return new JsonSyntaxError(reason || 'invalid JSON', position);
}
