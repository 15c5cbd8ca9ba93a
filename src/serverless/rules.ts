// The rule catalog of Serverless Devs package checks (s.yaml's own rules are in s-yaml/rules.ts).

export const SERVERLESS_RULES: Record<string, string> = {
  'serverless/yaml-syntax': 'publish.yaml, src/build.yaml and src/variable.yaml must be valid YAML mappings',
  'serverless/publish-required': 'publish.yaml has every key the registry requires',
  'serverless/publish-edition': 'publish.yaml Edition is 3.0.0',
  'serverless/publish-edition-v2':
    'a publish.yaml without Edition, or with 1.0.0/2.0.0, is a Serverless Devs 2.x package for the V2 tool `s cli registry publish`',
  'serverless/publish-type': 'Type is Component, Plugin or Project',
  'serverless/publish-name': "Name is a non-empty string without '/', '@' or whitespace",
  'serverless/publish-provider': 'Provider is a list of clouds the registry knows',
  'serverless/publish-version': 'Version is x.y.z, or dev / dev.x.y',
  'serverless/publish-field-type': 'publish.yaml values have the types the schema requires',
  'serverless/publish-effective': 'Effective is Public, Private or Organization',
  'serverless/publish-commands': 'a Component lists its Commands',
  'serverless/publish-unknown-key': 'publish.yaml keys outside the schema are ignored',
  'serverless/missing-src': 'every package has a src/ folder',
  'serverless/missing-publish-yaml': 'every package has publish.yaml (or publish.yml)',
  'serverless/publish-yaml-twice': 'a package has publish.yaml or publish.yml, not both',
  'serverless/missing-readme': 'every package has readme.md',
  'serverless/missing-version-md': 'version.md (the release notes the registry shows) is recommended',
  'serverless/missing-package-json': 'a Component or Plugin has package.json',
  'serverless/package-main':
    "package.json's main names an existing file (a warning on a source tree: the build makes it before publishing)",
  'serverless/missing-s-yaml': 'a Project has src/s.yaml',
  'serverless/project-s-yaml': "a Project's src/s.yaml is edition 3.0.0 with resources",
  'serverless/build-yaml-resource': 'src/build.yaml keys are resources of src/s.yaml',
  'serverless/variable-yaml-resource': 'src/variable.yaml services keys are resources of src/s.yaml',
  'serverless/template-parameter':
    '{{ name }} placeholders in src/s.yaml are declared in publish.yaml Parameters',
};
