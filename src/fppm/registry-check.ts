// The rules fppm's code relies on in a registry.yaml, checked over the parsed document; the nodes the
// edit needs (namespaces, packages, their `git` and `stable`) are collected on the way.
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { NO_POSITION, type Problem, type Severity, sortProblems } from '../report/problems.ts';
import { describeError, positionAtOffset, positionOf } from '../yaml-positions.ts';
import { pyYamlPlainType } from './pyyaml.ts';
import {
  describeValue,
  findPair,
  keyedPairs,
  mergedPair,
  singleKeyMap,
  TYPE_WORDS,
} from './registry-nodes.ts';
import { parseRegistry } from './registry-source.ts';

export interface PackageNodes {
  name: string;
  key: Node;
  details: YAMLMap;
  git: Scalar;
  stable: Scalar;
  /** An alias or anchor on the way: editing the text here would change other places too. */
  shared: boolean;
}

export interface NamespaceNodes {
  name: string;
  key: Node;
  /** The namespace's list of packages, absent when it is not a list (an error was reported). */
  packages?: YAMLSeq;
  packageList: PackageNodes[];
  shared: boolean;
  /** True when the namespace sits inside a flow collection (`[...]`/`{...}`). */
  inFlow: boolean;
}

export interface RegistryModel {
  root: YAMLMap;
  updatedOn: Node;
  namespacesKey: Node;
  namespaces: YAMLSeq;
  namespaceList: NamespaceNodes[];
  shared: boolean;
}

export interface Inspection {
  problems: Problem[];
  /** Absent when the document has errors or no content. */
  model?: RegistryModel;
  /** No content at all: blank, or comments only. */
  empty?: boolean;
}

const HEADER_KEYS = ['name', 'description', 'publisher', 'updated-on'] as const;

/** One file's check: its text, document and the problems found so far. */
class Checker {
  readonly problems: Problem[] = [];
  constructor(
    readonly text: string,
    readonly file: string,
    readonly doc: Document.Parsed,
    readonly lineCounter: LineCounter,
  ) {}

  report(at: Node | number | undefined, severity: Severity, code: string, message: string, fix: string) {
    const pos =
      typeof at === 'number' ? positionAtOffset(at, this.lineCounter) : positionOf(at, this.lineCounter);
    this.problems.push({ file: this.file, ...pos, severity, code, message, fix });
  }

  resolve(node: unknown): { node: unknown; alias: boolean } {
    return isAlias(node) ? { node: node.resolve(this.doc), alias: true } : { node, alias: false };
  }
}

const isNull = (node: unknown) => node == null || (isScalar(node) && node.value == null);

export function inspect(text: string, file: string): Inspection {
  const parsed = parseRegistry(text, file);
  if (!parsed.doc) return { problems: parsed.problems };
  const { doc } = parsed;
  const c = new Checker(text, file, doc, parsed.lineCounter);
  c.problems.push(...parsed.problems);
  reportParser(c);
  if (doc.errors.length > 0 || c.problems.some((p) => p.severity === 'error'))
    return { problems: c.problems };

  const root = doc.contents;
  if (isNull(root)) {
    c.report(undefined, 'error', 'registry-yaml/empty', 'The registry file has no content.', emptyFix());
    return { problems: c.problems, empty: true };
  }
  if (!isMap(root)) {
    const message = 'The registry file must be a mapping of header keys and `namespaces`.';
    c.report(root ?? undefined, 'error', 'registry-yaml/not-a-mapping', message, emptyFix());
    return { problems: c.problems };
  }
  checkHeader(c, root);
  const model = checkNamespaces(c, root);
  return { problems: c.problems, model };
}

function reportParser(c: Checker): void {
  for (const error of c.doc.errors) {
    const { message, at } = describeError(error, NO_POSITION);
    c.problems.push({
      file: c.file,
      ...at,
      severity: 'error',
      code: 'registry-yaml/syntax',
      message: `YAML syntax error: ${message}`,
      fix: 'Correct the YAML at this position; fppm cannot read the file.',
    });
  }
  for (const warning of c.doc.warnings) {
    // Unknown tags are refused by registry-source.ts; the parser's own warning would repeat it.
    if (warning.code === 'TAG_RESOLVE_FAILED') continue;
    const { message, at } = describeError(warning, NO_POSITION);
    c.problems.push({
      file: c.file,
      ...at,
      severity: 'warning',
      code: 'registry-yaml/yaml-warning',
      message,
      fix: 'Check this YAML construct; it may not mean what it seems to.',
    });
  }
}

