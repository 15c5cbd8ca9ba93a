import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Problem } from '../src/report/problems.ts';
import { checkPublishYaml, classifyVersion } from '../src/serverless/publish-yaml.ts';
import { checkSYaml, maskTemplate, S_YAML_RULES, tokenizeExpression } from '../src/serverless/s-yaml.ts';
import {
  SERVERLESS_RULES,
  validateServerlessPackage,
  validateStandaloneSYaml,
} from '../src/serverless/validate.ts';

const VALID = join(import.meta.dirname, 'fixtures', 'serverless-valid');
const seen = new Set<string>();

/** 1-based position of the `nth` occurrence of `needle` in `text`. */
function where(text: string, needle: string, nth = 1): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `needle ${JSON.stringify(needle)} (#${nth}) not in the case text`);
  }
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function expectOne(
  problems: Problem[],
  code: string,
  at: { line: number; column: number },
  severity?: string,
) {
  for (const p of problems) seen.add(p.code);
  const hits = problems.filter((p) => p.code === code);
  assert.equal(hits.length, 1, `expected one ${code}, got ${JSON.stringify(problems, null, 1)}`);
  const [p] = hits;
  assert.deepEqual({ line: p!.line, column: p!.column }, at, `${code}: ${p!.message}`);
  if (severity) assert.equal(p!.severity, severity);
  assert.ok(p!.message.length > 0 && (p!.fix ?? '').length > 0, 'message and fix are filled in');
  assert.equal(p!.file, 'case.yaml');
}

const HEAD3 = 'edition: 3.0.0\nname: app\nvars:\n  region: cn-hangzhou\n';
const A3 = 'resources:\n  a:\n    component: fc3\n    props:\n      region: ${vars.region}\n';

interface Case {
  name: string;
  text: string;
  code: string;
  /** The problem points at the first character of this text (its `nth` occurrence)… */
  at?: string;
  nth?: number;
  /** …or at this explicit position. */
  pos?: { line: number; column: number };
  severity?: 'error' | 'warning';
}

