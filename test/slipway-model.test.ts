// The manifest as Slipway reads it: serde_json's parser, then its serde model (structs that deny
// unknown fields, Option<T> that takes null, validated strings). Each test names the fact it follows
// (see the Slipway domain facts and slipway_engine's parse/types).
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { InvalidInputError } from '../src/errors.ts';
import { checkManifest } from '../src/slipway/component.ts';
import { inspectComponent } from '../src/slipway/inspect.ts';
import { MAX_JSON_DEPTH } from '../src/slipway/json-source.ts';
import { packComponent } from '../src/slipway/pack.ts';
import { componentDir, manifestText, tempDir, writeTree } from './helpers/fs.ts';

const FILE = 'c/slipway_component.json';
const base = { publisher: 'acme', name: 'widget', version: '1.0.0', input: {}, output: {} };
const pretty = (o: object) => `${JSON.stringify(o, null, 2)}\n`;
const codes = (input: string | Buffer) => checkManifest(input, FILE).problems.map((p) => p.code);
const only = (input: string | Buffer, code: string) => {
  const { problems, manifest } = checkManifest(input, FILE);
  assert.deepEqual(
    problems.map((p) => p.code),
    [code],
    JSON.stringify(problems),
  );
  assert.equal(manifest, undefined);
  assert.ok(problems[0]!.fix, 'says how to fix it');
  return problems[0]!;
};

// serde_json: a BOM is not JSON ("expected value at line 1 column 1").
test('a BOM is refused, so it can never be packed', async () => {
  const p = only(Buffer.from(`\ufeff${pretty(base)}`), 'slipway/bom');
  assert.deepEqual([p.line, p.column], [1, 1]);
  const dir = await componentDir();
  await writeFile(join(dir, 'slipway_component.json'), `\ufeff${manifestText()}`);
  assert.equal((await inspectComponent(dir, { conventions: 'none' })).component, undefined);
});

// serde_json::from_slice refuses bytes that are not UTF-8; nothing is rewritten to U+FFFD.
test('bytes that are not UTF-8 are refused at their line, never rewritten', () => {
  const text = pretty({ ...base, description: 'caf\u00e9' }).replace('caf\u00e9', 'caf\u0000');
  const bytes = Buffer.from(text, 'latin1');
  bytes[bytes.indexOf(0)] = 0xe9; // Latin-1 é
  const p = only(bytes, 'slipway/not-utf8');
  assert.equal(p.line, 7);
  assert.match(p.message, /0xe9/);
});

// serde: a struct field given twice is "duplicate field"; Rigging uses maps_duplicate_key_is_error.
test('a key given twice is refused, at the top level and inside rigging', () => {
  const top = `{\n  "publisher": "acme",\n  "name": "widget",\n  "name": "other",\n  "version": "1.0.0", "input": {}, "output": {}\n}\n`;
  const p = only(top, 'slipway/duplicate-key');
  assert.deepEqual([p.line, p.column], [4, 3]);
  const rig = pretty({ ...base, rigging: { a: { component: 'acme.x.1.0.0' } } }).replace(
    '"a": {',
    '"a": {"component": "acme.y.1.0.0"}, "a": {',
  );
  assert.match(only(rig, 'slipway/duplicate-key').message, /"a" appears twice/);
  // The same key in two different objects is fine.
  assert.deepEqual(codes(pretty({ ...base, constants: { a: { a: 1 }, b: { a: 2 } } })), []);
  // A rigging step and a callout are structs too.
  const step = pretty({ ...base, rigging: { a: { component: 'acme.x.1.0.0' } } }).replace(
    '"component": "acme.x.1.0.0"',
    '"component": "acme.x.1.0.0", "component": "acme.y.1.0.0"',
  );
  assert.match(only(step, 'slipway/duplicate-key').message, /"component" appears twice/);
});

// serde_json::Value (the schemas, constants, a step's input) and a plain HashMap (callouts) keep the
// last of two equal keys: Slipway loads the component, so this is a warning, at the second key.
test('a key given twice inside a schema, constants, a step input or callouts is a warning, not an error', () => {
  const twice = (o: object, inner: string, again: string) =>
    checkManifest(pretty(o).replace(inner, `${again}, ${inner}`), FILE);
  for (const [o, inner, again, where] of [
    [{ ...base, input: { properties: { a: { type: 'string' } } } }, '"a": {', '"a": {}', 'input.properties'],
    [{ ...base, constants: { x: 1 } }, '"x": 1', '"x": 0', 'constants'],
    [
      { ...base, rigging: { s: { component: 'acme.x.1.0.0', input: { k: 1 } } } },
      '"k": 1',
      '"k": 0',
      'rigging.s.input',
    ],
    [
      { ...base, callouts: { c: { component: 'acme.x.1.0.0' } } },
      '"c": {',
      '"c": {"component": "acme.y.1.0.0"}',
      'callouts',
    ],
  ] as const) {
    const { problems, manifest } = twice(o, inner, again);
    assert.deepEqual(
      problems.map((p) => [p.code, p.severity]),
      [['slipway/duplicate-key-ignored', 'warning']],
      where,
    );
    assert.ok(manifest, `${where}: the manifest loads`);
    assert.match(
      problems[0]!.message,
      new RegExp(`\\(in ${where.replaceAll('.', '\\.')}\\); Slipway keeps the last one`),
    );
  }
});

