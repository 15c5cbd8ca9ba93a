// Differential check of registry.yaml reading against PyYAML (fppm's reader), run by hand:
//   node --import tsx bench/pyyaml-differential.ts registry.yaml…   (needs python3 with PyYAML)
// Each file gets a tab, U+0085, U+2028 or U+2029 inserted at every position; PyYAML's safe_load and our
// check read every variant. A miss is a variant PyYAML refuses and we pass; a false alarm (load-level) is
// one PyYAML loads and we refuse as unreadable (tab, syntax, unloadable value).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRegistryYaml } from '../src/fppm/registry-check.ts';

const LOAD_LEVEL =
  /^registry-yaml\/(tab|unloadable-value|syntax|non-printable|encoding|unsafe-tag|too-deep)$/;
const INSERTS = ['\t', '\u0085', '\u2028', '\u2029'];
const PYTHON = `
import json, sys, yaml
out = []
for text in json.load(open(sys.argv[1], encoding='utf-8')):
    try:
        yaml.safe_load(text)
        out.append(True)
    except Exception:
        out.append(False)
print(json.dumps(out))
`;

const work = mkdtempSync(join(tmpdir(), 'pyyaml-differential-'));
try {
  for (const file of process.argv.slice(2)) {
    const base = readFileSync(file, 'utf8');
    const variants: string[] = [];
    for (let at = 0; at <= base.length; at++)
      for (const c of INSERTS) variants.push(base.slice(0, at) + c + base.slice(at));
    writeFileSync(join(work, 'variants.json'), JSON.stringify(variants));
    const loads = JSON.parse(
      execFileSync('python3', ['-c', PYTHON, join(work, 'variants.json')], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      }),
    ) as boolean[];
    let misses = 0;
    let falseAlarms = 0;
    variants.forEach((text, i) => {
      const errors = checkRegistryYaml(text, file).filter((p) => p.severity === 'error');
      if (!loads[i] && errors.length === 0) misses++;
      if (loads[i] && errors.some((p) => LOAD_LEVEL.test(p.code))) falseAlarms++;
    });
    console.log(JSON.stringify({ file, variants: variants.length, misses, falseAlarms }));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
