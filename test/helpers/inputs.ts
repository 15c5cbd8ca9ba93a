// The INPUT_* variables GitHub's runner sets for a step of this action. No node:test here: the
// benchmarks use it too.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');

const DEFAULTS: Record<string, string> = (() => {
  const spec = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(Object.entries(spec.inputs).map(([k, v]) => [k, String(v.default ?? '')]));
})();

/** action.yml's defaults under `inputs`, as INPUT_* (a `${{ }}` default, which only the runner evaluates, empty). */
export function inputVariables(inputs: Record<string, string>): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...DEFAULTS, ...inputs })) {
    variables[`INPUT_${k.toUpperCase()}`] = v.includes('${{') ? '' : v;
  }
  return variables;
}
