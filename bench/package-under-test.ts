/**
 * The binance-rx the benchmarks measure: what users install. `npm run bench` builds the package,
 * packs it as npm would publish it and unpacks the tarball into bench/node_modules/binance-rx,
 * where the clients load it as an application does (`import 'binance-rx'`: dist/index.js, and
 * `binance-rx/usdm`), with its dependencies resolved from node_modules like any install.
 * `BENCH_SDK=src` measures the source tree through tsx instead (profiling a change without a
 * build); the report says which was measured.
 *
 *   node --import tsx bench/package-under-test.ts     packs and unpacks it (for bench/profile.ts)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MODULES = join(ROOT, 'bench', 'node_modules');
/** Where the unpacked tarball is. */
export const PACKAGE_DIR = join(MODULES, 'binance-rx');

/** `src` (BENCH_SDK=src) or the packed package (the default). */
export const SDK_SOURCE: 'src' | 'package' = process.env['BENCH_SDK'] === 'src' ? 'src' : 'package';

/** What was measured, for the report: the tarball's name and the commit, or src/. */
export function describeSdk(): string {
  if (SDK_SOURCE === 'src') return 'src/ through tsx (`BENCH_SDK=src`)';
  const { version } = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
    version: string;
  };
  return `the packed package (binance-rx-${version}.tgz of ${commit()}, loaded from its dist/)`;
}

function commit(): string {
  try {
    const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'generated'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return `commit ${rev.trim()}${dirty.trim() === '' ? '' : ' with local changes'}`;
  } catch {
    return 'an unknown commit';
  }
}

/** Builds, packs and unpacks binance-rx into bench/node_modules/binance-rx (replacing it). */
export function preparePackage(): void {
  const run = (command: string, args: readonly string[]) =>
    execFileSync(command, args, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  run('npm', ['run', '-s', 'build']);
  // Beside its destination: a rename does not cross file systems.
  mkdirSync(MODULES, { recursive: true });
  const dir = mkdtempSync(join(MODULES, '.pack-'));
  try {
    const tarball = run('npm', ['pack', '--silent', '--pack-destination', dir]).trim();
    run('tar', ['-xzf', join(dir, tarball), '-C', dir]);
    rmSync(PACKAGE_DIR, { recursive: true, force: true });
    renameSync(join(dir, 'package'), PACKAGE_DIR);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Throws with what to do when the clients would load a package that is not there. */
export function assertPackageReady(): void {
  if (SDK_SOURCE === 'package' && !existsSync(join(PACKAGE_DIR, 'package.json'))) {
    throw new Error(
      'bench: binance-rx is not unpacked into bench/node_modules: `npm run bench` does it, ' +
        '`node --import tsx bench/package-under-test.ts` does it alone, BENCH_SDK=src measures src/',
    );
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  preparePackage();
  console.log(`bench: ${describeSdk()} unpacked into ${PACKAGE_DIR}`);
}
