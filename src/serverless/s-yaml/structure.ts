// The shape of s.yaml: edition, required and known keys, section types, and each resource as the engine
// reads it (its type and component after the merge of extend, its own keys).
import { isMap, isSeq, type Node, type Pair } from 'yaml';
import type { Position } from '../../report/problems.ts';
import { keyText, kindOf, pairOf, pairsOf, stringOf } from '../../yaml-positions.ts';
import { type Checker, isEmpty, type Resource } from './checker.ts';
import {
  decides,
  describeValue,
  isPlainObject,
  mergedResource,
  type ResourceParts,
  resolveWholeVar,
  wholeVar,
} from './engine-resource.ts';
import { RESOURCE_KEYS_3, SERVICE_KEYS_1, TOP_KEYS_1, TOP_KEYS_3 } from './rules.ts';

type Data = Record<string, unknown>;

const hasKey = (data: unknown, key: string) =>
  data !== null && typeof data === 'object' && Object.hasOwn(data as Data, key);

/**
 * Edition, required and unknown keys, section types; returns the resources (3.x) or services (1.x)
 * node. With `extend:`, edition, name and resources may come from the other file, as the engine
 * merges it first.
 */
export function checkTopLevel(s: Checker, root: Node, data: Data): Node | null | undefined {
  const globals: Data = { ...(s.opts.merged?.globals ?? {}), ...data };
  const edition = checkEdition(s, root, globals);
  if (!hasKey(globals, 'name')) {
    s.report(
      s.at(root),
      's-yaml/required',
      's.yaml has no name (the application name components receive)',
      'add `name: my-app`',
      'warning',
    );
  }
  const container = findContainer(s, root, edition);
  checkUnknownTopKeys(s, root);
  checkSectionTypes(s, root);
  // Each file of an extend pair is compiled as { ...itself, ...merged top-level keys } (parse-spec
  // doExtend), so its variables and templates are the merged ones.
  const scope: Data = { ...data, ...s.opts.merged?.globals };
  s.vars = scope['vars'];
  s.templates = scope['template'];
  return container;
}

/** Sets s.v3 the engine's way: `String(edition) === '3.0.0'`, the file's own edition first. */
function checkEdition(s: Checker, root: Node, globals: Data): string | undefined {
  const hasResources = !!pairOf(root, 'resources') || s.otherResources.size > 0;
  const hasServices = !!pairOf(root, 'services');
  const editionPair = pairOf(root, 'edition');
  const raw = globals['edition'];
  const text = raw === undefined || raw === null ? undefined : String(raw);
  if (raw === undefined) {
    s.report(
      s.at(root),
      's-yaml/required',
      's.yaml has no edition',
      'add `edition: 3.0.0` as the first line',
    );
    s.v3 = hasResources || !hasServices;
  } else if (text === '3.0.0' || text === '1.0.0' || text === '2.0.0') {
    s.v3 = text === '3.0.0';
  } else {
    const node = editionPair ? (editionPair.value ?? editionPair) : root;
    s.report(
      s.at(node),
      's-yaml/edition',
      `edition ${text === undefined ? kindOf(editionPair?.value) : JSON.stringify(text)} is not one the engine knows: only the string 3.0.0 selects the 3.x format, anything else is read as 1.x`,
      'write `edition: 3.0.0` (with resources) or `edition: 1.0.0` (with services)',
    );
    s.v3 = hasResources || !hasServices;
  }
  return text;
}

