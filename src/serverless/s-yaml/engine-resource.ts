// What the engine makes of one resource before it reads `component` and the other keys. Two things can
// make it differ from what the file holds:
// - a value that is exactly one `${vars.…}` expression is replaced by the value of that variable, a
//   mapping included (`fc-demo: ${vars.fcFunctionTemp}`);
// - with `extend:`, s 3.1.10 compiles the base and the extending file each on their own, then deep-merges
//   the two results (parse-spec `doExtend`), so a resource named in both is the merge of the two.
import { tokenizeExpression } from './expression.ts';

type Data = Record<string, unknown>;

/** A value as the engine sees it, or `unknown` when a variable in it cannot be resolved. */
type EngineValue = { known: true; value: unknown } | { known: false };

/** A mapping as js-yaml loads it (a YAML timestamp loads as a Date, which the merge does not enter). */
export const isPlainObject = (v: unknown): v is Data =>
  v !== null && typeof v === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(v));

/**
 * The deep merge of the `extend` package (jQuery's) that `s` uses: mappings merged key by key, the
 * later one winning; a list or a scalar replaces what was there; `undefined` never does.
 */
export function mergeLikeEngine(a: unknown, b: unknown): unknown {
  if (!isPlainObject(b)) return b === undefined ? a : b;
  const out: Data = isPlainObject(a) ? { ...a } : {};
  for (const [key, value] of Object.entries(b)) out[key] = mergeLikeEngine(out[key], value);
  return out;
}

/** What a js-yaml value is, in the words of the type problems. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a timestamp';
  return isPlainObject(value) ? 'a mapping' : `a ${typeof value}`;
}

const WHOLE = /^\$\{([^{}]*)\}$/;
const VAR_PATH = /^vars(?:\s*(?:\.[\w$-]+|\[\s*(?:'[^']*'|"[^"]*"|\d+)\s*\]))+$/;

/** The path of a value that is exactly one `${vars.…}` expression, else undefined. */
export function wholeVar(value: unknown): string | undefined {
  const inner = typeof value === 'string' ? WHOLE.exec(value)?.[1]?.trim() : undefined;
  return inner !== undefined && VAR_PATH.test(inner) ? inner : undefined;
}

/** A value that is exactly one `${vars.…}` path: the value it names, `unknown` when it names nothing. */
export function resolveWholeVar(value: unknown, vars: unknown): EngineValue {
  const inner = wholeVar(value);
  if (inner === undefined) return { known: true, value };
  const [token] = tokenizeExpression(inner);
  let at: unknown = vars;
  for (const segment of token?.segments ?? []) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, segment)) return { known: false };
    at = (at as Data)[segment];
  }
  return { known: true, value: at };
}

/** One resource's part in an `extend:` pair: this file's value and, when it names it too, the other's. */
export interface ResourceParts {
  own: EngineValue;
  other?: EngineValue;
  /** This file is the base (the extending file's values win over it). */
  isBase: boolean;
}

/** The resource the engine ends up with, after the merge of both files' compiled contents. */
export function mergedResource({ own, other, isBase }: ResourceParts): EngineValue {
  if (other === undefined) return own;
  const [base, extending] = isBase ? [own, other] : [other, own];
  if (extending.known && !isPlainObject(extending.value)) return extending;
  if (!base.known || !extending.known) return { known: false };
  return { known: true, value: mergeLikeEngine(base.value, extending.value) };
}

/**
 * Whether this file holds the word the engine keeps on `key` of a merged resource, so a problem with it
 * is reported once, there: the extending file when it sets the key or neither file does, else the base.
 */
export function decides({ own, other, isBase }: ResourceParts, key: string): boolean {
  const sets = (part: EngineValue | undefined) =>
    !!part?.known && isPlainObject(part.value) && Object.hasOwn(part.value, key);
  if (other === undefined) return true;
  return isBase ? sets(own) && !sets(other) : sets(own) || !sets(other);
}
