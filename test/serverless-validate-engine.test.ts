// What the engine accepts must pass, what it refuses must be reported: each case follows what
// @serverless-devs/s 3.1.10 (its bundled parse-spec, registry and js-yaml 4.1.0) or the 1.x core does
// with the same file, as noted on the case. Files are written to temporary folders and read back
// through the same functions `validate` uses.
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Problem } from '../src/report/problems.ts';
import { readServerlessPackage } from '../src/serverless/package.ts';
import { checkSYaml } from '../src/serverless/s-yaml.ts';
import { validateServerlessPackage, validateStandaloneSYaml } from '../src/serverless/validate.ts';
import { validateFolder } from '../src/validate.ts';

const VALID = join(import.meta.dirname, 'fixtures', 'serverless-valid');
const temps: string[] = [];
after(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

async function folder(files: Record<string, string> = {}, fixture?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cp-s-engine-'));
  temps.push(dir);
  if (fixture) await cp(join(VALID, fixture), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

const codes = (problems: Problem[]) => problems.map((p) => `${p.severity} ${p.code}`);
const check = (text: string) => checkSYaml(text, 's.yaml', { baseDir: '/work' }).problems;
const HEAD = 'edition: 3.0.0\nname: app\n';
const RES = 'resources:\n  fn:\n    component: fc3\n    props:\n      region: cn-hangzhou\n';

describe('s.yaml is parsed as s 3.x parses it (js-yaml 4)', () => {
  test('a multi-line double-quoted scalar indented no further than its key loads, as in js-yaml 4', () => {
    // js-yaml 4.1.0 loads this as "first line second line"; a strict YAML 1.2 parser refuses it.
    const text = `${HEAD}${RES}      description: "first line\n  second line"\n      memorySize: \${vars.size}\n`;
    const problems = check(text);
    assert.deepEqual(codes(problems), ['error s-yaml/undefined-var']);
    // The locating tree still points at the right line after the repaired scalar.
    assert.deepEqual([problems[0]!.line, problems[0]!.column], [10, 21]);
  });

  test('what js-yaml refuses is a syntax error at its position', () => {
    const problems = check(`${HEAD}${RES}      a: [1, 2\n`);
    assert.deepEqual(codes(problems), ['error s-yaml/yaml-syntax']);
    assert.equal(problems[0]!.line, 9); // js-yaml stops at the end of the file, where ] is missing
  });

  test('a repeated key is refused, as js-yaml 4 does ("duplicated mapping key")', () => {
    assert.deepEqual(codes(check(`${HEAD}name: again\n${RES}`)), ['error s-yaml/yaml-syntax']);
  });
});

describe('no false alarm on what the engine accepts', () => {
  test('an empty actions: at top level and in a resource (both engines read null as none)', () => {
    assert.deepEqual(check(`${HEAD}actions:\n${RES}    actions:\n`), []);
  });

  test('extend.ignore given as one string', () => {
    const text = `${HEAD}template:\n  base:\n    timeout: 3\n${RES}    extend:\n      name: base\n      ignore: timeout\n`;
    assert.deepEqual(check(text), []);
  });

  test('a lone unquoted argument in 3.0.0 (s 3.1.10 quotes it: env, file, path, config, regex ran)', () => {
    const text = `${HEAD}${RES}      key: \${env(SECRET)}\n      cfg: \${file(./a.json)}\n      code: \${path(./code)}\n      r: \${regex(^dev-.*$)}\n      id: \${config(AccountID)}\n`;
    assert.deepEqual(check(text), []);
  });

  test('with a second argument the first is JavaScript: an unquoted name is undefined, the default always wins', () => {
    // Observed with s 3.1.10: `${env(HOME, 'dflt')}` gave "dflt" with HOME set.
    const problems = check(
      `${HEAD}${RES}      home: \${env(HOME, 'dflt')}\n      ok: \${env('HOME', vars.x || 'y')}\n`,
    );
    assert.deepEqual(codes(problems), ['warning s-yaml/unquoted-argument', 'error s-yaml/undefined-var']);
  });

  test('an unquoted file() argument is still a path that must exist', () => {
    const text = `${HEAD}${RES}      cfg: \${file(./gone.json)}\n`;
    const problems = checkSYaml(text, 's.yaml', { baseDir: '/work', exists: () => false }).problems;
    assert.deepEqual(codes(problems), ['error s-yaml/missing-file']);
  });

  test('${self.*} and ${shared.*} placeholders that s init leaves for later', () => {
    assert.deepEqual(check(`${HEAD}${RES}      a: \${self.region}\n      b: \${shared.vpc.id}\n`), []);
  });

  test('1.x variables the engine leaves literal (core findVariableValue): ${environment.*}', () => {
    const text =
      'edition: 1.0.0\nname: app\nservices:\n  web:\n    component: fc\n    props:\n      region: ${environment.region}\n';
    assert.deepEqual(check(text), []);
  });

  test('a Category outside any old list (the client does not check it)', async () => {
    const dir = await folder({}, 'component');
    const file = join(dir, 'publish.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('基础云服务', 'MCP服务'));
    assert.deepEqual((await validateServerlessPackage(dir)).problems, []);
  });
});

describe('extend: the base file is merged first (parse-spec doExtend)', () => {
  const BASE = `${HEAD}vars:\n  region: cn-hangzhou\n${RES}  db:\n    component: ots\n`;

  test('edition, name, vars and resources may come from the base', async () => {
    const dir = await folder({
      'base.yaml': BASE,
      's.yaml':
        'extend: ./base.yaml\nresources:\n  web:\n    component: fc3\n    props:\n      region: ${vars.region}\n      db: ${resources.db.output.name}\n',
    });
    assert.deepEqual(await validateStandaloneSYaml(join(dir, 's.yaml')), {
      problems: [],
      deployOrder: ['fn', 'db', 'web'],
    });
  });

  test("the base file's own problems are reported in the base file", async () => {
    const dir = await folder({
      'base.yaml': BASE.replace('component: ots', 'component: ots\n    props:\n      x: ${vars.nope}'),
      's.yaml': 'extend: ./base.yaml\nresources:\n  web:\n    component: fc3\n',
    });
    const { problems } = await validateStandaloneSYaml(join(dir, 's.yaml'));
    assert.deepEqual(codes(problems), ['error s-yaml/undefined-var']);
    assert.ok(problems[0]!.file.endsWith('base.yaml'), problems[0]!.file);
    assert.equal(problems[0]!.line, 13);
  });

  test("another file's resource props are not in reach (each file is resolved with its own resources)", async () => {
    // Observed with s 3.1.10: `${resources.db.props.r}` in the extending file: "… not found".
    const dir = await folder({
      'base.yaml': BASE,
      's.yaml':
        'extend: ./base.yaml\nresources:\n  web:\n    component: fc3\n    props:\n      r: ${resources.db.props.r}\n',
    });
    const { problems } = await validateStandaloneSYaml(join(dir, 's.yaml'));
    assert.deepEqual(codes(problems), ['error s-yaml/unknown-resource']);
    assert.ok(problems[0]!.file.endsWith('/s.yaml'));
  });

  test('a problem in the extending file is reported there', async () => {
    const dir = await folder({
      'base.yaml': BASE,
      's.yaml':
        'extend: ./base.yaml\nresources:\n  web:\n    component: fc3\n    props:\n      x: ${vars.regoin}\n',
    });
    const { problems } = await validateStandaloneSYaml(join(dir, 's.yaml'));
    assert.deepEqual(codes(problems), ['error s-yaml/undefined-var']);
    assert.ok(problems[0]!.file.endsWith('/s.yaml'));
    assert.deepEqual([problems[0]!.line, problems[0]!.column], [6, 12]);
  });
});

describe('a standalone s.yaml (an application repository without publish.yaml)', () => {
  test('a folder holding s.yaml and s-dev.yaml: both are checked', async () => {
    const dir = await folder({
      's.yaml': `${HEAD}${RES}`,
      's-dev.yaml': `${HEAD}${RES}      a: \${vars.x}\n`,
    });
    const { problems, deployOrder } = await validateStandaloneSYaml(dir);
    assert.deepEqual(codes(problems), ['error s-yaml/undefined-var']);
    assert.ok(problems[0]!.file.endsWith('s-dev.yaml'));
    assert.deepEqual(deployOrder, ['fn']);
  });

  test('an s.yml file on its own', async () => {
    const dir = await folder({ 's.yml': `${HEAD}${RES}` });
    assert.deepEqual(await validateStandaloneSYaml(join(dir, 's.yml')), {
      problems: [],
      deployOrder: ['fn'],
    });
  });

  test('validate takes such a folder or file (before: "holds neither …", exit 1)', async () => {
    const dir = await folder({ 's.yaml': `${HEAD}${RES}      a: \${vars.x}\n` });
    for (const target of [dir, join(dir, 's.yaml')]) {
      const result = await validateFolder(target);
      assert.deepEqual(codes(result.problems), ['error s-yaml/undefined-var']);
      assert.deepEqual(result.deployOrder, ['fn']);
    }
  });

  test('a folder with no s.yaml is an error naming it', async () => {
    const dir = await folder({ 'other.yaml': 'a: 1\n' });
    assert.deepEqual(codes((await validateStandaloneSYaml(dir)).problems), ['error s-yaml/file-not-found']);
  });
});

describe('package checks', () => {
  test('a V2 package (publish.yaml without Edition) gets one problem saying what it is', async () => {
    const dir = await folder({}, 'component');
    const file = join(dir, 'publish.yaml');
    const v2 = (await readFile(file, 'utf8'))
      .replace('Edition: 3.0.0\n', '')
      .replace(/Effective: Public\n/, '')
      .replace(/Parameters:[\s\S]*$/, 'Properties:\n  region: {}\n');
    await writeFile(file, v2);
    const { problems } = await validateServerlessPackage(dir);
    assert.deepEqual(codes(problems), ['error serverless/publish-edition-v2']);
    assert.match(problems[0]!.message, /Serverless Devs 2\.x package/);
    assert.match(problems[0]!.fix ?? '', /Edition: 3\.0\.0/);
  });

  test("package.json's main missing: a warning on a source tree, an error when publishing", async () => {
    const dir = await folder({}, 'component');
    await rm(join(dir, 'dist'), { recursive: true });
    const source = await validateServerlessPackage(dir, { stage: 'validate' });
    assert.deepEqual(codes(source.problems), ['warning serverless/package-main']);
    assert.match(source.problems[0]!.message, /build must make it/);
    const release = await validateServerlessPackage(dir, { stage: 'publish' });
    assert.deepEqual(codes(release.problems), ['error serverless/package-main']);
  });

  test('publish.yml is read wherever publish.yaml is, found or given', async () => {
    const dir = await folder({}, 'component');
    await rename(join(dir, 'publish.yaml'), join(dir, 'publish.yml'));
    assert.deepEqual((await validateServerlessPackage(dir)).problems, []);
    const given = await validateServerlessPackage(dir, { publishFile: join(dir, 'publish.yml') });
    assert.deepEqual(given.problems, []);
  });

  test("a Component's src/s.yaml is checked too", async () => {
    const dir = await folder(
      { 'src/s.yaml': `${HEAD}${RES}      a: \${resources.ghost.output.x}\n` },
      'component',
    );
    const { problems } = await validateServerlessPackage(dir);
    assert.deepEqual(codes(problems), ['error s-yaml/unknown-resource']);
    assert.ok(problems[0]!.file.endsWith('src/s.yaml'));
  });

  test('the publish form reads publish.yml (given or found) with js-yaml, as the registry client does', async () => {
    const dir = await folder({}, 'component');
    // A multi-line quoted scalar indented no further than its key: js-yaml 4 loads it, YAML 1.2 does not.
    const text = (await readFile(join(dir, 'publish.yaml'), 'utf8')).replace(
      '  - 部署函数\n',
      '  - "部署\n  函数"\n',
    );
    await rm(join(dir, 'publish.yaml'));
    await writeFile(join(dir, 'publish.yml'), text);
    for (const given of [undefined, join(dir, 'publish.yml')]) {
      const pkg = await readServerlessPackage(dir, given);
      assert.equal(pkg.name, 'cp-valid-component');
      assert.equal(pkg.form.publish, text);
      assert.ok(pkg.publishYamlFile.endsWith('publish.yml'));
    }
    assert.deepEqual((await validateServerlessPackage(dir)).problems, []);
  });
});

// The shapes of three files in Serverless-Devs' own tests that `s preview` 3.1.10 accepts (checked with the
// real client, offline): written here by hand, not copied.
describe('shapes s preview 3.1.10 accepts: extend merges resources, ${vars.x} resources, resource vars', () => {
  test('a resource in both files of extend is checked merged: the base gives the component', async () => {
    const dir = await folder({
      'base.yaml': [
        'edition: 3.0.0',
        'name: site',
        'vars:',
        '  region: cn-hangzhou',
        '  service:',
        '    name: site-svc',
        'template:',
        '  small:',
        '    runtime: nodejs18',
        '    memory: 128',
        'resources:',
        '  web:',
        '    component: fc3',
        '    extend:',
        '      name: small',
        '      ignore:',
        '        - memory',
        '    props:',
        '      region: ${vars.region}',
        '      service: ${vars.service}',
        '      env:',
        '        other: ${resources.worker.output.url}',
        '        self: ${this.props.region}',
        '  worker:',
        '    component: fc3',
        '    props:',
        '      region: ${vars.region}',
        '',
      ].join('\n'),
      's.yaml': [
        'extend: base.yaml',
        'vars:',
        '  region: cn-shanghai',
        '  service:',
        '    name: site-svc-pre',
        'resources:',
        '  web:',
        '    props:',
        '      service:',
        '        name: ${vars.service.name}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(await validateStandaloneSYaml(dir), { problems: [], deployOrder: ['worker', 'web'] });
  });

  test('a resource written as ${vars.x} is the mapping that variable holds (merged vars)', async () => {
    const dir = await folder({
      'base.yaml': [
        'edition: 3.0.0',
        'name: app',
        'vars:',
        '  fnTemplate:',
        '    component: fc',
        '    props:',
        '      region: cn-hangzhou',
        'resources:',
        '  api: ${vars.fnTemplate}',
        '  admin: ${vars.fnTemplate}',
        '',
      ].join('\n'),
      's.yaml': [
        'extend: base.yaml',
        'resources:',
        '  api:',
        '    props:',
        '      function:',
        '        name: api',
        '    actions:',
        '      pre-deploy:',
        '        - run: node prepare.js ./api',
        '  admin:',
        '    props:',
        '      function:',
        '        name: admin',
        '',
      ].join('\n'),
    });
    assert.deepEqual(await validateStandaloneSYaml(dir), { problems: [], deployOrder: ['api', 'admin'] });
  });

  test("a resource's own vars, read as ${this.vars.*} and ${resources.<r>.vars.*}", async () => {
    const dir = await folder({
      's.yaml': [
        'edition: 3.0.0',
        'name: app',
        'vars:',
        '  region: cn-hangzhou',
        'resources:',
        '  one:',
        '    component: fc3',
        '    vars:',
        '      region: ${vars.region}',
        '    props:',
        '      region: ${this.vars.region}',
        '  two:',
        '    component: fc3',
        '    props:',
        '      region: ${resources.one.vars.region}',
        '',
      ].join('\n'),
    });
    assert.deepEqual((await validateStandaloneSYaml(dir)).problems, []);
  });
});

describe('what the engine makes of a resource: the merge of extend, a whole ${vars.…}', () => {
  const BASE = `${HEAD}vars:\n  region: cn-hangzhou\n  fn:\n    component: fc3\n    props:\n      region: cn-hangzhou\n${RES}`;
  const where = (problems: Problem[]) =>
    problems.map((p) => `${p.file.slice(p.file.lastIndexOf('/') + 1)}:${p.line} ${p.severity} ${p.code}`);

  test('a component in neither file is reported once, in the extending file', async () => {
    const dir = await folder({
      'base.yaml': `${HEAD}resources:\n  web:\n    props:\n      a: 1\n`,
      's.yaml': 'extend: ./base.yaml\nresources:\n  web:\n    props:\n      b: 2\n',
    });
    const { problems } = await validateStandaloneSYaml(join(dir, 's.yaml'));
    assert.deepEqual(where(problems), ['s.yaml:3 error s-yaml/component-missing']);
  });

  test('an empty component in the extending file wins over the base one', async () => {
    const dir = await folder({
      'base.yaml': BASE,
      's.yaml': 'extend: ./base.yaml\nresources:\n  fn:\n    component: ""\n',
    });
    const { problems } = await validateStandaloneSYaml(join(dir, 's.yaml'));
    assert.deepEqual(where(problems), ['s.yaml:4 error s-yaml/component-missing']);
  });

  test('a string in the extending file replaces the base mapping; a string in the base is replaced', async () => {
    const dir = await folder({
      'base.yaml': `${BASE}  web: none\n`,
      's.yaml': 'extend: ./base.yaml\nresources:\n  fn: none\n  web:\n    component: fc3\n',
    });
    const { problems } = await validateStandaloneSYaml(join(dir, 's.yaml'));
    assert.deepEqual(where(problems), ['s.yaml:3 error s-yaml/type']);
  });

  test("the extending file's vars are merged into the base's, not put in their place", async () => {
    const dir = await folder({
      'base.yaml': BASE,
      's.yaml':
        'extend: ./base.yaml\nvars:\n  other: 1\nresources:\n  web:\n    component: fc3\n    props:\n      r: ${vars.region}\n',
    });
    assert.deepEqual((await validateStandaloneSYaml(join(dir, 's.yaml'))).problems, []);
  });

  test('without extend, a resource given as ${vars.fn} is checked as the mapping fn holds', () => {
    const text = `${HEAD}vars:\n  fn:\n    props:\n      a: 1\n    memory: 128\n  name: x\nresources:\n  a: \${vars.fn}\n  b: \${vars.name}\n  c: \${vars.nope}\n  d: \${vars['fn']}\n`;
    const problems = check(text);
    assert.deepEqual(
      problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.code}`),
      [
        '10:6 error s-yaml/component-missing',
        '10:6 warning s-yaml/unknown-key',
        '11:6 error s-yaml/type',
        '13:6 error s-yaml/component-missing',
        '13:6 warning s-yaml/unknown-key',
        '12:8 error s-yaml/undefined-var',
      ],
    );
    assert.match(problems[2]!.message, /\$\{vars\.name\} is a string/);
  });
});

// Domain facts: 1.x core leaves a variable it cannot resolve as literal text and deploys; 3.x fails.
test('what the engine cannot resolve is an error in 3.x and a warning in 1.x, which deploys it as text', () => {
  const severities = (text: string) => check(text).map((p) => `${p.severity} ${p.code}`);
  assert.deepEqual(
    severities(
      'edition: 1.0.0\nname: app\nvars:\n  a: 1\nservices:\n  s1:\n    component: fc\n    props:\n      u: ${ghost.output.url}\n      v: ${vars.nope}\n      w: ${json(1)}\n',
    ),
    ['warning s-yaml/unknown-resource', 'warning s-yaml/undefined-var', 'warning s-yaml/unknown-function'],
  );
  assert.deepEqual(
    severities(
      'edition: 3.0.0\nname: app\nvars:\n  a: 1\nresources:\n  s1:\n    component: fc3\n    props:\n      u: ${resources.ghost.output.url}\n      v: ${vars.nope}\n      w: ${nope(1)}\n',
    ),
    ['error s-yaml/unknown-resource', 'error s-yaml/undefined-var', 'error s-yaml/unknown-function'],
  );
});
