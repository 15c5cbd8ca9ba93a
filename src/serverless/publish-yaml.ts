// publish.yaml (Edition 3.0.0): the schema the official `s registry publish` enforces before it
// uploads anything, so that a package fails here, with a line and column, instead of there.
//
// Sources: the schema and checks bundled in @serverless-devs/s 3.1.10 (from Serverless-Devs/toolkit
// packages/registry): required Edition, Type, Name, Provider, Version, Description, Category, Service,
// Effective, Parameters; a Component needs non-empty Commands. Category is a plain string there; the
// category list below is the enum of @serverless-devs/registry 0.0.10, so an unknown category is a warning.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Position, Problem, Severity } from '../report/problems.ts';
import { kindOf, pairOf, pairsOf, parseYaml, positionOf, stringOf } from '../yaml-positions.ts';

export const PACKAGE_TYPES = ['Component', 'Plugin', 'Project'] as const;
export type PackageType = (typeof PACKAGE_TYPES)[number];

export const PROVIDERS = [
  '阿里云',
  '腾讯云',
  '华为云',
  '百度智能云',
  'AWS',
  'Azure',
  'Google Cloud Platform',
  '专有云',
  '其它',
  '火山引擎',
  'Alibaba Cloud',
  'Tencent Cloud',
  'Huawei Cloud',
  'Baidu Cloud',
  'Private Cloud',
  'Others',
] as const;

// Spelling as the registry has it ("Web Appilication" included): the value is matched, not read.
export const CATEGORIES = [
  '人工智能',
  'Web 应用',
  '基础云服务',
  '新手入门',
  '开源项目',
  'Jamstack',
  '函数Connector',
  'IoT',
  '其它',
  '数据处理',
  '监控告警',
  '图文处理',
  '音视频处理',
  '全栈应用',
  'Web框架',
  '云应用',
  '基础云产品',
  'Artificial Intelligence',
  'Web Appilication',
  'Basic cloud services',
  'onboarding',
  'Open Source',
  'Function Connector',
  'Others',
  'Big Data',
  'Monitoring alarm',
  'Image and text processing',
  'Audio and video processing',
  'Fullstack application',
  'Web Framework',
  'Cloud Application',
  'Basic cloud products',
] as const;

export const EFFECTIVE = ['Public', 'Private', 'Organization'] as const;

const REQUIRED = [
  'Edition',
  'Type',
  'Name',
  'Provider',
  'Version',
  'Description',
  'Category',
  'Service',
  'Effective',
  'Parameters',
] as const;
const OPTIONAL = ['HomePage', 'Tags', 'Organization', 'Schema', 'Commands'] as const;
const KNOWN: readonly string[] = [...REQUIRED, ...OPTIONAL];

/**
 * Versions the registry takes: `x.y.z` (numbers), and the development versions `dev` and `dev.x.y`
 * (fc3 has `dev.0.56`), which are never served as latest. Pre-releases (`1.0.0-beta.1`) are valid
 * semver but the registry is not known to order them, so they get a warning, not an error.
 */
export function classifyVersion(version: string): 'release' | 'dev' | 'prerelease' | 'invalid' {
  if (/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(version)) return 'release';
  if (/^dev(\.(0|[1-9]\d*)\.(0|[1-9]\d*))?$/.test(version)) return 'dev';
  if (/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)-[0-9A-Za-z.-]+$/.test(version)) return 'prerelease';
  return 'invalid';
}

/** Why a package name is unusable, or undefined when it is fine. */
export function nameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'is empty';
  if (name.includes('/'))
    return "contains '/', which the registry's URLs (/packages/{name}/release) cannot carry";
  if (name.includes('@')) return "contains '@', which separates name from version (name@version)";
  if (/\s/.test(name)) return 'contains whitespace';
  return undefined;
}

export interface PublishYamlSummary {
  type?: string;
  name?: string;
  version?: string;
  /** Keys of Parameters.properties, when Parameters is a JSON schema with properties. */
  parameterNames?: string[];
}

/** Pure: checks publish.yaml text. `file` is only used in the problems. */
export function checkPublishYaml(text: string, file: string): Problem[] {
  return inspectPublishYaml(text, file).problems;
}

