// Where PyYAML (fppm's reader, `safe_load`) reads YAML differently from the `yaml` library this tool
// edits with. Both facts below were checked against PyYAML 6.0.3:
// - Its scanner skips only spaces between tokens: a tab outside a quoted scalar, a block scalar or a
//   comment ("a:\tb", "a: b\tc", "a: 1 \t# c", a line holding a tab) fails with "found character '\t'
//   that cannot start any token". It also breaks lines at U+0085, U+2028 and U+2029, where the `yaml`
//   library sees text: one in a comment or an unquoted value splits it.
// - Its implicit types (YAML 1.1, resolver.py) are narrower than the `yaml` library's 1.1 schema: a float
//   needs a "." (`1e3` is a string), an octal integer only digits 0-7 after its "0" (`08` is a string),
//   and the values `=` and `<<` resolve to tags safe_load has no constructor for.
import { type Document, isScalar, Parser, visit } from 'yaml';

export type PlainType = 'bool' | 'int' | 'float' | 'null' | 'timestamp' | 'merge' | 'value' | 'str';

const IMPLICIT: [PlainType, RegExp][] = [
  ['bool', /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/],
  [
    'float',
    /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  ],
  [
    'int',
    /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  ],
  ['merge', /^<<$/],
  ['null', /^(?:~|null|Null|NULL|)$/],
  [
    'timestamp',
    /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/,
  ],
  ['value', /^=$/],
];

/** The type PyYAML's SafeLoader gives a plain (unquoted, untagged) scalar with this text. */
export function pyYamlPlainType(text: string): PlainType {
  return IMPLICIT.find(([, pattern]) => pattern.test(text))?.[0] ?? 'str';
}

export interface ScannerProblem {
  offset: number;
  code: string;
  message: string;
  fix: string;
}

const PYYAML_BREAK = /[\u0085\u2028\u2029]/;

interface CstToken {
  type?: string;
  source?: string;
  offset?: number;
}

/** Every token of the `yaml` library's concrete syntax tree, in document order. */
function eachToken(text: string, visitToken: (token: CstToken) => void): void {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const token = node as CstToken & Record<string, unknown>;
    visitToken(token);
    for (const key of ['start', 'key', 'sep', 'value', 'end', 'items', 'props']) walk(token[key]);
  };
  for (const token of new Parser().parse(text)) walk(token);
}

/** What PyYAML's scanner refuses that the `yaml` library reads: tabs between tokens. Give it pyYamlView's text. */
export function pyYamlScannerProblems(text: string): ScannerProblem[] {
  const problems: ScannerProblem[] = [];
  const check = (token: CstToken) => {
    const { type, source = '', offset = 0 } = token;
    const tab = source.indexOf('\t');
    if (tab !== -1 && (type === 'space' || type === 'scalar')) {
      problems.push({
        offset: offset + tab,
        code: 'registry-yaml/tab',
        message:
          "A tab outside quotes or a comment: PyYAML (fppm's reader) refuses it (\"found character '\\t' that cannot start any token\").",
        fix: 'Replace the tab with spaces (or quote the value that holds it).',
      });
    }
  };
  // A quoted or block scalar's own text may hold tabs; the spaces and comments after it may not.
  eachToken(text, (token) => {
    if (token.type !== 'block-scalar' && !token.type?.endsWith('quoted-scalar')) check(token);
  });
  return problems.sort((a, b) => a.offset - b.offset);
}

/**
 * The text as PyYAML's scanner sees it: U+0085, U+2028 and U+2029 outside quoted scalars are line
 * breaks to it and text to the `yaml` library, so they become "\n" (one character for one: every
 * offset, and so every edit, stays where it is in the file). Inside quotes both read them as text.
 */
export function pyYamlView(text: string): string {
  if (!PYYAML_BREAK.test(text)) return text;
  const quoted: [number, number][] = [];
  eachToken(text, ({ type, offset = 0, source = '' }) => {
    if (type?.endsWith('quoted-scalar')) quoted.push([offset, offset + source.length]);
  });
  return text.replace(new RegExp(PYYAML_BREAK.source, 'g'), (ch, at: number) =>
    quoted.some(([from, to]) => at >= from && at < to) ? ch : '\n',
  );
}

/** Plain values `=` and `<<` (not keys): safe_load fails with "could not determine a constructor". */
export function unloadableValues(doc: Document.Parsed, text: string): { offset: number; source: string }[] {
  const found: { offset: number; source: string }[] = [];
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || !isScalar(node) || node.type !== 'PLAIN' || !node.range) return;
      const source = text.slice(node.range[0], node.range[1]).trim();
      const type = pyYamlPlainType(source);
      if (type === 'merge' || type === 'value') found.push({ offset: node.range[0], source });
    },
  });
  return found;
}

/**
 * Gives every plain scalar PyYAML reads as a string its text as value, where the `yaml` library's 1.1
 * schema made it a number, boolean or date (`1e3`, `08`, `y`): the data is then what fppm reads.
 */
export function asPyYamlStrings(doc: Document.Parsed, text: string): void {
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== 'PLAIN' || node.tag || !node.range || typeof node.value === 'string') return;
      const source = text.slice(node.range[0], node.range[1]).trim();
      if (!source.includes('\n') && pyYamlPlainType(source) === 'str') node.value = source;
    },
  });
}
