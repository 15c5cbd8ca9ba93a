// `npm run test:unit [-- test/x.test.ts …]`: bundles the test files with esbuild, then runs them with
// `node --test`, two files at a time, the longest first. Loading tsx in every test process cost about
// 0.25 s of CPU each, and it transformed the same src/ files again in each of them; one esbuild pass over
// every test file takes well under a second. Dependencies stay external (loaded from node_modules as
// users load them). `node --import tsx --test test/x.test.ts` still runs a single file from source.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundleBottleneck } from './bottleneck-immediate.mjs';

const root = join(import.meta.dirname, '..');
const out = join(root, 'node_modules/.cache/component-publish-tests');
/**
 * Started first: the files that take longest (waits, spawns), so no core idles at the end. Ordered by
 * wall time, each file run alone (`node --test` on each bundled file under /usr/bin/time).
 */
const LONGEST = [
  'e2e',
  'workflows',
  'serverless-registry',
  'hostile',
  'github-release',
  'e2e-serverless-project',
  'serverless-registry-toolbox',
  'list',
];

const asked = process.argv.slice(2);
const all = readdirSync(join(root, 'test'))
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => `test/${name}`);
const files = asked.length > 0 ? asked.map((file) => relative(root, join(process.cwd(), file))) : all;
const rank = (file) => {
  const i = LONGEST.indexOf(file.replace(/^test\/|\.test\.ts$/g, ''));
  return i === -1 ? LONGEST.length : i;
};
files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

/**
 * A bundled file is no longer where its source was, so each source's import.meta path is written in as a
 * literal: tests find their fixtures and the repository root from it.
 */
const sourcePaths = {
  name: 'source-paths',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8')
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents: text, loader: 'ts' };
    });
  },
};

rmSync(out, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: files,
  outdir: out,
  outbase: 'test',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  packages: 'external',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // No source maps: loading them (--enable-source-maps) cost 8% more CPU. A failure's stack points into
  // the bundle, where esbuild marks each source file with a `// test/….ts` comment; for source lines,
  // run that one file with `node --import tsx --test`.
  sourcemap: false,
  logLevel: 'warning',
  plugins: [sourcePaths, bundleBottleneck],
});

const bundled = files.map((file) => join(out, relative('test', file).replace(/\.ts$/, '.mjs')));
const child = spawn(process.execPath, ['--test', '--test-concurrency=3', ...bundled], {
  cwd: root,
  stdio: 'inherit',
});
child.on('close', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
