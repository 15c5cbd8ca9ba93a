// fppm's registry.yaml: the rules fppm's code relies on, and the one edit this tool makes to it
// (record a package's `git` and `stable`). The edit splices text at the source ranges the `yaml`
// parser reports instead of re-serialising the document, so every byte outside the changed values
// and the appended entry stays as the maintainer wrote it: comments, key order, quoting, blank lines,
// indentation and line endings.
import { isDeepStrictEqual } from 'node:util';
import semver, { type SemVer } from 'semver';
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parse,
  parseDocument,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { InvalidInputError, PublishError } from '../errors.ts';
import { NO_POSITION, type Problem, type Severity, sortProblems } from '../report/problems.ts';
import { describeError, positionAtOffset, positionOf } from '../yaml-positions.ts';

export interface RegistryHeader {
  name?: string;
  publisher?: string;
  description?: string;
}

export interface RegistryEntry {
  namespace: string;
  package: string;
  /** Repository URL written to `git`. */
  git: string;
  /** The tag fppm checks out, written verbatim to `stable` (e.g. `1.2.0` or `v1.2.0`). */
  version: string;
  today: Date;
  /** Used only when the file is created; an existing file's header is the maintainer's. */
  header?: RegistryHeader;
}

export interface RegistryEditResult {
  /** The new text; the input text, byte for byte, when `changed` is false. */
  text: string;
  changed: boolean;
  notes: string[];
  /** The package's `stable` before the edit, when the package was already listed. */
  previousStable?: string;
}

