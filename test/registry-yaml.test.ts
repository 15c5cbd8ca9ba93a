import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { InvalidInputError, PublishError } from '../src/errors.ts';
import {
  backoffDelay,
  LocalRegistryFileStore,
  type RegistryFileStore,
  updateRegistryFile,
} from '../src/fppm/registry-update.ts';
import {
  applyRegistryEntry,
  checkRegistryYaml,
  formatUpdatedOn,
  lineDiff,
  type RegistryEntry,
} from '../src/fppm/registry-yaml.ts';
import { tempDir } from './helpers/fs.ts';

const FILE = 'registry.yaml';
const TODAY = new Date(Date.UTC(2026, 10, 21, 23, 30));

// fppm's own sample layout (a compact package list under the namespace), with the things a
// maintainer adds by hand: comments, blank lines, single quotes, an extra key, a trailing comment.
const SAMPLE = `# Registry of the F Prime sample packages.
name: "SampleRegistry"
publisher: "F Prime"
description: "Sample F Prime Package Registry"
updated-on: 10 JUL 2024 # bumped by hand
namespaces:              # a list of single-key maps

  - MyNamespace:         # → a list of single-key maps
    - RandomPackage:     # → a MAPPING
        git: https://github.com/random/package
        stable: 'v1.0.0'   # pinned
        branch: main
        # old: v0.9

  - Tools:
    - Lint:
        stable: "2.0.0"
        git: 'https://github.com/tools/lint'
# end of registry
`;

function entry(over: Partial<RegistryEntry> = {}): RegistryEntry {
  return {
    namespace: 'MyNamespace',
    package: 'RandomPackage',
    git: 'https://github.com/random/package',
    version: '1.1.0',
    today: TODAY,
    ...over,
  };
}

/**
 * An independent reader that does what fppm does with the file (PyYAML is YAML 1.1): the header
 * keys exist and are not null; every namespaces item maps names to lists of single-key
 * maps whose value is a mapping with string `stable` and `git`. Returns `Namespace/Package` → details.
 */
function fppmRead(text: string): Map<string, { git: string; stable: string }> {
  const data = parse(text, { version: '1.1' }) as Record<string, unknown>;
  for (const key of ['name', 'description', 'publisher', 'updated-on', 'namespaces']) {
    assert.ok(data[key] != null, `fppm reader: ${key} is missing or null`);
  }
  const out = new Map<string, { git: string; stable: string }>();
  // fppm looks a namespace up with `ns in item.keys()`: an item may name several.
  for (const [nsName, packages] of (data['namespaces'] as Record<string, unknown>[]).flatMap((ns) =>
    Object.entries(ns),
  )) {
    for (const pkg of packages as Record<string, unknown>[]) {
      const pkgKeys = Object.keys(pkg);
      assert.equal(pkgKeys.length, 1, 'fppm reader: a package item has one key');
      const info = pkg[pkgKeys[0]!] as Record<string, unknown>;
      assert.ok(
        info && typeof info === 'object' && !Array.isArray(info),
        'fppm reader: details are a mapping',
      );
      assert.equal(typeof info['stable'], 'string', 'fppm reader: stable is a string');
      assert.equal(typeof info['git'], 'string', 'fppm reader: git is a string');
      out.set(`${nsName}/${pkgKeys[0]}`, { git: info['git'] as string, stable: info['stable'] as string });
    }
  }
  return out;
}

/** applyRegistryEntry, with every output fed to the independent reader. */
function apply(text: string | null, e: RegistryEntry) {
  const result = applyRegistryEntry(text, e, FILE);
  if (result.changed) {
    assert.deepEqual(
      checkRegistryYaml(result.text, FILE).filter((p) => p.severity === 'error'),
      [],
    );
    fppmRead(result.text);
  } else {
    assert.equal(result.text, text ?? '', 'unchanged: the input comes back byte for byte');
  }
  return result;
}

