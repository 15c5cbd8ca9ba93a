// `npm run bench -- release`: a fresh release by the built action (packing included) against the floor,
// bench/floor-release.mjs, which makes the same four requests with bare Octokit on the same emulator.
// Small component and a 500 MiB one; alternating runs; medians and spread; Node 24 and Node 20
// (`npx -p node@N`); peak RSS of each run. Assets are generated into a temp folder and removed.
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type GitHubEmulator, startGitHubEmulator } from '../test/emulators/github.ts';
import { inputVariables } from '../test/helpers/inputs.ts';

const ACTION = resolve(import.meta.dirname, '../dist/index.js');
const FLOOR = resolve(import.meta.dirname, 'floor-release.mjs');
const RSS = resolve(import.meta.dirname, 'rss.py');
const TOKEN = 'bench_token';
const BIG_MIB = 500;

interface Measure {
  wall: number;
  maxrss_kib: number;
}

// Asynchronous: the emulator answers from this process's event loop while the child runs.
async function measure(command: string[], env: Record<string, string>): Promise<Measure> {
  const { stdout } = await promisify(execFile)('python3', [RSS, ...command], {
    env: { ...process.env, ...env, RSS_SHOW: process.env.BENCH_VERBOSE ?? '' },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as Measure & { code: number };
  if (result.code !== 0) throw new Error(`${command.join(' ')} exited ${result.code}:\n${stdout}`);
  return result;
}

/** The node binary of a major version: this one if it matches, else npx's (`npx -p node@N`). */
function nodeBinary(major: number): string {
  if (process.versions.node.startsWith(`${major}.`)) return process.execPath;
  return execFileSync('npx', ['-y', '-p', `node@${major}`, 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
  }).trim();
}

function stats(xs: number[]) {
  const sorted = [...xs].sort((a, b) => a - b);
  const r = (x: number) => Number(x.toFixed(3));
  return { median: r(sorted[Math.floor(sorted.length / 2)]!), min: r(sorted[0]!), max: r(sorted.at(-1)!) };
}

async function component(root: string, name: string, bigMiB: number): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'slipway_component.json'),
    JSON.stringify({ publisher: 'bench', name, version: '1.0.0', input: {}, output: {} }),
  );
  await writeFile(join(dir, 'run.js'), `(${JSON.stringify({ name, pad: 'x'.repeat(6000) })});\n`);
  if (bigMiB > 0) {
    await writeFile(join(dir, 'data.bin'), '');
    await truncate(join(dir, 'data.bin'), bigMiB * 1024 * 1024);
  }
  return dir;
}

function actionEnv(
  gh: GitHubEmulator,
  dir: string,
  runnerTemp: string,
  command: string,
): Record<string, string> {
  return {
    ...inputVariables({ command, path: dir, 'github-token': TOKEN }),
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: dirname(dir),
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: gh.serverUrl,
    GITHUB_REPOSITORY: `bench/slipway_${basename(dir)}`,
    GITHUB_SHA: 'a'.repeat(40),
  };
}

interface Runs {
  product: Measure[];
  floor: Measure[];
  pack: Measure[];
  requests: { product: number; floor: number };
}

/** Product and floor alternate which goes first, so neither always runs on a warmer cache. */
async function alternate(
  gh: GitHubEmulator,
  node: string,
  dir: string,
  root: string,
  runs: number,
  big: boolean,
) {
  const out: Runs = { product: [], floor: [], pack: [], requests: { product: 0, floor: 0 } };
  const repo = `bench/slipway_${basename(dir)}`;
  const runnerTemp = join(root, 'runner');
  const tarball = join(root, `bench.${basename(dir)}.1.0.0.tar`);
  await mkdir(runnerTemp, { recursive: true });
  gh.addRepo(repo);
  execFileSync(node, [resolve(import.meta.dirname, '../dist/cli.js'), 'pack', dir, '--out', tarball]);
  for (let i = 0; i < runs; i++) {
    for (const who of i % 2 === 0 ? (['product', 'floor'] as const) : (['floor', 'product'] as const)) {
      const before = gh.requests.length;
      out[who].push(
        who === 'product'
          ? await measure([node, ACTION], actionEnv(gh, dir, runnerTemp, 'publish'))
          : await measure([node, FLOOR, gh.url, repo, '1.0.0', tarball], { BENCH_TOKEN: TOKEN }),
      );
      out.requests[who] = gh.requests.length - before;
      gh.repo(repo).releases.length = 0; // a fresh release every run; frees the emulator's copy of the asset
    }
    if (big) out.pack.push(await measure([node, ACTION], actionEnv(gh, dir, runnerTemp, 'pack')));
  }
  return out;
}

async function benchCase(node: string, label: string, bigMiB: number, runs: number) {
  const root = await mkdtemp(join(tmpdir(), 'cp-bench-release-'));
  const gh = await startGitHubEmulator({ token: TOKEN });
  try {
    const dir = await component(root, bigMiB > 0 ? 'big' : 'small', bigMiB);
    const { product, floor, pack, requests } = await alternate(gh, node, dir, root, runs, bigMiB > 0);
    const p = stats(product.map((m) => m.wall));
    const f = stats(floor.map((m) => m.wall));
    const k = pack.length ? stats(pack.map((m) => m.wall)) : undefined;
    const mib = (ms: Measure[]) => Number((Math.max(...ms.map((m) => m.maxrss_kib)) / 1024).toFixed(1));
    return {
      case: label,
      runs,
      productS: p,
      floorS: f,
      ...(k ? { packS: k } : {}),
      ratio: Number((p.median / (f.median + (k?.median ?? 0))).toFixed(2)),
      ratioMeaning: k ? 'product / (floor + pack)' : 'product (packing included) / floor',
      target: k ? 1.0 : 1.2,
      peakRssMiB: { product: mib(product), floor: mib(floor) },
      requests,
    };
  } finally {
    await gh.close();
    await rm(root, { recursive: true, force: true });
  }
}

export async function benchRelease() {
  const runs = Number(process.env.BENCH_RUNS) || 5;
  const bigRuns = Number(process.env.BENCH_BIG_RUNS ?? 3); // 0 skips the 500 MiB case
  const results = [];
  for (const major of [24, 20]) {
    const node = nodeBinary(major);
    const version = execFileSync(node, ['-v'], { encoding: 'utf8' }).trim();
    const load = loadavg().map((x) => Number(x.toFixed(2)));
    results.push({ node: version, loadBefore: load, ...(await benchCase(node, 'small', 0, runs)) });
    if (bigRuns > 0)
      results.push({ node: version, ...(await benchCase(node, `${BIG_MIB} MiB`, BIG_MIB, bigRuns)) });
  }
  for (const r of results) {
    const rss = r.peakRssMiB;
    console.error(
      `${r.node} ${r.case}: product ${r.productS.median}s [${r.productS.min}–${r.productS.max}], floor ${r.floorS.median}s [${r.floorS.min}–${r.floorS.max}]${'packS' in r && r.packS ? `, pack ${r.packS.median}s` : ''}; ratio ${r.ratio} (${r.ratioMeaning}, target ≤ ${r.target}); peak RSS ${rss.product} MiB (floor ${rss.floor} MiB); requests ${r.requests.product} vs ${r.requests.floor}`,
    );
  }
  return results;
}
