// s.yaml, both editions: structure, `${…}` references, actions, flow, dependency cycles and the deploy
// order the engine will use. Pure: the only outside fact it needs (does a file exist?) comes in as a
// function.
//
// What the engine does, from Serverless-Devs/toolkit packages/parse-spec (index.ts, order.ts) and
// packages/engine (actions): only `edition: 3.0.0` is 3.x; a resource depends on another when its props
// hold `${resources.B.output…}`; dependencies deploy first and the rest in file order (the engine
// repeatedly takes the first resource in file order whose dependencies are all placed); resources in a
// cycle are silently put last; action keys are split at '-' into hook and command; `post` is renamed
// to `complete` with a warning; `component` actions run only at resource level.
import { isAbsolute, resolve as resolvePath } from 'node:path';
import { type Alias, isAlias, isMap, isScalar, isSeq, type LineCounter, type Node, type Scalar } from 'yaml';
import type { Position, Problem, Severity } from '../report/problems.ts';
import {
  keyText,
  kindOf,
  pairOf,
  pairsOf,
  parseYaml,
  positionAtOffset,
  positionOf,
  stringOf,
} from '../yaml-positions.ts';

export interface SYamlOptions {
  /** The folder of the s.yaml: `file()` and `path()` targets are relative to it. */
  baseDir: string;
  /** Whether a path exists; without it, `file()`/`path()` targets are not checked. */
  exists?: (path: string) => boolean;
  /**
   * The file is a registry Project template: `{{ param }}` placeholders are filled in at `s init`, and
   * `{{ if … }}` blocks keep one branch. Placeholders are masked (same length, so positions hold) and
   * repeated keys are allowed.
   */
  template?: boolean;
}

export interface SYamlCheck {
  problems: Problem[];
  /** Resource (or 1.x service) names in the order the engine deploys them. */
  deployOrder: string[];
}

export const S_YAML_RULES: Record<string, string> = {
  's-yaml/yaml-syntax': 's.yaml must be valid YAML holding a mapping',
  's-yaml/required': 'edition, name and resources (3.0.0) or services (1.0.0) must be present',
  's-yaml/edition': 'edition must be 3.0.0 (or 1.0.0/2.0.0 for the 1.x format)',
  's-yaml/services-in-v3': "3.0.0 YAML uses 'resources', not 'services'",
  's-yaml/resources-in-v1': "'resources' needs edition 3.0.0",
  's-yaml/unknown-key': 'keys the engine does not read are ignored',
  's-yaml/type': 'a section has the wrong YAML type',
  's-yaml/component-missing': 'every resource/service names its component',
  's-yaml/unknown-template': "a resource's extend.name must be a key of template",
  's-yaml/undefined-var': '${vars.x} must name a defined variable',
  's-yaml/unknown-resource': 'references must name a real resource/service',
  's-yaml/this-outside-resource': '${this.*} only works inside a resource',
  's-yaml/unknown-variable': 'a ${…} expression uses a name the engine does not provide',
  's-yaml/unknown-function': 'a ${…} expression calls a function the edition does not have',
  's-yaml/env-dot-syntax': "${env.X} does not work in 3.0.0: use ${env('X')}",
  's-yaml/unquoted-argument': '3.0.0 function arguments are JavaScript: quote literal names and paths',
  's-yaml/missing-file': 'file() and path() targets must exist relative to s.yaml',
  's-yaml/unclosed-expression': '${ without a closing } is left as text',
  's-yaml/dependency-cycle': 'resources whose outputs depend on each other cannot be deployed',
  's-yaml/flow-shape': 'flow maps a command to a list of groups (lists of resources)',
  's-yaml/flow-unknown-resource': 'flow may only list resources',
  's-yaml/flow-order': 'a resource must be in a later flow group than the resources whose output it uses',
  's-yaml/flow-missing-dependency': 'a flow runs a resource but not the resource whose output it uses',
  's-yaml/action-key': 'action keys are <hook>-<command>',
  's-yaml/action-hook': 'action hooks are pre, success, fail and complete',
  's-yaml/action-post-hook': "the 'post' hook was renamed to 'complete'",
  's-yaml/action-command-dash': "the engine splits action keys at every '-': a command cannot contain one",
  's-yaml/action-not-list': 'each action value must be a list',
  's-yaml/action-item': 'each action item has exactly one of run, plugin or component',
  's-yaml/action-component-global': 'component actions only run at resource level',
  's-yaml/action-plugin-args': 'plugin args must be a mapping',
  's-yaml/file-not-found': 'the s.yaml to check must exist',
};

const TOP_KEYS_3 = [
  'edition',
  'name',
  'access',
  'vars',
  'flow',
  'template',
  'extend',
  'validation',
  'actions',
  'resources',
  'env',
];
const TOP_KEYS_1 = ['edition', 'name', 'access', 'vars', 'actions', 'services'];
const RESOURCE_KEYS_3 = ['component', 'props', 'actions', 'extend', 'allow_failure'];
const SERVICE_KEYS_1 = ['component', 'props', 'actions', 'access'];
const ACTION_ITEM_KEYS = ['run', 'path', 'plugin', 'args', 'component', 'allow_failure', 'replace_output'];
const HOOKS = ['pre', 'success', 'fail', 'complete', 'post'];
const FUNCTIONS_3 = ['env', 'file', 'path', 'json', 'yaml', 'str', 'base64', 'secret', 'regex', 'config'];
const FUNCTIONS_1 = ['env', 'file', 'path', 'config'];
/** Functions whose first argument is a literal name or path. */
const LITERAL_ARG_FUNCTIONS = ['env', 'file', 'path', 'config', 'secret', 'regex'];
const ROOTS_3 = ['vars', 'resources', 'components', 'this', 'cwd', 'credential'];
const RESOURCE_SECTIONS = ['props', 'output', 'info', 'vars'];
const THIS_MEMBERS = ['name', 'access', 'component', 'props', 'output', 'vars', 'info'];
// JavaScript names an expression may use without them being Serverless Devs variables.
const JS_NAMES = new Set([
  'true',
  'false',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'void',
  'JSON',
  'Math',
  'Number',
  'String',
  'Boolean',
  'Object',
  'Array',
  'Date',
  'parseInt',
  'parseFloat',
  'isNaN',
  'encodeURIComponent',
  'decodeURIComponent',
]);

