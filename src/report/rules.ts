// The one rule catalog: every problem code a validator can report, with a one-line description.
// Text, JSON, annotations and SARIF all name rules by these codes; SARIF shows the description as
// the rule's title in code scanning. test/sarif.test.ts fails when a code in src/ is missing here.
import { S_YAML_RULES } from '../serverless/s-yaml.ts';
import { SERVERLESS_RULES } from '../serverless/validate.ts';

const SLIPWAY_RULES: Record<string, string> = {
  'slipway/json-syntax': 'slipway_component.json must be valid JSON',
  'slipway/not-an-object': 'slipway_component.json must hold a JSON object',
  'slipway/missing-field': 'publisher, name, version (and the other required fields) must be present',
  'slipway/unknown-field': 'Slipway rejects a manifest with a field it does not know',
  'slipway/publisher-invalid': 'publisher is 1–64 bytes of a-z, 0-9 and _',
  'slipway/name-invalid': 'name is 1–64 bytes of a-z, 0-9 and _',
  'slipway/name-empty-part': 'a namespaced name has no empty part around "__"',
  'slipway/version-invalid': 'version is strict SemVer 2.0.0',
  'slipway/schema-invalid': 'input and output schemas must be JSON Type Definition or JSON Schema objects',
  'slipway/description-invalid': 'description must be a string',
  'slipway/description-too-long': 'description fits in the registry listing',
  'slipway/callouts-invalid': 'callouts must be an object',
  'slipway/rigging-invalid': 'rigging must be an object',
  'slipway/js-component-invalid': 'js_component.json must name the scripts to run',
  'slipway/js-script-missing': 'every script js_component.json names must exist',
  'slipway/no-runner': 'a component needs a runner: run.wasm, run.js, or rigging',
  'slipway/duplicate-component': 'one release names each publisher.name once',
  'slipway/versions-differ': 'the components of one release share one version (one tag)',
  'slipway/empty-runner': 'a runner file (run.wasm, a script) must not be empty',
  'slipway/bom': 'serde_json refuses a byte order mark at the start of the manifest',
  'slipway/not-utf8': 'serde_json refuses bytes that are not UTF-8',
  'slipway/duplicate-key': "serde_json refuses a key given twice in one of Slipway's structs or in rigging",
  'slipway/duplicate-key-ignored':
    "a key given twice in a schema, constants, a step's input or callouts: Slipway keeps the last one",
  'slipway/too-deep': 'serde_json refuses nesting of 128 levels or more',
  'slipway/unreadable': 'every file of the component must be readable',
  'slipway/permission-invalid': 'permissions follow the shape Slipway reads',
  'slipway/rigging-unpublished': 'a rigging reference names a component this repository publishes',
  'slipway/schema-ref-missing': 'a JSON Schema $ref names a file inside the component folder',
  'slipway/schema-ref-external': 'a JSON Schema $ref names a file in the package, not a web URL',
  'slipway/schema-suspect': 'a schema Slipway loads but that likely does not mean what was meant',
  'version/invalid': 'a version from the version input or the pushed tag is strict SemVer 2.0.0',
  'version/tag-prefix': 'a pushed tag starts with tag-prefix, so it names the version',
  'conventions/publisher': "publisher is the repository owner, as Slipway's registry looks it up",
  'conventions/repository': "the repository is named after the component, as Slipway's registry looks it up",
  'conventions/tag': "the release tag is the bare version, which Slipway's registry downloads from",
};

const REGISTRY_YAML_RULES: Record<string, string> = {
  'registry-yaml/syntax': 'registry.yaml must be valid YAML',
  'registry-yaml/yaml-warning': 'YAML that readers take differently',
  'registry-yaml/empty': 'registry.yaml must not be empty',
  'registry-yaml/not-a-mapping': 'registry.yaml holds a mapping with a namespaces list',
  'registry-yaml/missing-field': 'registry.yaml has the keys fppm reads',
  'registry-yaml/null-field': 'a key fppm reads must not be null',
  'registry-yaml/namespaces-not-list': 'namespaces is a list',
  'registry-yaml/namespace-not-single-key-map': 'each namespaces item maps namespace names to package lists',
  'registry-yaml/packages-not-list': "a namespace's packages are a list",
  'registry-yaml/package-not-single-key-map': 'each package is a mapping with one key',
  'registry-yaml/package-details-not-mapping': "a package's details are a mapping",
  'registry-yaml/duplicate-namespace': 'a namespace is listed once',
  'registry-yaml/duplicate-package': 'a package is listed once in its namespace',
  'registry-yaml/git-missing': 'each package has a git URL',
  'registry-yaml/stable-missing': 'each package has a stable version',
  'registry-yaml/git-not-string': 'git is a string',
  'registry-yaml/stable-not-string': 'stable is a string (quote versions such as 1.10)',
  'registry-yaml/unsafe-tag': "PyYAML's safe_load refuses tags outside the core schema",
  'registry-yaml/duplicate-key': 'a key is given once per mapping (PyYAML would silently keep the last)',
  'registry-yaml/alias-expansion': 'aliases expand to a bounded document (no alias bombs)',
  'registry-yaml/too-deep': 'nesting stays under 128 levels',
  'registry-yaml/encoding': 'registry.yaml is UTF-8 (PyYAML refuses other bytes)',
  'registry-yaml/non-printable': "PyYAML's reader refuses control characters",
  'registry-yaml/tab': "PyYAML's scanner refuses a tab outside quotes, block scalars and comments",
  'registry-yaml/unloadable-value': "PyYAML's safe_load cannot build an unquoted = or << value",
};

export const RULES: Readonly<Record<string, string>> = {
  ...SLIPWAY_RULES,
  ...SERVERLESS_RULES,
  ...S_YAML_RULES,
  ...REGISTRY_YAML_RULES,
};
