import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkConventions, checkManifest, stampVersion } from '../src/slipway/component.ts';
import { parseJsonSource } from '../src/slipway/json-source.ts';
import { nameProblem, publisherForOwner, repositoryForName, splitName } from '../src/slipway/naming.ts';
import { compareToExisting, isStrictSemver, resolveVersion } from '../src/version.ts';

const FILE = 'c/slipway_component.json';
const base = { publisher: 'acme', name: 'widget', version: '1.0.0', input: {}, output: {} };
const pretty = (o: object) => `${JSON.stringify(o, null, 2)}\n`;

test('a valid manifest has no problems', () => {
  const r = checkManifest(
    pretty({ ...base, description: 'x', callouts: {}, rigging: {}, constants: [1] }),
    FILE,
  );
  assert.deepEqual(r.problems, []);
  assert.equal(r.manifest?.name, 'widget');
});

// [case, manifest object, code, line, column, message fragment]
const cases: [string, object, string, number, number, RegExp][] = [
  [
    'missing output',
    { publisher: 'acme', name: 'widget', version: '1.0.0', input: {} },
    'slipway/missing-field',
    1,
    1,
    /"output" is missing/,
  ],
  ['unknown key', { ...base, author: 'me' }, 'slipway/unknown-field', 7, 3, /unknown field "author"/],
  [
    'upper-case publisher',
    { ...base, publisher: 'Acme' },
    'slipway/publisher-invalid',
    2,
    16,
    /lower-case letters/,
  ],
  ['dash in name', { ...base, name: 'my-widget' }, 'slipway/name-invalid', 3, 11, /\^\[a-z0-9_\]\+\$/],
  ['empty name', { ...base, name: '' }, 'slipway/name-invalid', 3, 11, /is empty/],
  [
    '65-byte name',
    { ...base, name: 'a'.repeat(65) },
    'slipway/name-invalid',
    3,
    11,
    /65 bytes long; the limit is 64/,
  ],
  ['number as name', { ...base, name: 7 }, 'slipway/name-invalid', 3, 11, /must be a string/],
  [
    'empty namespace',
    { ...base, name: '__svg' },
    'slipway/name-empty-part',
    3,
    11,
    /empty namespace before "__"/,
  ],
  [
    'empty local name',
    { ...base, name: 'echarts__' },
    'slipway/name-empty-part',
    3,
    11,
    /empty local name after "__"/,
  ],
  ['v prefix', { ...base, version: 'v1.0.0' }, 'slipway/version-invalid', 4, 14, /not a strict SemVer/],
  ['leading zero', { ...base, version: '1.02.0' }, 'slipway/version-invalid', 4, 14, /not a strict SemVer/],
  ['two parts', { ...base, version: '1.0' }, 'slipway/version-invalid', 4, 14, /not a strict SemVer/],
  [
    'long description',
    { ...base, description: 'd'.repeat(257) },
    'slipway/description-too-long',
    7,
    18,
    /257 bytes of UTF-8 \(257 characters\); Slipway's limit is 256 bytes/,
  ],
  [
    'array input',
    { ...base, input: [] },
    'slipway/schema-invalid',
    5,
    12,
    /"input": must be a schema object/,
  ],
  [
    'rigging not an object',
    { ...base, rigging: 'x' },
    'slipway/rigging-invalid',
    7,
    14,
    /"rigging" must be an object/,
  ],
];

for (const [name, manifest, code, line, column, message] of cases) {
  test(`manifest rule: ${name} → ${code} at ${line}:${column}`, () => {
    const { problems, manifest: ok } = checkManifest(pretty(manifest), FILE);
    const p = problems.find((x) => x.code === code);
    assert.ok(p, `expected ${code}, got ${JSON.stringify(problems)}`);
    assert.equal(p.file, FILE);
    assert.deepEqual([p.line, p.column], [line, column]);
    assert.match(p.message, message);
    assert.ok(p.fix && p.fix.length > 0, 'every problem says how to fix it');
    assert.equal(ok, undefined);
  });
}

test('a JSON syntax error points at its line and column', () => {
  const { problems } = checkManifest('{\n  "publisher": "acme",\n  "name": "x",,\n}\n', FILE);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.code, 'slipway/json-syntax');
  assert.deepEqual([problems[0]!.line, problems[0]!.column], [3, 15]);
});

test('a version fix suggests the cleaned version', () => {
  const { problems } = checkManifest(pretty({ ...base, version: 'v1.2.3' }), FILE);
  assert.match(problems[0]!.fix!, /use "1\.2\.3"/);
});