test('formatUpdatedOn writes DD MON YYYY in UTC', () => {
  assert.equal(formatUpdatedOn(TODAY), '21 NOV 2026');
  assert.equal(formatUpdatedOn(new Date(Date.UTC(2024, 6, 5))), '05 JUL 2024');
  // 23:30 on 31 Dec in UTC-5 is already 1 Jan in UTC.
  assert.equal(formatUpdatedOn(new Date('2025-12-31T23:30:00-05:00')), '01 JAN 2026');
});

test('the sample is valid', () => {
  assert.deepEqual(checkRegistryYaml(SAMPLE, FILE), []);
  assert.equal(fppmRead(SAMPLE).get('MyNamespace/RandomPackage')?.stable, 'v1.0.0');
});

test('moving stable keeps every other byte: comments, quoting, blank lines', () => {
  const r = apply(SAMPLE, entry());
  assert.equal(
    r.text,
    `# Registry of the F Prime sample packages.
name: "SampleRegistry"
publisher: "F Prime"
description: "Sample F Prime Package Registry"
updated-on: 21 NOV 2026 # bumped by hand
namespaces:              # a list of single-key maps

  - MyNamespace:         # → a list of single-key maps
    - RandomPackage:     # → a MAPPING
        git: https://github.com/random/package
        stable: "1.1.0"   # pinned
        branch: main
        # old: v0.9

  - Tools:
    - Lint:
        stable: "2.0.0"
        git: 'https://github.com/tools/lint'
# end of registry
`,
  );
  assert.equal(r.changed, true);
  assert.equal(r.previousStable, 'v1.0.0');
  assert.deepEqual(r.notes, ['MyNamespace/RandomPackage: stable v1.0.0 → 1.1.0']);
});

test('an update changes only the stable and updated-on lines', () => {
  const r = apply(
    SAMPLE,
    entry({ namespace: 'Tools', package: 'Lint', git: 'https://github.com/tools/lint', version: '2.1.0' }),
  );
  const before = SAMPLE.split('\n');
  const after = r.text.split('\n');
  assert.equal(after.length, before.length);
  const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]]]));
  assert.deepEqual(changed, [
    ['updated-on: 10 JUL 2024 # bumped by hand', 'updated-on: 21 NOV 2026 # bumped by hand'],
    ['        stable: "2.0.0"', '        stable: "2.1.0"'],
  ]);
  assert.equal(
    lineDiff(SAMPLE, r.text),
    `@@ -3,5 +3,5 @@
 publisher: "F Prime"
 description: "Sample F Prime Package Registry"
-updated-on: 10 JUL 2024 # bumped by hand
+updated-on: 21 NOV 2026 # bumped by hand
 namespaces:              # a list of single-key maps
 
@@ -15,5 +15,5 @@
   - Tools:
     - Lint:
-        stable: "2.0.0"
+        stable: "2.1.0"
         git: 'https://github.com/tools/lint'
 # end of registry
`,
  );
});

test('a new package joins its namespace after the last package and its comments, in the file’s layout', () => {
  const r = apply(
    SAMPLE,
    entry({ package: 'Other', git: 'https://github.com/random/other', version: '0.3.0' }),
  );
  assert.equal(
    r.text,
    SAMPLE.replace('updated-on: 10 JUL 2024', 'updated-on: 21 NOV 2026').replace(
      '        # old: v0.9\n',
      `        # old: v0.9
    - Other:
        git: https://github.com/random/other
        stable: "0.3.0"
`,
    ),
  );
  assert.deepEqual(r.notes, ['added package MyNamespace/Other with stable 0.3.0']);
  assert.equal(r.previousStable, undefined);
  assert.deepEqual(fppmRead(r.text).get('MyNamespace/Other'), {
    git: 'https://github.com/random/other',
    stable: '0.3.0',
  });
});

