// Walks the values of s.yaml for `${…}` expressions and checks what each one references and calls.
import { isAbsolute, resolve as resolvePath } from 'node:path';
import { type Alias, isAlias, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { Position } from '../../report/problems.ts';
import { keyText, pairsOf, positionAtOffset } from '../../yaml-positions.ts';
import { checkActions } from './actions.ts';
import { type Checker, type Context, isEmpty } from './checker.ts';
import { type Arg, type CallToken, type Token, tokenizeExpression } from './expression.ts';
import { checkPath } from './paths.ts';
import { EXPRESSION, FUNCTIONS_1, FUNCTIONS_3, JS_NAMES, LITERAL_ARG_FUNCTIONS, ROOTS_3 } from './rules.ts';

export function walkTopLevel(
  s: Checker,
  root: Node,
  container: Node | null | undefined,
  doc: { contents: unknown },
) {
  const none: Context = { inProps: false, inTemplate: false, quiet: false };
  for (const pair of pairsOf(root)) {
    if (pair.value === container) continue;
    const key = keyText(pair);
    if (key === 'actions') {
      if (isMap(pair.value)) checkActions(s, pair.value, undefined);
      walk(s, pair.value, none, doc);
    } else {
      walk(s, pair.value, { ...none, inTemplate: key === 'template' }, doc);
    }
  }
  for (const resource of s.resourceList) {
    if (!isMap(resource.node)) {
      // A resource written as one `${vars.…}`: the variable must exist.
      walk(s, resource.node, { ...none, resource: resource.index }, doc);
      continue;
    }
    for (const p of pairsOf(resource.node)) {
      const key = keyText(p);
      if (key === 'actions' && isMap(p.value)) checkActions(s, p.value, resource);
      else if (key === 'actions' && !isEmpty(p.value))
        s.typeProblem(p.value, `${resource.name}.actions`, 'a mapping of <hook>-<command> to lists', p.value);
      const ctx: Context = {
        resource: resource.index,
        inProps: key === 'props',
        inTemplate: false,
        quiet: false,
      };
      walk(s, p.value, ctx, doc, key === 'props' ? new Set() : undefined);
    }
  }
}

function walk(s: Checker, node: unknown, ctx: Context, doc: { contents: unknown }, seen?: Set<unknown>) {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.value.includes('${'))
      checkScalar(s, node as Scalar<string>, ctx);
  } else if (isMap(node)) {
    for (const pair of node.items) walk(s, pair.value, ctx, doc, seen);
  } else if (isSeq(node)) {
    for (const item of node.items) walk(s, item, ctx, doc, seen);
  } else if (isAlias(node) && ctx.inProps && seen && !seen.has(node)) {
    // The engine sees aliased content in place, so a dependency hidden behind an alias still counts.
    seen.add(node);
    const target = (node as Alias).resolve(doc as never);
    if (target && !seen.has(target)) {
      seen.add(target);
      walk(s, target, { ...ctx, quiet: true }, doc, seen);
    }
  }
}

function checkScalar(s: Checker, node: Scalar<string>, ctx: Context) {
  const value = node.value;
  const [start, end] = node.range ?? [0, 0];
  const raw = s.source.slice(start, end);
  let cursor = 0;
  EXPRESSION.lastIndex = 0;
  let rest = value;
  for (let m = EXPRESSION.exec(value); m; m = EXPRESSION.exec(value)) {
    const found = raw.indexOf(m[0], cursor);
    const exact = found >= 0;
    const base = exact ? start + found : start;
    if (exact) cursor = found + m[0].length;
    rest = rest.replace(m[0], '');
    if (overlapsTemplate(s, base, base + m[0].length)) continue;
    checkExpression(s, m[1]!, exact ? base + 2 : undefined, base, ctx);
  }
  if (!ctx.quiet && rest.includes('${')) {
    s.report(
      s.at(node),
      's-yaml/unclosed-expression',
      'this value has `${` without a closing `}`, so it is left as text',
      'close the expression with `}`, or remove the `${`',
      'warning',
    );
  }
}

function overlapsTemplate(s: Checker, from: number, to: number): boolean {
  return s.spans.some(([s, e]) => s < to && e > from);
}

/** `inner`: offset of the expression text in the source, when known exactly; `fallback` otherwise. */
function checkExpression(
  s: Checker,
  expr: string,
  inner: number | undefined,
  fallback: number,
  ctx: Context,
) {
  const pos = (offset: number) =>
    positionAtOffset(inner === undefined ? fallback : inner + offset, s.lineCounter);
  checkTokens(s, tokenizeExpression(expr, !s.v3), 0, pos, ctx);
}

