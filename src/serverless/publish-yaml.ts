// publish.yaml (Edition 3.0.0): the schema the official `s registry publish` enforces before it
// uploads anything, so that a package fails here, with a line and column, instead of there.
//
// Sources: the schema and checks bundled in @serverless-devs/s 3.1.10 (from Serverless-Devs/toolkit
// packages/registry): required Edition, Type, Name, Provider, Version, Description, Category, Service,
// Effective, Parameters; a Component needs non-empty Commands. Category is a plain string there, and real
// packages use values outside any old list. Without Edition the file is a 2.x package: one problem.
import { isMap, isScalar, isSeq, type LineCounter, type Node, type YAMLMap } from 'yaml';
import type { Position, Problem, Severity } from '../report/problems.ts';
import { kindOf, pairOf, pairsOf, positionOf } from '../yaml-positions.ts';
import {
  checkCategory,
  checkEffective,
  checkMapping,
  checkName,
  checkParameters,
  checkProvider,
  checkString,
  checkStringList,
  checkType,
  checkVersion,
  hintFor,
  KNOWN,
  type PublishYamlSummary,
  REQUIRED,
  type Report,
} from './publish-yaml/fields.ts';
import { parseLikeEngine } from './s-yaml/load.ts';

export { classifyVersion, type PublishYamlSummary } from './publish-yaml/fields.ts';

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

  // js-yaml 4 decides validity, as in the registry client; the yaml library's tree locates nodes.
  const parsed = parseLikeEngine(text);
  if (!parsed.ok) {
    report(
      parsed.at,
      'serverless/yaml-syntax',
      `publish.yaml is not valid YAML: ${parsed.message}`,
      'fix the YAML syntax',
    );
    return { problems, summary };
  }
  const { doc, lineCounter } = parsed;
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
  const d: PublishDoc = {
    root,
    lineCounter,
    report,
    summary,
    top: positionOf(root, lineCounter),
    at: (key) => positionOf(pairOf(root, key)?.value ?? pairOf(root, key), lineCounter),
    keyAt: (key) => positionOf(pairOf(root, key), lineCounter),
    value: (key) => pairOf(root, key)?.value,
  };
  if (!checkEdition(d)) return { problems, summary };
  checkRequired(d);
  checkFields(d);
  if (summary.type === 'Component') checkCommands(d);
  checkUnknownKeys(d);
  return { problems, summary };
}

interface PublishDoc {
  root: YAMLMap;
  lineCounter: LineCounter;
  report: Report;
  summary: PublishYamlSummary;
  /** The whole document's position (for a missing key). */
  top: Position;
  /** A key's value's position (the key's when it has no value). */
  at: (key: string) => Position;
  keyAt: (key: string) => Position;
  value: (key: string) => Node | null | undefined;
}

/** Edition decides which tool the file belongs to; false when the rest is not worth checking. */
function checkEdition(d: PublishDoc): boolean {
  const edition = d.value('Edition');
  const editionText = isScalar(edition) ? String(edition.value) : undefined;
  // Without Edition (or with 1.0.0/2.0.0) the file is a Serverless Devs 2.x package: one problem that
  // says so, rather than every 3.0.0 key it lacks.
  if (!pairOf(d.root, 'Edition') || editionText === '1.0.0' || editionText === '2.0.0') {
    d.report(
      pairOf(d.root, 'Edition') ? d.at('Edition') : d.top,
      'serverless/publish-edition-v2',
      `${pairOf(d.root, 'Edition') ? `Edition ${editionText}` : 'publish.yaml has no Edition: this'} is a Serverless Devs 2.x package, which the current registry (s 3.x) does not take; it belongs to the V2 tool \`s cli registry publish\``,
      'move the package to Edition 3.0.0 (add `Edition: 3.0.0`, Type Application → Project, s.yaml edition 3.0.0 with resources), or publish it with `s cli registry publish`',
    );
    return false;
  } else if (!isScalar(edition) || typeof edition.value !== 'string' || edition.value !== '3.0.0') {
    d.report(
      d.at('Edition'),
      'serverless/publish-edition',
      `Edition must be the string 3.0.0, but it is ${isScalar(edition) ? JSON.stringify(edition.value) : kindOf(edition)}`,
      'write `Edition: 3.0.0`',
    );
  }
  return true;
}

function checkRequired(d: PublishDoc) {
  for (const key of REQUIRED) {
    if (key === 'Edition' || pairOf(d.root, key)) continue;
    const near = pairsOf(d.root).find(
      (p) => isScalar(p.key) && String(p.key.value).toLowerCase() === key.toLowerCase(),
    );
    d.report(
      near ? positionOf(near, d.lineCounter) : d.top,
      'serverless/publish-required',
      near
        ? `publish.yaml has no ${key} (keys are case-sensitive: found ${String((near.key as { value: unknown }).value)})`
        : `publish.yaml has no ${key}`,
      `add a \`${key}:\` entry${hintFor(key)}`,
    );
  }
}

function checkFields(d: PublishDoc) {
  checkType(d.value('Type'), d.at('Type'), d.report, d.summary);
  checkName(d.value('Name'), d.at('Name'), d.report, d.summary);
  checkProvider(d.value('Provider'), d.lineCounter, d.report);
  checkVersion(d.value('Version'), d.at('Version'), d.report, d.summary);
  checkString(d.value('Description'), 'Description', d.at('Description'), d.report);
  checkCategory(d.value('Category'), d.at('Category'), d.report);
  checkMapping(
    d.value('Service'),
    'Service',
    d.at('Service'),
    d.report,
    'e.g. `Service:\\n  函数计算:\\n    Authorities:\\n      - AliyunFCFullAccess`',
  );
  checkEffective(d.value('Effective'), d.at('Effective'), d.report);
  checkParameters(d.value('Parameters'), d.at('Parameters'), d.lineCounter, d.report, d.summary);
  if (pairOf(d.root, 'HomePage')) checkString(d.value('HomePage'), 'HomePage', d.at('HomePage'), d.report);
  if (pairOf(d.root, 'Organization'))
    checkString(d.value('Organization'), 'Organization', d.at('Organization'), d.report);
  if (pairOf(d.root, 'Tags')) checkStringList(d.value('Tags'), 'Tags', d.at('Tags'), d.lineCounter, d.report);
}

/** A Component lists its commands (the registry shows them). */
function checkCommands(d: PublishDoc) {
  if (d.summary.type === 'Component') {
    const commands = d.value('Commands');
    const empty =
      !pairOf(d.root, 'Commands') ||
      commands === null ||
      (isMap(commands) && commands.items.length === 0) ||
      (isSeq(commands) && commands.items.length === 0) ||
      (isScalar(commands) && (commands.value === null || commands.value === ''));
    if (empty) {
      d.report(
        pairOf(d.root, 'Commands') ? d.keyAt('Commands') : d.top,
        'serverless/publish-commands',
        "a Component's publish.yaml needs a non-empty Commands (the registry shows them as the component's commands)",
        'add `Commands:` with one `command: description` line per command, e.g. `deploy: 部署函数`',
      );
    } else if (!isMap(commands)) {
      d.report(
        d.at('Commands'),
        'serverless/publish-field-type',
        `Commands must be a mapping of command: description, but it is ${kindOf(commands)}`,
        'write one `command: description` line per command under `Commands:`',
      );
    }
  }
}

function checkUnknownKeys(d: PublishDoc) {
  for (const pair of pairsOf(d.root)) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (KNOWN.includes(key)) continue;
    const near = KNOWN.find((k) => k.toLowerCase() === key.toLowerCase());
    d.report(
      positionOf(pair, d.lineCounter),
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
}