// serde_json's recursion limit: 128 nested levels fail ("recursion limit exceeded"), 127 load.
test(`nesting: ${MAX_JSON_DEPTH - 1} levels load, ${MAX_JSON_DEPTH} are refused`, () => {
  const nest = (levels: number) =>
    `{"publisher":"acme","name":"widget","version":"1.0.0","input":{},"output":{},"constants":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;
  assert.deepEqual(codes(nest(MAX_JSON_DEPTH - 1)), []);
  assert.match(only(nest(MAX_JSON_DEPTH), 'slipway/too-deep').message, /128 levels/);
  assert.equal(only(nest(100_000), 'slipway/too-deep').line, 1);
});

// serde: Option<T> reads null as None, so null is accepted for every optional field.
test('null is accepted for description, callouts, rigging and constants', () => {
  assert.deepEqual(
    codes(pretty({ ...base, description: null, callouts: null, rigging: null, constants: null })),
    [],
  );
  const step = { component: 'acme.other.1.0.0', input: null, allow: null, deny: null, callouts: null };
  assert.deepEqual(codes(pretty({ ...base, rigging: { step } })), []);
});

// Description is a validated string of at most 256 bytes (Rust's String::len counts UTF-8 bytes).
test('description: 256 bytes of UTF-8 pass, 258 bytes in 86 characters do not', () => {
  assert.deepEqual(codes(pretty({ ...base, description: '\u00e9'.repeat(128) })), []);
  const p = only(pretty({ ...base, description: '\u20ac'.repeat(86) }), 'slipway/description-too-long');
  assert.match(p.message, /258 bytes of UTF-8 \(86 characters\); Slipway's limit is 256 bytes/);
  assert.deepEqual([p.line, p.column], [7, 18]);
});

// Callout and ComponentRigging are deny_unknown_fields structs; a callout is {component, allow, deny}.
test('callouts and rigging steps: known keys pass, unknown keys are refused at their position', () => {
  const allow = [{ permission: 'http', prefix: 'https://example.com/' }, { permission: 'all' }];
  const callouts = { fetch: { component: 'acme.fetch.1.0.0', allow, deny: [{ permission: 'env' }] } };
  const rigging = { step: { component: 'acme.x.1.0.0', input: { a: 1 }, allow, callouts } };
  assert.deepEqual(codes(pretty({ ...base, callouts, rigging })), []);

  const badCallout = only(
    pretty({ ...base, callouts: { fetch: { component: 'acme.fetch.1.0.0', version: '1' } } }),
    'slipway/callouts-invalid',
  );
  assert.match(badCallout.message, /unknown key "version" in the callout "callouts.fetch"/);
  assert.deepEqual([badCallout.line, badCallout.column], [10, 18]); // the value of "version"
  const badStep = only(
    pretty({ ...base, rigging: { step: { component: 'acme.x.1.0.0', inputs: {} } } }),
    'slipway/rigging-invalid',
  );
  assert.match(badStep.message, /unknown key "inputs" in the rigging step "rigging.step"/);
  only(pretty({ ...base, rigging: { step: { input: {} } } }), 'slipway/rigging-invalid');
  only(pretty({ ...base, rigging: { 'my-step': { component: 'acme.x.1.0.0' } } }), 'slipway/rigging-invalid');
  const nested = {
    step: { component: 'acme.x.1.0.0', callouts: { c: { component: 'acme.y.1.0.0', input: 1 } } },
  };
  only(pretty({ ...base, rigging: nested }), 'slipway/callouts-invalid');
});

// Permission is tagged by "permission"; its variants deny unknown fields.
test('permissions: unknown kinds and keys are refused', () => {
  for (const allow of [
    [{ permission: 'network' }],
    [{ permission: 'http', url: 'x' }],
    [{ permission: 'files', exact: 'a', within: 'b' }],
    'all',
  ]) {
    only(
      pretty({ ...base, callouts: { c: { component: 'acme.y.1.0.0', allow } } }),
      'slipway/permission-invalid',
    );
  }
  const registry = (version: string) => [
    { permission: 'registry_components', publisher: 'acme', name: 'x', version },
  ];
  const withVersion = (version: string) =>
    pretty({ ...base, callouts: { c: { component: 'acme.y.1.0.0', allow: registry(version) } } });
  // "version" is a semver::VersionReq.
  for (const version of ['^1', '1.2.3', '>=1.0, <2.0', '*', '1.*', '~1.2', '=1.0.0-rc.1'])
    assert.deepEqual(codes(withVersion(version)), [], version);
  for (const version of ['latest', '', '1 || 2'])
    assert.match(
      only(withVersion(version), 'slipway/permission-invalid').message,
      /not a version requirement/,
    );
});

// input/output: JSON Typedef unless $schema names json-schema.org; "canvas" is the built-in shorthand.
// Slipway refuses what jtd's SerdeSchema (deny_unknown_fields) and Schema::from_serde_schema refuse;
// it never calls Schema::validate, so RFC 8927's other rules do not stop it loading.
test('input/output: valid JTD, JSON Schema and "canvas" pass; what jtd refuses is refused', () => {
  const jtd = {
    definitions: { point: { properties: { x: { type: 'float64' } } } },
    properties: { at: { ref: 'point' }, tags: { elements: { enum: ['a', 'b'] } } },
    optionalProperties: { extra: { values: {} }, note: { type: null } },
    nullable: true,
  };
  const jsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    minProperties: 1,
  };
  assert.deepEqual(codes(pretty({ ...base, input: jtd, output: 'canvas' })), []);
  assert.deepEqual(codes(pretty({ ...base, input: jsonSchema })), []);
  // Loaded by Slipway though RFC 8927's validate() would object (slipway's own fragment component
  // maps tags to {}): no false alarm.
  const loose = { discriminator: 'type', mapping: { panic: {}, add: { properties: { a: {}, type: {} } } } };
  assert.deepEqual(
    codes(
      pretty({
        ...base,
        input: loose,
        output: { properties: { a: { definitions: {} } }, optionalProperties: { a: {} } },
      }),
    ),
    [],
  );
  const bad: [object | string, RegExp][] = [
    [{ type: 'text' }, /"type" "text" is not one of boolean/],
    [{ type: 'string', properties: {} }, /the keywords properties, type do not make one valid form/],
    [{ additionalProperties: true }, /additionalProperties do not make one valid form/],
    [{ mapping: { a: { properties: {} } } }, /mapping do not make one valid form/],
    [
      { properties: { a: { type: 'string', minLength: 1 } } },
      /at properties\.a\.minLength: JSON Typedef: unknown keyword "minLength"/,
    ],
    [{ enum: ['a', 'a'] }, /repeats a value/],
    [{ nullable: 'yes' }, /"nullable" must be true or false/],
    ['png', /must be a schema object/],
  ];
  for (const [input, message] of bad) {
    const p = only(pretty({ ...base, input }), 'slipway/schema-invalid');
    assert.match(p.message, message);
  }
  // Loaded, but validating input against it misbehaves: warnings, the component stays valid.
  for (const [input, message] of [
    [{ ref: 'missing' }, /names no entry of the root "definitions"/],
    [{ enum: [] }, /no input can match/],
  ] as const) {
    const { problems, manifest } = checkManifest(pretty({ ...base, input }), FILE);
    assert.ok(manifest);
    assert.deepEqual(
      problems.map((p) => [p.code, p.severity]),
      [['slipway/schema-suspect', 'warning']],
    );
    assert.match(problems[0]!.message, message);
  }
});

// Slipway resolves a JSON Schema $ref to another file from the package: the file must be in it when
// packing; on a source tree the build may still copy it in (slipway_render does), so there it warns.
test('a JSON Schema $ref to a file missing from the component folder is refused when packing, a warning on a source tree', async () => {
  const input = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    properties: {
      a: { $ref: 'schemas/a.json#/definitions/a' },
      b: { $ref: '#/definitions/b' },
    },
  };
  const dir = await componentDir({
    input,
    output: { $schema: 'https://json-schema.org/draft/2020-12/schema', $ref: '../out.json' },
  });
  const source = await inspectComponent(dir, { conventions: 'none' });
  assert.ok(source.component, 'a source tree still validates');
  assert.deepEqual(
    source.problems.map((p) => [p.code, p.severity]),
    [
      ['slipway/schema-ref-missing', 'warning'],
      ['slipway/schema-ref-missing', 'warning'],
    ],
  );
  // Packing a source tree's component without the file is refused, as a missing runner is.
  await assert.rejects(packComponent(source.component, await tempDir('out')), (e: InvalidInputError) => {
    assert.deepEqual(
      e.problems.map((p) => [p.code, p.severity]),
      [
        ['slipway/schema-ref-missing', 'error'],
        ['slipway/schema-ref-missing', 'error'],
      ],
    );
    return true;
  });
  const { problems, component } = await inspectComponent(dir, { conventions: 'none', built: true });
  assert.equal(component, undefined);
  const missing = problems.filter((p) => p.code === 'slipway/schema-ref-missing');
  assert.equal(missing.length, 2);
  assert.ok(missing.every((p) => p.severity === 'error'));
  assert.match(
    missing[0]!.message,
    /^"input" refers to "schemas\/a\.json#\/definitions\/a" \(the package file "schemas\/a\.json"\), which is not in the component folder/,
  );
  // Resolved as a URL against file:///, "../out.json" is the package's "out.json".
  assert.match(missing[1]!.message, /^"output" refers to "\.\.\/out\.json" \(the package file "out\.json"\)/);
  assert.deepEqual([missing[0]!.line, missing[0]!.column], [9, 17]);
  await mkdir(join(dir, 'schemas'));
  await writeFile(join(dir, 'schemas/a.json'), '{}');
  const after = await inspectComponent(dir, { conventions: 'none' });
  assert.deepEqual(
    after.problems.map((p) => p.code),
    ['slipway/schema-ref-missing'],
  );
  await writeFile(join(dir, 'out.json'), '{}');
  assert.deepEqual((await inspectComponent(dir, { conventions: 'none' })).problems, []);
});

// parse_schema.rs: the retriever answers http(s) with UnsupportedExternalSchemaUrl ("Component schemas
// cannot reference external URLs"); a $ref to a schema inside this one, or to a meta-schema the
// jsonschema crate carries, is never retrieved.
test('a JSON Schema $ref to a web URL is refused; one to an $id inside the schema or a meta-schema is not', async () => {
  const refused = async (input: object) =>
    (await inspectComponent(await componentDir({ input }), { conventions: 'none' })).problems.map((p) => [
      p.code,
      p.message
        .match(/"(https?:[^"]*)"|\((https?:[^)]*)\)/)
        ?.slice(1)
        .find(Boolean),
    ]);
  const schema = 'http://json-schema.org/draft-07/schema#';
  assert.deepEqual(
    await refused({ $schema: schema, properties: { a: { $ref: 'https://example.com/a.json' } } }),
    [['slipway/schema-ref-external', 'https://example.com/a.json']],
  );
  // Under an absolute $id, a relative $ref names a URL too.
  assert.deepEqual(
    await refused({ $schema: schema, $id: 'https://example.com/s/root.json', $ref: 'other.json#/x' }),
    [['slipway/schema-ref-external', 'https://example.com/s/other.json']],
  );
  assert.deepEqual(
    await refused({
      $schema: schema,
      $id: 'https://example.com/s/root.json',
      properties: {
        self: { $ref: '#/definitions/x' },
        inner: { $ref: 'https://example.com/s/inner.json' },
        meta: { $ref: 'http://json-schema.org/draft-07/schema#' },
        data: { enum: [{ $ref: 'https://example.com/not-a-ref' }] },
      },
      definitions: { x: { type: 'string' }, y: { $id: 'inner.json', type: 'number' } },
    }),
    [],
  );
});

// A reference to a component of this publisher and namespace resolves to this repository's releases.
test('a rigging reference to a component that nothing in this repository publishes is a warning', async () => {
  const root = await tempDir('repo');
  const rigging = {
    svg: { component: 'acme.charts__svg.1.0.0' },
    gone: { component: 'acme.charts__gone.1.0.0' },
    other: { component: 'someone.else.1.0.0' },
  };
  await writeTree(root, {
    'charts/slipway_component.json': manifestText({ name: 'charts', rigging }),
    'svg/slipway_component.json': manifestText({ name: 'charts__svg' }),
    'svg/run.js': '1;\n',
  });
  const { problems, component } = await inspectComponent(join(root, 'charts'), { conventions: 'none' });
  assert.ok(component);
  assert.deepEqual(
    problems.map((p) => [p.code, p.severity]),
    [['slipway/rigging-unpublished', 'warning']],
  );
  assert.match(problems[0]!.message, /"gone" uses acme\.charts__gone/);
});

// SlipwayReference: "pass", "sink", publisher.name.version (the version must then parse as SemVer),
// file:relative, file:///absolute, or an http(s) URL; anything else fails to load.
test('component references: the forms Slipway resolves pass, others are refused', () => {
  const good = [
    'pass',
    'sink',
    'acme.x.1.0.0',
    'acme.x__y.2.0.0-rc.1',
    'file:../c',
    'file:///c',
    'https://example.com/c.tar',
  ];
  for (const component of good) {
    assert.deepEqual(codes(pretty({ ...base, rigging: { s: { component } } })), [], component);
  }
  for (const component of ['acme.x.v1', 'acme.x.1.0', 'acme.x', 'ftp://example.com/c.tar', 'components/c']) {
    const p = only(pretty({ ...base, callouts: { c: { component } } }), 'slipway/callouts-invalid');
    assert.match(p.message, /not SemVer|not a component reference/, component);
  }
});