const S_YAML_CASES: Case[] = [
  {
    name: 'broken YAML',
    text: 'edition: 3.0.0\nname: [app\n',
    code: 's-yaml/yaml-syntax',
    pos: { line: 3, column: 1 },
  },
  { name: 'not a mapping', text: '- a\n- b\n', code: 's-yaml/yaml-syntax', pos: { line: 1, column: 1 } },
  {
    name: 'no edition',
    text: 'name: app\n' + A3.replace('${vars.region}', 'x'),
    code: 's-yaml/required',
    pos: { line: 1, column: 1 },
  },
  { name: 'no resources', text: HEAD3, code: 's-yaml/required', at: 'edition' },
  {
    name: 'edition 3.0 is a number',
    text: `edition: 3.0\nname: app\n${A3.replace('${vars.region}', 'x')}`,
    code: 's-yaml/edition',
    at: '3.0',
  },
  {
    name: 'services in 3.0.0',
    text: `${HEAD3}services:\n  a:\n    component: fc3\n`,
    code: 's-yaml/services-in-v3',
    at: 'services',
  },
  {
    name: 'resources in 1.0.0',
    text: 'edition: 1.0.0\nname: app\nresources:\n  a:\n    component: fc\n',
    code: 's-yaml/resources-in-v1',
    at: 'resources',
  },
  {
    name: 'unknown top-level key',
    text: `${HEAD3}${A3}servics: {}\n`,
    code: 's-yaml/unknown-key',
    at: 'servics',
    severity: 'warning',
  },
  {
    name: 'vars is a list',
    text: `edition: 3.0.0\nname: app\nvars: [a]\n${A3.replace('${vars.region}', 'x')}`,
    code: 's-yaml/type',
    at: '[a]',
  },
  {
    name: 'resource without component',
    text: `${HEAD3}resources:\n  a:\n    props:\n      region: x\n`,
    code: 's-yaml/component-missing',
    at: 'a:',
  },
  {
    name: 'extend names a missing template',
    text: `${HEAD3}template:\n  base:\n    timeout: 3\n${A3}    extend:\n      name: bsae\n`,
    code: 's-yaml/unknown-template',
    at: 'bsae',
  },
  {
    name: 'undefined var',
    text: `${HEAD3}${A3}      zone: \${vars.zone}\n`,
    code: 's-yaml/undefined-var',
    at: 'vars.zone',
  },
  {
    name: 'undefined nested var',
    text: `${HEAD3}  svc:\n    name: web\n${A3}      svc: "\${vars.svc.nmae}"\n`,
    code: 's-yaml/undefined-var',
    at: 'vars.svc.nmae',
  },
  {
    name: 'output of a resource that does not exist',
    text: `${HEAD3}${A3}      url: \${resources.ghost.output.url}\n`,
    code: 's-yaml/unknown-resource',
    at: 'resources.ghost',
  },
  {
    name: 'this outside a resource',
    text: `edition: 3.0.0\nname: app\nvars:\n  me: \${this.name}\n${A3.replace('${vars.region}', 'x')}`,
    code: 's-yaml/this-outside-resource',
    at: 'this.name',
  },
  {
    name: '1.x reference form in 3.0.0',
    text: `${HEAD3}${A3}  b:\n    component: fc3\n    props:\n      url: \${a.output.url}\n`,
    code: 's-yaml/unknown-variable',
    at: 'a.output.url',
  },
  {
    name: 'shell variable in a value',
    text: `${HEAD3}${A3}      home: \${HOME}\n`,
    code: 's-yaml/unknown-variable',
    at: 'HOME',
  },
  {
    name: 'unknown function',
    text: `${HEAD3}${A3}      up: \${upper('x')}\n`,
    code: 's-yaml/unknown-function',
    at: "upper('x')",
  },
  {
    name: 'env.X in 3.0.0',
    text: `${HEAD3}${A3}      key: \${env.SECRET}\n`,
    code: 's-yaml/env-dot-syntax',
    at: 'env.SECRET',
  },
  {
    // Observed with s 3.1.10: `${env(vars.name)}` failed with "env('vars.name') not found".
    name: 'a variable as the lone unquoted argument is taken as text',
    text: `${HEAD3}${A3}      key: \${env(vars.region)}\n`,
    code: 's-yaml/unquoted-argument',
    at: 'vars.region)',
  },
  {
    name: 'file() target missing',
    text: `${HEAD3}${A3}      cfg: \${file('./nope.json')}\n`,
    code: 's-yaml/missing-file',
    at: "'./nope.json'",
  },
  {
    name: 'nested path() target missing',
    text: `${HEAD3}${A3}      cfg: \${json(path("./gone"))}\n`,
    code: 's-yaml/missing-file',
    at: '"./gone"',
  },
  {
    name: 'unclosed ${',
    text: `${HEAD3}${A3}      half: x-\${vars.region\n`,
    code: 's-yaml/unclosed-expression',
    at: 'x-${vars',
    severity: 'warning',
  },
  {
    name: 'two resources use each other',
    text: `${HEAD3}resources:\n  a:\n    component: fc3\n    props:\n      b: \${resources.b.output.url}\n  b:\n    component: fc3\n    props:\n      a: \${resources.a.output.url}\n`,
    code: 's-yaml/dependency-cycle',
    at: 'resources.b.output',
  },
  {
    name: 'a resource uses its own output',
    text: `${HEAD3}resources:\n  a:\n    component: fc3\n    props:\n      me: \${resources.a.output.url}\n`,
    code: 's-yaml/dependency-cycle',
    at: 'resources.a.output',
  },
  {
    name: 'flow value not a list',
    text: `${HEAD3}${A3}flow:\n  deploy: a\n`,
    code: 's-yaml/flow-shape',
    at: 'a\n',
    nth: 1,
  },
  {
    name: 'flow group not a list',
    text: `${HEAD3}${A3}flow:\n  deploy:\n    - a\n`,
    code: 's-yaml/flow-shape',
    at: 'a\n',
  },
  {
    name: 'flow names no resource',
    text: `${HEAD3}${A3}flow:\n  deploy:\n    - [a, ghost]\n`,
    code: 's-yaml/flow-unknown-resource',
    at: 'ghost',
  },
  {
    name: 'flow runs a dependent too early',
    text: `${HEAD3}${A3}  b:\n    component: fc3\n    props:\n      url: \${resources.a.output.url}\nflow:\n  deploy:\n    - [b]\n    - [a]\n`,
    code: 's-yaml/flow-order',
    at: 'b]',
  },
  {
    name: 'flow leaves a dependency out',
    text: `${HEAD3}${A3}  b:\n    component: fc3\n    props:\n      url: \${resources.a.output.url}\nflow:\n  deploy:\n    - [b]\n`,
    code: 's-yaml/flow-missing-dependency',
    at: 'b]',
    severity: 'warning',
  },
  {
    name: 'action key without command',
    text: `${HEAD3}${A3}actions:\n  predeploy:\n    - run: x\n`,
    code: 's-yaml/action-key',
    at: 'predeploy',
  },
  {
    name: 'unknown hook',
    text: `${HEAD3}${A3}actions:\n  before-deploy:\n    - run: x\n`,
    code: 's-yaml/action-hook',
    at: 'before-deploy',
  },
  {
    name: 'post hook',
    text: `${HEAD3}${A3}actions:\n  post-deploy:\n    - run: x\n`,
    code: 's-yaml/action-post-hook',
    at: 'post-deploy',
    severity: 'warning',
  },
  {
    name: 'command with a dash',
    text: `${HEAD3}${A3}actions:\n  pre-deploy-all:\n    - run: x\n`,
    code: 's-yaml/action-command-dash',
    at: 'pre-deploy-all',
  },
  {
    name: 'action value not a list',
    text: `${HEAD3}${A3}actions:\n  pre-deploy:\n    run: x\n`,
    code: 's-yaml/action-not-list',
    at: 'run: x',
  },
  {
    name: 'action item with run and plugin',
    text: `${HEAD3}${A3}actions:\n  pre-deploy:\n    - run: x\n      plugin: y\n`,
    code: 's-yaml/action-item',
    at: 'run: x',
  },
  {
    name: 'component action without a command',
    text: `${HEAD3}${A3}    actions:\n      pre-deploy:\n        - component: fc3\n`,
    code: 's-yaml/action-item',
    at: 'fc3\n',
    nth: 2,
  },
  {
    name: 'component action at global level',
    text: `${HEAD3}${A3}actions:\n  pre-deploy:\n    - component: fc3 build\n`,
    code: 's-yaml/action-component-global',
    at: 'component: fc3 build',
  },
  {
    name: 'plugin args not a mapping',
    text: `${HEAD3}${A3}actions:\n  pre-deploy:\n    - plugin: robot\n      args: [a]\n`,
    code: 's-yaml/action-plugin-args',
    at: '[a]',
  },
  // 1.x
  {
    name: '1.x: output of a missing service',
    text: 'edition: 1.0.0\nname: app\nservices:\n  a:\n    component: fc\n    props:\n      url: ${ghost-svc.output.url}\n',
    code: 's-yaml/unknown-resource',
    at: 'ghost-svc',
  },
  {
    name: '1.x: json() is 3.x only',
    text: "edition: 1.0.0\nname: app\nservices:\n  a:\n    component: fc\n    props:\n      cfg: ${json('{}')}\n",
    code: 's-yaml/unknown-function',
    at: 'json(',
  },
  {
    name: '1.x: file() target missing',
    text: 'edition: 1.0.0\nname: app\nservices:\n  a:\n    component: fc\n    props:\n      cfg: ${file(./gone.txt)}\n',
    code: 's-yaml/missing-file',
    at: './gone.txt',
  },
  {
    name: '1.x: global post hook',
    text: 'edition: 1.0.0\nname: app\nactions:\n  post-deploy:\n    - run: x\nservices:\n  a:\n    component: fc\n',
    code: 's-yaml/action-post-hook',
    at: 'post-deploy',
    severity: 'warning',
  },
  {
    name: '1.x: service cycle',
    text: 'edition: 1.0.0\nname: app\nservices:\n  a:\n    component: fc\n    props:\n      b: ${b.output.x}\n  b:\n    component: fc\n    props:\n      a: ${a.output.x}\n',
    code: 's-yaml/dependency-cycle',
    at: 'b.output.x',
  },
];

