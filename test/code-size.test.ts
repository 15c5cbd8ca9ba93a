// The size checker fails where it should: a file over 400 lines, a function over 60 lines without a
// `// long: reason` comment; and passes the same function once it says why.
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { tempDir, writeTree } from './helpers/fs.ts';
import { run } from './helpers/run.ts';

const SCRIPT = resolve(import.meta.dirname, '../scripts/code-size.mjs');
const fn = (name: string, body: number, comment = '') =>
  `${comment}export function ${name}(): number {\n${'  let x = 1;\n'.repeat(body)}  return 1;\n}\n`;

test('code-size: limits enforced, `// long: reason` honoured, largest file and longest function named', async () => {
  const root = await tempDir('size');
  await writeTree(root, { 'src/a.ts': fn('short', 10), 'src/b.ts': fn('tooLong', 60) });
  const bad = await run([SCRIPT, root]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /src\/b\.ts:1: tooLong is 63 lines/);
  assert.match(bad.stdout, /longest function: tooLong at src\/b\.ts:1 \(63 lines\)/);

  await writeTree(root, {
    'src/b.ts': fn('tooLong', 60, '// long: one table, split it and it reads worse\n'),
  });
  const said = await run([SCRIPT, root]);
  assert.equal(said.code, 0, said.stderr);

  await writeTree(root, { 'src/c.ts': '// x\n'.repeat(401) });
  const big = await run([SCRIPT, root]);
  assert.equal(big.code, 1);
  assert.match(big.stderr, /src\/c\.ts: 401 lines/);
  assert.match(big.stdout, new RegExp(`largest source file: ${join('src', 'c.ts')} \\(401 lines\\)`));
});