function findContainer(s: Checker, root: Node, edition: string | undefined): Node | null | undefined {
  const resources = pairOf(root, 'resources');
  const services = pairOf(root, 'services');
  const inherited = s.otherResources.size > 0;
  if (s.v3) {
    if (resources) return resources.value;
    if (services) {
      s.report(
        s.at(services),
        's-yaml/services-in-v3',
        "Keyword 'services' has been replaced by 'resources' in 3.0.0 YAML.",
        "rename `services:` to `resources:` (or run 's cli fc3 s2tos3')",
      );
      return services.value;
    }
    if (!inherited)
      s.report(
        s.at(root),
        's-yaml/required',
        's.yaml has no resources',
        'add `resources:` with at least one resource and its `component`',
      );
    return undefined;
  }
  if (services) return services.value;
  if (resources) {
    s.report(
      s.at(resources),
      's-yaml/resources-in-v1',
      `'resources' is the 3.0.0 keyword, but edition is ${edition ?? 'missing'}: the engine reads 'services' and finds nothing to run`,
      'set `edition: 3.0.0`',
    );
    return resources.value;
  }
  if (!inherited)
    s.report(
      s.at(root),
      's-yaml/required',
      's.yaml has no services',
      'add `services:` with at least one service and its `component`',
    );
  return undefined;
}

function checkUnknownTopKeys(s: Checker, root: Node) {
  const known = s.v3 ? TOP_KEYS_3 : TOP_KEYS_1;
  const hasResources = !!pairOf(root, 'resources');
  const hasServices = !!pairOf(root, 'services');
  for (const pair of pairsOf(root)) {
    const key = keyText(pair);
    if (known.includes(key)) continue;
    if (s.v3 && key === 'services' && !hasResources) continue;
    if (!s.v3 && key === 'resources' && !hasServices) continue;
    s.report(
      s.at(pair),
      's-yaml/unknown-key',
      `top-level key ${JSON.stringify(key)} is not read by the engine for edition ${s.v3 ? '3.0.0' : '1.x'}`,
      `remove it, or use one of ${known.join(', ')}`,
      'warning',
    );
  }
}

// `vars:` and `actions:` left empty are null, which both engines take as "none" (templates tell users
// to comment out their pre-deploy steps, leaving `actions:` alone).
const SECTION_TYPES = [
  ['vars', 'mapping', true],
  ['template', 'mapping', false],
  ['flow', 'mapping', false],
  ['actions', 'mapping', true],
  ['extend', 'string', false],
  ['access', 'string', false],
] as const;

function checkSectionTypes(s: Checker, root: Node) {
  const known = s.v3 ? TOP_KEYS_3 : TOP_KEYS_1;
  for (const [key, want, nullable] of SECTION_TYPES) {
    const pair = pairOf(root, key);
    if (!pair || !known.includes(key)) continue;
    if (nullable && isEmpty(pair.value)) continue;
    const ok = want === 'mapping' ? isMap(pair.value) : stringOf(pair.value) !== undefined;
    if (!ok) s.typeProblem((pair.value as Node | null) ?? pair, key, `a ${want}`, pair.value);
  }
  const key = s.v3 ? 'resources' : 'services';
  const container = pairOf(root, key);
  if (container && !isMap(container.value))
    s.typeProblem(container.value ?? container, key, 'a mapping of names to resources', container.value);
}

/** Each resource (1.x service) as the engine will read it; `data` is the file as js-yaml loaded it. */
export function collectResources(s: Checker, container: Node | null | undefined, data: Data) {
  const [first, second] = s.v3 ? ['resources', 'services'] : ['services', 'resources'];
  const loaded = [data[first], data[second]].find(isPlainObject) ?? {};
  const merged = s.opts.merged;
  for (const pair of pairsOf(container)) {
    const name = keyText(pair);
    if (s.resources.has(name)) continue;
    const resource: Resource = { name, index: s.resourceList.length, node: pair.value, keyPos: s.at(pair) };
    s.resources.set(name, resource);
    s.resourceList.push(resource);
    s.deps.push(new Map());
    const inOther = !!merged && Object.hasOwn(merged.resources, name);
    checkResource(s, resource, pair, {
      own: resolveWholeVar(loaded[name], s.vars),
      other: inOther ? resolveWholeVar(merged.resources[name], s.vars) : undefined,
      isBase: !!merged?.isBase,
    });
  }
}

/**
 * A resource's type, component and keys. The type and the component are those of the resource the
 * engine ends up with (engine-resource.ts); the keys and extend checked are this file's own.
 */
