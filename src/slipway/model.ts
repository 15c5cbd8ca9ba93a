// Slipway's serde model of a manifest below the top-level keys, rule by rule: an optional field may
// be `null` (serde reads `Option<T>` so); `description` is at most 256 BYTES (Rust's String::len);
// a callout is {component, allow?, deny?} and a rigging step {component, input?, allow?, deny?,
// permissions_chain?, callouts?}, both denying unknown keys; permissions are tagged by "permission";
// handles match Rust's Unicode `^\w+$`, 1 to 256 bytes; input/output are schemas (schema.ts).
import type { Position, Problem, Severity } from '../report/problems.ts';
import { isStrictSemver } from '../version.ts';
import type { JsonSource } from './json-source.ts';
import { schemaProblems } from './schema.ts';

const MAX_DESCRIPTION_BYTES = 256;
const MAX_HANDLE_BYTES = 256;
const HANDLE = /^[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}]+$/u;
const WORD = '[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}]+';
/** Slipway's registry form, `publisher.name.version` (its regex; Rust's `\\w` is Unicode). */
const REGISTRY_REFERENCE = new RegExp(`^${WORD}\\.${WORD}\\.(?<version>.+)$`, 'u');
const REFERENCE_FIX =
  'write publisher.name.1.2.3, file:relative/path, file:///absolute/path, an http(s) URL, "pass" or "sink"';
const CALLOUT_KEYS = ['component', 'allow', 'deny'];
const RIGGING_KEYS = ['component', 'input', 'allow', 'deny', 'permissions_chain', 'callouts'];
/** Each permission kind and the keys it may carry (at most one, except registry_components). */
const PERMISSIONS: Record<string, { keys: string[]; many?: boolean }> = {
  all: { keys: [] },
  http: { keys: ['exact', 'prefix'] },
  http_components: { keys: ['exact', 'prefix'] },
  files: { keys: ['exact', 'within'] },
  fonts: { keys: ['exact', 'prefix', 'suffix'] },
  env: { keys: ['exact', 'prefix', 'suffix'] },
  local_components: { keys: ['exact'] },
  registry_components: { keys: ['publisher', 'name', 'version'], many: true },
};

type Path = (string | number)[];
type Report = (path: Path, code: string, message: string, fix: string, severity?: Severity) => void;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems with description, input, output, callouts and rigging. */
export function modelProblems(fields: Record<string, unknown>, source: JsonSource, file: string): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, code, message, fix, severity = 'error') => {
    const at: Position = source.pathPosition(path);
    problems.push({ file, ...at, severity, code, message, fix });
  };
  checkDescription(fields.description, report);
  for (const key of ['input', 'output'] as const) {
    if (!(key in fields)) continue;
    for (const p of schemaProblems(fields[key])) {
      const where = p.path.length > 0 ? ` at ${p.path.join('.')}` : '';
      report(
        [key, ...p.path],
        p.severity === 'error' ? 'slipway/schema-invalid' : 'slipway/schema-suspect',
        `"${key}"${where}: ${p.message}`,
        'fix the schema (RFC 8927), or use {} to accept anything',
        p.severity,
      );
    }
  }
  if (fields.callouts != null) checkCallouts(fields.callouts, ['callouts'], report);
  if (fields.rigging != null) checkRigging(fields.rigging, report);
  return problems;
}

function checkDescription(d: unknown, report: Report): void {
  if (d === undefined || d === null) return;
  if (typeof d !== 'string') {
    report(
      ['description'],
      'slipway/description-invalid',
      '"description" must be a string',
      'write it as a string',
    );
    return;
  }
  const bytes = Buffer.byteLength(d, 'utf8');
  if (bytes > MAX_DESCRIPTION_BYTES) {
    report(
      ['description'],
      'slipway/description-too-long',
      `"description" is ${bytes} bytes of UTF-8 (${[...d].length} characters); Slipway's limit is ${MAX_DESCRIPTION_BYTES} bytes`,
      `shorten it to ${MAX_DESCRIPTION_BYTES} bytes or fewer (a non-ASCII character takes 2 to 4)`,
    );
  }
}

function checkMap(value: unknown, path: Path, report: Report, entry: (v: unknown, at: Path) => void): void {
  const key = String(path.at(-1));
  if (!isObject(value)) {
    report(
      path,
      `slipway/${key}-invalid`,
      `"${path.join('.')}" must be an object`,
      `write it as { … } or remove it`,
    );
    return;
  }
  for (const [handle, v] of Object.entries(value)) {
    const bytes = Buffer.byteLength(handle, 'utf8');
    if (!HANDLE.test(handle) || bytes > MAX_HANDLE_BYTES) {
      report(
        [...path, handle],
        `slipway/${key}-invalid`,
        `the handle "${handle}" in "${path.join('.')}" must be 1 to ${MAX_HANDLE_BYTES} bytes of letters, digits and _`,
        'rename the handle (e.g. replace - with _)',
      );
    }
    entry(v, [...path, handle]);
  }
}

