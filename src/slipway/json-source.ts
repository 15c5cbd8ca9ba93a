// JSON parsing that keeps positions, so manifest errors can point at a file, line and column.
// Slipway reads its manifest with serde_json, so what serde_json refuses is refused here too: bytes
// that are not UTF-8, a byte order mark, a key given twice in an object serde reads into a struct or
// into the rigging map (which refuses duplicates), and nesting 128 levels deep (its recursion limit).
// A key given twice where serde_json keeps a free-form value or a plain map (a schema, constants, a
// step's input, callouts) is not refused: the last one wins. Those are listed for a warning.
// JSON.parse decides the rest of validity (strict JSON); the `yaml` parser, a superset of JSON, gives
// node ranges.
import { isMap, isScalar, LineCounter, type Node, type Pair, parseDocument } from 'yaml';
import { NO_POSITION, type Position } from '../report/problems.ts';

/** serde_json fails at this depth of nested arrays/objects and accepts one less. */
export const MAX_JSON_DEPTH = 128;

export interface JsonSource {
  value: unknown;
  /** Position of a top-level key (or of the object when the key is absent). */
  keyPosition(key: string): Position;
  /** Position of a top-level key's value. */
  valuePosition(key: string): Position;
  /** Position of a value below the top level: `['rigging', 'step', 'component']`. */
  pathPosition(path: readonly (string | number)[]): Position;
  /** Source offsets [start, end) of a top-level key's value, for in-place edits. */
  valueRange(key: string): [number, number] | undefined;
  /** Keys given twice where the reader keeps the last one (see ParseOptions.lastKeyWins). */
  ignoredDuplicates: IgnoredDuplicate[];
}

/** A key given twice in one object, where the reader keeps the last one and ignores the first. */
interface IgnoredDuplicate {
  key: string;
  /** The object's path from the root: `['input', 'properties']`. */
  path: (string | number)[];
  /** Where the key is given the second time. */
  position: Position;
}

export interface ParseOptions {
  /** Whether the reader keeps the last of two equal keys in the object at `path`; otherwise it refuses them. */
  lastKeyWins?: (path: readonly (string | number)[]) => boolean;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
    readonly code = 'slipway/json-syntax',
    readonly fix = 'fix the JSON syntax at this position',
  ) {
    super(message);
  }
}

/** Decodes UTF-8 strictly: a byte sequence that is not UTF-8 is an error, never rewritten to U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = Buffer.from(bytes.subarray(0, offset)).toString('utf8');
    throw new JsonSyntaxError(
      `byte ${offset + 1} (0x${bytes[offset]?.toString(16).padStart(2, '0')}) is not UTF-8; Slipway reads the manifest as UTF-8 and refuses it`,
      positionAt(before, before.length),
      'slipway/not-utf8',
      'save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)',
    );
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  // The longest valid prefix: a sequence is at most 4 bytes, so widen a window until it fails.
  let good = 0;
  while (good < bytes.length) {
    let step = 0;
    for (let n = 1; n <= 4 && good + n <= bytes.length; n++) {
      try {
        decoder.decode(bytes.subarray(good, good + n));
        step = n;
        break;
      } catch {}
    }
    if (step === 0) return good;
    good += step;
  }
  return good;
}

export function parseJsonSource(text: string, options: ParseOptions = {}): JsonSource {
  if (text.charCodeAt(0) === 0xfeff) {
    throw new JsonSyntaxError(
      'the file starts with a byte order mark (BOM); serde_json, which Slipway reads it with, refuses it',
      { line: 1, column: 1 },
      'slipway/bom',
      'save the file as UTF-8 without a BOM',
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw toSyntaxError(text, error as Error);
  }
  const ignoredDuplicates = checkStructure(text, options.lastKeyWins ?? (() => false));
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, keepSourceTokens: false, uniqueKeys: false });
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
    pathPosition: (path) => {
      // The deepest node that exists along the path.
      let node = doc.contents as Node | null;
      let offset = rootStart;
      for (const part of path) {
        const next = (node as { get?: (k: unknown, keep: boolean) => unknown } | null)?.get?.(part, true);
        if (!next || typeof next !== 'object') break;
        node = next as Node;
        offset = node.range?.[0] ?? offset;
      }
      return at(offset);
    },
    valueRange: (key) => {
      const range = (pairs.get(key)?.value as Node | undefined)?.range;
      return range ? [range[0], range[1]] : undefined;
    },
    ignoredDuplicates,
  };
}

interface Frame {
  /** The keys seen so far (objects only). */
  keys?: Set<string>;
  expectKey: boolean;
  path: (string | number)[];
  /** The last key read (objects) or the index of the current item (arrays). */
  at: string | number;
}

/**
 * Duplicate keys and nesting depth, in one pass over text JSON.parse has accepted (so every token is
 * well formed). Keys are compared after unescaping, as serde_json compares them. A duplicate where
 * `lastKeyWins` says so is returned; any other is an error.
 */
function checkStructure(
  text: string,
  lastKeyWins: (path: readonly (string | number)[]) => boolean,
): IgnoredDuplicate[] {
  const ignored: IgnoredDuplicate[] = [];
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '[') {
      if (stack.length + 1 >= MAX_JSON_DEPTH) {
        throw new JsonSyntaxError(
          `the JSON is nested ${MAX_JSON_DEPTH} levels deep here; serde_json, which Slipway reads it with, stops at ${MAX_JSON_DEPTH} ("recursion limit exceeded")`,
          positionAt(text, i),
          'slipway/too-deep',
          `keep nesting under ${MAX_JSON_DEPTH} levels (move deep data into a file the component reads)`,
        );
      }
      const parent = stack.at(-1);
      const path = parent ? [...parent.path, parent.at] : [];
      stack.push(
        c === '{' ? { keys: new Set(), expectKey: true, path, at: '' } : { expectKey: false, path, at: 0 },
      );
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack.at(-1);
      if (top?.keys) top.expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    } else if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const top = stack.at(-1);
      if (top?.keys && top.expectKey) {
        top.expectKey = false;
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        top.at = key;
        if (!top.keys.has(key)) {
          top.keys.add(key);
        } else if (lastKeyWins(top.path)) {
          ignored.push({ key, path: top.path, position: positionAt(text, start) });
        } else {
          throw new JsonSyntaxError(
            `the key ${JSON.stringify(key)} appears twice in one object; Slipway (serde_json) refuses duplicate keys here`,
            positionAt(text, start),
            'slipway/duplicate-key',
            `keep one ${JSON.stringify(key)} and remove the other`,
          );
        }
      }
    }
  }
  return ignored;
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function toSyntaxError(text: string, error: Error): JsonSyntaxError {
  // V8 says "... at position N" (and, from Node 22, "(line L column C)"); an empty file says neither.
  const match = /position (\d+)/.exec(error.message);
  const offset = match ? Number(match[1]) : text.length;
  const reason = error.message.replace(/\s*in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
  return new JsonSyntaxError(reason || 'invalid JSON', positionAt(text, offset));
}
