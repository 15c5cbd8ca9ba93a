// The SARIF output checked against the 2.1.0 specification's required structure. No JSON-schema
// validator is installed and the schema cannot be fetched at test time, so this is a focused
// structural check (required properties, enums, integer ranges, allowed keys on the objects we emit,
// URI form), not a full schema validation.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Problem } from '../src/problems.ts';
import { artifactUri, SARIF_SCHEMA, toSarif } from '../src/report-sarif.ts';
import { checkSYaml, S_YAML_RULES } from '../src/serverless/s-yaml.ts';
import { SERVERLESS_RULES } from '../src/serverless/validate.ts';

const TOOL = {
  name: 'component-publish',
  version: '0.1.0',
  informationUri: 'https://github.com/example/component-publish',
};

// Property names the 2.1.0 schema allows on each object we emit (all of these objects have
// "additionalProperties": false in the schema, so an unknown key would make the log invalid).
const ALLOWED: Record<string, string[]> = {
  log: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'],
  run: [
    'tool',
    'invocations',
    'conversion',
    'language',
    'versionControlProvenance',
    'originalUriBaseIds',
    'artifacts',
    'logicalLocations',
    'graphs',
    'results',
    'automationDetails',
    'runAggregates',
    'baselineGuid',
    'redactionTokens',
    'defaultEncoding',
    'defaultSourceLanguage',
    'newlineSequences',
    'columnKind',
    'externalPropertyFileReferences',
    'threadFlowLocations',
    'taxonomies',
    'addresses',
    'translations',
    'policies',
    'webRequests',
    'webResponses',
    'specialLocations',
    'properties',
  ],
  tool: ['driver', 'extensions', 'properties'],
  driver: [
    'guid',
    'name',
    'organization',
    'product',
    'productSuite',
    'shortDescription',
    'fullDescription',
    'fullName',
    'version',
    'semanticVersion',
    'dottedQuadFileVersion',
    'releaseDateUtc',
    'downloadUri',
    'informationUri',
    'globalMessageStrings',
    'notifications',
    'rules',
    'taxa',
    'locations',
    'language',
    'contents',
    'isComprehensive',
    'localizedDataSemanticVersion',
    'minimumRequiredLocalizedDataSemanticVersion',
    'associatedComponent',
    'translationMetadata',
    'supportedTaxonomies',
    'properties',
  ],
  rule: [
    'id',
    'deprecatedIds',
    'guid',
    'deprecatedGuids',
    'name',
    'deprecatedNames',
    'shortDescription',
    'fullDescription',
    'messageStrings',
    'defaultConfiguration',
    'helpUri',
    'help',
    'relationships',
    'properties',
  ],
  configuration: ['enabled', 'level', 'rank', 'parameters', 'properties'],
  result: [
    'ruleId',
    'ruleIndex',
    'rule',
    'kind',
    'level',
    'message',
    'analysisTarget',
    'locations',
    'guid',
    'correlationGuid',
    'occurrenceCount',
    'partialFingerprints',
    'fingerprints',
    'stacks',
    'codeFlows',
    'graphs',
    'graphTraversals',
    'relatedLocations',
    'suppressions',
    'baselineState',
    'rank',
    'attachments',
    'hostedViewerUri',
    'workItemUris',
    'provenance',
    'fixes',
    'taxa',
    'webRequest',
    'webResponse',
    'properties',
  ],
  message: ['text', 'markdown', 'id', 'arguments', 'properties'],
  location: [
    'id',
    'physicalLocation',
    'logicalLocations',
    'message',
    'annotations',
    'relationships',
    'properties',
  ],
  physicalLocation: ['address', 'artifactLocation', 'region', 'contextRegion', 'properties'],
  artifactLocation: ['uri', 'uriBaseId', 'index', 'description', 'properties'],
  region: [
    'startLine',
    'startColumn',
    'endLine',
    'endColumn',
    'charOffset',
    'charLength',
    'byteOffset',
    'byteLength',
    'snippet',
    'message',
    'sourceLanguage',
    'properties',
  ],
  multiformatMessageString: ['text', 'markdown', 'properties'],
};

type Json = Record<string, unknown>;