const existing = new Set(['/work/a.json']);
const exists = (p: string) => existing.has(p);

describe('checkSYaml: one seeded defect per rule', () => {
  for (const c of S_YAML_CASES) {
    test(`${c.code}: ${c.name}`, () => {
      const { problems } = checkSYaml(c.text, 'case.yaml', { baseDir: '/work', exists });
      const at = c.pos ?? where(c.text, c.at!, c.nth);
      expectOne(problems, c.code, at, c.severity);
    });
  }
});

describe('checkSYaml: what must pass', () => {
  test('the 1.0.0 post hook at service level is the documented 1.x hook', () => {
    const text =
      'edition: 1.0.0\nname: app\nservices:\n  a:\n    component: fc\n    actions:\n      post-deploy:\n        - run: x\n';
    assert.deepEqual(checkSYaml(text, 'case.yaml', { baseDir: '/work' }).problems, []);
  });
  test('a dynamic action key (regex) is not split-checked', () => {
    const text = `${HEAD3}${A3}actions:\n  pre-\${regex('deploy|build')}:\n    - run: x\n`;
    assert.deepEqual(checkSYaml(text, 'case.yaml', { baseDir: '/work' }).problems, []);
  });
  test('JavaScript inside expressions: defaults, indexes, quoted strings', () => {
    const text = `${HEAD3}  list: [x]\n${A3}      a: \${vars.list[0]}\n      b: "\${env('A', 'x.y') || vars.region}"\n      c: "\${vars.region === 'cn' ? 'a' : 'b'}"\n`;
    assert.deepEqual(checkSYaml(text, 'case.yaml', { baseDir: '/work' }).problems, []);
  });
  test('file() is resolved against baseDir, and only checked when exists is given', () => {
    const text = `${HEAD3}${A3}      cfg: \${file('./a.json')}\n      gone: \${file('./gone.json')}\n`;
    const checked = checkSYaml(text, 'case.yaml', { baseDir: '/work', exists }).problems.map((p) => p.code);
    assert.deepEqual(checked, ['s-yaml/missing-file']);
    assert.deepEqual(checkSYaml(text, 'case.yaml', { baseDir: '/work' }).problems, []);
  });
  test('with top-level extend, vars and resources may come from the base file', () => {
    const text =
      'edition: 3.0.0\nname: app\nextend: base.yaml\nresources:\n  a:\n    component: fc3\n    props:\n      x: ${vars.fromBase}\n      y: ${resources.baseRes.output.url}\n';
    const merged = {
      globals: { vars: { fromBase: 1 } },
      resources: { baseRes: { component: 'fc3' } },
      isBase: false,
    };
    assert.deepEqual(checkSYaml(text, 'case.yaml', { baseDir: '/work', merged }).problems, []);
  });
});