/** As checkPublishYaml, and also returns what the package layout checks need. */
export function inspectPublishYaml(
  text: string,
  file: string,
): { problems: Problem[]; summary: PublishYamlSummary } {
  const problems: Problem[] = [];
  const summary: PublishYamlSummary = {};
  const report = (at: Position, code: string, message: string, fix: string, severity: Severity = 'error') =>
    problems.push({ file, ...at, severity, code, message, fix });

  const { doc, lineCounter, errors } = parseYaml(text);
  for (const e of errors) {
    report(
      e.at,
      'serverless/yaml-syntax',
      `publish.yaml is not valid YAML: ${e.message}`,
      'fix the YAML syntax',
      e.severity,
    );
  }
  if (errors.some((e) => e.severity === 'error')) return { problems, summary };
  const root = doc.contents;
  if (!isMap(root)) {
    report(
      positionOf(root, lineCounter).line ? positionOf(root, lineCounter) : { line: 1, column: 1 },
      'serverless/yaml-syntax',
      `publish.yaml must be a mapping of keys (Edition, Type, Name, …), but it is ${kindOf(root)}`,
      'write publish.yaml as `Key: value` lines, starting with `Edition: 3.0.0`',
    );
    return { problems, summary };
  }
  const at = (key: string): Position =>
    positionOf(pairOf(root, key)?.value ?? pairOf(root, key), lineCounter);
  const keyAt = (key: string): Position => positionOf(pairOf(root, key), lineCounter);
  const top: Position = positionOf(root, lineCounter);
  const value = (key: string): Node | null | undefined => pairOf(root, key)?.value;

  // Edition decides which tool the file belongs to, so it is checked first.
  const edition = value('Edition');
  const editionText = isScalar(edition) ? String(edition.value) : undefined;
  if (!pairOf(root, 'Edition')) {
    report(
      top,
      'serverless/publish-required',
      'publish.yaml has no Edition',
      'add `Edition: 3.0.0` as the first line',
    );
  } else if (editionText === '1.0.0' || editionText === '2.0.0') {
    report(
      at('Edition'),
      'serverless/publish-edition-v2',
      `Edition ${editionText} is a V2 package: it belongs to the V2 tool \`s cli registry publish\`, not the current registry`,
      'move the package to Edition 3.0.0 (Type Application → Project, s.yaml edition 3.0.0 with resources), or publish it with `s cli registry publish`',
    );
  } else if (!isScalar(edition) || typeof edition.value !== 'string' || edition.value !== '3.0.0') {
    report(
      at('Edition'),
      'serverless/publish-edition',
      `Edition must be the string 3.0.0, but it is ${isScalar(edition) ? JSON.stringify(edition.value) : kindOf(edition)}`,
      'write `Edition: 3.0.0`',
    );
  }

  for (const key of REQUIRED) {
    if (key === 'Edition' || pairOf(root, key)) continue;
    const near = pairsOf(root).find(
      (p) => isScalar(p.key) && String(p.key.value).toLowerCase() === key.toLowerCase(),
    );
    report(
      near ? positionOf(near, lineCounter) : top,
      'serverless/publish-required',
      near
        ? `publish.yaml has no ${key} (keys are case-sensitive: found ${String((near.key as { value: unknown }).value)})`
        : `publish.yaml has no ${key}`,
      `add a \`${key}:\` entry${hintFor(key)}`,
    );
  }

  checkType(value('Type'), at('Type'), report, summary);
  checkName(value('Name'), at('Name'), report, summary);
  checkProvider(value('Provider'), lineCounter, report);
  checkVersion(value('Version'), at('Version'), report, summary);
  checkString(value('Description'), 'Description', at('Description'), report);
  checkCategory(value('Category'), at('Category'), report);
  checkMapping(
    value('Service'),
    'Service',
    at('Service'),
    report,
    'e.g. `Service:\\n  函数计算:\\n    Authorities:\\n      - AliyunFCFullAccess`',
  );
  checkEffective(value('Effective'), at('Effective'), report);
  checkParameters(value('Parameters'), at('Parameters'), lineCounter, report, summary);
  if (pairOf(root, 'HomePage')) checkString(value('HomePage'), 'HomePage', at('HomePage'), report);
  if (pairOf(root, 'Organization'))
    checkString(value('Organization'), 'Organization', at('Organization'), report);
  if (pairOf(root, 'Tags')) checkStringList(value('Tags'), 'Tags', at('Tags'), lineCounter, report);
  if (summary.type === 'Component') {
    const commands = value('Commands');
    const empty =
      !pairOf(root, 'Commands') ||
      commands === null ||
      (isMap(commands) && commands.items.length === 0) ||
      (isSeq(commands) && commands.items.length === 0) ||
      (isScalar(commands) && (commands.value === null || commands.value === ''));
    if (empty) {
      report(
        pairOf(root, 'Commands') ? keyAt('Commands') : top,
        'serverless/publish-commands',
        "a Component's publish.yaml needs a non-empty Commands (the registry shows them as the component's commands)",
        'add `Commands:` with one `command: description` line per command, e.g. `deploy: 部署函数`',
      );
    } else if (!isMap(commands)) {
      report(
        at('Commands'),
        'serverless/publish-field-type',
        `Commands must be a mapping of command: description, but it is ${kindOf(commands)}`,
        'write one `command: description` line per command under `Commands:`',
      );
    }
  }

  for (const pair of pairsOf(root)) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (KNOWN.includes(key)) continue;
    const near = KNOWN.find((k) => k.toLowerCase() === key.toLowerCase());
    report(
      positionOf(pair, lineCounter),
      'serverless/publish-unknown-key',
      `publish.yaml key ${JSON.stringify(key)} is not part of the Edition 3.0.0 schema and is ignored`,
      near
        ? `rename it to ${near} (keys are case-sensitive)`
        : key === 'Properties'
          ? 'Edition 3.0.0 calls this Parameters: rename it'
          : `remove it, or use one of ${KNOWN.join(', ')}`,
      'warning',
    );
  }
  return { problems, summary };
}