test('strict SemVer 2.0.0', () => {
  for (const v of ['0.0.0', '1.2.3', '1.2.3-rc.1', '1.2.3-0a.1', '1.0.0+build.5', '1.0.0-alpha+001'])
    assert.ok(isStrictSemver(v), v);
  for (const v of ['v1.2.3', '01.2.3', '1.2', '1.2.3-01', '1.2.3-', '1.2.3+', ' 1.2.3', '1.2.3.4'])
    assert.ok(!isStrictSemver(v), v);
  // Slipway's semver crate holds MAJOR, MINOR and PATCH in a u64.
  assert.ok(isStrictSemver('1.0.18446744073709551615'));
  assert.ok(!isStrictSemver('1.0.18446744073709551616'));
  assert.ok(!isStrictSemver('18446744073709551616.0.0'));
});

test('names split at the first __', () => {
  assert.deepEqual(splitName('compression__middle_out'), {
    namespace: 'compression',
    localname: 'middle_out',
  });
  assert.deepEqual(splitName('a__b__c'), { namespace: 'a', localname: 'b__c' });
  assert.deepEqual(splitName('echarts'), { namespace: 'echarts', localname: 'echarts' });
  assert.equal(repositoryForName('echarts__svg'), 'slipway_echarts');
  assert.equal(publisherForOwner('Slipway-HQ'), 'slipway_hq');
  assert.equal(nameProblem('a'.repeat(64)), undefined);
});

test('version source: input, then tag minus prefix, then manifest', () => {
  assert.deepEqual(
    resolveVersion({ input: '2.0.0', tag: 'v1.0.0', tagPrefix: 'v', manifestVersion: '0.0.1' }),
    { version: '2.0.0', source: 'input' },
  );
  assert.deepEqual(resolveVersion({ tag: 'v1.0.0', tagPrefix: 'v', manifestVersion: '0.0.1' }), {
    version: '1.0.0',
    source: 'tag',
  });
  assert.deepEqual(resolveVersion({ tag: 'release', tagPrefix: 'v', manifestVersion: '0.0.1' }), {
    version: '0.0.1',
    source: 'manifest',
  });
  assert.deepEqual(resolveVersion({ manifestVersion: '0.0.1' }), { version: '0.0.1', source: 'manifest' });
});

test('version order against what a target holds', () => {
  assert.deepEqual(compareToExisting('1.1.0', ['1.0.0', 'latest', '0.9.0']), {
    order: 'new',
    highest: '1.0.0',
  });
  assert.deepEqual(compareToExisting('1.0.0-rc.1', ['1.0.0']), { order: 'lower', highest: '1.0.0' });
  assert.deepEqual(compareToExisting('0.9.0', ['1.0.0', '0.9.0']), { order: 'same', highest: '1.0.0' });
  assert.deepEqual(compareToExisting('1.0.0', []), { order: 'new', highest: undefined });
});

test('conventions: publisher, repository and tag', () => {
  const text = pretty({ ...base, publisher: 'acme_corp', name: 'charts__svg' });
  const source = parseJsonSource(text);
  const m = { ...base, publisher: 'acme_corp', name: 'charts__svg' };
  assert.deepEqual(
    checkConventions(
      m,
      source,
      { repository: 'Acme-Corp/slipway_charts', version: '1.0.0', tag: '1.0.0' },
      FILE,
    ),
    [],
  );
  const codes = checkConventions(
    m,
    source,
    { repository: 'acme/charts', version: '1.0.0', tag: 'v1.0.0' },
    FILE,
  ).map((p) => p.code);
  assert.deepEqual(codes, ['conventions/publisher', 'conventions/repository', 'conventions/tag']);
  const [publisher] = checkConventions(
    m,
    source,
    { repository: 'acme/slipway_charts', version: '1.0.0' },
    FILE,
  );
  assert.match(publisher!.message, /owner "acme" gives "acme"/);
  assert.match(publisher!.fix!, /conventions: none/);
});

test('stamping the version changes only the version value', () => {
  const text =
    '{\n  "publisher": "acme",  "name": "w",\n  "version":   "0.0.0" ,\n  "input": {}, "output": {}\n}\n';
  const stamped = stampVersion(text, parseJsonSource(text), '1.2.3');
  assert.equal(stamped, text.replace('"0.0.0"', '"1.2.3"'));
});
