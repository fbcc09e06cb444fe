/**
 * `npm run generate` writes generated/ from spec/; `npm run generate -- --check` only compares
 * and exits 1 listing stale, missing and orphaned files. A broken spec exits 2 naming every
 * problem by file, key path and rule.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate';
import { compare, readSpecFiles, write, type Drift } from './io';
import { SpecError } from './spec-errors';
import { DEFAULT_OUT_DIR } from './emit/paths';

const root = join(fileURLToPath(import.meta.url), '..', '..');

async function main(argv: readonly string[]): Promise<number> {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length > 0) {
    console.error(`generate: unknown argument ${unknown.join(' ')} (only --check is accepted)`);
    return 2;
  }
  process.chdir(root);
  const started = performance.now();
  let output;
  try {
    output = generate(await readSpecFiles(root));
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    console.error(`generate: the spec has ${error.problems.length} problem(s):\n${error.message}`);
    return 2;
  }
  const ms = Math.round(performance.now() - started);
  if (check) {
    const drift = await compare(root, DEFAULT_OUT_DIR, output);
    if (isClean(drift)) {
      console.log(`generate --check: generated/ is current (${output.size} files, ${ms} ms)`);
      return 0;
    }
    console.error(
      `generate --check: generated/ is out of date with spec/; run \`npm run generate\`.\n${describe(drift)}`,
    );
    return 1;
  }
  const drift = await write(root, DEFAULT_OUT_DIR, output);
  console.log(
    isClean(drift)
      ? `generate: ${output.size} files, all current (${ms} ms)`
      : `generate: ${output.size} files (${ms} ms)\n${describe(drift)}`,
  );
  return 0;
}

const isClean = (d: Drift): boolean => d.stale.length + d.missing.length + d.orphaned.length === 0;

const describe = (d: Drift): string =>
  [
    ...d.stale.map((p) => `  stale:    ${p}`),
    ...d.missing.map((p) => `  missing:  ${p}`),
    ...d.orphaned.map((p) => `  orphaned: ${p}`),
  ].join('\n');

process.exitCode = await main(process.argv.slice(2));