const HEADER_KEYS = ['name', 'description', 'publisher', 'updated-on'] as const;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** `DD MON YYYY` in UTC with an upper-case month, as fppm's examples write `updated-on`. */
export function formatUpdatedOn(date: Date): string {
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${day} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

// ---------------------------------------------------------------------------------------------
// Reading: the rules, and the nodes the edit needs

interface PackageNodes {
  name: string;
  key: Node;
  details: YAMLMap;
  git: Scalar;
  stable: Scalar;
  /** An alias or anchor on the way: editing the text here would change other places too. */
  shared: boolean;
}

interface NamespaceNodes {
  name: string;
  key: Node;
  /** The namespace's list of packages, absent when it is not a list (an error was reported). */
  packages?: YAMLSeq;
  packageList: PackageNodes[];
  shared: boolean;
  /** True when the namespace sits inside a flow collection (`[...]`/`{...}`). */
  inFlow: boolean;
}

interface RegistryModel {
  root: YAMLMap;
  updatedOn: Node;
  namespacesKey: Node;
  namespaces: YAMLSeq;
  namespaceList: NamespaceNodes[];
  shared: boolean;
}

interface Inspection {
  problems: Problem[];
  doc: Document.Parsed;
  /** Absent when the document has errors or no content. */
  model?: RegistryModel;
  /** No content at all: blank, or comments only. */
  empty?: boolean;
}

function parseRegistry(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  // fppm reads the file with PyYAML, a YAML 1.1 parser: `yes`, `0123`, `1:20` or `2024-01-01` are
  // not strings there, so types are resolved with the 1.1 schema.
  const doc = parseDocument(text, { lineCounter, version: '1.1' });
  return { doc, lineCounter };
}

function inspect(text: string, file: string): Inspection {
  const { doc, lineCounter } = parseRegistry(text);
  const problems: Problem[] = [];
  const report = (
    at: Node | number | undefined,
    severity: Severity,
    code: string,
    message: string,
    fix: string,
  ) => {
    const pos = typeof at === 'number' ? positionAtOffset(at, lineCounter) : positionOf(at, lineCounter);
    problems.push({ file, ...pos, severity, code, message, fix });
  };

  for (const error of doc.errors) {
    const { message, at } = describeError(error, NO_POSITION);
    problems.push({
      file,
      ...at,
      severity: 'error',
      code: 'registry-yaml/syntax',
      message: `YAML syntax error: ${message}`,
      fix: 'Correct the YAML at this position; fppm cannot read the file.',
    });
  }
  for (const warning of doc.warnings) {
    const { message, at } = describeError(warning, NO_POSITION);
    problems.push({
      file,
      ...at,
      severity: 'warning',
      code: 'registry-yaml/yaml-warning',
      message,
      fix: 'Check this YAML construct; it may not mean what it seems to.',
    });
  }
  if (doc.errors.length > 0) return { problems, doc };

  const resolve = (node: unknown): { node: unknown; alias: boolean } =>
    isAlias(node) ? { node: node.resolve(doc), alias: true } : { node, alias: false };
  const isNull = (node: unknown) => node == null || (isScalar(node) && node.value == null);

  const root = doc.contents;
  if (isNull(root)) {
    report(undefined, 'error', 'registry-yaml/empty', 'The registry file has no content.', emptyFix());
    return { problems, doc, empty: true };
  }
  if (!isMap(root)) {
    report(
      root ?? undefined,
      'error',
      'registry-yaml/not-a-mapping',
      'The registry file must be a mapping of header keys and `namespaces`.',
      emptyFix(),
    );
    return { problems, doc };
  }

  for (const key of HEADER_KEYS) {
    const pair = findPair(root, key);
    if (!pair) {
      report(
        root,
        'error',
        'registry-yaml/missing-field',
        `\`${key}\` is missing; fppm requires it.`,
        headerFix(key),
      );
    } else if (isNull(resolve(pair.value).node)) {
      report(
        pair.key as Node,
        'error',
        'registry-yaml/null-field',
        `\`${key}\` is empty; fppm requires a value.`,
        headerFix(key),
      );
    }
  }

  const namespacesPair = findPair(root, 'namespaces');
  const updatedOn = findPair(root, 'updated-on')?.value as Node | undefined;
  if (!namespacesPair) {
    report(
      root,
      'error',
      'registry-yaml/missing-field',
      '`namespaces` is missing; fppm requires it.',
      headerFix('namespaces'),
    );
    return { problems, doc };
  }
  const namespacesValue = resolve(namespacesPair.value);
  const namespaces = namespacesValue.node;
  if (isNull(namespaces)) {
    report(
      namespacesPair.key as Node,
      'error',
      'registry-yaml/null-field',
      '`namespaces` is empty; fppm requires a list (write `namespaces: []` for none).',
      headerFix('namespaces'),
    );
    return { problems, doc };
  }
  if (!isSeq(namespaces)) {
    report(
      namespaces as Node,
      'error',
      'registry-yaml/namespaces-not-list',
      '`namespaces` must be a list of single-key maps (`- Namespace:`).',
      'Write each namespace as a list item: `- MyNamespace:` followed by its packages.',
    );
    return { problems, doc };
  }

  const namespaceList: NamespaceNodes[] = [];
  const seenNamespaces = new Set<string>();
  for (const rawItem of namespaces.items) {
    const { node: item, alias: itemAlias } = resolve(rawItem);
    const single = singleKeyMap(item);
    if (!single) {
      report(
        (item ?? rawItem) as Node,
        'error',
        'registry-yaml/namespace-not-single-key-map',
        'Each item of `namespaces` must be a map with exactly one key, the namespace name.',
        'Write the item as `- MyNamespace:` followed by a list of packages.',
      );
      continue;
    }
    const name = String(single.key.value);
    if (seenNamespaces.has(name)) {
      report(
        single.key,
        'warning',
        'registry-yaml/duplicate-namespace',
        `Namespace \`${name}\` is listed more than once.`,
        'Merge the packages of both items under one `- Namespace:` item.',
      );
    }
    seenNamespaces.add(name);
    const { node: packages, alias: packagesAlias } = resolve(single.pair.value);
    const ns: NamespaceNodes = {
      name,
      key: single.key,
      packageList: [],
      shared: namespacesValue.alias || itemAlias || packagesAlias,
      inFlow: !!root.flow || !!namespaces.flow || !!(item as YAMLMap).flow,
    };
    namespaceList.push(ns);
    if (!isSeq(packages)) {
      report(
        isNull(packages) ? single.key : (packages as Node),
        'error',
        'registry-yaml/packages-not-list',
        `Namespace \`${name}\` must hold a list of single-key maps (\`- Package:\`).`,
        'List each package as `- MyPackage:` with its `git` and `stable` indented below it.',
      );
      continue;
    }
    ns.packages = packages;
    checkPackages(ns, packages);
  }

  function checkPackages(ns: NamespaceNodes, packages: YAMLSeq): void {
    const seen = new Set<string>();
    for (const rawItem of packages.items) {
      const { node: item, alias: itemAlias } = resolve(rawItem);
      const single = singleKeyMap(item);
      if (!single) {
        report(
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
        report(
          single.key,
          'warning',
          'registry-yaml/duplicate-package',
          `Package \`${ns.name}/${name}\` is listed more than once.`,
          'Keep one entry per package.',
        );
      }
      seen.add(name);
      const { node: details, alias: detailsAlias } = resolve(single.pair.value);
      if (!isMap(details)) {
        const what = isSeq(details) ? 'a list' : isNull(details) ? 'empty' : 'not a mapping';
        report(
          isNull(details) ? single.key : (details as Node),
          'error',
          'registry-yaml/package-details-not-mapping',
          `The details of \`${ns.name}/${name}\` are ${what}; fppm install reads them as a mapping (\`stable\`, \`git\`).`,
          'Write `git:` and `stable:` as keys of a mapping indented under the package, without `-`.',
        );
        continue;
      }
      const git = checkStringField(ns, name, details, single.key, 'git');
      const stable = checkStringField(ns, name, details, single.key, 'stable');
      if (git && stable) {
        const shared =
          ns.shared ||
          itemAlias ||
          detailsAlias ||
          git.alias ||
          stable.alias ||
          !!stable.node.anchor ||
          !!git.node.anchor;
        ns.packageList.push({ name, key: single.key, details, git: git.node, stable: stable.node, shared });
      }
    }
  }

  function checkStringField(
    ns: NamespaceNodes,
    pkg: string,
    details: YAMLMap,
    key: Node,
    field: 'git' | 'stable',
  ): { node: Scalar; alias: boolean } | undefined {
    const pair = findPair(details, field);
    const example = field === 'git' ? 'git: https://github.com/owner/repo' : 'stable: "1.0.0"';
    if (!pair) {
      report(
        key,
        'error',
        `registry-yaml/${field}-missing`,
        `\`${ns.name}/${pkg}\` has no \`${field}\`; fppm install reads it.`,
        `Add \`${example}\` under the package.`,
      );
      return undefined;
    }
    const { node, alias } = resolve(pair.value);
    const source = isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]).trim() : '';
    // The yaml package's 1.1 schema reads a plain y/n as a boolean; PyYAML, which fppm uses, does not.
    const pyYamlString = isScalar(node) && node.type === 'PLAIN' && /^[yYnN]$/.test(source);
    if (isScalar(node) && (typeof node.value === 'string' || pyYamlString)) return { node, alias };
    const quoteFix =
      isScalar(node) && node.value != null ? `Quote it: \`${field}: "${source}"\`.` : `Write \`${example}\`.`;
    report(
      (node ?? pair.key) as Node,
      'error',
      `registry-yaml/${field}-not-string`,
      `\`${field}\` of \`${ns.name}/${pkg}\` must be a string; ${describeValue(node, source)}.`,
      quoteFix,
    );
    return undefined;
  }

  if (!updatedOn) return { problems, doc };
  return {
    problems,
    doc,
    model: {
      root,
      updatedOn,
      namespacesKey: namespacesPair.key as Node,
      namespaces,
      namespaceList,
      shared: namespacesValue.alias,
    },
  };
}