/** The engine's own pattern for a `${…}` expression. */
const EXPRESSION = /\$\{([\w\W]*?)\}/g;

// ---- expressions -----------------------------------------------------------------------------

interface PathToken {
  kind: 'path';
  root: string;
  segments: string[];
  /** Offset of the root within the expression text. */
  offset: number;
}
interface Arg {
  raw: string;
  offset: number;
  /** The value when the argument is a single quoted string. */
  quoted?: string;
}
interface CallToken {
  kind: 'call';
  root: string;
  /** Non-empty for a method call on a path (`vars.x.trim()`). */
  segments: string[];
  args: Arg[];
  offset: number;
}
type Token = PathToken | CallToken;

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
  const nameEnd = (from: number, allowHyphen: boolean) => {
    let k = from;
    while (
      k < n &&
      (IDENT.test(expr[k]!) || (allowHyphen && expr[k] === '-' && k + 1 < n && IDENT.test(expr[k + 1]!)))
    )
      k++;
    return k;
  };
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
    let j = nameEnd(i + 1, hyphens);
    const root = expr.slice(start, j);
    const segments: string[] = [];
    for (;;) {
      if (expr[j] === '.' && j + 1 < n && IDENT.test(expr[j + 1]!)) {
        const k = nameEnd(j + 1, true);
        segments.push(expr.slice(j + 1, k));
        j = k;
        continue;
      }
      if (expr[j] === '[') {
        const m = /^\[\s*(?:'([^']*)'|"([^"]*)"|(\d+))\s*\]/.exec(expr.slice(j));
        if (m) {
          segments.push((m[1] ?? m[2] ?? m[3])!);
          j += m[0].length;
          continue;
        }
      }
      break;
    }
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

// ---- template masking ------------------------------------------------------------------------

export interface MaskedTemplate {
  text: string;
  /** [start, end) offsets of every `{{ … }}`. */
  spans: [number, number][];
  /** Names used as `{{ name }}` outputs, with their offsets. */
  params: { name: string; offset: number }[];
}

const STATEMENT = /^(\/|if\b|else\b|each\b|set\b|block\b|include\b|extend\b)/;

/**
 * Replaces each art-template tag with text of the same length: outputs (`{{ region }}`) with x's, so
 * the YAML keeps its shape, statements (`{{ if … }}`) with spaces. Newlines are kept, so every line
 * and column still points at the original.
 */
export function maskTemplate(text: string): MaskedTemplate {
  const spans: [number, number][] = [];
  const params: { name: string; offset: number }[] = [];
  const masked = text.replace(/\{\{([\s\S]*?)\}\}/g, (whole, inner: string, offset: number) => {
    spans.push([offset, offset + whole.length]);
    const code = inner.trim().replace(/^@/, '').trim();
    const statement = STATEMENT.test(code);
    if (!statement) {
      const name = /^[A-Za-z_$][\w$]*/.exec(code)?.[0];
      if (name) params.push({ name, offset });
    }
    return whole.replace(/[^\n]/g, statement ? ' ' : 'x');
  });
  return { text: masked, spans, params };
}

// ---- the checker -----------------------------------------------------------------------------

interface Resource {
  name: string;
  index: number;
  node: Node | null;
  keyPos: Position;
}

interface Context {
  /** Index of the resource whose subtree this is; undefined at top level. */
  resource?: number;
  /** Inside a resource's props (references there create deploy dependencies). */
  inProps: boolean;
  /** Inside `template:`, which is merged into resources, so `this` is allowed. */
  inTemplate: boolean;
  /** Walking an alias's target: collect dependencies only, report nothing (reported where anchored). */
  quiet: boolean;
}

/** Pure: checks s.yaml text. `file` is only used in the problems. */
export function checkSYaml(text: string, file: string, opts: SYamlOptions): SYamlCheck {
  return new SYamlChecker(text, file, opts).run();
}

class SYamlChecker {
  private readonly problems: Problem[] = [];
  private lineCounter!: LineCounter;
  private source: string;
  private spans: [number, number][] = [];
  private v3 = true;
  private resources = new Map<string, Resource>();
  private resourceList: Resource[] = [];
  private vars: Node | null | undefined;
  private templates: Node | null | undefined;
  private usesExtend = false;
  /** deps[i]: the resources whose output resource i's props use, with where (first use). */
  private deps: Map<number, number>[] = [];

  constructor(
    text: string,
    private readonly file: string,
    private readonly opts: SYamlOptions,
  ) {
    this.source = text;
    if (opts.template) {
      const masked = maskTemplate(text);
      this.source = masked.text;
      this.spans = masked.spans;
    }
  }