describe('deploy order', () => {
  const order = (resources: [string, string[]][]) => {
    const body = resources
      .map(
        ([name, deps]) =>
          `  ${name}:\n    component: fc3\n    props:\n${deps.map((d, i) => `      d${i}: \${resources.${d}.output.url}\n`).join('') || '      x: 1\n'}`,
      )
      .join('');
    return checkSYaml(`edition: 3.0.0\nname: app\nresources:\n${body}`, 'case.yaml', { baseDir: '/' });
  };
  test('dependencies first, the rest in file order, as the engine picks (first ready in file order)', () => {
    // The engine places b (ready) before c, then a: a depth-first order would give c, a, b.
    assert.deepEqual(
      order([
        ['a', ['c']],
        ['b', []],
        ['c', []],
      ]).deployOrder,
      ['b', 'c', 'a'],
    );
    assert.deepEqual(
      order([
        ['a', []],
        ['b', []],
        ['c', []],
      ]).deployOrder,
      ['a', 'b', 'c'],
    );
    assert.deepEqual(
      order([
        ['gw', ['api', 'web']],
        ['web', []],
        ['api', ['db']],
        ['db', []],
      ]).deployOrder,
      ['web', 'db', 'api', 'gw'],
    );
  });
  test('a cycle and what depends on it go last, in file order, and the cycle is reported with its path', () => {
    const result = order([
      ['x', ['y']],
      ['free', []],
      ['y', ['z']],
      ['z', ['x']],
      ['after', ['z']],
    ]);
    assert.deepEqual(result.deployOrder, ['free', 'x', 'y', 'z', 'after']);
    const cycles = result.problems.filter((p) => p.code === 's-yaml/dependency-cycle');
    assert.equal(cycles.length, 1);
    assert.match(cycles[0]!.message, /x → y → z → x/);
  });
  test('only props references order resources, not actions', () => {
    const text = `${HEAD3}resources:\n  a:\n    component: fc3\n    actions:\n      pre-deploy:\n        - run: echo \${resources.b.output.url}\n  b:\n    component: fc3\n`;
    assert.deepEqual(checkSYaml(text, 'case.yaml', { baseDir: '/' }).deployOrder, ['a', 'b']);
  });
  test('a dependency behind a YAML alias still counts', () => {
    const text = `${HEAD3}shared: &out\n  url: \${resources.b.output.url}\nresources:\n  a:\n    component: fc3\n    props:\n      s: *out\n  b:\n    component: fc3\n`;
    assert.deepEqual(checkSYaml(text, 'case.yaml', { baseDir: '/' }).deployOrder, ['b', 'a']);
  });
});

