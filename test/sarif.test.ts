// The SARIF output validated against the official SARIF 2.1.0 JSON schema (sarif-2.1.0-rtm.5.json, as
// shipped in Microsoft's @microsoft/jest-sarif package: a dev dependency, read from node_modules, never
// fetched), with Ajv's draft-04 dialect and its formats (uri, uri-reference, date-time). On top of the
// schema: what it cannot express (a result's ruleIndex names the rule with its ruleId; ids are unique).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { Problem } from '../src/report/problems.ts';
import { RULES } from '../src/report/rules.ts';
import { artifactUri, SARIF_SCHEMA, toSarif } from '../src/report/sarif.ts';
import { checkSYaml, S_YAML_RULES } from '../src/serverless/s-yaml.ts';
import { SERVERLESS_RULES } from '../src/serverless/validate.ts';
import { tempDir, writeTree } from './helpers/fs.ts';
import { cli } from './helpers/run.ts';

const TOOL = {
  name: 'component-publish',
  version: '0.1.0',
  informationUri: 'https://github.com/example/component-publish',
};

const SCHEMA_FILE = createRequire(import.meta.url).resolve(
  '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
);
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { title: string };
// unicodeRegExp off: the schema's language pattern (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) has a
// stray `]`, legal in a plain RegExp but a syntax error under the `u` flag Ajv uses by default.
// Both are CommonJS modules with an `exports.default`: under NodeNext that is `.default`.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validateSchema = ajv.compile(schema);

type Json = Record<string, unknown>;

/** Throws with Ajv's own error list when `log` is not a valid SARIF 2.1.0 log. */
function assertSarif21(log: unknown) {
  const valid = validateSchema(JSON.parse(JSON.stringify(log)));
  assert.ok(valid, `not valid SARIF 2.1.0:\n${ajv.errorsText(validateSchema.errors, { separator: '\n' })}`);
  for (const run of (log as { runs: Json[] }).runs) {
    const rules = (((run.tool as Json).driver as Json).rules ?? []) as Json[];
    const ids = rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length, 'each rule is listed once');
    for (const result of run.results as Json[]) {
      if (result.ruleIndex !== undefined)
        assert.equal(rules[result.ruleIndex as number]?.id, result.ruleId, 'ruleIndex points at its rule');
    }
  }
}

const problem = (over: Partial<Problem>): Problem => ({
  file: 'pkg/publish.yaml',
  line: 3,
  column: 5,
  severity: 'error',
  code: 'serverless/publish-type',
  message: 'Type must be one of Component, Plugin, Project',
  fix: 'write `Type: Project`',
  ...over,
});

describe('toSarif', () => {
  test('problems from a real s.yaml check give a SARIF log the 2.1.0 schema accepts', () => {
    const text = `edition: 3.0.0\nname: app\nfoo: 1\nresources:\n  a:\n    component: fc3\n    props:\n      x: \${vars.nope}\n      y: \${resources.a.output.url}\n`;
    const { problems } = checkSYaml(text, 'src/s.yaml', { baseDir: '/' });
    assert.ok(problems.length >= 3);
    const log = toSarif(problems, { ...TOOL, ruleDescriptions: { ...S_YAML_RULES, ...SERVERLESS_RULES } });
    assertSarif21(JSON.parse(JSON.stringify(log)));
    assert.equal(log.$schema, SARIF_SCHEMA);
    const run = log.runs[0]!;
    assert.deepEqual(
      run.tool.driver.rules.map((r) => r.id),
      [...new Set(problems.map((p) => p.code))],
    );
    assert.equal(run.tool.driver.rules[0]!.shortDescription?.text, S_YAML_RULES[problems[0]!.code]);
    const undefinedVar = run.results.find((r) => r.ruleId === 's-yaml/undefined-var')!;
    assert.deepEqual(undefinedVar.locations[0]!.physicalLocation, {
      artifactLocation: { uri: 'src/s.yaml' },
      region: { startLine: 8, startColumn: 12 },
    });
    assert.match(undefinedVar.message.text, /there is no vars section\. Fix: add `vars:`/);
  });

  test('levels, whole-file problems and the fix in the message', () => {
    const log = toSarif(
      [
        problem({}),
        problem({
          severity: 'warning',
          code: 'serverless/missing-version-md',
          line: 0,
          column: 0,
          file: 'pkg',
          message: 'no version.md',
        }),
        problem({
          severity: 'notice',
          code: 'x/note',
          column: 0,
          fix: undefined,
          message: 'ends with a stop.',
        }),
      ],
      TOOL,
    );
    assertSarif21(log);
    const [a, b, c] = log.runs[0]!.results;
    assert.equal(a!.level, 'error');
    assert.equal(
      a!.message.text,
      'Type must be one of Component, Plugin, Project. Fix: write `Type: Project`',
    );
    assert.equal(b!.level, 'warning');
    assert.equal(b!.locations[0]!.physicalLocation.region, undefined, 'line 0: no region');
    assert.equal(c!.level, 'note');
    assert.deepEqual(c!.locations[0]!.physicalLocation.region, { startLine: 3 }, 'column 0: no startColumn');
    assert.equal(c!.message.text, 'ends with a stop.');
    assert.deepEqual(
      log.runs[0]!.tool.driver.rules.map((r) => [r.id, r.defaultConfiguration.level]),
      [
        ['serverless/publish-type', 'error'],
        ['serverless/missing-version-md', 'warning'],
        ['x/note', 'note'],
      ],
    );
  });

  test('no problems: a run with empty results and rules', () => {
    const log = toSarif([], TOOL);
    assertSarif21(log);
    assert.deepEqual(log.runs[0]!.results, []);
  });

  test('artifact URIs: relative with forward slashes and escaped segments; absolute as file: URIs', () => {
    assert.equal(artifactUri('pkg\\src\\s.yaml'), 'pkg/src/s.yaml');
    assert.equal(artifactUri('my pkg/#1/s.yaml'), 'my%20pkg/%231/s.yaml');
    assert.equal(artifactUri('包/s.yaml'), '%E5%8C%85/s.yaml');
    assert.equal(artifactUri(join('/', 'tmp', 'a b', 's.yaml')), 'file:///tmp/a%20b/s.yaml');
    const log = toSarif([problem({ file: '/tmp/a b/s.yaml' }), problem({ file: '包\\s.yaml' })], TOOL);
    assertSarif21(log);
  });

  test('the schema check is not vacuous: it rejects broken logs', () => {
    const good = toSarif([problem({})], TOOL);
    const first = (l: Json) => ((l.runs as Json[])[0]!.results as Json[])[0]!;
    const broken: ((l: Json) => void)[] = [
      (l) => {
        delete l.version;
      },
      (l) => {
        first(l).level = 'fatal';
      },
      (l) => {
        ((first(l).locations as Json[])[0]!.physicalLocation as Json).region = { startLine: 0 };
      },
      (l) => {
        first(l).message = { markdown: 'x' };
      },
      (l) => {
        first(l).extra = 1;
      },
      (l) => {
        (((l.runs as Json[])[0]!.tool as Json).driver as Json).name = undefined;
      },
    ];
    for (const breakIt of broken) {
      const copy = JSON.parse(JSON.stringify(good)) as Json;
      breakIt(copy);
      assert.throws(() => assertSarif21(copy));
    }
  });
});