  private report(at: Position, code: string, message: string, fix: string, severity: Severity = 'error') {
    this.problems.push({ file: this.file, line: at.line, column: at.column, severity, code, message, fix });
  }

  private at(node: Parameters<typeof positionOf>[0]): Position {
    return positionOf(node, this.lineCounter);
  }

  run(): SYamlCheck {
    const { doc, lineCounter, errors } = parseYaml(this.source, { uniqueKeys: !this.opts.template });
    this.lineCounter = lineCounter;
    for (const e of errors) {
      this.report(
        e.at,
        's-yaml/yaml-syntax',
        `s.yaml is not valid YAML: ${e.message}`,
        'fix the YAML syntax',
        e.severity,
      );
    }
    if (errors.some((e) => e.severity === 'error')) return { problems: this.problems, deployOrder: [] };
    const root = doc.contents;
    if (!isMap(root)) {
      this.report(
        { line: 1, column: 1 },
        's-yaml/yaml-syntax',
        `s.yaml must be a mapping (edition, name, resources, …), but it is ${kindOf(root)}`,
        'start the file with `edition: 3.0.0`, `name: …` and `resources:`',
      );
      return { problems: this.problems, deployOrder: [] };
    }
    const container = this.checkTopLevel(root);
    this.collectResources(container);
    this.walkTopLevel(root, container, doc);
    this.checkCycles();
    if (this.v3) this.checkFlow(pairOf(root, 'flow')?.value);
    return { problems: this.problems, deployOrder: this.deployOrder() };
  }

  /** Edition, required and unknown keys; returns the resources (3.x) or services (1.x) node. */
  private checkTopLevel(root: Node): Node | null | undefined {
    const top: Position = this.at(root);
    const editionPair = pairOf(root, 'edition');
    const hasResources = !!pairOf(root, 'resources');
    const hasServices = !!pairOf(root, 'services');
    const edition = editionPair ? editionPair.value : undefined;
    const editionText = isScalar(edition) && edition.value !== null ? String(edition.value) : undefined;
    if (!editionPair) {
      this.report(top, 's-yaml/required', 's.yaml has no edition', 'add `edition: 3.0.0` as the first line');
      this.v3 = hasResources || !hasServices;
    } else if (editionText === '3.0.0' || editionText === '1.0.0' || editionText === '2.0.0') {
      this.v3 = editionText === '3.0.0';
    } else {
      this.report(
        this.at(edition ?? editionPair),
        's-yaml/edition',
        `edition ${editionText === undefined ? kindOf(edition) : JSON.stringify(editionText)} is not one the engine knows: only the string 3.0.0 selects the 3.x format, anything else is read as 1.x`,
        'write `edition: 3.0.0` (with resources) or `edition: 1.0.0` (with services)',
      );
      this.v3 = hasResources || !hasServices;
    }
    this.usesExtend = this.v3 && !!pairOf(root, 'extend');

    if (!pairOf(root, 'name')) {
      this.report(
        top,
        's-yaml/required',
        's.yaml has no name (the application name components receive)',
        'add `name: my-app`',
        'warning',
      );
    }

    let container: Node | null | undefined;
    if (this.v3) {
      if (hasResources) container = pairOf(root, 'resources')?.value;
      else if (hasServices) {
        this.report(
          this.at(pairOf(root, 'services')),
          's-yaml/services-in-v3',
          "Keyword 'services' has been replaced by 'resources' in 3.0.0 YAML.",
          "rename `services:` to `resources:` (or run 's cli fc3 s2tos3')",
        );
        container = pairOf(root, 'services')?.value;
      } else if (!this.usesExtend) {
        this.report(
          top,
          's-yaml/required',
          's.yaml has no resources',
          'add `resources:` with at least one resource and its `component`',
        );
      }
    } else if (hasServices) {
      container = pairOf(root, 'services')?.value;
    } else if (hasResources) {
      this.report(
        this.at(pairOf(root, 'resources')),
        's-yaml/resources-in-v1',
        `'resources' is the 3.0.0 keyword, but edition is ${editionText ?? 'missing'}: the engine reads 'services' and finds nothing to run`,
        'set `edition: 3.0.0`',
      );
      container = pairOf(root, 'resources')?.value;
    } else {
      this.report(
        top,
        's-yaml/required',
        's.yaml has no services',
        'add `services:` with at least one service and its `component`',
      );
    }

    const known = this.v3 ? TOP_KEYS_3 : TOP_KEYS_1;
    for (const pair of pairsOf(root)) {
      const key = keyText(pair);
      if (known.includes(key)) continue;
      if (this.v3 && key === 'services' && !hasResources) continue;
      if (!this.v3 && key === 'resources' && !hasServices) continue;
      this.report(
        this.at(pair),
        's-yaml/unknown-key',
        `top-level key ${JSON.stringify(key)} is not read by the engine for edition ${this.v3 ? '3.0.0' : '1.x'}`,
        `remove it, or use one of ${known.join(', ')}`,
        'warning',
      );
    }

    for (const [key, want] of [
      ['vars', 'mapping'],
      ['template', 'mapping'],
      ['flow', 'mapping'],
      ['actions', 'mapping'],
      ['extend', 'string'],
      ['access', 'string'],
    ] as const) {
      const pair = pairOf(root, key);
      if (!pair || !known.includes(key)) continue;
      const ok = want === 'mapping' ? isMap(pair.value) : stringOf(pair.value) !== undefined;
      if (!ok) this.typeProblem(pair.value ?? pair, key, `a ${want}`, pair.value);
    }
    if (container !== undefined && !isMap(container)) {
      this.typeProblem(
        container ?? pairOf(root, this.v3 ? 'resources' : 'services'),
        this.v3 ? 'resources' : 'services',
        'a mapping of names to resources',
        container,
      );
    }
    this.vars = pairOf(root, 'vars')?.value;
    this.templates = pairOf(root, 'template')?.value;
    return container;
  }