describe('template mode (registry Project s.yaml)', () => {
  test('placeholders keep their length, statements become spaces', () => {
    const masked = maskTemplate("name: {{ appName }}\n{{ if a }}\nx: '{{@ region | up }}'\n{{ /if }}\n");
    assert.equal(masked.text, "name: xxxxxxxxxxxxx\n          \nx: 'xxxxxxxxxxxxxxxxxx'\n         \n");
    assert.deepEqual(
      masked.params.map((p) => p.name),
      ['appName', 'region'],
    );
  });
  test('if/else branches with the same key are allowed, positions still point at the original text', () => {
    const text = `edition: 3.0.0\nname: {{ appName }}\nresources:\n  a:\n    component: fc3\n    props:\n{{ if big }}\n      memory: 1024\n{{ else }}\n      memory: 128\n{{ /if }}\n      x: \${vars.nope}\n`;
    const { problems } = checkSYaml(text, 'case.yaml', { baseDir: '/', template: true });
    assert.deepEqual(
      problems.map((p) => [p.code, p.line, p.column]),
      [['s-yaml/undefined-var', 12, 12]],
    );
  });
  test('an expression built from a placeholder is not resolved', () => {
    const text =
      'edition: 3.0.0\nname: app\nresources:\n  a:\n    component: fc3\n    props:\n      x: ${resources.{{ other }}.output.url}\n';
    assert.deepEqual(checkSYaml(text, 'case.yaml', { baseDir: '/', template: true }).problems, []);
  });
});

test('tokenizeExpression finds paths, calls and literal arguments', () => {
  const tokens = tokenizeExpression(
    "json(file('./a.json')) || resources.my-fn.output['url'] || vars.x.trim()",
  );
  assert.deepEqual(
    tokens.map((t) => {
      const name = [t.root, ...t.segments].join('.');
      return t.kind === 'path' ? name : `${name}(${t.args.map((a) => a.raw).join(',')})`;
    }),
    ["json(file('./a.json'))", 'resources.my-fn.output.url', 'vars.x.trim()'],
  );
});

