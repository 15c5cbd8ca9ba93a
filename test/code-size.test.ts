// The size checker fails where it should: a file over 400 lines, a function over 60 lines without a
// `// long: reason` comment; and passes the same function once it says why. The trees are checked
// side by side (each run is a process loading TypeScript's parser).
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { tempDir, writeTree } from './helpers/fs.ts';
import { run } from './helpers/run.ts';

const SCRIPT = resolve(import.meta.dirname, '../scripts/code-size.mjs');
const fn = (name: string, body: number, comment = '') =>
  `${comment}export function ${name}(): number {\n${'  let x = 1;\n'.repeat(body)}  return 1;\n}\n`;

async function check(files: Record<string, string>) {
  return run([SCRIPT, await writeTree(await tempDir('size'), files)]);
}

test('code-size: limits enforced, `// long: reason` honoured, largest file and longest function named', async () => {
  // Two trees (a clean tree exiting 0 is `npm run check:size` on this repository, every `npm test`).
  const [bad, big] = await Promise.all([
    check({ 'src/a.ts': fn('short', 10), 'src/b.ts': fn('tooLong', 60) }),
    check({
      'src/a.ts': fn('short', 10),
      'src/b.ts': fn('tooLong', 60, '// long: one table, split it and it reads worse\n'),
      'src/c.ts': '// x\n'.repeat(401),
    }),
  ]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /src\/b\.ts:1: tooLong is 63 lines/);
  assert.match(bad.stdout, /longest function: tooLong at src\/b\.ts:1 \(63 lines\)/);

  assert.equal(big.code, 1);
  assert.match(big.stderr, /1 over the limits:\n {2}src\/c\.ts: 401 lines/);
  assert.doesNotMatch(big.stderr, /tooLong/, 'the function that says why is not a violation');
  assert.match(big.stdout, new RegExp(`largest source file: ${join('src', 'c.ts')} \\(401 lines\\)`));
});