function checkHeader(c: Checker, root: YAMLMap): void {
  for (const key of HEADER_KEYS) {
    const pair = findPair(root, key);
    if (!pair) {
      const message = `\`${key}\` is missing; fppm requires it.`;
      c.report(root, 'error', 'registry-yaml/missing-field', message, headerFix(key));
    } else if (isNull(c.resolve(pair.value).node)) {
      const message = `\`${key}\` is empty; fppm requires a value.`;
      c.report(pair.key as Node, 'error', 'registry-yaml/null-field', message, headerFix(key));
    }
  }
}

function checkNamespaces(c: Checker, root: YAMLMap): RegistryModel | undefined {
  const namespacesPair = findPair(root, 'namespaces');
  const updatedOn = findPair(root, 'updated-on')?.value as Node | undefined;
  if (!namespacesPair) {
    const message = '`namespaces` is missing; fppm requires it.';
    c.report(root, 'error', 'registry-yaml/missing-field', message, headerFix('namespaces'));
    return undefined;
  }
  const namespacesValue = c.resolve(namespacesPair.value);
  const namespaces = namespacesValue.node;
  if (isNull(namespaces)) {
    c.report(
      namespacesPair.key as Node,
      'error',
      'registry-yaml/null-field',
      '`namespaces` is empty; fppm requires a list (write `namespaces: []` for none).',
      headerFix('namespaces'),
    );
    return undefined;
  }
  if (!isSeq(namespaces)) {
    c.report(
      namespaces as Node,
      'error',
      'registry-yaml/namespaces-not-list',
      '`namespaces` must be a list of single-key maps (`- Namespace:`).',
      'Write each namespace as a list item: `- MyNamespace:` followed by its packages.',
    );
    return undefined;
  }
  const namespaceList = checkNamespaceItems(c, root, namespaces, namespacesValue.alias);
  if (!updatedOn) return undefined;
  return {
    root,
    updatedOn,
    namespacesKey: namespacesPair.key as Node,
    namespaces,
    namespaceList,
    shared: namespacesValue.alias,
  };
}

function checkNamespaceItems(
  c: Checker,
  root: YAMLMap,
  namespaces: YAMLSeq,
  alias: boolean,
): NamespaceNodes[] {
  const namespaceList: NamespaceNodes[] = [];
  const seen = new Set<string>();
  // fppm looks a namespace up with `ns in item.keys()`: an item naming two namespaces holds both.
  const entries = namespaces.items.flatMap((rawItem) => {
    const { node: item, alias: itemAlias } = c.resolve(rawItem);
    const pairs = keyedPairs(item);
    if (pairs) return pairs.map((single) => ({ item, itemAlias, single }));
    c.report(
      (item ?? rawItem) as Node,
      'error',
      'registry-yaml/namespace-not-single-key-map',
      'Each item of `namespaces` must be a map from a namespace name to its list of packages.',
      'Write the item as `- MyNamespace:` followed by a list of packages.',
    );
    return [];
  });
  for (const { item, itemAlias, single } of entries) {
    const name = String(single.key.value);
    if (seen.has(name)) {
      const message = `Namespace \`${name}\` is listed more than once.`;
      const fix = 'Merge the packages of both items under one `- Namespace:` item.';
      c.report(single.key, 'warning', 'registry-yaml/duplicate-namespace', message, fix);
    }
    seen.add(name);
    const { node: packages, alias: packagesAlias } = c.resolve(single.pair.value);
    const ns: NamespaceNodes = {
      name,
      key: single.key,
      packageList: [],
      shared: alias || itemAlias || packagesAlias,
      inFlow: !!root.flow || !!namespaces.flow || !!(item as YAMLMap).flow,
    };
    namespaceList.push(ns);
    if (!isSeq(packages)) {
      c.report(
        isNull(packages) ? single.key : (packages as Node),
        'error',
        'registry-yaml/packages-not-list',
        `Namespace \`${name}\` must hold a list of single-key maps (\`- Package:\`).`,
        'List each package as `- MyPackage:` with its `git` and `stable` indented below it.',
      );
      continue;
    }
    ns.packages = packages;
    checkPackages(c, ns, packages);
  }
  return namespaceList;
}

