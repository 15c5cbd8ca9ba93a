// What the engine reads in s.yaml: the rule catalog, the keys of each level, the functions and variable
// roots of each edition. One place, so every check of the s-yaml/ folder agrees on them.

export const S_YAML_RULES: Record<string, string> = {
  's-yaml/yaml-syntax': 's.yaml must be valid YAML holding a mapping',
  's-yaml/required': 'edition, name and resources (3.0.0) or services (1.0.0) must be present',
  's-yaml/edition': 'edition must be 3.0.0 (or 1.0.0/2.0.0 for the 1.x format)',
  's-yaml/services-in-v3': "3.0.0 YAML uses 'resources', not 'services'",
  's-yaml/resources-in-v1': "'resources' needs edition 3.0.0",
  's-yaml/unknown-key': 'keys the engine does not read are ignored',
  's-yaml/type': 'a section has the wrong YAML type',
  's-yaml/component-missing': 'every resource/service names its component',
  's-yaml/unknown-template': "a resource's extend.name must be a key of template",
  's-yaml/undefined-var': '${vars.x} must name a defined variable',
  's-yaml/unknown-resource': 'references must name a real resource/service',
  's-yaml/this-outside-resource': '${this.*} only works inside a resource',
  's-yaml/unknown-variable': 'a ${…} expression uses a name the engine does not provide',
  's-yaml/unknown-function': 'a ${…} expression calls a function the edition does not have',
  's-yaml/env-dot-syntax': "${env.X} does not work in 3.0.0: use ${env('X')}",
  's-yaml/unquoted-argument':
    'a lone unquoted argument of env/file/path/config/secret/regex is taken as text; with a second argument it is JavaScript',
  's-yaml/missing-file': 'file() and path() targets must exist relative to s.yaml',
  's-yaml/unclosed-expression': '${ without a closing } is left as text',
  's-yaml/dependency-cycle': 'resources whose outputs depend on each other cannot be deployed',
  's-yaml/flow-shape': 'flow maps a command to a list of groups (lists of resources)',
  's-yaml/flow-unknown-resource': 'flow may only list resources',
  's-yaml/flow-order': 'a resource must be in a later flow group than the resources whose output it uses',
  's-yaml/flow-missing-dependency': 'a flow runs a resource but not the resource whose output it uses',
  's-yaml/action-key': 'action keys are <hook>-<command>',
  's-yaml/action-hook': 'action hooks are pre, success, fail and complete',
  's-yaml/action-post-hook': "the 'post' hook was renamed to 'complete'",
  's-yaml/action-command-dash': "the engine splits action keys at every '-': a command cannot contain one",
  's-yaml/action-not-list': 'each action value must be a list',
  's-yaml/action-item': 'each action item has exactly one of run, plugin or component',
  's-yaml/action-component-global': 'component actions only run at resource level',
  's-yaml/action-plugin-args': 'plugin args must be a mapping',
  's-yaml/file-not-found': 'the s.yaml to check must exist',
  's-yaml/extend-missing': 'the base file named by extend must exist',
};

export const TOP_KEYS_3 = [
  'edition',
  'name',
  'access',
  'vars',
  'flow',
  'template',
  'extend',
  'validation',
  'actions',
  'resources',
  'env',
];
// 1.x reads `extend:` too (core's extendsYaml merges the base file first).
export const TOP_KEYS_1 = ['edition', 'name', 'access', 'vars', 'actions', 'services', 'extend'];
// A resource's own `vars` are read as ${this.vars.*} and ${resources.<name>.vars.*}.
export const RESOURCE_KEYS_3 = ['component', 'props', 'vars', 'actions', 'extend', 'allow_failure'];
export const SERVICE_KEYS_1 = ['component', 'props', 'actions', 'access'];
export const ACTION_ITEM_KEYS = [
  'run',
  'path',
  'plugin',
  'args',
  'component',
  'allow_failure',
  'replace_output',
];
export const HOOKS = ['pre', 'success', 'fail', 'complete', 'post'];
export const FUNCTIONS_3 = [
  'env',
  'file',
  'path',
  'json',
  'yaml',
  'str',
  'base64',
  'secret',
  'regex',
  'config',
];
export const FUNCTIONS_1 = ['env', 'file', 'path', 'config'];
/** Functions whose first argument is a literal name or path. */
export const LITERAL_ARG_FUNCTIONS = ['env', 'file', 'path', 'config', 'secret', 'regex'];
export const ROOTS_3 = ['vars', 'resources', 'components', 'this', 'cwd', 'credential'];
export const RESOURCE_SECTIONS = ['props', 'output', 'info', 'vars'];
export const THIS_MEMBERS = ['name', 'access', 'component', 'props', 'output', 'vars', 'info'];
// JavaScript names an expression may use without them being Serverless Devs variables.
export const JS_NAMES = new Set([
  'true',
  'false',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'void',
  'JSON',
  'Math',
  'Number',
  'String',
  'Boolean',
  'Object',
  'Array',
  'Date',
  'parseInt',
  'parseFloat',
  'isNaN',
  'encodeURIComponent',
  'decodeURIComponent',
]);

/** The engine's own pattern for a `${…}` expression. */
export const EXPRESSION = /\$\{([\w\W]*?)\}/g;
