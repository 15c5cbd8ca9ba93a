// Code size, as STYLE.md asks: files ≤ 400 lines, functions ≤ 60 lines (a longer function says why in
// a `// long: reason` comment on the line above it or its first line). Prints the largest source file
// and the longest function in src/; exits 1 on a violation. Run by `npm test` (`node scripts/code-size.mjs [ROOT]`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 60;

// The repository root; a test passes another folder holding a src/.
const root = process.argv[2] ? resolve(process.argv[2]) : join(import.meta.dirname, '..');
const files = readdirSync(join(root, 'src'), { recursive: true })
  .filter((f) => f.endsWith('.ts'))
  .map((f) =>
    relative(root, join(root, 'src', f))
      .split('\\')
      .join('/'),
  )
  .sort();

const isFunction = (node) =>
  ts.isFunctionDeclaration(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isConstructorDeclaration(node) ||
  ts.isGetAccessorDeclaration(node) ||
  ts.isSetAccessorDeclaration(node) ||
  ts.isArrowFunction(node) ||
  ts.isFunctionExpression(node);

/** A function's name for the report: its own, or the variable / property it is assigned to. */
function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if (
    parent &&
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) &&
    ts.isIdentifier(parent.name)
  )
    return parent.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  return '(anonymous)';
}

const violations = [];
let largest = { file: '', lines: 0 };
let longest = { file: '', name: '', line: 0, lines: 0 };

for (const file of files) {
  const text = readFileSync(join(root, file), 'utf8');
  const lines = text.split('\n');
  const lineCount = text.endsWith('\n') ? lines.length - 1 : lines.length;
  if (lineCount > largest.lines) largest = { file, lines: lineCount };
  if (lineCount > MAX_FILE_LINES) violations.push(`${file}: ${lineCount} lines (limit ${MAX_FILE_LINES})`);
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (isFunction(node) && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const count = end - start + 1;
      const name = nameOf(node);
      if (count > longest.lines) longest = { file, name, line: start + 1, lines: count };
      const said = lines.slice(Math.max(0, start - 3), start + 1).some((l) => /\/\/ long: \S/.test(l));
      if (count > MAX_FUNCTION_LINES && !said)
        violations.push(
          `${file}:${start + 1}: ${name} is ${count} lines (limit ${MAX_FUNCTION_LINES}; or say why with // long: reason)`,
        );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

console.log(`largest source file: ${largest.file} (${largest.lines} lines)`);
console.log(`longest function: ${longest.name} at ${longest.file}:${longest.line} (${longest.lines} lines)`);
if (violations.length > 0) {
  console.error(`${violations.length} over the limits:\n  ${violations.join('\n  ')}`);
  process.exit(1);
}
