#!/usr/bin/env node
/* global process */
// binance-rx CLI. Uses the built sim (dist/) when there is one; otherwise, in a clone with
// devDependencies installed, loads the TypeScript sources through tsx. No build step needed.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'sim', 'index.js');

async function loadSim() {
  if (existsSync(built)) return import(pathToFileURL(built).href);
  const { tsImport } = await import('tsx/esm/api');
  return tsImport(pathToFileURL(join(root, 'sim', 'index.ts')).href, import.meta.url);
}

const { runCli } = await loadSim();
process.exitCode = await runCli(process.argv.slice(2));