  private typeProblem(node: Parameters<typeof positionOf>[0], what: string, want: string, actual: unknown) {
    this.report(
      this.at(node),
      's-yaml/type',
      `${what} must be ${want}, but it is ${kindOf(actual)}`,
      `write ${what} as ${want}`,
    );
  }

  private collectResources(container: Node | null | undefined) {
    const word = this.v3 ? 'resource' : 'service';
    const allowed = this.v3 ? RESOURCE_KEYS_3 : SERVICE_KEYS_1;
    for (const pair of pairsOf(container)) {
      const name = keyText(pair);
      if (this.resources.has(name)) continue;
      const resource: Resource = {
        name,
        index: this.resourceList.length,
        node: pair.value,
        keyPos: this.at(pair),
      };
      this.resources.set(name, resource);
      this.resourceList.push(resource);
      this.deps.push(new Map());
      if (!isMap(pair.value)) {
        this.typeProblem(
          pair.value ?? pair,
          `${word} ${name}`,
          'a mapping with component and props',
          pair.value,
        );
        continue;
      }
      const component = pairOf(pair.value, 'component');
      const componentName = stringOf(component?.value);
      if (!componentName?.trim()) {
        this.report(
          component ? this.at(component.value ?? component) : resource.keyPos,
          's-yaml/component-missing',
          `${word} ${name} has no component`,
          `add \`component: <name>\` to ${name}, e.g. \`component: fc3\``,
        );
      }
      for (const p of pairsOf(pair.value)) {
        const key = keyText(p);
        if (allowed.includes(key)) continue;
        this.report(
          this.at(p),
          's-yaml/unknown-key',
          `${word} ${name} has key ${JSON.stringify(key)}, which the engine does not read`,
          key === 'access' && this.v3
            ? 'set access once at the top level, or pass -a on the command line'
            : `move it under props, or use one of ${allowed.join(', ')}`,
          'warning',
        );
      }
      if (this.v3) this.checkResourceExtend(name, pairOf(pair.value, 'extend')?.value);
    }
  }

  private checkResourceExtend(name: string, extend: Node | null | undefined) {
    if (extend === undefined) return;
    if (!isMap(extend)) {
      this.typeProblem(extend, `resources.${name}.extend`, 'a mapping with name (and ignore)', extend);
      return;
    }
    const templateName = pairOf(extend, 'name');
    const value = stringOf(templateName?.value);
    if (value === undefined || !pairOf(this.templates, value)) {
      this.report(
        this.at(templateName?.value ?? templateName ?? extend),
        's-yaml/unknown-template',
        `resource ${name} extends template ${value === undefined ? '(no name)' : JSON.stringify(value)}, which is not defined under template`,
        'add that template under the top-level `template:` key, or fix extend.name',
      );
    }
    const ignore = pairOf(extend, 'ignore');
    if (ignore && !isSeq(ignore.value))
      this.typeProblem(
        ignore.value ?? ignore,
        `resources.${name}.extend.ignore`,
        'a list of prop names',
        ignore.value,
      );
  }

  // -- references --

  private walkTopLevel(root: Node, container: Node | null | undefined, doc: { contents: unknown }) {
    const none: Context = { inProps: false, inTemplate: false, quiet: false };
    for (const pair of pairsOf(root)) {
      if (pair.value === container) continue;
      const key = keyText(pair);
      if (key === 'actions') {
        if (isMap(pair.value)) this.checkActions(pair.value, undefined);
        this.walk(pair.value, none, doc);
      } else {
        this.walk(pair.value, { ...none, inTemplate: key === 'template' }, doc);
      }
    }
    for (const resource of this.resourceList) {
      if (!isMap(resource.node)) continue;
      for (const p of pairsOf(resource.node)) {
        const key = keyText(p);
        if (key === 'actions' && isMap(p.value)) this.checkActions(p.value, resource);
        else if (key === 'actions' && p.value !== null)
          this.typeProblem(
            p.value,
            `${resource.name}.actions`,
            'a mapping of <hook>-<command> to lists',
            p.value,
          );
        const ctx: Context = {
          resource: resource.index,
          inProps: key === 'props',
          inTemplate: false,
          quiet: false,
        };
        this.walk(p.value, ctx, doc, key === 'props' ? new Set() : undefined);
      }
    }
  }

  private walk(node: unknown, ctx: Context, doc: { contents: unknown }, seen?: Set<unknown>) {
    if (isScalar(node)) {
      if (typeof node.value === 'string' && node.value.includes('${'))
        this.checkScalar(node as Scalar<string>, ctx);
    } else if (isMap(node)) {
      for (const pair of node.items) this.walk(pair.value, ctx, doc, seen);
    } else if (isSeq(node)) {
      for (const item of node.items) this.walk(item, ctx, doc, seen);
    } else if (isAlias(node) && ctx.inProps && seen && !seen.has(node)) {
      // The engine sees aliased content in place, so a dependency hidden behind an alias still counts.
      seen.add(node);
      const target = (node as Alias).resolve(doc as never);
      if (target && !seen.has(target)) {
        seen.add(target);
        this.walk(target, { ...ctx, quiet: true }, doc, seen);
      }
    }
  }