const PUBLISH = `Edition: 3.0.0
Type: Component
Name: my-component
Provider:
  - 阿里云
Version: 0.0.1
Description: demo
Category: 基础云服务
Service:
  函数计算:
    Authorities:
      - AliyunFCFullAccess
Commands:
  deploy: 部署
Effective: Public
Parameters:
  type: object
  properties: {}
`;

const PUBLISH_CASES: Case[] = [
  {
    name: 'broken YAML',
    text: 'Edition: 3.0.0\nName: [x\n',
    code: 'serverless/yaml-syntax',
    pos: { line: 3, column: 1 },
  },
  {
    name: 'missing Category',
    text: PUBLISH.replace('Category: 基础云服务\n', ''),
    code: 'serverless/publish-required',
    pos: { line: 1, column: 1 },
  },
  {
    name: 'lower-case key',
    text: PUBLISH.replace('Description:', 'description:'),
    code: 'serverless/publish-required',
    at: 'description',
  },
  {
    name: 'Edition 3.0',
    text: PUBLISH.replace('Edition: 3.0.0', 'Edition: 3.0'),
    code: 'serverless/publish-edition',
    at: '3.0',
  },
  {
    name: 'Edition 2.0.0',
    text: PUBLISH.replace('Edition: 3.0.0', 'Edition: 2.0.0'),
    code: 'serverless/publish-edition-v2',
    at: '2.0.0',
  },
  {
    name: 'Type Application',
    text: PUBLISH.replace('Type: Component', 'Type: Application'),
    code: 'serverless/publish-type',
    at: 'Application',
  },
  {
    name: 'Name with /',
    text: PUBLISH.replace('Name: my-component', 'Name: org/my-component'),
    code: 'serverless/publish-name',
    at: 'org/',
  },
  {
    name: 'Name with @',
    text: PUBLISH.replace('Name: my-component', 'Name: my-component@1'),
    code: 'serverless/publish-name',
    at: 'my-component@',
  },
  {
    name: 'Provider not a list',
    text: PUBLISH.replace('Provider:\n  - 阿里云', 'Provider: 阿里云'),
    code: 'serverless/publish-provider',
    at: '阿里云',
  },
  {
    name: 'unknown Provider',
    text: PUBLISH.replace('  - 阿里云', '  - Aliyun'),
    code: 'serverless/publish-provider',
    at: 'Aliyun',
  },
  {
    name: 'Version read as a number',
    text: PUBLISH.replace('Version: 0.0.1', 'Version: 1.0'),
    code: 'serverless/publish-version',
    at: '1.0',
  },
  {
    name: 'Version with v',
    text: PUBLISH.replace('Version: 0.0.1', 'Version: v0.0.1'),
    code: 'serverless/publish-version',
    at: 'v0.0.1',
  },
  {
    name: 'pre-release Version',
    text: PUBLISH.replace('Version: 0.0.1', 'Version: 0.0.1-beta.1'),
    code: 'serverless/publish-version',
    at: '0.0.1-beta.1',
    severity: 'warning',
  },
  {
    name: 'Service not a mapping',
    text: PUBLISH.replace(/Service:\n( {2}.*\n)+/, 'Service: [fc]\n'),
    code: 'serverless/publish-field-type',
    at: '[fc]',
  },
  {
    name: 'Effective',
    text: PUBLISH.replace('Effective: Public', 'Effective: public'),
    code: 'serverless/publish-effective',
    at: 'public',
  },
  {
    name: 'Component without Commands',
    text: PUBLISH.replace('Commands:\n  deploy: 部署\n', ''),
    code: 'serverless/publish-commands',
    pos: { line: 1, column: 1 },
  },
  {
    name: 'V2 Properties key',
    text: `${PUBLISH}Properties: {}\n`,
    code: 'serverless/publish-unknown-key',
    at: 'Properties',
    severity: 'warning',
  },
];

