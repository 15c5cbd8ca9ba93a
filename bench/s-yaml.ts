// checkSYaml on generated s.yaml files with 2,000 and 8,000 resources whose props chain output
// references (r1 uses r0's output, r2 uses r1's, … in chains of 50, each chain also using the first
// resource of the previous chain), so parsing, reference resolution, cycle detection and the deploy
// order all scale with the file. Four times the resources must take at most five times as long.
//
//   node --import tsx bench/s-yaml.ts
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { checkSYaml } from '../src/serverless/s-yaml.ts';

const CHAIN = 50;

export function generateSYaml(n: number): string {
  const lines = [
    'edition: 3.0.0',
    'name: bench',
    'vars:',
    '  region: cn-hangzhou',
    '  runtime: nodejs18',
    'resources:',
  ];
  // Written in reverse, so that every dependency comes later in the file and the order has to move it.
  for (let i = n - 1; i >= 0; i--) {
    lines.push(
      `  r${i}:`,
      '    component: fc3',
      '    props:',
      '      region: ${vars.region}',
      `      functionName: fn-${i}`,
    );
    lines.push('      runtime: ${vars.runtime}', '      description: ${this.name} in ${vars.region}');
    if (i % CHAIN !== 0) lines.push(`      upstream: \${resources.r${i - 1}.output.url}`);
    else if (i >= CHAIN) lines.push(`      previousChain: \${resources.r${i - CHAIN}.output.arn}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Every resource comes after the one whose output it uses. */
function dependenciesFirst(order: string[], n: number): boolean {
  if (order.length !== n) return false;
  const at = new Map(order.map((name, i) => [name, i]));
  for (let i = 1; i < n; i++) {
    const dep = i % CHAIN !== 0 ? i - 1 : i - CHAIN;
    if (dep >= 0 && at.get(`r${dep}`)! > at.get(`r${i}`)!) return false;
  }
  return true;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchSYaml(): Promise<{ n: number; ms: number }[]> {
  const results: { n: number; ms: number }[] = [];
  for (const n of [2000, 8000]) {
    const text = generateSYaml(n);
    checkSYaml(text, 's.yaml', { baseDir: '/' }); // warm-up
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      const { problems, deployOrder } = checkSYaml(text, 's.yaml', { baseDir: '/' });
      times.push(performance.now() - start);
      if (problems.length > 0 || !dependenciesFirst(deployOrder, n)) {
        throw new Error(
          `unexpected result for ${n} resources: ${problems.length} problems, order ${deployOrder.slice(0, 5)}…`,
        );
      }
    }
    results.push({ n, ms: Math.round(median(times) * 10) / 10 });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await benchSYaml();
  for (const { n, ms } of results) console.log(`checkSYaml ${n} resources: ${ms} ms (median of 5)`);
  const [small, large] = results;
  const ratio = large!.ms / small!.ms;
  console.log(
    `ratio ${large!.n}/${small!.n} resources: ${ratio.toFixed(2)}× time for 4× resources (limit 5×)`,
  );
  if (ratio > 5) process.exitCode = 1;
}