  private checkScalar(node: Scalar<string>, ctx: Context) {
    const value = node.value;
    const [start, end] = node.range ?? [0, 0];
    const raw = this.source.slice(start, end);
    let cursor = 0;
    EXPRESSION.lastIndex = 0;
    let rest = value;
    for (let m = EXPRESSION.exec(value); m; m = EXPRESSION.exec(value)) {
      const found = raw.indexOf(m[0], cursor);
      const exact = found >= 0;
      const base = exact ? start + found : start;
      if (exact) cursor = found + m[0].length;
      rest = rest.replace(m[0], '');
      if (this.overlapsTemplate(base, base + m[0].length)) continue;
      this.checkExpression(m[1]!, exact ? base + 2 : undefined, base, ctx);
    }
    if (!ctx.quiet && rest.includes('${')) {
      this.report(
        this.at(node),
        's-yaml/unclosed-expression',
        'this value has `${` without a closing `}`, so it is left as text',
        'close the expression with `}`, or remove the `${`',
        'warning',
      );
    }
  }

  private overlapsTemplate(from: number, to: number): boolean {
    return this.spans.some(([s, e]) => s < to && e > from);
  }

  /** `inner`: offset of the expression text in the source, when known exactly; `fallback` otherwise. */
  private checkExpression(expr: string, inner: number | undefined, fallback: number, ctx: Context) {
    const pos = (offset: number) =>
      positionAtOffset(inner === undefined ? fallback : inner + offset, this.lineCounter);
    this.checkTokens(tokenizeExpression(expr, !this.v3), 0, pos, ctx);
  }

  private checkTokens(tokens: Token[], shift: number, pos: (offset: number) => Position, ctx: Context) {
    for (const token of tokens) {
      if (token.kind === 'path') {
        this.checkPath(token.root, token.segments, token.offset + shift, pos, ctx);
        continue;
      }
      if (token.segments.length > 0) {
        // A method call on a path: the path is the reference.
        this.checkPath(token.root, token.segments.slice(0, -1), token.offset + shift, pos, ctx);
        for (const arg of token.args)
          this.checkTokens(tokenizeExpression(arg.raw, !this.v3), arg.offset + shift, pos, ctx);
        continue;
      }
      this.checkCall(token, shift, pos, ctx);
    }
  }

  private checkCall(call: CallToken, shift: number, pos: (offset: number) => Position, ctx: Context) {
    const name = call.root;
    const functions = this.v3 ? FUNCTIONS_3 : FUNCTIONS_1;
    if (!functions.includes(name)) {
      if (!JS_NAMES.has(name) && !ctx.quiet) {
        this.report(
          pos(call.offset + shift),
          's-yaml/unknown-function',
          `${name}() is not a function of edition ${this.v3 ? '3.0.0' : '1.x'} YAML`,
          `use one of ${functions.map((f) => `${f}()`).join(', ')}`,
        );
      }
      for (const arg of call.args)
        this.checkTokens(tokenizeExpression(arg.raw, !this.v3), arg.offset + shift, pos, ctx);
      return;
    }
    call.args.forEach((arg, index) => {
      if (index > 0 || !LITERAL_ARG_FUNCTIONS.includes(name)) {
        this.checkTokens(tokenizeExpression(arg.raw, !this.v3), arg.offset + shift, pos, ctx);
        return;
      }
      let literal = arg.quoted;
      if (literal === undefined && !this.v3) literal = arg.raw; // 1.x: ${env(X)}, ${file(./p)}
      if (literal === undefined) {
        const lead = /^[A-Za-z_$][\w$]*/.exec(arg.raw)?.[0];
        if (lead && (ROOTS_3.includes(lead) || FUNCTIONS_3.includes(lead))) {
          this.checkTokens(tokenizeExpression(arg.raw), arg.offset + shift, pos, ctx);
        } else if (!ctx.quiet) {
          this.report(
            pos(arg.offset + shift),
            's-yaml/unquoted-argument',
            `${name}(${arg.raw}) passes an unquoted argument: 3.0.0 expressions are JavaScript, so ${arg.raw} is read as a variable${lead ? '' : ' (or a syntax error)'}`,
            `quote it: \${${name}('${arg.raw}')}`,
          );
        }
        return;
      }
      if ((name === 'file' || name === 'path') && !ctx.quiet)
        this.checkFileTarget(name, literal, pos(arg.offset + shift));
    });
  }

  private checkFileTarget(fn: string, target: string, at: Position) {
    if (!this.opts.exists || target.includes('${') || target.startsWith('~') || target.trim() === '') return;
    const full = isAbsolute(target) ? target : resolvePath(this.opts.baseDir, target);
    if (this.opts.exists(full)) return;
    this.report(
      at,
      's-yaml/missing-file',
      `${fn}('${target}') points at ${full}, which does not exist`,
      'fix the path: it is relative to the folder of s.yaml',
    );
  }

