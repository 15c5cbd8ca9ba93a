// Renders action.yml's inputs and outputs as Markdown tables between markers in README.md.
// `--check` fails when README.md differs (npm test runs it), so the table cannot drift from action.yml.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const BEGIN = '<!-- inputs:begin (generated from action.yml by scripts/inputs-table.mjs) -->';
const END = '<!-- inputs:end -->';

const spec = parse(readFileSync('action.yml', 'utf8'));
const cell = (s) =>
  String(s ?? '')
    .replaceAll('|', '\\|')
    .replaceAll('\n', ' ');
const lines = ['| input | default | description |', '| --- | --- | --- |'];
for (const [name, input] of Object.entries(spec.inputs))
  lines.push(
    `| \`${name}\` | ${input.default ? `\`${cell(input.default)}\`` : ''} | ${cell(input.description)} |`,
  );
lines.push('', '| output | description |', '| --- | --- |');
for (const [name, output] of Object.entries(spec.outputs))
  lines.push(`| \`${name}\` | ${cell(output.description)} |`);
const table = `${BEGIN}\n${lines.join('\n')}\n${END}`;

const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf(BEGIN);
const end = readme.indexOf(END);
if (start < 0 || end < 0) throw new Error('README.md lacks the inputs markers');
const next = readme.slice(0, start) + table + readme.slice(end + END.length);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error(
      "README.md's inputs table differs from action.yml: run 'node scripts/inputs-table.mjs' and commit README.md.",
    );
    process.exit(1);
  }
} else {
  writeFileSync('README.md', next);
}
