// The `input` and `output` schemas of a Slipway manifest. Slipway reads each as JSON Typedef unless
// its `$schema` names json-schema.org, in which case it is JSON Schema, whose `$ref`s to other files
// are resolved from the component package itself. `"canvas"` is Slipway's built-in shorthand.
// For JSON Typedef Slipway does what the `jtd` crate's `SerdeSchema` (unknown keywords denied, each
// keyword's JSON type) and `Schema::from_serde_schema` (a valid form, a known type, no repeated enum
// value) refuse, and no more: it never calls `Schema::validate`, so RFC 8927's other rules are not
// errors here. Two of them are warnings, as validating input against such a schema misbehaves: a
// `ref` to no root definition, and an empty `enum`.

const CANVAS_SHORTHAND = 'canvas';

const JTD_TYPES = [
  'boolean',
  'string',
  'timestamp',
  'float32',
  'float64',
  'int8',
  'uint8',
  'int16',
  'uint16',
  'int32',
  'uint32',
];
type Kind = 'schema' | 'schemas' | 'object' | 'boolean' | 'string' | 'strings';
/** Every SerdeSchema keyword and the JSON it takes (`null` is absent, as for any Option). */
const JTD_KEYS: Record<string, Kind> = {
  definitions: 'schemas',
  metadata: 'object',
  nullable: 'boolean',
  ref: 'string',
  type: 'string',
  enum: 'strings',
  elements: 'schema',
  properties: 'schemas',
  optionalProperties: 'schemas',
  additionalProperties: 'boolean',
  values: 'schema',
  discriminator: 'string',
  mapping: 'schemas',
};
/** from_serde_schema's valid form signatures, as the sorted form keywords present. */
const FORMS = new Set([
  '',
  'ref',
  'type',
  'enum',
  'elements',
  'properties',
  'optionalProperties',
  'optionalProperties,properties',
  'additionalProperties,properties',
  'additionalProperties,optionalProperties',
  'additionalProperties,optionalProperties,properties',
  'values',
  'discriminator,mapping',
]);
const NOT_FORM = new Set(['definitions', 'metadata', 'nullable']);

type Path = (string | number)[];

export interface SchemaProblem {
  /** Path below the `input`/`output` value, for positions. */
  path: Path;
  message: string;
  severity: 'error' | 'warning';
}

export function isJsonSchema(value: unknown): boolean {
  const declared = (value as { $schema?: unknown } | null)?.$schema;
  return typeof declared === 'string' && declared.includes('://json-schema.org/');
}