type Report = (at: Position, code: string, message: string, fix: string, severity?: Severity) => void;

function hintFor(key: string): string {
  switch (key) {
    case 'Type':
      return ' (Component, Plugin or Project)';
    case 'Provider':
      return ' listing clouds, e.g. `- 阿里云`';
    case 'Version':
      return ', e.g. `Version: 0.0.1`';
    case 'Category':
      return ', e.g. `Category: 基础云服务`';
    case 'Service':
      return ' (a mapping of the cloud services used)';
    case 'Effective':
      return ' (Public, Private or Organization)';
    case 'Parameters':
      return ' (a JSON schema: `type: object` and `properties:`)';
    default:
      return '';
  }
}

function checkType(node: Node | null | undefined, at: Position, report: Report, summary: PublishYamlSummary) {
  if (node === undefined) return;
  const type = stringOf(node);
  if (type !== undefined) summary.type = type;
  if (type !== undefined && (PACKAGE_TYPES as readonly string[]).includes(type)) return;
  if (type === 'Application') {
    report(
      at,
      'serverless/publish-type',
      'Type Application is the V2 name: Edition 3.0.0 calls an application a Project',
      'write `Type: Project` (and give src/s.yaml edition 3.0.0 with resources)',
    );
    return;
  }
  report(
    at,
    'serverless/publish-type',
    `Type must be one of ${PACKAGE_TYPES.join(', ')}, but it is ${type === undefined ? kindOf(node) : JSON.stringify(type)}`,
    'write `Type: Component`, `Type: Plugin` or `Type: Project`',
  );
}

function checkName(node: Node | null | undefined, at: Position, report: Report, summary: PublishYamlSummary) {
  const name = checkString(node, 'Name', at, report, {
    code: 'serverless/publish-name',
    fix: 'write the package name, e.g. `Name: my-component`',
  });
  if (name === undefined) return;
  summary.name = name;
  const why = nameProblem(name);
  if (why) {
    report(
      at,
      'serverless/publish-name',
      `Name ${JSON.stringify(name)} ${why}`,
      "use letters, digits, '-' and '_' only, e.g. `Name: my-component`",
    );
  }
}

function checkProvider(
  node: Node | null | undefined,
  lineCounter: Parameters<typeof positionOf>[1],
  report: Report,
) {
  if (node === undefined) return;
  if (!isSeq(node)) {
    report(
      positionOf(node, lineCounter),
      'serverless/publish-provider',
      `Provider must be a list, but it is ${kindOf(node)}`,
      'write `Provider:` followed by lines such as `  - 阿里云`',
    );
    return;
  }
  if (node.items.length === 0) {
    report(
      positionOf(node, lineCounter),
      'serverless/publish-provider',
      'Provider is an empty list',
      'list at least one cloud, e.g. `- 阿里云`',
    );
  }
  for (const item of node.items) {
    const value = stringOf(item);
    if (value !== undefined && (PROVIDERS as readonly string[]).includes(value)) continue;
    report(
      positionOf(item as Node, lineCounter),
      'serverless/publish-provider',
      `Provider ${value === undefined ? kindOf(item) : JSON.stringify(value)} is not one the registry knows`,
      `use one of: ${PROVIDERS.join(', ')}`,
    );
  }
}