function describeValue(node: unknown, source: string): string {
  if (!isScalar(node)) return isSeq(node) ? 'it is a list' : isMap(node) ? 'it is a mapping' : 'it is empty';
  if (node.value == null) return 'it is empty';
  const kind =
    node.value instanceof Date ? 'a date' : typeof node.value === 'number' ? 'a number' : typeof node.value;
  return `unquoted \`${source}\` is read as ${kind}`;
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

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key) as Pair | undefined;
}

function singleKeyMap(node: unknown): { pair: Pair; key: Scalar } | undefined {
  if (!isMap(node) || node.items.length !== 1) return undefined;
  const pair = node.items[0] as Pair;
  return isScalar(pair.key) && pair.key.value != null ? { pair, key: pair.key } : undefined;
}

/** Problems fppm would trip over in a registry.yaml, with 1-based line and column. */
export function checkRegistryYaml(text: string, file: string): Problem[] {
  return sortProblems(inspect(text, file).problems);
}

// ---------------------------------------------------------------------------------------------
// Writing: one entry

interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** Relative indentation learned from the file, so appended entries look like their neighbours. */
interface Layout {
  /** Column of a namespace's `-` relative to the `namespaces` key. */
  namespaceDash: number;
  /** Columns from a namespace's `-` to its name. */
  namespaceGap: number;
  /** Column of a package's `-` relative to its namespace's name (0 in fppm's sample). */
  packageDash: number;
  packageGap: number;
  /** Column of `git:`/`stable:` relative to the package name. */
  details: number;
}

