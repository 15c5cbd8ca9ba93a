// The `${…}` expression tokenizer: the variable paths and function calls an expression uses, with their
// offsets, so each reference can be checked and pointed at.

interface PathToken {
  kind: 'path';
  root: string;
  segments: string[];
  /** Offset of the root within the expression text. */
  offset: number;
}
export interface Arg {
  raw: string;
  offset: number;
  /** The value when the argument is a single quoted string. */
  quoted?: string;
}
export interface CallToken {
  kind: 'call';
  root: string;
  /** Non-empty for a method call on a path (`vars.x.trim()`). */
  segments: string[];
  args: Arg[];
  offset: number;
}
export type Token = PathToken | CallToken;

const IDENT_START = /[A-Za-z_$]/;
const IDENT = /[\w$]/;

/**
 * The variable paths and function calls in an expression's text (the part between `${` and `}`).
 * `hyphens` lets names contain '-' (1.x service names such as `nextjs-portal`); path segments after a
 * dot may always contain '-', as the engine's dependency analysis splits on '.' only.
 */
export function tokenizeExpression(expr: string, hyphens = false): Token[] {
  const tokens: Token[] = [];
  const n = expr.length;
  let i = 0;
  while (i < n) {
    const c = expr[i]!;
    if (c === '"' || c === "'" || c === '`') {
      i = skipQuoted(expr, i);
      continue;
    }
    if (/\d/.test(c)) {
      while (i < n && /[\w.]/.test(expr[i]!)) i++;
      continue;
    }
    if (!IDENT_START.test(c) || (i > 0 && /[\w$.]/.test(expr[i - 1]!))) {
      i++;
      continue;
    }
    const start = i;
    const rootEnd = nameEnd(expr, i + 1, hyphens);
    const root = expr.slice(start, rootEnd);
    const { segments, end: j } = readSegments(expr, rootEnd);
    let k = j;
    while (k < n && (expr[k] === ' ' || expr[k] === '\t')) k++;
    if (expr[k] === '(') {
      const close = matchingParen(expr, k);
      const end = close === -1 ? n : close;
      tokens.push({
        kind: 'call',
        root,
        segments,
        args: splitArgs(expr.slice(k + 1, end), k + 1),
        offset: start,
      });
      i = end + 1;
      continue;
    }
    tokens.push({ kind: 'path', root, segments, offset: start });
    i = j;
  }
  return tokens;
}

function nameEnd(expr: string, from: number, allowHyphen: boolean): number {
  const n = expr.length;
  let k = from;
  while (
    k < n &&
    (IDENT.test(expr[k]!) || (allowHyphen && expr[k] === '-' && k + 1 < n && IDENT.test(expr[k + 1]!)))
  )
    k++;
  return k;
}

/** `.name` and `['name']` / `[0]` parts after a root, up to where they end. */
function readSegments(expr: string, from: number): { segments: string[]; end: number } {
  const segments: string[] = [];
  let j = from;
  for (;;) {
    if (expr[j] === '.' && j + 1 < expr.length && IDENT.test(expr[j + 1]!)) {
      const k = nameEnd(expr, j + 1, true);
      segments.push(expr.slice(j + 1, k));
      j = k;
      continue;
    }
    const m = expr[j] === '[' ? /^\[\s*(?:'([^']*)'|"([^"]*)"|(\d+))\s*\]/.exec(expr.slice(j)) : null;
    if (!m) return { segments, end: j };
    segments.push((m[1] ?? m[2] ?? m[3])!);
    j += m[0].length;
  }
}

function skipQuoted(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      i = skipQuoted(text, i) - 1;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function splitArgs(inner: string, base: number): Arg[] {
  const args: Arg[] = [];
  let depth = 0;
  let from = 0;
  const push = (to: number) => {
    const raw = inner.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const q = /^(['"`])([\s\S]*)\1$/.exec(trimmed);
    const single = q && skipQuoted(trimmed, 0) === trimmed.length;
    args.push({ raw: trimmed, offset: base + from + lead, quoted: single ? q[2] : undefined });
  };
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '"' || c === "'" || c === '`') i = skipQuoted(inner, i) - 1;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      push(i);
      from = i + 1;
    }
  }
  push(inner.length);
  return args;
}