function keysAllowed(obj: unknown, kind: string, where: string): asserts obj is Json {
  assert.ok(obj && typeof obj === 'object' && !Array.isArray(obj), `${where} is an object`);
  for (const key of Object.keys(obj))
    assert.ok(ALLOWED[kind]!.includes(key), `${where}: ${key} is not a ${kind} property`);
}

const isPositiveInt = (v: unknown) => Number.isInteger(v) && (v as number) >= 1;

/** A URI reference as RFC 3986 allows: no spaces, backslashes or raw non-ASCII. */
function isUriReference(uri: string): boolean {
  return (
    uri.length > 0 && /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/.test(uri) && !/%(?![0-9A-Fa-f]{2})/.test(uri)
  );
}

function assertSarif21(log: unknown) {
  keysAllowed(log, 'log', 'log');
  assert.equal(log.version, '2.1.0');
  assert.equal(typeof log.$schema, 'string');
  assert.ok(Array.isArray(log.runs) && log.runs.length >= 1, 'runs is a non-empty array');
  for (const [r, run] of (log.runs as unknown[]).entries()) {
    keysAllowed(run, 'run', `runs[${r}]`);
    assert.ok(
      ['utf16CodeUnits', 'unicodeCodePoints', undefined].includes(run.columnKind as string | undefined),
    );
    keysAllowed(run.tool, 'tool', 'tool');
    const driver = run.tool.driver;
    keysAllowed(driver, 'driver', 'tool.driver');
    assert.equal(typeof driver.name, 'string', 'tool.driver.name is required');
    if (driver.informationUri !== undefined)
      assert.doesNotThrow(() => new URL(driver.informationUri as string));
    const rules = (driver.rules ?? []) as unknown[];
    assert.ok(Array.isArray(rules));
    const ids = new Set<string>();
    for (const [i, rule] of rules.entries()) {
      keysAllowed(rule, 'rule', `rules[${i}]`);
      assert.equal(typeof rule.id, 'string', 'reportingDescriptor.id is required');
      assert.ok(!ids.has(rule.id as string), `rule ${rule.id} is listed once`);
      ids.add(rule.id as string);
      if (rule.shortDescription !== undefined) {
        keysAllowed(rule.shortDescription, 'multiformatMessageString', 'shortDescription');
        assert.equal(typeof rule.shortDescription.text, 'string');
      }
      if (rule.defaultConfiguration !== undefined) {
        keysAllowed(rule.defaultConfiguration, 'configuration', 'defaultConfiguration');
        assert.ok(['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration.level as string));
      }
    }
    assert.ok(Array.isArray(run.results));
    for (const [i, result] of (run.results as unknown[]).entries()) {
      const at = `results[${i}]`;
      keysAllowed(result, 'result', at);
      keysAllowed(result.message, 'message', `${at}.message`);
      assert.ok(
        typeof result.message.text === 'string' && result.message.text.length > 0,
        `${at}.message.text`,
      );
      assert.ok(['none', 'note', 'warning', 'error'].includes(result.level as string), `${at}.level`);
      assert.equal(typeof result.ruleId, 'string');
      if (result.ruleIndex !== undefined) {
        assert.ok(Number.isInteger(result.ruleIndex) && (result.ruleIndex as number) >= 0);
        assert.equal(
          (rules[result.ruleIndex as number] as Json).id,
          result.ruleId,
          `${at}.ruleIndex points at its rule`,
        );
      }
      for (const location of result.locations as unknown[]) {
        keysAllowed(location, 'location', `${at}.location`);
        const physical = location.physicalLocation;
        keysAllowed(physical, 'physicalLocation', `${at}.physicalLocation`);
        keysAllowed(physical.artifactLocation, 'artifactLocation', `${at}.artifactLocation`);
        const uri = physical.artifactLocation.uri as string;
        assert.ok(isUriReference(uri), `${at}: ${uri} is a URI reference`);
        if (physical.region !== undefined) {
          keysAllowed(physical.region, 'region', `${at}.region`);
          assert.ok(isPositiveInt(physical.region.startLine), `${at}.region.startLine ≥ 1`);
          if (physical.region.startColumn !== undefined)
            assert.ok(isPositiveInt(physical.region.startColumn), `${at}.region.startColumn ≥ 1`);
        }
      }
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
  test('problems from a real s.yaml check give a structurally valid SARIF 2.1.0 log', () => {
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

  test('the structural check itself rejects what the schema rejects', () => {
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