const DEFAULT_LAYOUT: Layout = {
  namespaceDash: 2,
  namespaceGap: 2,
  packageDash: 2,
  packageGap: 2,
  details: 2,
};

/**
 * Records `entry` in a registry.yaml text and returns the new text. Decisions:
 * - `stable` only moves forward, and never to a prerelease; `git` moves together with `stable` (a
 *   `stable` tag must exist in the `git` repository, so the two are never changed apart).
 * - A package that is not listed yet and whose version is a prerelease is NOT added: fppm installs
 *   `stable`, and an entry without `stable` crashes `fppm install`; a note says so.
 * - A `stable` that is not a semantic version (a commit hash, a branch) is replaced by the release.
 * - `updated-on` changes only together with an entry; otherwise the input comes back byte for byte.
 * - A null, blank or comment-only text gets fppm's header (from `entry.header` or defaults).
 * Throws InvalidInputError when the input breaks fppm's rules (nothing is produced), PublishError
 * when the entry itself cannot be written.
 */
export function applyRegistryEntry(
  text: string | null,
  entry: RegistryEntry,
  file: string,
): RegistryEditResult {
  const version = parseVersion(entry);
  const source = text ?? '';
  const inspection = source.trim() === '' ? undefined : inspect(source, file);
  if (!inspection || inspection.empty) return createFile(source, entry, version, file);
  if (inspection.problems.some((p) => p.severity === 'error')) {
    throw new InvalidInputError(sortProblems(inspection.problems));
  }
  const model = inspection.model;
  if (!model) throw new Error(`bug: ${file} has no errors but was not read`);

  const notes: string[] = [];
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const shortName = `${entry.namespace}/${entry.package}`;
  const edits: Edit[] = [];
  // With a namespace listed twice, the package is looked up in every copy; a new one joins the first.
  const ns =
    model.namespaceList.find(
      (n) => n.name === entry.namespace && n.packageList.some((p) => p.name === entry.package),
    ) ?? model.namespaceList.find((n) => n.name === entry.namespace);
  const pkg = ns?.packageList.find((p) => p.name === entry.package);
  const previousStable = pkg ? String(pkg.stable.value) : undefined;
  const layout = learnLayout(source, model);

  if (pkg && ns) {
    const decision = decideStable(String(pkg.stable.value), entry.version, version);
    notes.push(decision.note.replace('{name}', shortName));
    if (decision.move) {
      if (pkg.shared) throw sharedError(shortName);
      edits.push(replaceScalar(source, pkg.stable, JSON.stringify(entry.version)));
      if (pkg.git.value !== entry.git) {
        edits.push(replaceScalar(source, pkg.git, renderLike(pkg.git, entry.git)));
        notes.push(`${shortName}: git changed from ${String(pkg.git.value)} to ${entry.git}`);
      }
    } else if (pkg.git.value !== entry.git) {
      notes.push(
        `${shortName}: git is ${String(pkg.git.value)}, not ${entry.git}; left unchanged with stable`,
      );
    }
  } else if (version.prerelease.length > 0) {
    notes.push(
      `${shortName} is not listed and ${entry.version} is a prerelease: no entry added (fppm installs \`stable\`); publish a stable version to list it`,
    );
  } else if (ns?.packages) {
    if (ns.shared) throw sharedError(shortName);
    edits.push(
      appendToSeq(
        source,
        ns.packages,
        ns.key,
        !ns.inFlow,
        eol,
        (dash, gap) => packageLines(entry, dash, gap, layout),
        () => packageFlow(entry),
      ),
    );
    notes.push(`added package ${shortName} with stable ${entry.version}`);
  } else {
    if (model.shared) throw sharedError(shortName);
    edits.push(
      appendToSeq(
        source,
        model.namespaces,
        model.namespacesKey,
        !model.root.flow,
        eol,
        (dash, gap) => namespaceLines(entry, dash, gap, layout),
        () => `{${renderKey(entry.namespace)}: [${packageFlow(entry)}]}`,
      ),
    );
    notes.push(`added namespace ${entry.namespace} and package ${shortName} with stable ${entry.version}`);
  }

  if (edits.length === 0) return { text: source, changed: false, notes, previousStable };
  if (!isScalar(model.updatedOn) || model.updatedOn.anchor) {
    throw new PublishError(
      'registry-yaml-unsupported',
      `${file}: \`updated-on\` is not a plain value, so it cannot be updated in place`,
      `Write it as a date, e.g. \`updated-on: ${formatUpdatedOn(entry.today)}\`.`,
    );
  }
  edits.push(
    replaceScalar(source, model.updatedOn, renderLike(model.updatedOn, formatUpdatedOn(entry.today))),
  );
  const out = applyEdits(source, edits);
  verifyEdit(source, out, entry, file);
  return { text: out, changed: out !== source, notes, previousStable };
}

