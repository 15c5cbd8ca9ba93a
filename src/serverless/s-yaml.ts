// s.yaml, both editions: structure, `${…}` references, actions, flow, dependency cycles and the deploy
// order the engine will use. Pure: the only outside facts it needs (does a file exist? what does the
// base file of `extend:` hold?) come in through the options; s-yaml/extend.ts does that reading.
//
// What the engine does, from Serverless-Devs/toolkit packages/parse-spec (index.ts, order.ts) and
// packages/engine (actions): js-yaml 4 reads the file; only `edition: 3.0.0` is 3.x; a resource depends
// on another when its props hold `${resources.B.output…}`; dependencies deploy first and the rest in
// file order; resources in a cycle are silently put last; action keys are split at '-' into hook and
// command; `post` is renamed to `complete` with a warning; `component` actions run only at resource level.
export { checkSYaml } from './s-yaml/check.ts';
export type { SYamlCheck } from './s-yaml/checker.ts';
export { tokenizeExpression } from './s-yaml/expression.ts';
export { checkSYamlFile } from './s-yaml/extend.ts';
export { S_YAML_RULES } from './s-yaml/rules.ts';
export { maskTemplate } from './s-yaml/template.ts';
