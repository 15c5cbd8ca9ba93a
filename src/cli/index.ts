#!/usr/bin/env node
// The CLI's entry point (bundled to dist/bundle-cli.js, which dist/cli.js starts).
import { main } from './main.ts';

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