function checkEntry(v: unknown, at: Path, allowed: string[], report: Report): v is Record<string, unknown> {
  const kind = at[0] === 'rigging' && at.length === 2 ? 'rigging step' : 'callout';
  const code = kind === 'callout' ? 'slipway/callouts-invalid' : 'slipway/rigging-invalid';
  if (!isObject(v)) {
    report(
      at,
      code,
      `the ${kind} "${at.join('.')}" must be an object with "component"`,
      'write it as { "component": "publisher.name.version" }',
    );
    return false;
  }
  for (const key of Object.keys(v)) {
    if (!allowed.includes(key)) {
      report(
        [...at, key],
        code,
        `unknown key "${key}" in the ${kind} "${at.join('.')}": Slipway refuses keys other than ${allowed.join(', ')}`,
        `remove "${key}"`,
      );
    }
  }
  const reference = typeof v.component === 'string' ? referenceProblem(v.component) : undefined;
  if (reference)
    report([...at, 'component'], code, `the ${kind} "${at.join('.')}": ${reference}`, REFERENCE_FIX);
  if (typeof v.component !== 'string' || v.component === '') {
    report(
      'component' in v ? [...at, 'component'] : at,
      code,
      `the ${kind} "${at.join('.')}" needs "component", a reference such as "publisher.name.1.0.0"`,
      'add "component": "publisher.name.version"',
    );
  }
  for (const key of ['allow', 'deny'] as const)
    if (v[key] != null) checkPermissions(v[key], [...at, key], report);
  return true;
}

function checkCallouts(value: unknown, path: Path, report: Report): void {
  checkMap(value, path, report, (v, at) => checkEntry(v, at, CALLOUT_KEYS, report));
}

function checkRigging(value: unknown, report: Report): void {
  checkMap(value, ['rigging'], report, (v, at) => {
    if (!checkEntry(v, at, RIGGING_KEYS, report)) return;
    if (v.callouts != null) checkCallouts(v.callouts, [...at, 'callouts'], report);
    if (v.permissions_chain == null) return;
    if (v.allow != null || v.deny != null) {
      report(
        [...at, 'permissions_chain'],
        'slipway/rigging-invalid',
        `the rigging step "${at.join('.')}" has both allow/deny and permissions_chain; Slipway stops on that`,
        'keep one of them',
      );
    }
    const chain = v.permissions_chain;
    if (!Array.isArray(chain)) {
      report(
        [...at, 'permissions_chain'],
        'slipway/rigging-invalid',
        '"permissions_chain" must be a list',
        'write [{ "allow": [...], "deny": [...] }]',
      );
      return;
    }
    chain.forEach((link, i) => {
      const where = [...at, 'permissions_chain', i];
      const keys = isObject(link) ? Object.keys(link).sort().join(',') : '';
      if (keys !== 'allow,deny') {
        report(
          where,
          'slipway/rigging-invalid',
          'each permissions_chain link must be exactly { "allow": [...], "deny": [...] }',
          'give each link both lists and nothing else',
        );
        return;
      }
      const l = link as Record<string, unknown>;
      checkPermissions(l.allow, [...where, 'allow'], report);
      checkPermissions(l.deny, [...where, 'deny'], report);
    });
  });
}

function checkPermissions(value: unknown, path: Path, report: Report): void {
  const bad = (
    at: Path,
    message: string,
    fix = 'write e.g. { "permission": "http", "prefix": "https://example.com/" }',
  ) => report(at, 'slipway/permission-invalid', message, fix);
  if (!Array.isArray(value)) {
    bad(path, `"${path.join('.')}" must be a list of permissions`);
    return;
  }
  for (const [i, p] of value.entries()) {
    const at = [...path, i];
    const kind = isObject(p) && typeof p.permission === 'string' ? PERMISSIONS[p.permission] : undefined;
    if (!isObject(p) || !kind) {
      bad(at, `a permission needs "permission": one of ${Object.keys(PERMISSIONS).join(', ')}`);
      continue;
    }
    const extra = Object.keys(p).filter((k) => k !== 'permission');
    const unknown = extra.filter((k) => !kind.keys.includes(k));
    if (unknown.length > 0)
      bad([...at, unknown[0]!], `"${p.permission}" permissions take no "${unknown[0]}"`);
    else if (extra.length > 1 && !kind.many)
      bad(at, `a "${p.permission}" permission takes one of ${kind.keys.join(', ')}, not several`);
    else if (extra.some((k) => typeof p[k] !== 'string'))
      bad(at, `the values of a "${p.permission}" permission are strings`);
    else if (
      p.permission === 'registry_components' &&
      typeof p.version === 'string' &&
      !looksLikeVersionReq(p.version)
    )
      bad(
        [...at, 'version'],
        `"version" ${JSON.stringify(p.version)} is not a version requirement: Slipway parses it as a semver VersionReq`,
        'write a requirement such as "1.2.3", "^1.2", ">=1.0, <2.0" or "*"',
      );
  }
}

/**
 * The shape of a Rust `semver::VersionReq` (comma-separated comparators, each an optional operator and
 * a version whose parts may be wildcards), checked loosely: only what can never parse is refused
 * (a word such as "latest", a character the grammar has no use for).
 */
function looksLikeVersionReq(text: string): boolean {
  if (!/^[0-9A-Za-z.*,<>=~^ +-]+$/.test(text)) return false;
  return text.split(',').every((part) => /^\s*(?:[<>]=?|[=~^])?\s*(?:\d|[*xX](?![A-Za-z]))/.test(part));
}

/**
 * Why Slipway's SlipwayReference would refuse a component reference: "pass" and "sink"; else the
 * registry form, whose version must then be SemVer (no fallback); else `file:` or an http(s) URL.
 */
function referenceProblem(reference: string): string | undefined {
  if (reference === 'pass' || reference === 'sink') return undefined;
  const registry = REGISTRY_REFERENCE.exec(reference);
  if (registry) {
    const version = registry.groups!.version!;
    return isStrictSemver(version)
      ? undefined
      : `the version "${version}" of "${reference}" is not SemVer (references take exact versions)`;
  }
  if (/^file:./.test(reference)) return undefined;
  if (/^https?:\/\//.test(reference) && URL.canParse(reference)) return undefined;
  return `"${reference}" is not a component reference Slipway can resolve`;
}