test('a new namespace is appended at the end of namespaces, before the trailing comment', () => {
  const r = apply(
    SAMPLE,
    entry({ namespace: 'New Space', package: 'Pkg', git: 'git@github.com:o/pkg.git', version: '1.0.0' }),
  );
  assert.equal(
    r.text,
    SAMPLE.replace('updated-on: 10 JUL 2024', 'updated-on: 21 NOV 2026').replace(
      '# end of registry\n',
      `  - "New Space":
    - Pkg:
        git: git@github.com:o/pkg.git
        stable: "1.0.0"
# end of registry
`,
    ),
  );
  assert.equal(fppmRead(r.text).size, 3);
});

test('the layout of the file is followed: indented lists, 4-space details, CRLF, no final newline', () => {
  const text = [
    'name: r',
    'publisher: p',
    'description: d',
    "updated-on: '01 JAN 2025'",
    'namespaces:',
    '- A:',
    '  - P:',
    '      git: https://x/p',
    '      stable: "1.0.0"',
  ].join('\r\n');
  const r = apply(text, entry({ namespace: 'A', package: 'Q', git: 'https://x/q', version: '1.0.0' }));
  assert.equal(
    r.text,
    [
      'name: r',
      'publisher: p',
      'description: d',
      "updated-on: '21 NOV 2026'",
      'namespaces:',
      '- A:',
      '  - P:',
      '      git: https://x/p',
      '      stable: "1.0.0"',
      '  - Q:',
      '      git: https://x/q',
      '      stable: "1.0.0"',
    ].join('\r\n'),
  );
  const r2 = apply(text, entry({ namespace: 'B', package: 'Q', git: 'https://x/q', version: '1.0.0' }));
  assert.ok(
    r2.text.endsWith('\r\n- B:\r\n  - Q:\r\n      git: https://x/q\r\n      stable: "1.0.0"'),
    r2.text,
  );
});

test('an empty namespaces: [] becomes a block list; other flow lists get flow items', () => {
  const header = 'name: r\npublisher: p\ndescription: d\nupdated-on: 01 JAN 2025\n';
  const r = apply(
    `${header}namespaces: [] # none yet\n`,
    entry({ namespace: 'A', package: 'P', git: 'https://x/p' }),
  );
  assert.equal(
    r.text,
    `${header.replace('01 JAN 2025', '21 NOV 2026')}namespaces: # none yet
  - A:
      - P:
          git: https://x/p
          stable: "1.1.0"
`,
  );
  const flow =
    '{name: r, publisher: p, description: d, updated-on: x, namespaces: [{A: [{P: {git: x, stable: "1"}}]}]}\n';
  const f = apply(flow, entry({ namespace: 'A', package: 'Q', git: 'https://x/q' }));
  assert.equal(
    f.text,
    '{name: r, publisher: p, description: d, updated-on: 21 NOV 2026, namespaces: [{A: [{P: {git: x, stable: "1"}}, {Q: {git: "https://x/q", stable: "1.1.0"}}]}]}\n',
  );
});

test('git moves together with stable, in the quoting style it had', () => {
  const r = apply(
    SAMPLE,
    entry({ namespace: 'Tools', package: 'Lint', git: 'https://github.com/tools/lint2', version: '3.0.0' }),
  );
  assert.match(r.text, /\n {8}git: 'https:\/\/github\.com\/tools\/lint2'\n/);
  assert.match(r.text, /\n {8}stable: "3\.0\.0"\n/);
  assert.ok(r.notes.some((n) => n.includes('git changed')));
});

