// Bundles the action (dist/index.js) and the CLI (dist/cli.js). `--check` builds in memory and fails
// when the committed dist/ differs: GitHub runs dist/, not src/.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { build } from 'esbuild';
import { bottleneckImmediate } from './scripts/bottleneck-immediate.mjs';

const check = process.argv.includes('--check');

/**
 * @actions/core and @actions/github import undici at load time, only for a proxy (ProxyAgent, and a
 * fetch that goes through it). Loading it cost a quarter of the bundle's start-up CPU (its module body
 * compiles llhttp's WebAssembly), and compiling its 770 KB with the rest another fifth, in every run,
 * proxy or not. Those imports get a stand-in that loads undici on first use from dist/undici.js, which
 * both bundles share.
 */
const lazyUndici = {
  name: 'lazy-undici',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, () => ({ path: 'undici', namespace: 'lazy-undici' }));
    b.onResolve({ filter: /^\.\/undici\.js$/, namespace: 'lazy-undici' }, (args) => ({
      path: args.path,
      external: true,
    }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-undici' }, () => ({
      loader: 'js',
      contents: [
        'let real;',
        "const load = () => (real ??= require('./undici.js'));",
        'export class ProxyAgent { constructor(...args) { return new (load().ProxyAgent)(...args); } }',
        'export const fetch = (...args) => load().fetch(...args);',
      ].join('\n'),
    }));
  },
};

const common = {
  outdir: 'dist',
  write: !check,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // CommonJS starts faster than an ES module of the same code (node 20 and 24 compile a CommonJS
  // bundle lazily): 0.086 s against 0.123 s of CPU for `node dist/index.js` failing on its inputs.
  // dist/package.json marks the folder as CommonJS, so the files keep their .js names.
  format: 'cjs',
  legalComments: 'none',
  logLevel: 'warning',
};

const faces = await build({
  ...common,
  entryPoints: { 'bundle-action': 'src/action/index.ts', 'bundle-cli': 'src/cli/index.ts' },
  sourcemap: true,
  // The sources are in the repository beside dist/; embedding them again would put megabytes of diff
  // into every commit that touches dist/.
  sourcesContent: false,
  plugins: [lazyUndici, bottleneckImmediate],
});
const undici = await build({ ...common, entryPoints: { undici: 'undici' } });
const outputFiles = [...(faces.outputFiles ?? []), ...(undici.outputFiles ?? [])];

/**
 * What the build writes beside the bundles. dist/package.json: the repository's says "type": "module",
 * this one makes dist/*.js CommonJS. dist/index.js and dist/cli.js start the bundles after turning on
 * Node's compile cache (Node 22.1 and later; a no-op before): a job runs the action several times, and
 * from the second run on Node 24 no longer compiles the bundle (0.10 s -> 0.08 s of CPU measured for
 * `node dist/index.js` failing on its inputs).
 */
const launcher = (bundle, shebang = '') =>
  `${shebang}'use strict';\nrequire('node:module').enableCompileCache?.();\nrequire('./${bundle}');\n`;
const WRITTEN = [
  { path: 'dist/package.json', text: `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n` },
  { path: 'dist/index.js', text: launcher('bundle-action.js') },
  { path: 'dist/cli.js', text: launcher('bundle-cli.js', '#!/usr/bin/env node\n'), mode: 0o755 },
];

if (check) {
  const stale = [...outputFiles, ...WRITTEN]
    .filter((file) => {
      try {
        return readFileSync(file.path, 'utf8') !== file.text;
      } catch {
        return true;
      }
    })
    .map((file) => relative(process.cwd(), file.path));
  if (stale.length > 0) {
    console.error(`dist/ is stale (${stale.join(', ')}): run 'npm run build' and commit dist/.`);
    process.exit(1);
  }
} else {
  for (const file of WRITTEN) {
    writeFileSync(file.path, file.text);
    if (file.mode) chmodSync(file.path, file.mode);
  }
}
