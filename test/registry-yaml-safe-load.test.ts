// registry.yaml read the way fppm reads it (PyYAML's safe_load): what PyYAML refuses, and what it would
// read differently from us, is refused with file, line and fix before anything is written; bytes are
// never re-encoded.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { InvalidInputError } from '../src/errors.ts';
import { LocalRegistryFileStore, updateRegistryFile } from '../src/fppm/registry-update.ts';
import { applyRegistryEntry, checkRegistryYaml, type RegistryEntry } from '../src/fppm/registry-yaml.ts';
import { tempDir } from './helpers/fs.ts';

const FILE = 'registry.yaml';
const HEAD = 'name: a\npublisher: b\ndescription: c\nupdated-on: 10 JUL 2024\n';
const VALID = `${HEAD}namespaces:\n  - acme:\n      - widget:\n          git: https://github.com/acme/widget\n          stable: "1.0.0"\n`;

const entry = (over: Partial<RegistryEntry> = {}): RegistryEntry => ({
  namespace: 'acme',
  package: 'widget',
  git: 'https://github.com/acme/widget',
  version: '1.1.0',
  today: new Date(Date.UTC(2026, 10, 21)),
  ...over,
});

const bomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
].join('\n');

// [case, text, code, line, message pattern]
const refused: [string, string, string, number, RegExp][] = [
  [
    '!!js/function',
    `${HEAD}x: !!js/function "function () {}"\nnamespaces: []\n`,
    'unsafe-tag',
    5,
    /`!!js\/function`.*safe_load/,
  ],
  [
    '!!python/object',
    `${HEAD}namespaces: !!python/object:os.system []\n`,
    'unsafe-tag',
    5,
    /`!!python\/object:os\.system`/,
  ],
  [
    'a custom tag',
    VALID.replace('stable: "1.0.0"', 'stable: !release "1.0.0"'),
    'unsafe-tag',
    9,
    /`!release`/,
  ],
  [
    'a repeated key',
    VALID.replace('stable: "1.0.0"', 'stable: "1.0.0"\n          stable: "0.9.0"'),
    'duplicate-key',
    10,
    /`stable` is repeated \(first on line 9\); PyYAML .* keeps the last/,
  ],
  [
    'a repeated header key',
    `name: z\n${VALID}`,
    'duplicate-key',
    2,
    /`name` is repeated \(first on line 1\)/,
  ],
  ['an alias bomb', `${HEAD}${bomb}\nnamespaces: []\n`, 'alias-expansion', 6, /alias bomb/],
  [
    'flow nesting 5,000 deep',
    `${HEAD}x: ${'['.repeat(5000)}${']'.repeat(5000)}\nnamespaces: []\n`,
    'too-deep',
    5,
    /deeper than 128 levels/,
  ],
  [
    'block nesting 200 deep',
    `${HEAD}namespaces: []\nx:\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')} v\n`,
    'too-deep',
    135, // where the 129th level starts
    /deeper than 128/,
  ],
  [
    'a control character',
    VALID.replace('# ', '').replace('name: a', 'name: a\u0007'),
    'non-printable',
    1,
    /U\+0007/,
  ],
];

for (const [name, text, code, line, message] of refused) {
  test(`refused as PyYAML's safe_load would, with line and fix: ${name}`, () => {
    const errors = checkRegistryYaml(text, FILE).filter((p) => p.severity === 'error');
    assert.deepEqual(
      errors.map((p) => [p.code, p.line, p.file]),
      [[`registry-yaml/${code}`, line, FILE]],
    );
    assert.match(errors[0]!.message, message);
    assert.ok((errors[0]!.fix ?? '').length > 10);
    assert.throws(
      () => applyRegistryEntry(text, entry(), FILE),
      (e) => e instanceof InvalidInputError && e.problems.some((p) => p.code === `registry-yaml/${code}`),
    );
  });
}

test('core tags PyYAML builds (!!str, the non-specific !) and a few aliases are accepted', () => {
  const text = `${HEAD}namespaces:\n  - acme:\n      - widget: &w\n          git: !!str https://github.com/acme/widget\n          stable: ! 1.0.0\n      - gadget: *w\n`;
  assert.deepEqual(checkRegistryYaml(text, FILE), []);
});

test('non-UTF-8 bytes are refused with their line; the file keeps every byte', async () => {
  const path = join(await tempDir('registry-bytes'), FILE);
  // `é` in Latin-1 inside a comment the edit would not touch.
  const bytes = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from(`\n${VALID}`)]);
  await writeFile(path, bytes);
  await assert.rejects(
    updateRegistryFile(new LocalRegistryFileStore(path), entry(), { message: 'm' }),
    (e) => {
      assert.ok(e instanceof InvalidInputError);
      assert.deepEqual(
        e.problems.map((p) => [p.code, p.file, p.line, p.column]),
        [['registry-yaml/encoding', path, 1, 6]],
      );
      assert.match(e.problems[0]!.message, /not valid UTF-8.*PyYAML/);
      return true;
    },
  );
  assert.deepEqual(await readFile(path), bytes);
});

test('a UTF-8 BOM is accepted as PyYAML does and kept; other lines keep their exact bytes', async () => {
  const path = join(await tempDir('registry-bom'), FILE);
  const before = `\uFEFF# Zoë’s registry — ✓\n${VALID}`;
  await writeFile(path, before);
  const result = await updateRegistryFile(new LocalRegistryFileStore(path), entry(), { message: 'm' });
  assert.equal(result.changed, true);
  const after = await readFile(path);
  assert.deepEqual([...after.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const expected = before.replace('stable: "1.0.0"', 'stable: "1.1.0"').replace('10 JUL 2024', '21 NOV 2026');
  assert.equal(after.toString('utf8'), expected);
});

test('a UTF-16 file is refused rather than rewritten as UTF-8', async () => {
  const path = join(await tempDir('registry-utf16'), FILE);
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]);
  await writeFile(path, bytes);
  await assert.rejects(
    updateRegistryFile(new LocalRegistryFileStore(path), entry(), { message: 'm' }),
    (e) => e instanceof InvalidInputError && /UTF-16/.test(e.problems[0]!.message),
  );
  assert.deepEqual(await readFile(path), bytes);
});