// [case, entry overrides, note fragment]
const unchangedCases: [string, Partial<RegistryEntry>, RegExp][] = [
  [
    'prerelease of a listed package',
    { version: '1.2.0-rc.1' },
    /1\.2\.0-rc\.1 is a prerelease; stable stays v1\.0\.0/,
  ],
  [
    'older than stable',
    { namespace: 'Tools', package: 'Lint', git: 'https://github.com/tools/lint', version: '1.4.1' },
    /1\.4\.1 is older than stable 2\.0\.0; stable stays 2\.0\.0/,
  ],
  ['same version (v prefix ignored)', { version: '1.0.0' }, /stable is already v1\.0\.0/],
  [
    'same version, other git: git stays with stable',
    { version: 'v1.0.0', git: 'https://elsewhere/x' },
    /left unchanged/,
  ],
  [
    'prerelease of a package not listed yet: no entry (an entry without stable crashes fppm install)',
    { package: 'Brand', version: '0.1.0-alpha.1' },
    /not listed and 0\.1\.0-alpha\.1 is a prerelease: no entry added/,
  ],
];
for (const [name, over, note] of unchangedCases) {
  test(`unchanged, byte for byte, updated-on not bumped: ${name}`, () => {
    const r = apply(SAMPLE, entry(over));
    assert.equal(r.changed, false);
    assert.equal(r.text, SAMPLE);
    assert.ok(
      r.notes.some((n) => note.test(n)),
      r.notes.join('\n'),
    );
  });
}

