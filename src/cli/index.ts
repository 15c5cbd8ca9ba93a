#!/usr/bin/env node
// The CLI's entry point (dist/cli.js, bundled from here).
import { main } from './main.ts';

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