/** Why `value` is not a schema Slipway can load (errors), or would misbehave with (warnings). */
export function schemaProblems(value: unknown): SchemaProblem[] {
  if (value === CANVAS_SHORTHAND) return [];
  if (!isObject(value)) {
    const message = `must be a schema object (JSON Typedef or JSON Schema) or "${CANVAS_SHORTHAND}"`;
    return [{ path: [], message, severity: 'error' }];
  }
  if (isJsonSchema(value)) return [];
  const problems: SchemaProblem[] = [];
  const definitions = isObject(value.definitions) ? value.definitions : {};
  jtd(
    value,
    [],
    (path, message, severity = 'error') => {
      problems.push({ path, message: `JSON Typedef: ${message}`, severity });
    },
    definitions,
  );
  return problems;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type Say = (path: Path, message: string, severity?: 'error' | 'warning') => void;

function jtd(value: unknown, path: Path, say: Say, definitions: Record<string, unknown>): void {
  if (!isObject(value)) {
    say(path, 'a schema must be an object');
    return;
  }
  const present = Object.keys(value).filter((k) => value[k] !== null);
  for (const key of present) {
    const kind = JTD_KEYS[key];
    if (!kind) {
      say(
        [...path, key],
        `unknown keyword "${key}" (for JSON Schema, add "$schema": "https://json-schema.org/draft/2020-12/schema")`,
      );
      continue;
    }
    keyword(value[key], kind, [...path, key], say, definitions);
  }
  const form = present.filter((k) => k in JTD_KEYS && !NOT_FORM.has(k)).sort();
  if (!FORMS.has(form.join(','))) {
    say(
      path,
      `the keywords ${form.join(', ')} do not make one valid form (jtd: "invalid combination of keywords")`,
    );
    return;
  }
  if (typeof value.type === 'string' && !JTD_TYPES.includes(value.type)) {
    say([...path, 'type'], `"type" "${value.type}" is not one of ${JTD_TYPES.join(', ')}`);
  }
  if (typeof value.ref === 'string' && !(value.ref in definitions)) {
    say(
      [...path, 'ref'],
      `"ref" "${value.ref}" names no entry of the root "definitions"; validating input against it fails`,
      'warning',
    );
  }
}

function keyword(v: unknown, kind: Kind, at: Path, say: Say, definitions: Record<string, unknown>): void {
  const key = String(at.at(-1));
  if (kind === 'schema') jtd(v, at, say, definitions);
  if (kind === 'boolean' && typeof v !== 'boolean') say(at, `"${key}" must be true or false`);
  if (kind === 'string' && typeof v !== 'string') say(at, `"${key}" must be a string`);
  if (kind === 'object' && !isObject(v)) say(at, `"${key}" must be an object`);
  if (kind === 'schemas') {
    if (!isObject(v)) say(at, `"${key}" must be an object of schemas`);
    else for (const [name, sub] of Object.entries(v)) jtd(sub, [...at, name], say, definitions);
  }
  if (kind === 'strings') {
    if (!Array.isArray(v) || v.some((e) => typeof e !== 'string'))
      say(at, `"${key}" must be a list of strings`);
    else if (new Set(v).size !== v.length) say(at, `"${key}" repeats a value (jtd: "duplicated enum value")`);
    else if (v.length === 0) say(at, `"${key}" is empty: no input can match it`, 'warning');
  }
}

/**
 * The `$ref`s of a JSON Schema that name a web URL (resolved against the `$id`s in scope): Slipway's
 * schema loader refuses to fetch them ("Component schemas cannot reference external URLs"). Left
 * out: a URL that is the `$id` of a schema inside this one, and json-schema.org's meta-schemas,
 * which the `jsonschema` crate carries with it.
 */
/** Keywords whose values are instances, not schemas: a `$ref` key inside them is data. */
const INSTANCE_DATA = new Set(['enum', 'const', 'default', 'examples']);

export function externalRefs(value: unknown): { ref: string; url: string; path: Path }[] {
  const found: { ref: string; url: string; path: Path }[] = [];
  const ids = new Set<string>();
  const refs: { ref: string; url: URL; path: Path }[] = [];
  const resolve = (ref: string, base: string) => (URL.canParse(ref, base) ? new URL(ref, base) : undefined);
  const walk = (v: unknown, path: Path, base: string): void => {
    if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) walk(item, [...path, i], base);
    }
    if (!isObject(v)) return;
    const id = typeof v.$id === 'string' ? resolve(v.$id, base) : undefined;
    if (id) {
      base = id.href;
      ids.add(id.href.replace(/#.*$/, ''));
    }
    for (const [key, child] of Object.entries(v)) {
      if (key === '$ref' && typeof child === 'string') {
        const url = resolve(child, base);
        if (url) refs.push({ ref: child, url, path: [...path, key] });
      } else if (!INSTANCE_DATA.has(key)) {
        walk(child, [...path, key], base);
      }
    }
  };
  walk(value, [], 'file:///schema');
  for (const { ref, url, path } of refs) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const document = url.href.replace(/#.*$/, '');
    if (ids.has(document) || url.hostname === 'json-schema.org') continue;
    found.push({ ref, url: document, path });
  }
  return found;
}

/**
 * The `$ref`s of a JSON Schema that Slipway reads from the package: it gives a schema without `$id`
 * the base `file:///<schema name>`, and resolves a `file:` URL to the package file at its path (so
 * `../a.json` is the package's `a.json`). Under any other `$id`, relative references name URLs.
 */
export function fileRefs(value: unknown): { ref: string; file: string; path: Path }[] {
  const found: { ref: string; file: string; path: Path }[] = [];
  const id = (value as { $id?: unknown } | null)?.$id;
  if (id !== undefined && !(typeof id === 'string' && id.startsWith('file:'))) return found;
  const base = typeof id === 'string' ? id : 'file:///schema';
  const walk = (v: unknown, path: Path): void => {
    if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) walk(item, [...path, i]);
    }
    if (!isObject(v)) return;
    for (const [key, child] of Object.entries(v)) {
      if (key !== '$ref' || typeof child !== 'string') {
        walk(child, [...path, key]);
        continue;
      }
      const url = URL.canParse(child, base) ? new URL(child, base) : undefined;
      if (child.startsWith('#') || url?.protocol !== 'file:') continue;
      const file = decodeURIComponent(url.pathname).replace(/^\/+/, '');
      found.push({ ref: child, file, path: [...path, key] });
    }
  };
  walk(value, []);
  return found;
}
