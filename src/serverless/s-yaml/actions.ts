// `actions:` at the top level and in each resource: hook-command keys and the items each hook runs.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { keyText, kindOf, pairOf, pairsOf, stringOf } from '../../yaml-positions.ts';
import type { Checker, Resource } from './checker.ts';
import { ACTION_ITEM_KEYS, HOOKS } from './rules.ts';

export function checkActions(s: Checker, actions: Node, resource: Resource | undefined) {
  const level = resource ? (s.v3 ? 'Project' : 'Service') : 'Global';
  for (const pair of pairsOf(actions)) {
    const key = keyText(pair);
    const keyPos = s.at(pair);
    const magic = key.includes('${');
    const parts = key.split('-');
    const hook = parts[0] ?? '';
    const command = parts[1];
    if (parts.length < 2 || !command) {
      s.report(
        keyPos,
        's-yaml/action-key',
        `action key ${JSON.stringify(key)} is not <hook>-<command>, so it never runs`,
        'write e.g. `pre-deploy:` or `success-deploy:`',
      );
    } else if (!HOOKS.includes(hook)) {
      s.report(
        keyPos,
        's-yaml/action-hook',
        `action ${JSON.stringify(key)} uses hook ${JSON.stringify(hook)}, which the engine never runs`,
        'use pre, success, fail or complete',
      );
    } else if (hook === 'post' && (s.v3 || !resource)) {
      s.report(
        keyPos,
        's-yaml/action-post-hook',
        "the action hook 'post-<command>' has been renamed to 'complete-<command>'",
        `rename it to complete-${parts.slice(1).join('-')}`,
        'warning',
      );
    }
    if (!magic && parts.length > 2 && command) {
      s.report(
        keyPos,
        's-yaml/action-command-dash',
        `the engine splits ${JSON.stringify(key)} at every '-': it runs on \`${command}\`, never on \`${parts.slice(1).join('-')}\``,
        'actions cannot target a command containing a dash; use the command name without one',
      );
    }
    if (!isSeq(pair.value)) {
      s.report(
        s.at(pair.value ?? pair),
        's-yaml/action-not-list',
        `${level} action ${key} is invalid, it must be array`,
        'write each step as a list item: `- run: npm install`',
      );
      continue;
    }
    for (const item of pair.value.items) checkActionItem(s, item as Node, key, resource);
  }
}

function checkActionItem(s: Checker, item: Node, key: string, resource: Resource | undefined) {
  if (!isMap(item)) {
    s.report(
      s.at(item),
      's-yaml/action-item',
      `an item of action ${key} is ${kindOf(item)}, not a mapping`,
      'write `- run: <command>`, `- plugin: <name>` or `- component: <name> <command>`',
    );
    return;
  }
  const kinds = ['run', 'plugin', 'component'].filter((k) => {
    const v = pairOf(item, k)?.value;
    return v !== undefined && v !== null && !(isScalar(v) && (v.value === null || v.value === ''));
  });
  if (kinds.length !== 1) {
    s.report(
      s.at(item),
      's-yaml/action-item',
      kinds.length === 0
        ? `an item of action ${key} has none of run, plugin or component`
        : `an item of action ${key} has ${kinds.join(' and ')}: the engine only uses ${kinds[0]}`,
      'give each item exactly one of run, plugin or component (split it into several items)',
    );
  }
  if (kinds.includes('component')) checkComponentItem(s, item, key, resource);
  const args = pairOf(item, 'args');
  if (args && args.value !== null && !isMap(args.value)) {
    s.report(
      s.at(args.value),
      's-yaml/action-plugin-args',
      `plugin args must be a mapping, but it is ${kindOf(args.value)}`,
      'write args as `key: value` lines under `args:`',
    );
  }
  const path = pairOf(item, 'path');
  if (path && stringOf(path.value) === undefined)
    s.typeProblem(path.value ?? path, 'run path', 'a folder path', path.value);
  for (const p of pairsOf(item)) {
    const k = keyText(p);
    if (ACTION_ITEM_KEYS.includes(k)) continue;
    s.report(
      s.at(p),
      's-yaml/unknown-key',
      `action item key ${JSON.stringify(k)} is not read by the engine`,
      `use ${ACTION_ITEM_KEYS.join(', ')}`,
      'warning',
    );
  }
}

/** A `component` item runs only at resource level, and names a command after the component. */
function checkComponentItem(s: Checker, item: Node, key: string, resource: Resource | undefined) {
  const component = pairOf(item, 'component');
  if (!component) return;
  if (!resource) {
    s.report(
      s.at(component),
      's-yaml/action-component-global',
      `global action ${key} has a component item, which the engine skips: component actions only run at ${s.v3 ? 'resource' : 'service'} level`,
      `move it into a ${s.v3 ? 'resource' : 'service'}'s actions, or use run/plugin`,
    );
  } else {
    const words = (stringOf(component.value) ?? '').trim().split(/\s+/).filter(Boolean);
    if (words.length < 2) {
      s.report(
        s.at(component.value ?? component),
        's-yaml/action-item',
        `component action ${JSON.stringify(stringOf(component.value) ?? '')} has no command`,
        'write `component: <component> <command> [args]`, e.g. `component: fc3 build --use-docker`',
      );
    }
  }
}