function checkTokens(
  s: Checker,
  tokens: Token[],
  shift: number,
  pos: (offset: number) => Position,
  ctx: Context,
) {
  for (const token of tokens) {
    if (token.kind === 'path') {
      checkPath(s, token.root, token.segments, token.offset + shift, pos, ctx);
      continue;
    }
    if (token.segments.length > 0) {
      // A method call on a path: the path is the reference.
      checkPath(s, token.root, token.segments.slice(0, -1), token.offset + shift, pos, ctx);
      for (const arg of token.args)
        checkTokens(s, tokenizeExpression(arg.raw, !s.v3), arg.offset + shift, pos, ctx);
      continue;
    }
    checkCall(s, token, shift, pos, ctx);
  }
}

function checkCall(
  s: Checker,
  call: CallToken,
  shift: number,
  pos: (offset: number) => Position,
  ctx: Context,
) {
  const name = call.root;
  const functions = s.v3 ? FUNCTIONS_3 : FUNCTIONS_1;
  if (!functions.includes(name)) {
    if (!JS_NAMES.has(name) && !ctx.quiet) {
      s.report(
        pos(call.offset + shift),
        's-yaml/unknown-function',
        `${name}() is not a function of edition ${s.v3 ? '3.0.0' : '1.x'} YAML${s.v3 ? '' : ' (1.x leaves it as literal text)'}`,
        `use one of ${functions.map((f) => `${f}()`).join(', ')}`,
        s.unresolved,
      );
    }
    for (const arg of call.args)
      checkTokens(s, tokenizeExpression(arg.raw, !s.v3), arg.offset + shift, pos, ctx);
    return;
  }
  call.args.forEach((arg, index) => {
    if (index > 0 || !LITERAL_ARG_FUNCTIONS.includes(name)) {
      checkTokens(s, tokenizeExpression(arg.raw, !s.v3), arg.offset + shift, pos, ctx);
      return;
    }
    const literal = literalArgument(s, call, arg, shift, pos, ctx);
    if (literal === undefined) return;
    if ((name === 'file' || name === 'path') && !ctx.quiet)
      checkFileTarget(s, name, literal, pos(arg.offset + shift));
  });
}

function checkFileTarget(s: Checker, fn: string, target: string, at: Position) {
  if (!s.opts.exists || target.includes('${') || target.startsWith('~') || target.trim() === '') return;
  const full = isAbsolute(target) ? target : resolvePath(s.opts.baseDir, target);
  if (s.opts.exists(full)) return;
  s.report(
    at,
    's-yaml/missing-file',
    `${fn}('${target}') points at ${full}, which does not exist`,
    'fix the path: it is relative to the folder of s.yaml',
    s.unresolved,
  );
}

/**
 * The text a name-taking function (env, file, path, config, secret, regex) receives as its first
 * argument, or undefined when it is an expression (checked as one) or a mistake (reported).
 * Observed with s 3.1.10: a lone unquoted argument is quoted by the template compiler, whatever it
 * holds (`${env(HOME)}` reads HOME, `${env(vars.name)}` reads an environment variable named
 * "vars.name"); with a second argument the call is plain JavaScript (`${env(HOME, 'x')}` passes the
 * undefined variable HOME, so the default always wins). 1.x takes the text as written.
 */
function literalArgument(
  s: Checker,
  call: CallToken,
  arg: Arg,
  shift: number,
  pos: (offset: number) => Position,
  ctx: Context,
): string | undefined {
  if (arg.quoted !== undefined) return arg.quoted;
  if (!s.v3) return arg.raw;
  const lead = /^[A-Za-z_$][\w$]*/.exec(arg.raw)?.[0];
  const variable = !!lead && (ROOTS_3.includes(lead) || FUNCTIONS_3.includes(lead));
  const name = call.root;
  if (call.args.length === 1) {
    if (variable && !ctx.quiet) {
      s.report(
        pos(arg.offset + shift),
        's-yaml/unquoted-argument',
        `\${${name}(${arg.raw})}: s quotes a lone unquoted argument itself, so this is the literal text '${arg.raw}', not the value of ${arg.raw}`,
        `write the ${name === 'file' || name === 'path' ? 'path' : 'name'} itself, e.g. \${${name}('…')}`,
      );
    }
    return variable ? undefined : arg.raw;
  }
  if (variable) checkTokens(s, tokenizeExpression(arg.raw), arg.offset + shift, pos, ctx);
  else if (!ctx.quiet)
    s.report(
      pos(arg.offset + shift),
      's-yaml/unquoted-argument',
      `${name}(${arg.raw}, …): with a second argument the call is JavaScript, so ${arg.raw} is read as a variable${lead ? ' (undefined)' : ' (or a syntax error)'}`,
      `quote it: \${${name}('${arg.raw}', …)}`,
      'warning',
    );
  return undefined;
}