describe('checkPublishYaml: one seeded defect per rule', () => {
  test('the base case is clean', () => assert.deepEqual(checkPublishYaml(PUBLISH, 'case.yaml'), []));
  for (const c of PUBLISH_CASES) {
    test(`${c.code}: ${c.name}`, () => {
      expectOne(
        checkPublishYaml(c.text, 'case.yaml'),
        c.code,
        c.pos ?? where(c.text, c.at!, c.nth),
        c.severity,
      );
    });
  }
  test('versions the registry takes', () => {
    assert.deepEqual(
      ['0.0.1', '10.2.30', 'dev', 'dev.0.56', '1.0', '01.0.0', 'v1.0.0', '1.0.0-rc.1', 'dev.1'].map(
        classifyVersion,
      ),
      ['release', 'release', 'dev', 'dev', 'invalid', 'invalid', 'invalid', 'prerelease', 'invalid'],
    );
  });
});

// ---- package folders: real files in a temporary copy of a valid fixture ----

const temps: string[] = [];
after(async () => {
  for (const t of temps) await rm(t, { recursive: true, force: true });
});

async function copyOf(fixture: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cp-serverless-'));
  temps.push(dir);
  await cp(join(VALID, fixture), dir, { recursive: true });
  return dir;
}

function only(problems: Problem[], code: string, severity: string = 'error'): Problem {
  for (const p of problems) seen.add(p.code);
  assert.deepEqual(
    problems.map((p) => p.code),
    [code],
    JSON.stringify(problems, null, 1),
  );
  assert.equal(problems[0]!.severity, severity);
  assert.ok(problems[0]!.fix);
  return problems[0]!;
}