  private checkPath(
    root: string,
    segments: string[],
    offset: number,
    pos: (offset: number) => Position,
    ctx: Context,
  ) {
    if (JS_NAMES.has(root)) return;
    const resource = this.resources.get(root);
    const report = (code: string, message: string, fix: string) => {
      if (!ctx.quiet) this.report(pos(offset), code, message, fix);
    };
    const shown = [root, ...segments].join('.');
    if (root === 'vars') return this.checkVarPath(segments, report);
    if (root === 'this') {
      if (ctx.resource === undefined && !ctx.inTemplate) {
        report(
          's-yaml/this-outside-resource',
          `\${${shown}} is outside any ${this.v3 ? 'resource' : 'service'}: this only means something inside one`,
          `move it into a ${this.v3 ? 'resource' : 'service'}, or name the resource explicitly (\${resources.<name>.props…})`,
        );
      } else if (segments[0] !== undefined && !THIS_MEMBERS.includes(segments[0])) {
        report(
          's-yaml/unknown-variable',
          `\${${shown}}: this has no member ${segments[0]}`,
          `use one of this.${THIS_MEMBERS.join(', this.')}`,
        );
      }
      return;
    }
    if (this.v3) {
      if (root === 'resources' || root === 'components') {
        const target = segments[0];
        if (target === undefined) return;
        if (!this.resources.has(target)) {
          if (!this.usesExtend) {
            report(
              's-yaml/unknown-resource',
              `\${${shown}} names resource ${target}, which is not in resources`,
              `use one of: ${this.names()}`,
            );
          }
          return;
        }
        const section = segments[1];
        if (section !== undefined && !RESOURCE_SECTIONS.includes(section)) {
          report(
            's-yaml/unknown-variable',
            `\${${shown}}: a resource has no ${section}`,
            `use ${root}.${target}.${RESOURCE_SECTIONS.join(` or ${root}.${target}.`)}`,
          );
          return;
        }
        if (root === 'resources' && section === 'output' && ctx.inProps && ctx.resource !== undefined) {
          this.addDependency(ctx.resource, this.resources.get(target)!.index, offset, pos);
        }
        return;
      }
      if (root === 'cwd' || root === 'credential') return;
      if (root === 'env') {
        report(
          's-yaml/env-dot-syntax',
          `\${${shown}} does not work in 3.0.0 YAML`,
          `write \${env('${segments[0] ?? 'NAME'}')}`,
        );
        return;
      }
      if (resource) {
        report(
          's-yaml/unknown-variable',
          `\${${shown}} is the 1.x form: 3.0.0 reaches other resources through resources.`,
          `write \${resources.${shown}}`,
        );
        return;
      }
      report(
        's-yaml/unknown-variable',
        `\${${shown}}: ${root} is not a variable of 3.0.0 YAML`,
        `use vars.*, resources.<name>.*, this.*, env('…'), file('…') or path('…')`,
      );
      return;
    }
    // 1.x
    if (root === 'env' || root === 'aliyun-cli') return;
    if (resource) {
      const section = segments[0];
      if (section !== undefined && section !== 'props' && section !== 'output') {
        report(
          's-yaml/unknown-variable',
          `\${${shown}}: a service has no ${section}`,
          `use ${root}.props… or ${root}.output…`,
        );
      } else if (section === 'output' && ctx.inProps && ctx.resource !== undefined) {
        this.addDependency(ctx.resource, resource.index, offset, pos);
      }
      return;
    }
    if (segments[0] === 'output' || segments[0] === 'props') {
      report(
        's-yaml/unknown-resource',
        `\${${shown}} names service ${root}, which is not in services`,
        `use one of: ${this.names()}`,
      );
      return;
    }
    report(
      's-yaml/unknown-variable',
      `\${${shown}}: ${root} is not a variable of 1.x YAML`,
      'use vars.*, <service>.props.*, <service>.output.*, this.*, env(…) or file(…)',
    );
  }

  private checkVarPath(segments: string[], report: (code: string, message: string, fix: string) => void) {
    if (segments.length === 0 || this.usesExtend) return;
    let node: unknown = this.vars;
    let walked = 'vars';
    for (const segment of segments) {
      if (isMap(node)) {
        if (pairOf(node, '<<')) return; // merged from an anchor: keys are not all written here
        const pair = pairOf(node, segment);
        if (!pair) {
          report(
            's-yaml/undefined-var',
            `\${vars.${segments.join('.')}}: ${walked} has no ${segment}`,
            walked === 'vars' && this.vars === undefined
              ? `add \`vars:\` with \`${segment}: …\``
              : `define ${segment} under ${walked}`,
          );
          return;
        }
        node = pair.value;
      } else if (isSeq(node) && /^\d+$/.test(segment)) {
        node = node.items[Number(segment)];
      } else if ((node === undefined || node === null) && walked === 'vars') {
        report(
          's-yaml/undefined-var',
          `\${vars.${segments.join('.')}}: there is no vars section`,
          `add \`vars:\` with \`${segment}: …\``,
        );
        return;
      } else {
        return; // a scalar or something built at run time: nothing more to check
      }
      walked = `${walked}.${segment}`;
    }
  }

  private names(): string {
    return this.resourceList.map((r) => r.name).join(', ') || '(none)';
  }

  private readonly depOffsets = new Map<string, { offset: number; pos: (offset: number) => Position }>();

  private addDependency(from: number, to: number, offset: number, pos: (offset: number) => Position) {
    const deps = this.deps[from]!;
    if (deps.has(to)) return;
    deps.set(to, offset);
    this.depOffsets.set(`${from}>${to}`, { offset, pos });
  }

  // -- actions --

