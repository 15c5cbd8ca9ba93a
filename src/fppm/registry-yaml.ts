// fppm's registry.yaml: what this tool reads from it and the one edit it makes to it. The work is
// split by step: registry-source.ts reads the bytes as PyYAML would, registry-check.ts checks fppm's
// rules, registry-edit.ts and registry-render.ts record an entry, line-diff.ts shows the change.
export { lineDiff } from './line-diff.ts';
export { checkRegistryYaml } from './registry-check.ts';
export { applyRegistryEntry } from './registry-edit.ts';
export { formatUpdatedOn, type RegistryEntry } from './registry-entry.ts';
export { decodeRegistryBytes } from './registry-source.ts';
