// Reading the nodes of a registry.yaml: keys, pairs (merge keys included, as PyYAML merges them) and
// how a value that is not a string is described.
import { isMap, isScalar, isSeq, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { PlainType } from './pyyaml.ts';

export const TYPE_WORDS: Record<PlainType, string> = {
  bool: 'a boolean',
  int: 'a number',
  float: 'a number',
  null: 'empty (null)',
  timestamp: 'a date',
  merge: 'a merge key',
  value: 'a "value" tag',
  str: 'a string',
};

export function describeValue(node: unknown, source: string): string {
  if (!isScalar(node)) return isSeq(node) ? 'it is a list' : isMap(node) ? 'it is a mapping' : 'it is empty';
  if (node.value == null) return 'it is empty';
  const kind =
    node.value instanceof Date ? 'a date' : typeof node.value === 'number' ? 'a number' : typeof node.value;
  return `unquoted \`${source}\` is read as ${kind}`;
}

/**
 * `key` from the mappings merged in with `<<` (one alias or a list of them), first one first, as
 * PyYAML's SafeLoader merges them.
 */
export function mergedPair(map: YAMLMap, key: string, resolve: (node: unknown) => unknown): Pair | undefined {
  // The yaml package reads a YAML 1.1 merge key as a Symbol('<<') (a quoted '<<' is a plain key).
  const merge = map.items.find(
    (pair) => isScalar(pair.key) && typeof pair.key.value === 'symbol' && pair.key.value.description === '<<',
  ) as Pair | undefined;
  if (!merge) return undefined;
  const sources = isSeq(merge.value) ? merge.value.items : [merge.value];
  for (const source of sources) {
    const target = resolve(source);
    if (!isMap(target)) continue;
    const found = findPair(target, key) ?? mergedPair(target, key, resolve);
    if (found) return found;
  }
  return undefined;
}

export function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key) as Pair | undefined;
}

/** The pairs of a non-empty map whose keys are all plain names, or undefined. */
export function keyedPairs(node: unknown): { pair: Pair; key: Scalar }[] | undefined {
  if (!isMap(node) || node.items.length === 0) return undefined;
  const pairs = (node.items as Pair[]).map((pair) => ({ pair, key: pair.key as Scalar }));
  return pairs.every(({ key }) => isScalar(key) && key.value != null && typeof key.value !== 'symbol')
    ? pairs
    : undefined;
}

export function singleKeyMap(node: unknown): { pair: Pair; key: Scalar } | undefined {
  if (!isMap(node) || node.items.length !== 1) return undefined;
  const pair = node.items[0] as Pair;
  return isScalar(pair.key) && pair.key.value != null ? { pair, key: pair.key } : undefined;
}