test('a stable that is not a semantic version (a commit) is replaced by the release', () => {
  const text = SAMPLE.replace("stable: 'v1.0.0'", 'stable: abcdefg');
  const r = apply(text, entry({ version: '0.0.1' }));
  assert.match(r.text, /stable: "0\.0\.1" {3}# pinned/);
  assert.equal(r.previousStable, 'abcdefg');
  assert.match(r.notes[0]!, /not a semantic version/);
});

test('a version that is not semver is refused', () => {
  assert.throws(
    () => applyRegistryEntry(SAMPLE, entry({ version: 'release-5' }), FILE),
    (e) => e instanceof PublishError && e.code === 'registry-entry-invalid',
  );
});

test('a new file gets fppm’s header, from the header given or defaults', () => {
  const r = apply(
    null,
    entry({ header: { name: 'Acme', publisher: 'Acme Inc', description: 'Acme packages' } }),
  );
  assert.equal(
    r.text,
    `name: "Acme"
publisher: "Acme Inc"
description: "Acme packages"
updated-on: 21 NOV 2026
namespaces:
  - MyNamespace:
      - RandomPackage:
          git: https://github.com/random/package
          stable: "1.1.0"
`,
  );
  const d = apply('', entry({ namespace: 'acme' }));
  assert.match(
    d.text,
    /^name: "acme registry"\npublisher: "acme"\ndescription: "F Prime packages published by acme"\n/,
  );
  const c = apply('# maintained by CI\n', entry());
  assert.ok(c.text.startsWith('# maintained by CI\nname: "MyNamespace registry"\n'), c.text);
  const p = apply(null, entry({ version: '1.0.0-rc.1' }));
  assert.equal(p.changed, false);
  assert.equal(p.text, '');
});

test('the header of an existing file is left alone', () => {
  const r = apply(SAMPLE, entry({ header: { name: 'Other' } }));
  assert.match(r.text, /^name: "SampleRegistry"$/m);
});

// [case, text, expected [code, line, column] of each error]
const malformed: [string, string, [string, number, number][]][] = [
  [
    'package details are a list',
    SAMPLE.replace(
      "        git: https://github.com/random/package\n        stable: 'v1.0.0'   # pinned\n        branch: main",
      "        - git: https://github.com/random/package\n        - stable: 'v1.0.0'\n        - branch: main",
    ),
    [['registry-yaml/package-details-not-mapping', 10, 9]],
  ],
  [
    'unquoted number as stable',
    SAMPLE.replace('stable: "2.0.0"', 'stable: 2.0'),
    [['registry-yaml/stable-not-string', 17, 17]],
  ],
  [
    'missing header field',
    SAMPLE.replace('publisher: "F Prime"\n', ''),
    [['registry-yaml/missing-field', 2, 1]],
  ],
  [
    'null header field',
    SAMPLE.replace('description: "Sample F Prime Package Registry"', 'description:'),
    [['registry-yaml/null-field', 4, 1]],
  ],
  [
    'YAML syntax error',
    SAMPLE.replace('stable: "2.0.0"', 'stable: "2.0.0": x'),
    [['registry-yaml/syntax', 17, 17]],
  ],
  [
    'namespaces null',
    'name: a\npublisher: b\ndescription: c\nupdated-on: d\nnamespaces:\n',
    [['registry-yaml/null-field', 5, 1]],
  ],
  [
    'namespace item that is a name, not a map',
    'name: a\npublisher: b\ndescription: c\nupdated-on: d\nnamespaces:\n  - A\n',
    [['registry-yaml/namespace-not-single-key-map', 6, 5]],
  ],
  [
    'namespace holds a mapping',
    'name: a\npublisher: b\ndescription: c\nupdated-on: d\nnamespaces:\n  - A:\n      P: {git: x, stable: "1"}\n',
    [['registry-yaml/packages-not-list', 7, 7]],
  ],
  [
    'missing stable',
    'name: a\npublisher: b\ndescription: c\nupdated-on: d\nnamespaces:\n  - A:\n      - P:\n          git: x\n',
    [['registry-yaml/stable-missing', 7, 9]],
  ],
  ['not a mapping', '- a\n- b\n', [['registry-yaml/not-a-mapping', 1, 1]]],
];
for (const [name, text, expected] of malformed) {
  test(`malformed input is refused with positions: ${name}`, () => {
    const errors = checkRegistryYaml(text, FILE).filter((p) => p.severity === 'error');
    assert.deepEqual(
      errors.map((p) => [p.code, p.line, p.column]),
      expected,
    );
    for (const p of errors) {
      assert.equal(p.file, FILE);
      assert.ok(p.message.length > 0 && (p.fix ?? '').length > 0);
    }
    assert.throws(
      () => applyRegistryEntry(text, entry({ namespace: 'Z', package: 'Z' }), FILE),
      (e) =>
        e instanceof InvalidInputError &&
        e.problems.filter((p) => p.severity === 'error').every((p) => p.line > 0) &&
        e.problems.some((p) => p.code === expected[0]![0]),
    );
  });
}

test('the unquoted-number problem says how to quote it', () => {
  const [p] = checkRegistryYaml(SAMPLE.replace('stable: "2.0.0"', 'stable: 2.0'), FILE);
  assert.match(p!.message, /unquoted `2\.0` is read as a number/);
  assert.equal(p!.fix, 'Quote it: `stable: "2.0"`.');
});

test('a duplicated namespace is a warning, and the package is found in either copy', () => {
  const text = `${SAMPLE.replace('# end of registry\n', '')}  - MyNamespace:\n    - Second:\n        git: x\n        stable: "1.0.0"\n`;
  assert.deepEqual(
    checkRegistryYaml(text, FILE).map((p) => [p.code, p.severity, p.line]),
    [['registry-yaml/duplicate-namespace', 'warning', 19]],
  );
  const r = apply(text, entry({ package: 'Second', git: 'x', version: '1.1.0' }));
  assert.match(r.text, /Second:\n {8}git: x\n {8}stable: "1\.1\.0"\n$/);
});

test('an entry reached through an alias is not edited in place', () => {
  const text =
    'name: a\npublisher: b\ndescription: c\nupdated-on: d\nnamespaces:\n  - A:\n      - P: &shared\n          git: x\n          stable: "1.0.0"\n      - Q: *shared\n';
  assert.deepEqual(checkRegistryYaml(text, FILE), []);
  assert.throws(
    () => applyRegistryEntry(text, entry({ namespace: 'A', package: 'Q', git: 'x', version: '2.0.0' }), FILE),
    (e) => e instanceof PublishError && e.code === 'registry-yaml-unsupported',
  );
});

test('lineDiff: additions, removals, separate hunks, identical', () => {
  assert.equal(lineDiff('a\nb\n', 'a\nb\n'), '');
  assert.equal(lineDiff('', 'x\ny\n'), '@@ -0,0 +1,2 @@\n+x\n+y\n');
  const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].join('\n');
  const after = ['1', 'two', '3', '4', '5', '6', '7', '8', '9', '10'].join('\n');
  assert.equal(
    lineDiff(before, after),
    '@@ -1,4 +1,4 @@\n 1\n-2\n+two\n 3\n 4\n@@ -8,2 +8,3 @@\n 8\n 9\n+10\n',
  );
});