function parseVersion(entry: RegistryEntry): SemVer {
  for (const [field, value] of [
    ['namespace', entry.namespace],
    ['package', entry.package],
    ['git', entry.git],
  ] as const) {
    if (value.trim() === '' || /[\r\n]/.test(value)) {
      throw new PublishError(
        'registry-entry-invalid',
        `the registry entry's ${field} is empty or spans lines`,
      );
    }
  }
  const version = semver.parse(entry.version);
  if (!version) {
    throw new PublishError(
      'registry-entry-invalid',
      `${entry.version} is not a semantic version, so its order against \`stable\` is unknown`,
      'Publish a version like 1.2.0 (a leading `v` is fine).',
    );
  }
  return version;
}

function decideStable(current: string, nextText: string, next: SemVer): { move: boolean; note: string } {
  if (next.prerelease.length > 0) {
    return { move: false, note: `{name}: ${nextText} is a prerelease; stable stays ${current}` };
  }
  const previous = semver.parse(current);
  if (!previous) {
    return {
      move: true,
      note: `{name}: stable ${current} is not a semantic version; replaced by ${nextText}`,
    };
  }
  const order = semver.compare(next, previous);
  if (order > 0) return { move: true, note: `{name}: stable ${current} → ${nextText}` };
  if (order === 0) return { move: false, note: `{name}: stable is already ${current}` };
  return {
    move: false,
    note: `{name}: ${nextText} is older than stable ${current}; stable stays ${current}`,
  };
}

function sharedError(shortName: string): PublishError {
  return new PublishError(
    'registry-yaml-unsupported',
    `${shortName} is reached through a YAML anchor or alias; editing it in place would change other entries too`,
    'Write the entry out in full (without `&anchor`/`*alias`) and publish again.',
  );
}

function createFile(source: string, entry: RegistryEntry, version: SemVer, file: string): RegistryEditResult {
  const shortName = `${entry.namespace}/${entry.package}`;
  if (version.prerelease.length > 0) {
    return {
      text: source,
      changed: false,
      notes: [
        `${shortName}: ${entry.version} is a prerelease; no registry file created (fppm installs \`stable\`); publish a stable version to list it`,
      ],
    };
  }
  const header = {
    name: entry.header?.name ?? `${entry.namespace} registry`,
    publisher: entry.header?.publisher ?? entry.namespace,
    description: entry.header?.description ?? `F Prime packages published by ${entry.namespace}`,
  };
  const lines = [
    `name: ${JSON.stringify(header.name)}`,
    `publisher: ${JSON.stringify(header.publisher)}`,
    `description: ${JSON.stringify(header.description)}`,
    `updated-on: ${formatUpdatedOn(entry.today)}`,
    'namespaces:',
    ...namespaceLines(entry, DEFAULT_LAYOUT.namespaceDash, DEFAULT_LAYOUT.namespaceGap, DEFAULT_LAYOUT),
  ];
  // A comment-only file keeps its comments above the new content.
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const prefix = source === '' || source.endsWith('\n') ? source : source + eol;
  const text = prefix + lines.join(eol) + eol;
  verifyEdit(source, text, entry, file);
  return { text, changed: true, notes: [`created ${file} with ${shortName} at stable ${entry.version}`] };
}

