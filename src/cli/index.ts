#!/usr/bin/env node
// The CLI's entry point (dist/cli.js, bundled from here).
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