  private checkActions(actions: Node, resource: Resource | undefined) {
    const level = resource ? (this.v3 ? 'Project' : 'Service') : 'Global';
    for (const pair of pairsOf(actions)) {
      const key = keyText(pair);
      const keyPos = this.at(pair);
      const magic = key.includes('${');
      const parts = key.split('-');
      const hook = parts[0] ?? '';
      const command = parts[1];
      if (parts.length < 2 || !command) {
        this.report(
          keyPos,
          's-yaml/action-key',
          `action key ${JSON.stringify(key)} is not <hook>-<command>, so it never runs`,
          'write e.g. `pre-deploy:` or `success-deploy:`',
        );
      } else if (!HOOKS.includes(hook)) {
        this.report(
          keyPos,
          's-yaml/action-hook',
          `action ${JSON.stringify(key)} uses hook ${JSON.stringify(hook)}, which the engine never runs`,
          'use pre, success, fail or complete',
        );
      } else if (hook === 'post' && (this.v3 || !resource)) {
        this.report(
          keyPos,
          's-yaml/action-post-hook',
          "the action hook 'post-<command>' has been renamed to 'complete-<command>'",
          `rename it to complete-${parts.slice(1).join('-')}`,
          'warning',
        );
      }
      if (!magic && parts.length > 2 && command) {
        this.report(
          keyPos,
          's-yaml/action-command-dash',
          `the engine splits ${JSON.stringify(key)} at every '-': it runs on \`${command}\`, never on \`${parts.slice(1).join('-')}\``,
          'actions cannot target a command containing a dash; use the command name without one',
        );
      }
      if (!isSeq(pair.value)) {
        this.report(
          this.at(pair.value ?? pair),
          's-yaml/action-not-list',
          `${level} action ${key} is invalid, it must be array`,
          'write each step as a list item: `- run: npm install`',
        );
        continue;
      }
      for (const item of pair.value.items) this.checkActionItem(item as Node, key, resource);
    }
  }

  private checkActionItem(item: Node, key: string, resource: Resource | undefined) {
    if (!isMap(item)) {
      this.report(
        this.at(item),
        's-yaml/action-item',
        `an item of action ${key} is ${kindOf(item)}, not a mapping`,
        'write `- run: <command>`, `- plugin: <name>` or `- component: <name> <command>`',
      );
      return;
    }
    const kinds = ['run', 'plugin', 'component'].filter((k) => {
      const v = pairOf(item, k)?.value;
      return v !== undefined && v !== null && !(isScalar(v) && (v.value === null || v.value === ''));
    });
    if (kinds.length !== 1) {
      this.report(
        this.at(item),
        's-yaml/action-item',
        kinds.length === 0
          ? `an item of action ${key} has none of run, plugin or component`
          : `an item of action ${key} has ${kinds.join(' and ')}: the engine only uses ${kinds[0]}`,
        'give each item exactly one of run, plugin or component (split it into several items)',
      );
    }
    const component = pairOf(item, 'component');
    if (component && kinds.includes('component')) {
      if (!resource) {
        this.report(
          this.at(component),
          's-yaml/action-component-global',
          `global action ${key} has a component item, which the engine skips: component actions only run at ${this.v3 ? 'resource' : 'service'} level`,
          `move it into a ${this.v3 ? 'resource' : 'service'}'s actions, or use run/plugin`,
        );
      } else {
        const words = (stringOf(component.value) ?? '').trim().split(/\s+/).filter(Boolean);
        if (words.length < 2) {
          this.report(
            this.at(component.value ?? component),
            's-yaml/action-item',
            `component action ${JSON.stringify(stringOf(component.value) ?? '')} has no command`,
            'write `component: <component> <command> [args]`, e.g. `component: fc3 build --use-docker`',
          );
        }
      }
    }
    const args = pairOf(item, 'args');
    if (args && args.value !== null && !isMap(args.value)) {
      this.report(
        this.at(args.value),
        's-yaml/action-plugin-args',
        `plugin args must be a mapping, but it is ${kindOf(args.value)}`,
        'write args as `key: value` lines under `args:`',
      );
    }
    const path = pairOf(item, 'path');
    if (path && stringOf(path.value) === undefined)
      this.typeProblem(path.value ?? path, 'run path', 'a folder path', path.value);
    for (const p of pairsOf(item)) {
      const k = keyText(p);
      if (ACTION_ITEM_KEYS.includes(k)) continue;
      this.report(
        this.at(p),
        's-yaml/unknown-key',
        `action item key ${JSON.stringify(k)} is not read by the engine`,
        `use ${ACTION_ITEM_KEYS.join(', ')}`,
        'warning',
      );
    }
  }

  // -- flow --