// --- rendering ---

function spaces(n: number): string {
  return ' '.repeat(Math.max(0, n));
}

/** True when `value` can be written without quotes and still reads back as the same string in
 *  YAML 1.1 (PyYAML) and 1.2; conservative on purpose. */
function plainIsSafe(value: string, pattern: RegExp): boolean {
  if (!pattern.test(value) || value.endsWith(':')) return false;
  try {
    return parse(`k: ${value}`, { version: '1.1' })?.k === value && parse(`k: ${value}`)?.k === value;
  } catch {
    return false;
  }
}

function renderKey(value: string): string {
  return plainIsSafe(value, /^[A-Za-z_][A-Za-z0-9_.-]*$/) ? value : JSON.stringify(value);
}

function renderValue(value: string): string {
  // Single inner spaces are allowed (`21 NOV 2026`), but never before `#` or after `:`.
  const pattern = /^[A-Za-z0-9_./~+-](?:[A-Za-z0-9_./:@~+%=?&-]| (?=[A-Za-z0-9_./~+-]))*$/;
  return plainIsSafe(value, pattern) && !value.includes(': ') ? value : JSON.stringify(value);
}

/** Writes `value` the way the node it replaces was written (quoting style), when that is safe. */
function renderLike(node: Scalar, value: string): string {
  if (node.type === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (node.type === 'QUOTE_SINGLE' && !/[\r\n]/.test(value)) return `'${value.replaceAll("'", "''")}'`;
  return renderValue(value);
}

function packageLines(entry: RegistryEntry, dash: number, gap: number, layout: Layout): string[] {
  const detail = spaces(dash + gap + layout.details);
  return [
    `${spaces(dash)}-${spaces(gap - 1)}${renderKey(entry.package)}:`,
    `${detail}git: ${renderValue(entry.git)}`,
    `${detail}stable: ${JSON.stringify(entry.version)}`,
  ];
}

function namespaceLines(entry: RegistryEntry, dash: number, gap: number, layout: Layout): string[] {
  return [
    `${spaces(dash)}-${spaces(gap - 1)}${renderKey(entry.namespace)}:`,
    ...packageLines(entry, dash + gap + layout.packageDash, layout.packageGap, layout),
  ];
}

function packageFlow(entry: RegistryEntry): string {
  // Flow context: always quote, since PyYAML refuses some plain scalars there (`:` in URLs).
  return `{${renderKey(entry.package)}: {git: ${JSON.stringify(entry.git)}, stable: ${JSON.stringify(entry.version)}}}`;
}

// --- positions and splices ---

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Offset of the end of the line holding `offset`, before its `\r\n` or `\n`. */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl === -1) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** End of the last character that belongs to `node`'s value (no trailing comments or newlines). */
function contentEnd(text: string, node: unknown): number {
  if (isMap(node) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1] as Pair;
    return Math.max(contentEnd(text, last.key), contentEnd(text, last.value));
  }
  if (isSeq(node) && !node.flow && node.items.length > 0)
    return contentEnd(text, node.items[node.items.length - 1]);
  const range = (node as Node | null)?.range;
  if (!range) return 0;
  let end = range[1];
  while (end > range[0] && /[\r\n]/.test(text[end - 1] ?? '')) end--;
  return end;
}

function replaceScalar(text: string, node: Scalar, insert: string): Edit {
  const start = node.range![0];
  return { start, end: contentEnd(text, node), insert };
}

