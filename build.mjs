// Bundles the action (dist/index.js) and the CLI (dist/cli.js). `--check` builds in memory and fails
// when the committed dist/ differs: GitHub runs dist/, not src/.
import { chmodSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { build } from 'esbuild';

const check = process.argv.includes('--check');

const result = await build({
  entryPoints: { index: 'src/action/index.ts', cli: 'src/cli/index.ts' },
  outdir: 'dist',
  write: !check,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  // The sources are in the repository beside dist/; embedding them again would put megabytes of diff
  // into every commit that touches dist/.
  sourcesContent: false,
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __cpCreateRequire } from 'node:module';\nconst require = __cpCreateRequire(import.meta.url);",
  },
});

if (check) {
  const stale = result.outputFiles
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
  chmodSync('dist/cli.js', 0o755);
}