  private checkFlow(flow: Node | null | undefined) {
    if (!isMap(flow)) return;
    for (const pair of pairsOf(flow)) {
      const command = keyText(pair);
      if (!isSeq(pair.value)) {
        this.report(
          this.at(pair.value ?? pair),
          's-yaml/flow-shape',
          `flow ${command} data format is invalid.`,
          'write the flow as a list of groups, e.g. `- [a]` then `- [b, c]`',
        );
        continue;
      }
      const group = new Map<number, { index: number; node: Node }>();
      pair.value.items.forEach((g, gi) => {
        if (!isSeq(g)) {
          this.report(
            this.at(g as Node),
            's-yaml/flow-shape',
            `flow ${command} data format is invalid.`,
            'each group is a list of resource names, e.g. `- [a, b]`',
          );
          return;
        }
        for (const item of g.items) {
          const name = stringOf(item);
          const resource = name === undefined ? undefined : this.resources.get(name);
          if (!resource) {
            this.report(
              this.at(item as Node),
              's-yaml/flow-unknown-resource',
              `Resource ${name ?? kindOf(item)} is not found. Please check the content of flow.`,
              `list only resources: ${this.names()}`,
            );
            continue;
          }
          group.set(resource.index, { index: gi, node: item as Node });
        }
      });
      for (const [index, place] of group) {
        for (const dep of this.deps[index]!.keys()) {
          const before = group.get(dep);
          const a = this.resourceList[index]!.name;
          const b = this.resourceList[dep]!.name;
          if (!before) {
            this.report(
              this.at(place.node),
              's-yaml/flow-missing-dependency',
              `flow ${command} runs ${a}, which uses the output of ${b}, but ${b} is not in the flow`,
              `add ${b} to an earlier group of flow ${command}`,
              'warning',
            );
          } else if (before.index >= place.index && dep !== index) {
            this.report(
              this.at(place.node),
              's-yaml/flow-order',
              `flow is invalid, ${b} must be executed before ${a}`,
              `move ${b} to a group before the one holding ${a}`,
            );
          }
        }
      }
    }
  }

  // -- dependencies --

  /** Reports each strongly connected component with a cycle once, with one cycle's path. */
  private checkCycles() {
    const n = this.resourceList.length;
    const order = this.tarjan(n);
    for (const component of order) {
      const members = new Set(component);
      const single = component.length === 1 ? component[0]! : undefined;
      if (single !== undefined && !this.deps[single]!.has(single)) continue;
      const start = Math.min(...component);
      const path = this.cycleThrough(start, members);
      const names = [...path, start].map((i) => this.resourceList[i]!.name);
      const next = path[1] ?? start;
      const where = this.depOffsets.get(`${start}>${next}`);
      this.report(
        where ? where.pos(where.offset) : this.resourceList[start]!.keyPos,
        's-yaml/dependency-cycle',
        `dependency cycle: ${names.join(' → ')}; the engine cannot order these and puts them last, in file order`,
        'break the cycle: one of these resources must not use the output of the next',
      );
    }
  }

  /** Strongly connected components (iterative Tarjan, linear in resources + references). */
  private tarjan(n: number): number[][] {
    const index = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const stack: number[] = [];
    const result: number[][] = [];
    const adjacency = this.deps.map((d) => [...d.keys()]);
    let counter = 0;
    for (let root = 0; root < n; root++) {
      if (index[root] !== -1) continue;
      const work: [number, number][] = [[root, 0]];
      index[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = 1;
      while (work.length > 0) {
        const frame = work[work.length - 1]!;
        const [v, next] = frame;
        const edges = adjacency[v]!;
        if (next < edges.length) {
          frame[1]++;
          const w = edges[next]!;
          if (index[w] === -1) {
            index[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = 1;
            work.push([w, 0]);
          } else if (onStack[w]) {
            low[v] = Math.min(low[v]!, index[w]!);
          }
          continue;
        }
        work.pop();
        const parent = work[work.length - 1];
        if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
        if (low[v] === index[v]) {
          const component: number[] = [];
          let w: number;
          do {
            w = stack.pop()!;
            onStack[w] = 0;
            component.push(w);
          } while (w !== v);
          result.push(component);
        }
      }
    }
    return result;
  }

  /** The shortest cycle from `start` back to itself inside `members` (breadth-first). */
  private cycleThrough(start: number, members: Set<number>): number[] {
    if (this.deps[start]!.has(start)) return [start];
    const parent = new Map<number, number>([[start, -1]]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      for (const w of this.deps[v]!.keys()) {
        if (!members.has(w)) continue;
        if (w === start) {
          const path: number[] = [];
          for (let u = v; u !== -1; u = parent.get(u)!) path.push(u);
          return path.reverse();
        }
        if (!parent.has(w)) {
          parent.set(w, v);
          queue.push(w);
        }
      }
    }
    return [start];
  }

  /**
   * The engine's order: repeatedly the first resource in file order whose dependencies are all
   * placed; what never becomes ready (cycles and what depends on them) goes last, in file order.
   * A min-heap of ready resources gives the same order in O((n + e) log n) instead of the engine's
   * rescans.
   */
  private deployOrder(): string[] {
    const n = this.resourceList.length;
    const waiting = new Int32Array(n);
    const dependents: number[][] = Array.from({ length: n }, () => []);
    this.deps.forEach((d, i) => {
      waiting[i] = d.size;
      for (const to of d.keys()) dependents[to]!.push(i);
    });
    const heap = new MinHeap();
    for (let i = 0; i < n; i++) if (waiting[i] === 0) heap.push(i);
    const placed = new Uint8Array(n);
    const order: string[] = [];
    while (heap.size > 0) {
      const i = heap.pop();
      placed[i] = 1;
      order.push(this.resourceList[i]!.name);
      for (const d of dependents[i]!) if (--waiting[d]! === 0) heap.push(d);
    }
    for (let i = 0; i < n; i++) if (!placed[i]) order.push(this.resourceList[i]!.name);
    return order;
  }
}

class MinHeap {
  private items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(value: number) {
    const a = this.items;
    a.push(value);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]! <= value) break;
      a[i] = a[p]!;
      i = p;
    }
    a[i] = value;
  }
  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        const r = l + 1;
        const c = r < a.length && a[r]! < a[l]! ? r : l;
        if (a[c]! >= last) break;
        a[i] = a[c]!;
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}