/** The column and dash-to-name gap of a block list's items, read from its first item. */
function seqStyle(text: string, seq: YAMLSeq): { dash: number; gap: number } | undefined {
  if (seq.flow || !seq.range) return undefined;
  const dashAt = seq.range[0];
  const first = seq.items[0] as Node | undefined;
  const start = first?.range?.[0];
  const between = start === undefined ? '' : text.slice(dashAt + 1, start);
  const gap = start !== undefined && /^ +$/.test(between) ? between.length + 1 : 2;
  return { dash: column(text, dashAt), gap };
}

function learnLayout(text: string, model: RegistryModel): Layout {
  const layout = { ...DEFAULT_LAYOUT };
  const namespaces = seqStyle(text, model.namespaces);
  if (namespaces) {
    layout.namespaceDash = namespaces.dash - column(text, model.namespacesKey.range![0]);
    layout.namespaceGap = namespaces.gap;
  }
  const ns = model.namespaceList.find((n) => n.packages && !n.packages.flow);
  const packages = ns?.packages && seqStyle(text, ns.packages);
  if (ns && packages) {
    layout.packageDash = packages.dash - column(text, ns.key.range![0]);
    layout.packageGap = packages.gap;
  }
  const pkg = model.namespaceList.flatMap((n) => n.packageList).find((p) => !p.details.flow);
  if (pkg) layout.details = column(text, pkg.details.range![0]) - column(text, pkg.key.range![0]);
  // Guard against layouts that would not parse back as the same structure.
  if (layout.namespaceDash < 0) layout.namespaceDash = DEFAULT_LAYOUT.namespaceDash;
  if (layout.packageDash < 0) layout.packageDash = DEFAULT_LAYOUT.packageDash;
  if (layout.details < 1) layout.details = DEFAULT_LAYOUT.details;
  if (layout.namespaceGap < 2) layout.namespaceGap = 2;
  if (layout.packageGap < 2) layout.packageGap = 2;
  return layout;
}

/**
 * Appends an item at the end of a list. A block list gets new lines after its last item (and after
 * comment lines indented under that item); an empty `[]` that is a block mapping's value becomes a
 * block list; any other flow list gets a flow item.
 */
function appendToSeq(
  text: string,
  seq: YAMLSeq,
  parentKey: Node,
  blockParent: boolean,
  eol: string,
  block: (dash: number, gap: number) => string[],
  flow: () => string,
): Edit {
  const range = seq.range!;
  const keyColumn = column(text, parentKey.range![0]);
  if (!seq.flow) {
    const style = seqStyle(text, seq)!;
    let at = lineEnd(text, contentEnd(text, seq));
    for (;;) {
      const nl = text.indexOf('\n', at);
      if (nl === -1) break;
      const next = text.slice(nl + 1, lineEnd(text, nl + 1));
      const indent = /^( *)#/.exec(next)?.[1];
      if (indent === undefined || indent.length <= style.dash) break;
      at = lineEnd(text, nl + 1);
    }
    return { start: at, end: at, insert: eol + block(style.dash, style.gap).join(eol) };
  }
  if (seq.items.length === 0) {
    const keyEnd = parentKey.range![1];
    const onKeyLine = !/[\r\n]/.test(text.slice(keyEnd, range[0]));
    if (blockParent && onKeyLine && /^\s*:\s*$/.test(text.slice(keyEnd, range[0]))) {
      let start = range[0];
      while (start > 0 && /[ \t]/.test(text[start - 1] ?? '')) start--;
      const end = lineEnd(text, range[0]);
      const rest = text.slice(contentEnd(text, seq), end);
      return {
        start,
        end,
        insert: rest + eol + block(keyColumn + DEFAULT_LAYOUT.namespaceDash, 2).join(eol),
      };
    }
    return { start: range[0] + 1, end: range[0] + 1, insert: flow() };
  }
  const at = contentEnd(text, seq.items[seq.items.length - 1]);
  return { start: at, end: at, insert: `, ${flow()}` };
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.insert + out.slice(edit.end);
  }
  return out;
}

/**
 * Bug guard: the output must pass fppm's rules, and read back as exactly the input's data with the
 * entry recorded — nothing else may have moved.
 */