function checkResource(s: Checker, resource: Resource, pair: Pair, parts: ResourceParts) {
  const { name, node } = resource;
  const engine = mergedResource(parts);
  if (!engine.known) return; // a variable that names nothing: reported where it is written
  if (!isPlainObject(engine.value)) {
    // The base's value is replaced when the extending file names the resource: reported there.
    if (!(parts.isBase && parts.other)) typeProblem(s, resource, pair, engine.value);
    return;
  }
  // A resource written as a variable (or an alias) is pointed at where it is written.
  const here = isMap(node) ? resource.keyPos : s.at(node ?? pair);
  const componentName = engine.value['component'];
  if ((typeof componentName !== 'string' || !componentName.trim()) && decides(parts, 'component')) {
    const component = pairOf(node, 'component');
    s.report(
      component ? s.at(component.value ?? component) : here,
      's-yaml/component-missing',
      `${s.v3 ? 'resource' : 'service'} ${name} has no component`,
      `add \`component: <name>\` to ${name}, e.g. \`component: fc3\``,
    );
  }
  if (isMap(node)) {
    for (const p of pairsOf(node)) unknownResourceKey(s, name, keyText(p), s.at(p));
    if (s.v3) checkResourceExtend(s, name, pairOf(node, 'extend')?.value);
  } else if (parts.own.known && isPlainObject(parts.own.value)) {
    for (const key of Object.keys(parts.own.value)) unknownResourceKey(s, name, key, here);
  }
}

/** A resource that is not a mapping, as written or as the variable it is written as holds. */
function typeProblem(s: Checker, resource: Resource, pair: Pair, value: unknown) {
  const what = `${s.v3 ? 'resource' : 'service'} ${resource.name}`;
  const node = resource.node;
  const written = stringOf(node);
  if (written === undefined || wholeVar(written) === undefined) {
    s.typeProblem(node ?? pair, what, 'a mapping with component and props', node);
    return;
  }
  s.report(
    s.at(node ?? pair),
    's-yaml/type',
    `${what} must be a mapping with component and props, but ${written} is ${describeValue(value)}`,
    `make ${written} a mapping with component and props, or write ${resource.name} as one`,
  );
}

function unknownResourceKey(s: Checker, name: string, key: string, at: Position) {
  const allowed = s.v3 ? RESOURCE_KEYS_3 : SERVICE_KEYS_1;
  if (allowed.includes(key)) return;
  s.report(
    at,
    's-yaml/unknown-key',
    `${s.v3 ? 'resource' : 'service'} ${name} has key ${JSON.stringify(key)}, which the engine does not read`,
    key === 'access' && s.v3
      ? 'set access once at the top level, or pass -a on the command line'
      : `move it under props, or use one of ${allowed.join(', ')}`,
    'warning',
  );
}

function checkResourceExtend(s: Checker, name: string, extend: Node | null | undefined) {
  if (extend === undefined) return;
  if (!isMap(extend)) {
    s.typeProblem(extend, `resources.${name}.extend`, 'a mapping with name (and ignore)', extend);
    return;
  }
  const templateName = pairOf(extend, 'name');
  const value = stringOf(templateName?.value);
  if (value === undefined || !hasKey(s.templates, value)) {
    s.report(
      s.at(templateName?.value ?? templateName ?? extend),
      's-yaml/unknown-template',
      `resource ${name} extends template ${value === undefined ? '(no name)' : JSON.stringify(value)}, which is not defined under template`,
      'add that template under the top-level `template:` key, or fix extend.name',
    );
  }
  // The engine takes one prop name given as a string as well as a list of them.
  const ignore = pairOf(extend, 'ignore');
  if (ignore && !isSeq(ignore.value) && stringOf(ignore.value) === undefined && ignore.value !== null)
    s.typeProblem(
      ignore.value ?? ignore,
      `resources.${name}.extend.ignore`,
      'a list of prop names',
      ignore.value,
    );
}
