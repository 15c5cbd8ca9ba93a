// The one edit this tool makes to a registry.yaml: record a package's `git` and `stable` (and bump
// `updated-on` with it), or create the file. Every byte outside the changed values and the appended
// entry stays as the maintainer wrote it, and the result is read back before it is returned.
import { isDeepStrictEqual } from 'node:util';
import semver, { type SemVer } from 'semver';
import { isScalar } from 'yaml';
import { InvalidInputError, PublishError } from '../errors.ts';
import { sortProblems } from '../report/problems.ts';
import {
  checkRegistryYaml,
  inspect,
  type NamespaceNodes,
  type PackageNodes,
  type RegistryModel,
} from './registry-check.ts';
import { formatUpdatedOn, type RegistryEditResult, type RegistryEntry } from './registry-entry.ts';
import {
  appendToSeq,
  applyEdits,
  DEFAULT_LAYOUT,
  doubleQuoted,
  type Edit,
  type Layout,
  learnLayout,
  namespaceLines,
  packageFlow,
  packageLines,
  renderKey,
  renderLike,
  replaceScalar,
} from './registry-render.ts';
import { MAX_ALIAS_COUNT, parseRegistry } from './registry-source.ts';

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

  const { edits, notes, previousStable } = planEntry(source, model, entry, version);
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

interface EntryPlan {
  edits: Edit[];
  notes: string[];
  previousStable?: string;
}

/** The splices that record `entry`: move an existing package, or append a package or a namespace. */
function planEntry(source: string, model: RegistryModel, entry: RegistryEntry, version: SemVer): EntryPlan {
  const shortName = `${entry.namespace}/${entry.package}`;
  // With a namespace listed twice, the package is looked up in every copy; a new one joins the first.
  const ns =
    model.namespaceList.find(
      (n) => n.name === entry.namespace && n.packageList.some((p) => p.name === entry.package),
    ) ?? model.namespaceList.find((n) => n.name === entry.namespace);
  const pkg = ns?.packageList.find((p) => p.name === entry.package);
  const layout = learnLayout(source, model);
  if (pkg) return { ...movePackage(source, pkg, entry, version), previousStable: String(pkg.stable.value) };
  if (version.prerelease.length > 0) {
    const note = `${shortName} is not listed and ${entry.version} is a prerelease: no entry added (fppm installs \`stable\`); publish a stable version to list it`;
    return { edits: [], notes: [note] };
  }
  if (ns?.packages)
    return {
      edits: [appendPackage(source, ns, entry, layout)],
      notes: [`added package ${shortName} with stable ${entry.version}`],
    };
  if (model.shared) throw sharedError(shortName);
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const edit = appendToSeq(
    source,
    model.namespaces,
    model.namespacesKey,
    !model.root.flow,
    eol,
    (dash, gap) => namespaceLines(entry, dash, gap, layout),
    () => `{${renderKey(entry.namespace)}: [${packageFlow(entry)}]}`,
  );
  const note = `added namespace ${entry.namespace} and package ${shortName} with stable ${entry.version}`;
  return { edits: [edit], notes: [note] };
}

function movePackage(source: string, pkg: PackageNodes, entry: RegistryEntry, version: SemVer): EntryPlan {
  const shortName = `${entry.namespace}/${entry.package}`;
  const decision = decideStable(String(pkg.stable.value), entry.version, version);
  const notes = [decision.note.replace('{name}', shortName)];
  const edits: Edit[] = [];
  if (decision.move) {
    if (pkg.shared) throw sharedError(shortName);
    edits.push(replaceScalar(source, pkg.stable, JSON.stringify(entry.version)));
    if (pkg.git.value !== entry.git) {
      edits.push(replaceScalar(source, pkg.git, renderLike(pkg.git, entry.git)));
      notes.push(`${shortName}: git changed from ${String(pkg.git.value)} to ${entry.git}`);
    }
  } else if (pkg.git.value !== entry.git) {
    notes.push(`${shortName}: git is ${String(pkg.git.value)}, not ${entry.git}; left unchanged with stable`);
  }
  return { edits, notes };
}

function appendPackage(source: string, ns: NamespaceNodes, entry: RegistryEntry, layout: Layout): Edit {
  if (ns.shared) throw sharedError(`${entry.namespace}/${entry.package}`);
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  return appendToSeq(
    source,
    ns.packages!,
    ns.key,
    !ns.inFlow,
    eol,
    (dash, gap) => packageLines(entry, dash, gap, layout),
    () => packageFlow(entry),
  );
}

/** The longest implicit mapping key YAML allows (the `:` within 1024 characters of its start). */
const MAX_KEY_CHARS = 1024;

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
        `give the ${field} on one line (registry-namespace, registry-package)`,
      );
    }
    // fppm installs by the shortname Namespace/Package: a `/` or a control character in either part,
    // or a `.`/`..` part, names something else or nothing (a space is fine: the shell quotes it).
    if (field !== 'git' && (/[/\p{Cc}]/u.test(value) || /^\.\.?$/.test(value))) {
      throw new PublishError(
        'registry-entry-invalid',
        `the registry entry's ${field} ${JSON.stringify(value)} cannot be part of fppm's Namespace/Package name`,
        `leave out / and control characters in the ${field} (registry-namespace, registry-package)`,
      );
    }
    // Both are written as mapping keys, and YAML (PyYAML too) ends an implicit key within 1024 characters.
    if (field !== 'git' && renderKey(value).length > MAX_KEY_CHARS) {
      throw new PublishError(
        'registry-entry-invalid',
        `the registry entry's ${field} is ${renderKey(value).length} characters as a YAML key; YAML readers (PyYAML, fppm's) stop at ${MAX_KEY_CHARS}`,
        `shorten the ${field} (registry-namespace, registry-package)`,
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
    `name: ${doubleQuoted(header.name)}`,
    `publisher: ${doubleQuoted(header.publisher)}`,
    `description: ${doubleQuoted(header.description)}`,
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
  const afterData = dataOf(after, file) as Data;
  const beforeData = before.trim() === '' ? null : (dataOf(before, file) as Data | null);
  const expected = expectedData(beforeData, afterData, entry);
  if (!isDeepStrictEqual(afterData, expected)) {
    throw new Error(
      `bug: the edit of ${file} changed more than the entry of ${entry.namespace}/${entry.package}`,
    );
  }
}

type Data = Record<string, unknown>;

function dataOf(text: string, file: string): unknown {
  const { doc } = parseRegistry(text, file);
  if (!doc) throw new Error(`bug: ${file} passed the checks but could not be parsed`);
  return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}

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