// --- the retrying updater ---

const noSleep = async () => {};

test('updateRegistryFile creates the file, then leaves it alone when nothing changes', async () => {
  const path = join(await tempDir('registry'), 'sub', 'registry.yaml');
  const store = new LocalRegistryFileStore(path);
  const first = await updateRegistryFile(store, entry(), { message: 'm' });
  assert.equal(first.changed, true);
  assert.equal(first.attempts, 1);
  assert.match(first.diff, /^@@ -0,0 \+1,9 @@\n\+name:/);
  const text = await readFile(path, 'utf8');
  fppmRead(text);
  const again = await updateRegistryFile(store, entry(), { message: 'm' });
  assert.deepEqual({ ...again, notes: [] }, { changed: false, diff: '', notes: [], attempts: 1 });
  assert.equal(await readFile(path, 'utf8'), text);
});

test('8 concurrent updaters of one local file each land their entry', async () => {
  const path = join(await tempDir('registry'), 'registry.yaml');
  await writeFile(path, SAMPLE);
  const store = new LocalRegistryFileStore(path);
  const results = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      updateRegistryFile(
        new LocalRegistryFileStore(path),
        entry({
          namespace: i % 2 ? 'Tools' : 'Fresh',
          package: `Pkg${i}`,
          git: `https://x/${i}`,
          version: `1.${i}.0`,
        }),
        { message: `publish ${i}`, sleep: (ms) => new Promise((r) => setTimeout(r, ms / 10)) },
      ),
    ),
  );
  assert.ok(results.every((r) => r.changed));
  assert.ok(
    results.some((r) => r.attempts > 1),
    'the racers conflicted and retried',
  );
  const final = await store.read();
  const packages = fppmRead(final!.text);
  for (let i = 0; i < 8; i++) {
    assert.deepEqual(packages.get(`${i % 2 ? 'Tools' : 'Fresh'}/Pkg${i}`), {
      git: `https://x/${i}`,
      stable: `1.${i}.0`,
    });
  }
  assert.equal(packages.size, 10);
  assert.ok(final!.text.startsWith(SAMPLE.slice(0, SAMPLE.indexOf('updated-on'))), 'comments kept');
});

test('LocalRegistryFileStore answers conflict on a stale or absent expectation', async () => {
  const path = join(await tempDir('registry'), 'registry.yaml');
  const store = new LocalRegistryFileStore(path);
  assert.equal(await store.read(), null);
  const created = await store.write('a: 1\n', null, 'm');
  assert.notEqual(created, 'conflict');
  assert.equal(await store.write('a: 2\n', null, 'm'), 'conflict');
  assert.equal(await store.write('a: 2\n', 'stale', 'm'), 'conflict');
  const current = await store.read();
  assert.equal(current?.text, 'a: 1\n');
  assert.notEqual(await store.write('a: 2\n', current!.version, 'm'), 'conflict');
  assert.equal(await readFile(path, 'utf8'), 'a: 2\n');
});