test('`validate --format sarif` from the CLI prints a log the schema accepts, one result per problem', async () => {
  const dir = await tempDir('sarif-cli');
  await writeTree(dir, {
    'publish.yaml': 'Edition: 3.0.0\nType: Project\nName: demo\nVersion: 0.0.1\n',
    'readme.md': '# demo\n',
    'src/s.yaml':
      'edition: 3.0.0\nname: demo\nresources:\n  a:\n    component: fc3\n    props:\n      x: ${vars.nope}\n',
  });
  const run = await cli(['validate', dir, '--format', 'sarif']);
  assert.equal(run.code, 1, run.stderr);
  const log = JSON.parse(run.stdout) as { runs: { results: Json[] }[] };
  assertSarif21(log);
  const json = JSON.parse((await cli(['validate', dir, '--format', 'json'])).stdout) as { problems: Json[] };
  assert.ok(json.problems.some((p) => p.code === 's-yaml/undefined-var'));
  assert.deepEqual(
    log.runs[0]!.results.map((r) => r.ruleId),
    json.problems.map((p) => p.code),
  );
  const rules = (log.runs[0] as unknown as { tool: { driver: { rules: Json[] } } }).tool.driver.rules;
  assert.ok(rules.length > 0);
  for (const rule of rules)
    assert.ok((rule.shortDescription as { text?: string } | undefined)?.text, `${rule.id} has a description`);
});

test('`validate --format sarif` on a Slipway manifest: every rule reported carries its description', async () => {
  const dir = await tempDir('sarif-slipway');
  await writeTree(dir, {
    'slipway_component.json': JSON.stringify({
      publisher: 'Acme',
      name: 'x',
      version: 'v1',
      input: {},
      output: {},
      extra: 1,
    }),
  });
  const run = await cli(['validate', dir, '--format', 'sarif']);
  assert.equal(run.code, 1, run.stderr);
  const rules = (JSON.parse(run.stdout) as { runs: { tool: { driver: { rules: Json[] } } }[] }).runs[0]!.tool
    .driver.rules;
  assert.ok(rules.length >= 3, JSON.stringify(rules));
  for (const rule of rules)
    assert.equal(typeof (rule.shortDescription as Json | undefined)?.text, 'string', String(rule.id));
});

test('the rule catalog describes every problem code written in src/', async () => {
  const root = join(import.meta.dirname, '..', 'src');
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.ts'));
  const codes = new Set<string>();
  for (const file of files) {
    const text = await readFile(join(root, file), 'utf8');
    for (const m of text.matchAll(
      /['"`]((?:slipway|serverless|s-yaml|registry-yaml|version|conventions)\/[a-z0-9-]+)['"`]/g,
    ))
      codes.add(m[1]!);
  }
  // Codes built from a template literal, spelled out.
  for (const key of ['publisher', 'name', 'callouts', 'rigging']) codes.add(`slipway/${key}-invalid`);
  for (const field of ['git', 'stable'])
    for (const suffix of ['missing', 'not-string']) codes.add(`registry-yaml/${field}-${suffix}`);
  assert.ok(codes.size > 50);
  assert.deepEqual([...codes].filter((c) => !RULES[c]).sort(), []);
});
