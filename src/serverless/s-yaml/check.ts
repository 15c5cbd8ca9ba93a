// One s.yaml check: load it as the engine does, then run each part of the checker in order.
import { isMap } from 'yaml';
import { kindOf, pairOf, parseYaml } from '../../yaml-positions.ts';
import { Checker, type SYamlCheck, type SYamlOptions } from './checker.ts';
import { engineOrder } from './graph.ts';
import { loadLikeEngine } from './load.ts';
import { checkCycles, checkFlow } from './order.ts';
import { walkTopLevel } from './references.ts';
import { checkTopLevel, collectResources } from './structure.ts';
import { maskTemplate } from './template.ts';

/** Pure: checks s.yaml text. `file` is only used in the problems. */
export function checkSYaml(text: string, file: string, opts: SYamlOptions): SYamlCheck {
  const masked = opts.template ? maskTemplate(text) : { text, spans: [] };
  const loaded = loadLikeEngine(masked.text, opts.template);
  const s = new Checker(loaded.ok ? loaded.locatable : masked.text, file, opts, masked.spans);
  if (!loaded.ok) {
    s.report(
      loaded.at,
      's-yaml/yaml-syntax',
      `s.yaml is not valid YAML: ${loaded.message}`,
      'fix the YAML syntax',
    );
    return { problems: s.problems, deployOrder: [] };
  }
  // Validity was decided above; this tree only locates nodes.
  const { doc, lineCounter } = parseYaml(s.source, { uniqueKeys: false });
  s.lineCounter = lineCounter;
  const root = doc.contents;
  if (!isMap(root) || loaded.data === null || typeof loaded.data !== 'object' || Array.isArray(loaded.data)) {
    s.report(
      { line: 1, column: 1 },
      's-yaml/yaml-syntax',
      `s.yaml must be a mapping (edition, name, resources, …), but it is ${kindOf(root)}`,
      'start the file with `edition: 3.0.0`, `name: …` and `resources:`',
    );
    return { problems: s.problems, deployOrder: [] };
  }
  const data = loaded.data as Record<string, unknown>;
  const container = checkTopLevel(s, root, data);
  collectResources(s, container, data);
  walkTopLevel(s, root, container, doc);
  checkCycles(s);
  if (s.v3) checkFlow(s, pairOf(root, 'flow')?.value);
  return { problems: s.problems, deployOrder: engineOrder(s.deps).map((i) => s.resourceList[i]!.name) };
}
