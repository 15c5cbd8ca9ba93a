// Upload throughput of the built action publishing a 500 MB asset to the local GitHub emulator, and the
// action's peak RSS (the asset is streamed from disk, never buffered). Upload time = publish run − pack run
// of the same folder, so packing is not counted.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startGitHubEmulator } from '../test/emulators/github.ts';
import { inputVariables } from '../test/helpers/inputs.ts';

const ACTION = resolve(import.meta.dirname, '../dist/index.js');
const RSS = resolve(import.meta.dirname, 'rss.py');

// Asynchronous: the emulator answers from this process's event loop while the action runs.
async function runAction(
  dir: string,
  env: Record<string, string>,
): Promise<{ wall: number; maxrss_kib: number }> {
  const { stdout: out } = await promisify(execFile)('python3', [RSS, process.execPath, ACTION], {
    env: { ...process.env, ...env },
    cwd: dir,
    encoding: 'utf8',
  });
  const result = JSON.parse(out.trim().split('\n').at(-1)!) as {
    code: number;
    wall: number;
    maxrss_kib: number;
  };
  if (result.code !== 0) throw new Error(`the action exited ${result.code}:\n${out}`);
  return result;
}

export async function benchUpload() {
  const work = await mkdtemp(join(tmpdir(), 'cp-bench-upload-'));
  const runnerTemp = await mkdtemp(join(tmpdir(), 'cp-bench-runner-'));
  const gh = await startGitHubEmulator({ token: 'bench_token' });
  try {
    gh.addRepo('bench/slipway_big');
    await writeFile(
      join(work, 'slipway_component.json'),
      JSON.stringify({ publisher: 'bench', name: 'big', version: '1.0.0', input: {}, output: {} }),
    );
    await writeFile(join(work, 'run.js'), '({});\n');
    await writeFile(join(work, 'data.bin'), '');
    await truncate(join(work, 'data.bin'), 500 * 1024 * 1024);
    const base = {
      ...inputVariables({ path: work, 'github-token': 'bench_token' }),
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: work,
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: gh.serverUrl,
      GITHUB_REPOSITORY: 'bench/slipway_big',
      GITHUB_SHA: 'a'.repeat(40),
    };
    // Alternating runs, medians: a single pair was lost in this VM's disk-writeback variance (a pack-only
    // run slower than the publish that packs too gave a nonsense rate).
    const packs = [];
    const publishes = [];
    for (let i = 0; i < 3; i++) {
      packs.push(await runAction(work, { ...base, INPUT_COMMAND: 'pack' }));
      publishes.push(await runAction(work, { ...base, INPUT_COMMAND: 'publish' }));
      gh.repo('bench/slipway_big').releases.length = 0;
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    const packS = median(packs.map((r) => r.wall));
    const publishS = median(publishes.map((r) => r.wall));
    const mib = 500;
    const uploadS = publishS - packS;
    return {
      assetMiB: mib,
      packS: Number(packS.toFixed(2)),
      publishS: Number(publishS.toFixed(2)),
      // Only when the difference stands out of the noise; otherwise the rate is unknown, not huge.
      uploadMiBPerS: uploadS > 0.1 * publishS ? Number((mib / uploadS).toFixed(0)) : null,
      peakRssMiB: Number((Math.max(...publishes.map((r) => r.maxrss_kib)) / 1024).toFixed(1)),
      requestsPerPublish: gh.requests.length / publishes.length,
    };
  } finally {
    await gh.close();
    await rm(work, { recursive: true, force: true });
    await rm(runnerTemp, { recursive: true, force: true });
  }
}
