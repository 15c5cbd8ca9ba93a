// Pack (archive + sha256) against the same work by GNU tools: `tar -cf` then `sha256sum`.
// Tree: 40 × 5 MB + 3,000 small files (about 300 MB). Alternating runs; medians; peak RSS of ours.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(import.meta.dirname, '../dist/cli.js');
const RSS = resolve(import.meta.dirname, 'rss.py');

interface Measure {
  code: number;
  wall: number;
  maxrss_kib: number;
}

function measure(command: string[]): Measure {
  const out = execFileSync('python3', [RSS, ...command], { encoding: 'utf8' });
  const result = JSON.parse(out.trim().split('\n').at(-1)!) as Measure;
  if (result.code !== 0) throw new Error(`${command.join(' ')} exited ${result.code}`);
  return result;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function makeTree(
  root: string,
  bigFiles = 40,
  bigSize = 5 * 1024 * 1024,
  small = 3000,
): Promise<void> {
  await writeFile(
    join(root, 'slipway_component.json'),
    JSON.stringify({ publisher: 'bench', name: 'big', version: '1.0.0', input: {}, output: {} }),
  );
  await writeFile(join(root, 'run.js'), '({});\n');
  const block = randomBytes(bigSize);
  for (let i = 0; i < bigFiles; i++) {
    block.writeUInt32LE(i, 0); // distinct contents
    await writeFile(join(root, `data-${i}.bin`), block);
  }
  for (let i = 0; i < small; i++) {
    const dir = join(root, 'assets', String(i % 50));
    await mkdir(dir, { recursive: true });
    // 3,000 files averaging about 33 KB: with the big files, a tree of about 300 MB.
    await writeFile(join(dir, `f${i}.bin`), randomBytes(1024 + (i % 64) * 1024));
  }
}

export async function benchPack(runs = 5) {
  const work = await mkdtemp(join(tmpdir(), 'cp-bench-'));
  try {
    const tree = join(work, 'tree');
    await mkdir(tree);
    await makeTree(tree);
    const ours = join(work, 'ours');
    const gnuOut = join(work, 'gnu.tar');
    const oursCmd = ['node', CLI, 'pack', tree, '--out', ours, '--format', 'json', '--conventions', 'none'];
    const gnuCmd = ['sh', '-c', `tar -cf ${gnuOut} -C ${tree} . && sha256sum ${gnuOut}`];
    measure(oursCmd); // warm the page cache
    measure(gnuCmd);
    const oursRuns: Measure[] = [];
    const gnuRuns: Measure[] = [];
    for (let i = 0; i < runs; i++) {
      oursRuns.push(measure(oursCmd));
      gnuRuns.push(measure(gnuCmd));
    }
    const ourWall = median(oursRuns.map((r) => r.wall));
    const gnuWall = median(gnuRuns.map((r) => r.wall));
    return {
      treeMiB: Number(execFileSync('du', ['-sm', tree], { encoding: 'utf8' }).split('\t')[0]),
      runs,
      oursMedianS: Number(ourWall.toFixed(3)),
      gnuMedianS: Number(gnuWall.toFixed(3)),
      ratio: Number((ourWall / gnuWall).toFixed(2)),
      peakRssMiB: Number((Math.max(...oursRuns.map((r) => r.maxrss_kib)) / 1024).toFixed(1)),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