function verifyEdit(before: string, after: string, entry: RegistryEntry, file: string): void {
  const problems = checkRegistryYaml(after, file).filter((p) => p.severity === 'error');
  if (problems.length > 0) {
    throw new Error(
      `bug: the edited ${file} breaks fppm's rules: ${problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('; ')}`,
    );
  }
  const afterData = parseRegistry(after).doc.toJS() as Record<string, unknown>;
  const beforeData =
    before.trim() === '' ? null : (parseRegistry(before).doc.toJS() as Record<string, unknown> | null);
  const expected = expectedData(beforeData, afterData, entry);
  if (!isDeepStrictEqual(afterData, expected)) {
    throw new Error(
      `bug: the edit of ${file} changed more than the entry of ${entry.namespace}/${entry.package}`,
    );
  }
}

type Data = Record<string, unknown>;

function expectedData(before: Data | null, after: Data, entry: RegistryEntry): Data {
  const details = { git: entry.git, stable: entry.version };
  if (!before) {
    // A new file: its header is whatever was chosen; its only entry is this one.
    return { ...after, namespaces: [{ [entry.namespace]: [{ [entry.package]: details }] }] };
  }
  const expected = structuredClone(before);
  expected['updated-on'] = formatUpdatedOn(entry.today);
  const namespaces = expected['namespaces'] as Data[];
  const holder = namespaces.find(
    (ns) =>
      Object.hasOwn(ns, entry.namespace) &&
      (ns[entry.namespace] as Data[]).some((p) => Object.hasOwn(p, entry.package)),
  );
  if (holder) {
    const item = (holder[entry.namespace] as Data[]).find((p) => Object.hasOwn(p, entry.package))!;
    Object.assign(item[entry.package] as Data, details);
    return expected;
  }
  const ns = namespaces.find((n) => Object.hasOwn(n, entry.namespace));
  if (ns) (ns[entry.namespace] as Data[]).push({ [entry.package]: details });
  else namespaces.push({ [entry.namespace]: [{ [entry.package]: details }] });
  return expected;
}

// ---------------------------------------------------------------------------------------------
// Diff for the job summary

/** A unified-style diff of two small texts: changed lines with two lines of context; '' when equal. */
export function lineDiff(before: string, after: string, context = 2): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const ops: { kind: ' ' | '-' | '+'; line: string }[] = a
    .slice(0, prefix)
    .map((line) => ({ kind: ' ', line }));
  ops.push(...lcsOps(midA, midB));
  for (const line of a.slice(a.length - suffix)) ops.push({ kind: ' ', line });

  // Mark the ops within `context` of a change, then print each run of marked ops as a hunk.
  const keep = ops.map(() => false);
  ops.forEach((op, i) => {
    if (op.kind === ' ') return;
    for (let j = Math.max(0, i - context); j <= Math.min(ops.length - 1, i + context); j++) keep[j] = true;
  });
  const out: string[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (let i = 0; i < ops.length; ) {
    if (!keep[i]) {
      const op = ops[i]!;
      if (op.kind !== '+') oldLine++;
      if (op.kind !== '-') newLine++;
      i++;
      continue;
    }
    const hunk: string[] = [];
    const oldStart = oldLine;
    const newStart = newLine;
    for (; i < ops.length && keep[i]; i++) {
      const op = ops[i]!;
      hunk.push(op.kind + op.line);
      if (op.kind !== '+') oldLine++;
      if (op.kind !== '-') newLine++;
    }
    const oldCount = oldLine - oldStart;
    const newCount = newLine - newStart;
    out.push(
      `@@ -${oldCount === 0 ? oldStart - 1 : oldStart},${oldCount} +${newCount === 0 ? newStart - 1 : newStart},${newCount} @@`,
      ...hunk,
    );
  }
  return out.join('\n') + '\n';
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function lcsOps(a: string[], b: string[]): { kind: ' ' | '-' | '+'; line: string }[] {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const ops: { kind: ' ' | '-' | '+'; line: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i]! });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || table[(i + 1) * width + j]! >= table[i * width + j + 1]!)) {
      ops.push({ kind: '-', line: a[i]! });
      i++;
    } else {
      ops.push({ kind: '+', line: b[j]! });
      j++;
    }
  }
  return ops;
}
