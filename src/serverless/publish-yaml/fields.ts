// The fields of publish.yaml (Edition 3.0.0), one checker each, and the values the registry takes.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Position, Severity } from '../../report/problems.ts';
import { kindOf, pairOf, pairsOf, positionOf, stringOf } from '../../yaml-positions.ts';

const PACKAGE_TYPES = ['Component', 'Plugin', 'Project'] as const;

const PROVIDERS = [
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

const EFFECTIVE = ['Public', 'Private', 'Organization'] as const;

export const REQUIRED = [
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
export const KNOWN: readonly string[] = [...REQUIRED, ...OPTIONAL];

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
function nameProblem(name: string): string | undefined {
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

export type Report = (at: Position, code: string, message: string, fix: string, severity?: Severity) => void;

export function hintFor(key: string): string {
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

export function checkType(
  node: Node | null | undefined,
  at: Position,
  report: Report,
  summary: PublishYamlSummary,
) {
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

export function checkName(
  node: Node | null | undefined,
  at: Position,
  report: Report,
  summary: PublishYamlSummary,
) {
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

export function checkProvider(
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

export function checkVersion(
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
export function checkString(
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

export function checkStringList(
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

export function checkMapping(
  node: Node | null | undefined,
  key: string,
  at: Position,
  report: Report,
  example: string,
) {
  if (node === undefined || isMap(node)) return;
  report(at, 'serverless/publish-field-type', `${key} must be a mapping, but it is ${kindOf(node)}`, example);
}

// Category is a plain string: the current client's list of values is commented out, and real packages
// publish with values outside any old list (`MCP服务`, `AI工具`).
export function checkCategory(node: Node | null | undefined, at: Position, report: Report) {
  checkString(node, 'Category', at, report, { fix: 'write e.g. `Category: 基础云服务`' });
}

export function checkEffective(node: Node | null | undefined, at: Position, report: Report) {
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

export function checkParameters(
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