test('a store that always conflicts ends in registry-conflict after maxAttempts, with full-jitter backoff', async () => {
  let reads = 0;
  let text = SAMPLE;
  const store: RegistryFileStore = {
    describe: () => 'o/r:registry.yaml@main',
    read: async () => {
      reads++;
      // Someone else commits between our read and our write, every time.
      text = text.replace(/updated-on: [^\n#]*/, `updated-on: 0${reads} JAN 2025 `);
      return { text, version: `v${reads}` };
    },
    write: async () => 'conflict',
  };
  const delays: number[] = [];
  await assert.rejects(
    updateRegistryFile(store, entry(), {
      message: 'm',
      sleep: async (ms) => {
        delays.push(ms);
      },
      random: () => 0.999,
    }),
    (e) => e instanceof PublishError && e.code === 'registry-conflict' && /concurrency/.test(e.hint ?? ''),
  );
  assert.equal(reads, 8);
  assert.deepEqual(delays, [199, 399, 799, 1598, 3196, 4995, 4995]);
  assert.equal(
    backoffDelay(1, () => 0),
    0,
  );
});

test('invalid input stops the updater before any write', async () => {
  const path = join(await tempDir('registry'), 'registry.yaml');
  const bad = SAMPLE.replace('stable: "2.0.0"', 'stable: 2.0');
  await writeFile(path, bad);
  await assert.rejects(
    updateRegistryFile(new LocalRegistryFileStore(path), entry(), { message: 'm', sleep: noSleep }),
    InvalidInputError,
  );
  assert.equal(await readFile(path, 'utf8'), bad);
});

test('a plain git value PyYAML would read as a boolean, number, null or date is quoted', () => {
  // The `yaml` library's CST.setScalarValue keeps these plain (test/measure/registry-libraries.ts).
  for (const git of ['yes', 'on', 'y', '0755', '1:20', '1_000', '~', 'null', '2024-01-01', '.inf']) {
    const r = apply(SAMPLE, entry({ git }));
    const data = parse(r.text, { version: '1.1' });
    assert.equal(data.namespaces[0].MyNamespace[0].RandomPackage.git, git, r.text);
  }
});

// PyYAML 6.0.3 (fppm's reader), checked with python3 -c 'yaml.safe_load(...)' on each text below.
test('plain values are typed as PyYAML types them: 1e3, 08 and a hash-like 1234e56 are strings', () => {
  for (const value of ['1e3', '1.0e3', '08', '0891234', '1234e56', '2024-1-1', 'y']) {
    const text = SAMPLE.replace('stable: "2.0.0"', `stable: ${value}`);
    assert.deepEqual(checkRegistryYaml(text, FILE), [], value);
    // (apply's reader is the yaml package's 1.1 schema, which would read these as numbers.)
    const r = applyRegistryEntry(text, entry({ package: 'Other', git: 'x', version: '0.1.0' }), FILE);
    assert.ok(r.changed, value);
    assert.ok(r.text.includes(`stable: ${value}\n`), `${value} is left as written`);
  }
  for (const [value, kind] of [
    ['0123456', 'a number'],
    ['1.0e+3', 'a number'],
    ['2024-01-01', 'a date'],
    ['yes', 'a boolean'],
  ]) {
    const [p] = checkRegistryYaml(SAMPLE.replace('stable: "2.0.0"', `stable: ${value}`), FILE);
    assert.equal(p?.code, 'registry-yaml/stable-not-string', value);
    assert.match(p!.message, new RegExp(`is read as ${kind}`), value);
  }
});

test('what PyYAML refuses to load is refused: tabs between tokens, unquoted = and <<', () => {
  const refused = (text: string) => checkRegistryYaml(text, FILE).map((p) => p.code);
  assert.deepEqual(refused(SAMPLE.replace('stable: "2.0.0"', 'stable:\t"2.0.0"')), ['registry-yaml/tab']);
  assert.deepEqual(refused(SAMPLE.replace('stable: "2.0.0"', 'stable: "2.0.0"\t# x')), ['registry-yaml/tab']);
  assert.deepEqual(refused(`${SAMPLE}\t\n`), ['registry-yaml/tab']);
  assert.deepEqual(refused(SAMPLE.replace('branch: main', 'branch: =')), ['registry-yaml/unloadable-value']);
  assert.deepEqual(refused(SAMPLE.replace('branch: main', 'branch: <<')), ['registry-yaml/unloadable-value']);
  // Tabs inside quotes and comments are text to PyYAML too.
  assert.deepEqual(refused(SAMPLE.replace('branch: main', 'branch: "ma\tin" # a\tcomment')), []);
});

test('U+2028 outside quotes is a line break, as PyYAML reads it: a comment split by one no longer parses', () => {
  const codes = (text: string) => checkRegistryYaml(text, FILE).map((p) => p.code);
  assert.deepEqual(codes(SAMPLE.replace('# bumped by hand', '# bumped\u2028by: [hand')), [
    'registry-yaml/syntax',
  ]);
  assert.deepEqual(codes(SAMPLE.replace('branch: main', 'branch: "ma\u2028in"')), []);
  // Between two lines it is one more line break: nothing changes.
  assert.deepEqual(codes(SAMPLE.replace('\nnamespaces:', '\u2028\nnamespaces:')), []);
});

test('a package that takes git from a merge key (<<: *base) has it; it is shared, so not edited in place', () => {
  const text =
    'name: a\npublisher: b\ndescription: c\nupdated-on: 10 JUL 2024\nnamespaces:\n  - NS:\n    - R: &base\n        git: https://g/r\n        stable: "1.0.0"\n    - Merged:\n        <<: *base\n        stable: "3.0.0"\n';
  assert.deepEqual(checkRegistryYaml(text, FILE), []);
  assert.throws(
    () => apply(text, entry({ namespace: 'NS', package: 'Merged', git: 'https://g/r', version: '3.1.0' })),
    /NS\/Merged is reached through a YAML anchor or alias/,
  );
});

test('a namespaces item naming two namespaces holds both (fppm looks them up by key)', () => {
  const text = SAMPLE.replace('# end of registry\n', '').concat(
    '  - First:\n    - P:\n        git: https://g/p\n        stable: "1.0.0"\n    Second:\n    - Q:\n        git: https://g/q\n        stable: "1.0.0"\n',
  );
  assert.deepEqual(checkRegistryYaml(text, FILE), []);
  const r = apply(text, entry({ namespace: 'Second', package: 'Q', git: 'https://g/q', version: '1.1.0' }));
  assert.equal(fppmRead(r.text).get('Second/Q')?.stable, '1.1.0');
  assert.equal(fppmRead(r.text).get('First/P')?.stable, '1.0.0');
});

// PyYAML reads U+2028 as a line break even inside quotes of a key; JSON.stringify leaves it raw.
test('a name holding U+2028 is written with its escape, so the key stays on one line', () => {
  const r = apply(SAMPLE, entry({ namespace: 'Ab\u2028Cd', package: 'P\u2029' }));
  assert.match(r.text, /- "Ab\\u2028Cd":\n {4}- "P\\u2029":\n/);
  assert.ok(fppmRead(r.text).has('Ab\u2028Cd/P\u2029'));
});

test('a namespace too long for a YAML key is refused as a mistake in the entry, before any edit', () => {
  assert.throws(
    () => applyRegistryEntry(SAMPLE, entry({ namespace: 'N'.repeat(1100) }), FILE),
    (e: PublishError) =>
      e instanceof PublishError && e.code === 'registry-entry-invalid' && /1100 characters/.test(e.message),
  );
  // 1,023 characters (the key and its colon within 1,024) are written and read back.
  const r = apply(SAMPLE, entry({ namespace: 'N'.repeat(1023) }));
  assert.ok(fppmRead(r.text).has(`${'N'.repeat(1023)}/RandomPackage`));
});
