#!/usr/bin/env node
/* global process, console */
// binance-rx CLI: `binance-rx sim …` (the local exchange) and `binance-rx generate …` (the
// generator). Uses the build (dist/) when there is one; otherwise, in a clone with
// devDependencies installed, loads the TypeScript sources through tsx. No build step needed.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function load(built, source) {
  if (existsSync(join(root, built))) return import(pathToFileURL(join(root, built)).href);
  const { tsImport } = await import('tsx/esm/api');
  return tsImport(pathToFileURL(join(root, source)).href, import.meta.url);
}

/** The generator's own dependencies are optional peers: say which to install when one is missing. */
async function loadGenerator() {
  try {
    return await load('dist/codegen/cli.js', 'codegen/cli.ts');
  } catch (error) {
    const missing = /Cannot find (?:package|module) '([^']+)'/.exec(String(error?.message))?.[1];
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !['yaml', 'ajv'].includes(missing)) throw error;
    console.error(
      `binance-rx generate needs '${missing}', an optional peer dependency of binance-rx that only ` +
        'the generator uses. Install the generator dependencies in your project:\n\n' +
        '  npm install --save-dev yaml ajv\n',
    );
    return undefined;
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'generate') {
  const generator = await loadGenerator();
  process.exitCode = generator ? await generator.generateCli(rest) : 2;
} else {
  const { runCli } = await load('dist/sim/index.js', 'sim/index.ts');
  process.exitCode = await runCli(process.argv.slice(2));
}
