// Why two pieces of the registry.yaml code stay hand-written (README, "Choices worth knowing"):
// 1. jsdiff's structuredPatch (context 2) against our lineDiff on 2,000 random texts;
// 2. the `yaml` library's CST.setScalarValue against our splice, on 280 quoting/comment/line-ending
//    layouts, and on values that YAML 1.1 (PyYAML, fppm's reader) reads as something else than a string.
// Run: npm install --no-save diff@9.0.0 && node --import tsx test/measure/registry-libraries.ts
import { CST, Parser, parse } from 'yaml';
import { lineDiff } from '../../src/fppm/line-diff.ts';
import { applyRegistryEntry, type RegistryEntry } from '../../src/fppm/registry-yaml.ts';

type Hunk = { oldStart: number; oldLines: number; newStart: number; newLines: number; lines: string[] };
// Not a dependency: loaded by name so the typecheck does not need it installed.
const jsdiffName = 'diff';
const { structuredPatch } = (await import(jsdiffName)) as {
  structuredPatch(...args: unknown[]): { hunks: Hunk[] };
};

let seed = 42;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const words = ['a', 'b', 'c', 'd', 'e', '  - x:', '    git: y', '    stable: "1.0.0"', ''];

function randomEdit(): [string, string] {
  const a = Array.from({ length: rand(30) }, () => words[rand(words.length)]!);
  const b = [...a];
  for (let k = rand(4) + 1; k > 0; k--) {
    const at = rand(b.length + 1);
    const op = rand(3);
    if (op === 0) b.splice(at, 0, words[rand(words.length)]!);
    else if (op === 1) b.splice(at, 1);
    else b[at] = `changed ${rand(5)}`;
  }
  const text = (lines: string[]) => (lines.length ? `${lines.join('\n')}\n` : '');
  return [text(a), text(b)];
}

function jsdiff(a: string, b: string): string {
  if (a === b) return '';
  const { hunks } = structuredPatch('a', 'b', a, b, '', '', { context: 2 });
  const head = (h: Hunk) => `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`;
  return `${hunks.map((h) => [head(h), ...h.lines].join('\n')).join('\n')}\n`;
}

let sameDiff = 0;
for (let i = 0; i < 2000; i++) {
  const [a, b] = randomEdit();
  if (lineDiff(a, b) === jsdiff(a, b)) sameDiff++;
}
console.log(`line diff: jsdiff gives the same text as lineDiff on ${sameDiff} of 2000 random edits`);

const HEAD = 'name: a\npublisher: b\ndescription: c\n';
const entry = (git: string): RegistryEntry => ({
  namespace: 'ns',
  package: 'pkg',
  git,
  version: '2.0.0',
  today: new Date(Date.UTC(2026, 10, 21)),
});
const cstType = {
  scalar: 'PLAIN',
  'single-quoted-scalar': 'QUOTE_SINGLE',
  'double-quoted-scalar': 'QUOTE_DOUBLE',
};

/** The same three replacements (updated-on, git, stable) through the CST, in the node's own style. */
function throughCst(text: string, git: string): string {
  const [doc] = new Parser().parse(text);
  const values: Record<string, [string, string?]> = {
    'updated-on': ['21 NOV 2026'],
    git: [git],
    stable: ['2.0.0', 'QUOTE_DOUBLE'],
  };
  CST.visit(doc as CST.Document, (item) => {
    const key = item.key && CST.isScalar(item.key) ? CST.resolveAsScalar(item.key)?.value : undefined;
    const value = key === undefined ? undefined : values[key];
    if (!value || !item.value || !CST.isScalar(item.value)) return;
    const type = value[1] ?? cstType[item.value.type as keyof typeof cstType];
    CST.setScalarValue(item.value, value[0], { type: type as 'PLAIN' });
  });
  return CST.stringify(doc!);
}

let sameSplice = 0;
let layouts = 0;
for (const stable of ['"1.0.0"', "'1.0.0'", '1.0.0-a', 'v1.0.0', '"1.0.0"   # pinned', "'1.0.0' # c", 'abc0'])
  for (const git of ['https://g/a', '"https://g/a"', "'https://g/a'", 'https://g/a  # repo'])
    for (const updated of ['10 JUL 2024', '"10 JUL 2024"', "'10 JUL 2024'", '10 JUL 2024 # x', '2024-07-10'])
      for (const eol of ['\n', '\r\n']) {
        const lines = [`updated-on: ${updated}`, 'namespaces:', '  - ns:', '    - pkg:'];
        const text =
          HEAD.replaceAll('\n', eol) +
          [...lines, `        git: ${git}`, `        stable: ${stable}`, ''].join(eol);
        layouts++;
        if (applyRegistryEntry(text, entry('https://g/c'), 'r').text === throughCst(text, 'https://g/c'))
          sameSplice++;
      }
console.log(
  `scalar replacement: CST.setScalarValue gives the same bytes on ${sameSplice} of ${layouts} layouts`,
);

const tricky = [
  'yes',
  'on',
  'off',
  'y',
  '0755',
  '1:20',
  '1_000',
  '~',
  'null',
  '2024-01-01',
  '.inf',
  'a #b',
  'x: y',
];
const base = `${HEAD}updated-on: 10 JUL 2024\nnamespaces:\n  - ns:\n    - pkg:\n        git: https://g/a\n        stable: "1.0.0"\n`;
const readGit = (text: string) => parse(text, { version: '1.1' }).namespaces[0].ns[0].pkg.git;
const cstWrong = tricky.filter((v) => readGit(throughCst(base, v)) !== v);
const oursWrong = tricky.filter((v) => readGit(applyRegistryEntry(base, entry(v), 'r').text) !== v);
console.log(
  `YAML 1.1 read-back of a plain git value: CST.setScalarValue wrong on ${cstWrong.length} of ${tricky.length} (${cstWrong.join(', ')}); ours on ${oursWrong.length}`,
);