function checkPackages(c: Checker, ns: NamespaceNodes, packages: YAMLSeq): void {
  const seen = new Set<string>();
  for (const rawItem of packages.items) {
    const { node: item, alias: itemAlias } = c.resolve(rawItem);
    const single = singleKeyMap(item);
    if (!single) {
      c.report(
        (item ?? rawItem) as Node,
        'error',
        'registry-yaml/package-not-single-key-map',
        `Each item of namespace \`${ns.name}\` must be a map with exactly one key, the package name.`,
        'Write the item as `- MyPackage:` with its `git` and `stable` indented below it.',
      );
      continue;
    }
    const name = String(single.key.value);
    if (seen.has(name)) {
      const message = `Package \`${ns.name}/${name}\` is listed more than once.`;
      c.report(
        single.key,
        'warning',
        'registry-yaml/duplicate-package',
        message,
        'Keep one entry per package.',
      );
    }
    seen.add(name);
    const pkg = checkPackage(c, ns, name, single.key, single.pair.value);
    if (pkg) ns.packageList.push({ ...pkg, shared: pkg.shared || itemAlias });
  }
}

function checkPackage(
  c: Checker,
  ns: NamespaceNodes,
  name: string,
  key: Scalar,
  value: unknown,
): PackageNodes | undefined {
  const { node: details, alias: detailsAlias } = c.resolve(value);
  if (!isMap(details)) {
    const what = isSeq(details) ? 'a list' : isNull(details) ? 'empty' : 'not a mapping';
    c.report(
      isNull(details) ? key : (details as Node),
      'error',
      'registry-yaml/package-details-not-mapping',
      `The details of \`${ns.name}/${name}\` are ${what}; fppm install reads them as a mapping (\`stable\`, \`git\`).`,
      'Write `git:` and `stable:` as keys of a mapping indented under the package, without `-`.',
    );
    return undefined;
  }
  const git = checkStringField(c, ns, name, details, key, 'git');
  const stable = checkStringField(c, ns, name, details, key, 'stable');
  if (!git || !stable) return undefined;
  const anchored = !!stable.node.anchor || !!git.node.anchor;
  const shared = ns.shared || detailsAlias || git.alias || stable.alias || anchored;
  return { name, key, details, git: git.node, stable: stable.node, shared };
}

function checkStringField(
  c: Checker,
  ns: NamespaceNodes,
  pkg: string,
  details: YAMLMap,
  key: Node,
  field: 'git' | 'stable',
): { node: Scalar; alias: boolean } | undefined {
  const own = findPair(details, field);
  const pair = own ?? mergedPair(details, field, (n) => c.resolve(n).node);
  const example = field === 'git' ? 'git: https://github.com/owner/repo' : 'stable: "1.0.0"';
  if (!pair) {
    const message = `\`${ns.name}/${pkg}\` has no \`${field}\`; fppm install reads it.`;
    c.report(
      key,
      'error',
      `registry-yaml/${field}-missing`,
      message,
      `Add \`${example}\` under the package.`,
    );
    return undefined;
  }
  const resolved = c.resolve(pair.value);
  const { node } = resolved;
  // A value taken from a merged mapping (`<<: *base`) is shared with every package that merges it.
  const alias = resolved.alias || !own;
  const source = isScalar(node) && node.range ? c.text.slice(node.range[0], node.range[1]).trim() : '';
  // A plain scalar has the type PyYAML (fppm's reader) gives it (registry-source.ts has already
  // given the strings among them their text, see asPyYamlStrings).
  const plain = isScalar(node) && node.type === 'PLAIN' && !node.tag && !source.includes('\n');
  const type = plain ? pyYamlPlainType(source) : undefined;
  if (isScalar(node) && (type ? type === 'str' : typeof node.value === 'string')) return { node, alias };
  const quoteFix =
    isScalar(node) && node.value != null ? `Quote it: \`${field}: "${source}"\`.` : `Write \`${example}\`.`;
  c.report(
    (node ?? pair.key) as Node,
    'error',
    `registry-yaml/${field}-not-string`,
    `\`${field}\` of \`${ns.name}/${pkg}\` must be a string; ${type ? `unquoted \`${source}\` is read as ${TYPE_WORDS[type]}` : describeValue(node, source)}.`,
    quoteFix,
  );
  return undefined;
}

function emptyFix(): string {
  return "Start from fppm's layout: `name`, `publisher`, `description`, `updated-on` and `namespaces`.";
}

function headerFix(key: string): string {
  const examples: Record<string, string> = {
    name: 'name: "MyRegistry"',
    publisher: 'publisher: "My Team"',
    description: 'description: "F Prime packages from My Team"',
    'updated-on': 'updated-on: 10 JUL 2024',
    namespaces: 'namespaces: []',
  };
  return `Add a top-level \`${examples[key] ?? `${key}: …`}\`.`;
}

/** Problems fppm would trip over in a registry.yaml, with 1-based line and column. */
export function checkRegistryYaml(text: string, file: string): Problem[] {
  return sortProblems(inspect(text, file).problems);
}