function checkVersion(
  node: Node | null | undefined,
  at: Position,
  report: Report,
  summary: PublishYamlSummary,
) {
  if (node === undefined) return;
  const version = stringOf(node);
  if (version === undefined) {
    const shown = isScalar(node) ? JSON.stringify(node.value) : kindOf(node);
    report(
      at,
      'serverless/publish-version',
      `Version must be a string such as 0.0.1, but YAML reads ${shown}`,
      'write three numbers, e.g. `Version: 0.1.0` (a value like 1.0 is read as a number)',
    );
    return;
  }
  summary.version = version;
  const kind = classifyVersion(version);
  if (kind === 'invalid') {
    report(
      at,
      'serverless/publish-version',
      `Version ${JSON.stringify(version)} is not a version the registry takes (x.y.z, or dev / dev.x.y for development)`,
      'write three numbers, e.g. `Version: 0.1.0`',
    );
  } else if (kind === 'prerelease') {
    report(
      at,
      'serverless/publish-version',
      `Version ${JSON.stringify(version)} is a pre-release; the registry is only known to take x.y.z and dev.x.y`,
      'publish x.y.z, or dev.x.y for a development build',
      'warning',
    );
  }
}

/** The value when it is a string; otherwise undefined, reported unless the key is absent. */
function checkString(
  node: Node | null | undefined,
  key: string,
  at: Position,
  report: Report,
  { code = 'serverless/publish-field-type', fix = `write \`${key}:\` followed by text` } = {},
): string | undefined {
  if (node === undefined) return undefined;
  const value = stringOf(node);
  if (value === undefined) report(at, code, `${key} must be a string, but it is ${kindOf(node)}`, fix);
  return value;
}

function checkStringList(
  node: Node | null | undefined,
  key: string,
  at: Position,
  lineCounter: Parameters<typeof positionOf>[1],
  report: Report,
) {
  if (!isSeq(node)) {
    report(
      at,
      'serverless/publish-field-type',
      `${key} must be a list of strings, but it is ${kindOf(node)}`,
      `write \`${key}:\` followed by \`  - text\` lines`,
    );
    return;
  }
  for (const item of node.items) {
    if (stringOf(item) === undefined) {
      report(
        positionOf(item as Node, lineCounter),
        'serverless/publish-field-type',
        `${key} items must be strings, but one is ${kindOf(item)}`,
        'quote the value',
      );
    }
  }
}

function checkMapping(
  node: Node | null | undefined,
  key: string,
  at: Position,
  report: Report,
  example: string,
) {
  if (node === undefined || isMap(node)) return;
  report(at, 'serverless/publish-field-type', `${key} must be a mapping, but it is ${kindOf(node)}`, example);
}

function checkCategory(node: Node | null | undefined, at: Position, report: Report) {
  const category = checkString(node, 'Category', at, report, { fix: 'write e.g. `Category: 基础云服务`' });
  if (category === undefined || (CATEGORIES as readonly string[]).includes(category)) return;
  report(
    at,
    'serverless/publish-category',
    `Category ${JSON.stringify(category)} is not one of the registry's categories`,
    `use one of: ${CATEGORIES.join(', ')}`,
    'warning',
  );
}

function checkEffective(node: Node | null | undefined, at: Position, report: Report) {
  if (node === undefined) return;
  const value = stringOf(node);
  if (value !== undefined && (EFFECTIVE as readonly string[]).includes(value)) return;
  report(
    at,
    'serverless/publish-effective',
    `Effective must be Public, Private or Organization, but it is ${value === undefined ? kindOf(node) : JSON.stringify(value)}`,
    'write `Effective: Public` (or Private, or Organization)',
  );
}

function checkParameters(
  node: Node | null | undefined,
  at: Position,
  lineCounter: Parameters<typeof positionOf>[1],
  report: Report,
  summary: PublishYamlSummary,
) {
  if (node === undefined) return;
  if (!isMap(node)) {
    report(
      at,
      'serverless/publish-field-type',
      `Parameters must be a mapping (a JSON schema), but it is ${kindOf(node)}`,
      'write `Parameters:` with `type: object` and `properties: {}` when there are none',
    );
    return;
  }
  // The CLI's schema types these four members of the Parameters JSON schema.
  const expected: Record<string, (n: unknown) => boolean> = {
    type: (n) => stringOf(n) !== undefined,
    additionalProperties: (n) => isScalar(n) && typeof n.value === 'boolean',
    required: (n) => isSeq(n),
    properties: (n) => isMap(n),
  };
  const wanted: Record<string, string> = {
    type: 'a string',
    additionalProperties: 'true or false',
    required: 'a list',
    properties: 'a mapping',
  };
  for (const [key, ok] of Object.entries(expected)) {
    const pair = pairOf(node, key);
    if (!pair || ok(pair.value)) continue;
    report(
      positionOf(pair.value ?? pair, lineCounter),
      'serverless/publish-field-type',
      `Parameters.${key} must be ${wanted[key]}, but it is ${kindOf(pair.value)}`,
      `write Parameters.${key} as ${wanted[key]}`,
    );
  }
  const properties = pairOf(node, 'properties')?.value;
  if (isMap(properties)) {
    summary.parameterNames = pairsOf(properties).map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
  }
}