describe('validateServerlessPackage', () => {
  test('the valid Component and Project have zero problems; the Project has its deploy order', async () => {
    const component = await validateServerlessPackage(join(VALID, 'component'));
    assert.deepEqual(component, { problems: [], deployOrder: [] });
    const project = await validateServerlessPackage(join(VALID, 'project'));
    assert.deepEqual(project, { problems: [], deployOrder: ['database', 'api', 'assets', 'gateway'] });
  });

  test('the valid 1.0.0 s.yaml has zero problems, dependencies first', async () => {
    const result = await validateStandaloneSYaml(join(VALID, 's-yaml-1.0.0', 's.yaml'));
    assert.deepEqual(result, {
      problems: [],
      deployOrder: ['nextjs-portal', 'assets', 'express-blog', 'gateway'],
    });
  });

  test('problem files are relative to the working directory', async () => {
    const dir = await copyOf('project');
    await writeFile(join(dir, 'src', 'build.yaml'), 'ghost: {}\n');
    const [p] = (await validateServerlessPackage(dir)).problems;
    assert.ok(p!.file.endsWith('src/build.yaml'));
    const inside = await validateStandaloneSYaml('test/fixtures/serverless-valid/s-yaml-1.0.0/missing.yaml');
    assert.equal(inside.problems[0]!.file, 'test/fixtures/serverless-valid/s-yaml-1.0.0/missing.yaml');
  });

  const layout: {
    name: string;
    fixture: string;
    change: (dir: string) => Promise<unknown>;
    code: string;
    severity?: string;
    at?: [number, number];
  }[] = [
    {
      name: 'no src/',
      fixture: 'component',
      change: (d) => rm(join(d, 'src'), { recursive: true }),
      code: 'serverless/missing-src',
    },
    {
      name: 'no publish.yaml',
      fixture: 'project',
      change: (d) => rm(join(d, 'publish.yaml')),
      code: 'serverless/missing-publish-yaml',
    },
    {
      name: 'no readme',
      fixture: 'component',
      change: (d) => rm(join(d, 'README.md')),
      code: 'serverless/missing-readme',
    },
    {
      name: 'no version.md',
      fixture: 'component',
      change: (d) => rm(join(d, 'version.md')),
      code: 'serverless/missing-version-md',
      severity: 'warning',
    },
    {
      name: 'no package.json',
      fixture: 'component',
      change: (d) => rm(join(d, 'package.json')),
      code: 'serverless/missing-package-json',
    },
    {
      name: 'main not built',
      fixture: 'component',
      change: (d) => rm(join(d, 'dist'), { recursive: true }),
      code: 'serverless/package-main',
    },
    {
      name: 'no src/s.yaml',
      fixture: 'project',
      change: (d) => rm(join(d, 'src', 's.yaml')),
      code: 'serverless/missing-s-yaml',
    },
    {
      name: 'Project with a 1.0.0 s.yaml',
      fixture: 'project',
      change: (d) =>
        writeFile(
          join(d, 'src', 's.yaml'),
          'edition: 1.0.0\nname: app\nservices:\n  api:\n    component: fc\n',
        ),
      code: 'serverless/project-s-yaml',
      at: [1, 1],
    },
    {
      name: 'build.yaml names no resource',
      fixture: 'project',
      change: (d) => writeFile(join(d, 'src', 'build.yaml'), 'api: {}\nweb:\n  x: 1\n'),
      code: 'serverless/build-yaml-resource',
      at: [2, 1],
    },
    {
      name: 'variable.yaml services names no resource',
      fixture: 'project',
      change: (d) =>
        writeFile(join(d, 'src', 'variable.yaml'), 'services:\n  api: {}\n  apii:\n    memorySize: 1\n'),
      code: 'serverless/variable-yaml-resource',
      at: [3, 3],
    },
    {
      // The registry client reads publish.yaml first, so a second file would silently not count.
      name: 'publish.yaml and publish.yml side by side',
      fixture: 'component',
      change: (d) => cp(join(d, 'publish.yaml'), join(d, 'publish.yml')),
      code: 'serverless/publish-yaml-twice',
    },
    {
      // parse-spec's isExtendMode reads the base file; a missing one stops the engine.
      name: 'extend names a base file that is not there',
      fixture: 'project',
      change: async (d) => {
        const file = join(d, 'src', 's.yaml');
        await writeFile(file, `extend: ./gone.yaml\n${await readFile(file, 'utf8')}`);
      },
      code: 's-yaml/extend-missing',
      at: [1, 9],
    },
    {
      name: 'build.yaml is not YAML',
      fixture: 'project',
      change: (d) => writeFile(join(d, 'src', 'build.yaml'), 'api: [\n'),
      code: 'serverless/yaml-syntax',
    },
    {
      name: 'undeclared template parameter',
      fixture: 'project',
      change: async (d) => {
        const file = join(d, 'src', 's.yaml');
        await writeFile(
          file,
          (await readFile(file, 'utf8')).replace("region: '{{ region }}'", "region: '{{ regoin }}'"),
        );
      },
      code: 'serverless/template-parameter',
      severity: 'warning',
      at: [6, 12],
    },
  ];
  for (const c of layout) {
    test(`${c.code}: ${c.name}`, async () => {
      const dir = await copyOf(c.fixture);
      await c.change(dir);
      const p = only((await validateServerlessPackage(dir)).problems, c.code, c.severity);
      if (c.at) assert.deepEqual([p.line, p.column], c.at);
    });
  }

  test('s-yaml/file-not-found: a standalone s.yaml that is not there', async () => {
    only((await validateStandaloneSYaml(join(VALID, 'nope', 's.yaml'))).problems, 's-yaml/file-not-found');
  });

  test('readme.md is found whatever its case (the CLI falls back to a case-insensitive match)', async () => {
    const dir = await copyOf('component');
    assert.deepEqual((await validateServerlessPackage(dir)).problems, []);
  });
});

test('every rule code in the catalogs is exercised above, and every code used is catalogued', () => {
  const catalog = new Set([...Object.keys(S_YAML_RULES), ...Object.keys(SERVERLESS_RULES)]);
  assert.deepEqual([...catalog].filter((c) => !seen.has(c)).sort(), []);
  assert.deepEqual([...seen].filter((c) => !catalog.has(c)).sort(), []);
  for (const code of catalog) assert.match(code, /^(serverless|s-yaml)\/[a-z0-9]+(-[a-z0-9]+)*$/);
});
