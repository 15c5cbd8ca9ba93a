// Deploy order problems: `flow:` groups against the dependencies, and dependency cycles.
import { isMap, isSeq, type Node } from 'yaml';
import { keyText, kindOf, pairsOf, stringOf } from '../../yaml-positions.ts';
import type { Checker } from './checker.ts';
import { shortestCycle, stronglyConnected } from './graph.ts';

export function checkFlow(s: Checker, flow: Node | null | undefined) {
  if (!isMap(flow)) return;
  for (const pair of pairsOf(flow)) {
    const command = keyText(pair);
    if (!isSeq(pair.value)) {
      s.report(
        s.at(pair.value ?? pair),
        's-yaml/flow-shape',
        `flow ${command} data format is invalid.`,
        'write the flow as a list of groups, e.g. `- [a]` then `- [b, c]`',
      );
      continue;
    }
    const group: FlowPlaces = new Map();
    pair.value.items.forEach((g, gi) => {
      if (!isSeq(g)) {
        s.report(
          s.at(g as Node),
          's-yaml/flow-shape',
          `flow ${command} data format is invalid.`,
          'each group is a list of resource names, e.g. `- [a, b]`',
        );
        return;
      }
      for (const item of g.items) {
        const name = stringOf(item);
        const resource = name === undefined ? undefined : s.resources.get(name);
        if (!resource && name !== undefined && s.otherResources.has(name)) continue;
        if (!resource) {
          s.report(
            s.at(item as Node),
            's-yaml/flow-unknown-resource',
            `Resource ${name ?? kindOf(item)} is not found. Please check the content of flow.`,
            `list only resources: ${s.names()}`,
          );
          continue;
        }
        group.set(resource.index, { index: gi, node: item as Node });
      }
    });
    checkFlowOrder(s, command, group);
  }
}

type FlowPlaces = Map<number, { index: number; node: Node }>;

/** Each resource of a flow must come in a later group than the resources whose output it uses. */
function checkFlowOrder(s: Checker, command: string, group: FlowPlaces) {
  for (const [index, place] of group) {
    for (const dep of s.deps[index]!.keys()) {
      const before = group.get(dep);
      const a = s.resourceList[index]!.name;
      const b = s.resourceList[dep]!.name;
      if (!before) {
        s.report(
          s.at(place.node),
          's-yaml/flow-missing-dependency',
          `flow ${command} runs ${a}, which uses the output of ${b}, but ${b} is not in the flow`,
          `add ${b} to an earlier group of flow ${command}`,
          'warning',
        );
      } else if (before.index >= place.index && dep !== index) {
        s.report(
          s.at(place.node),
          's-yaml/flow-order',
          `flow is invalid, ${b} must be executed before ${a}`,
          `move ${b} to a group before the one holding ${a}`,
        );
      }
    }
  }
}

/** Reports each strongly connected component with a cycle once, with one cycle's path. */
export function checkCycles(s: Checker) {
  const order = stronglyConnected(s.deps);
  for (const component of order) {
    const members = new Set(component);
    const single = component.length === 1 ? component[0]! : undefined;
    if (single !== undefined && !s.deps[single]!.has(single)) continue;
    const start = Math.min(...component);
    const path = shortestCycle(s.deps, start, members);
    const names = [...path, start].map((i) => s.resourceList[i]!.name);
    const next = path[1] ?? start;
    const where = s.depOffsets.get(`${start}>${next}`);
    s.report(
      where ? where.pos(where.offset) : s.resourceList[start]!.keyPos,
      's-yaml/dependency-cycle',
      `dependency cycle: ${names.join(' → ')}; the engine cannot order these and puts them last, in file order`,
      'break the cycle: one of these resources must not use the output of the next',
    );
  }
}
