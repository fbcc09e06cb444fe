/**
 * Checks that package.json `dependencies` are exactly the packages the built package imports:
 * every bare import in dist/ (`.js`, `.cjs`; Node built-ins aside) must be a dependency, and every
 * dependency must be imported. Run after `npm run build`: scripts/test.sh does, with
 * `node --import tsx scripts/check-dependencies.ts`. The generator's build (dist/codegen/, what
 * `binance-rx generate` runs) is left out: it needs the optional peers `yaml` and `ajv` as well,
 * and the package smoke test (scripts/package-smoke.ts) runs it from the installed tarball.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"./][^'"]*)['"]/g;
/** Type-only imports and exports, erased when compiled. */
const TYPE_ONLY = /\b(?:import|export)\s+type\s[^;]*;/g;

/** The package a specifier names: `rxjs/operators` -> `rxjs`, `@scope/x/y` -> `@scope/x`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const isBuiltin = (name: string): boolean =>
  name.startsWith('node:') || builtinModules.includes(packageOf(name));

/** The packages `code` imports at run time (built-ins and type-only imports left out). */
export function importsOf(code: string): Set<string> {
  const found = new Set<string>();
  for (const [, specifier] of code.replace(TYPE_ONLY, '').matchAll(IMPORT)) {
    if (!isBuiltin(specifier!)) found.add(packageOf(specifier!));
  }
  return found;
}

/** Files under `dir` whose names match `pattern`. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, pattern);
    return pattern.test(entry.name) ? [path] : [];
  });
}

/**
 * Imported but not a dependency (`missing`), a dependency but never imported (`unused`). The
 * package's own name (`self`) is neither: the builds import its schema files by it
 * (`binance-rx/schemas/…`, tsup.config.ts).
 */
export function compare(
  files: readonly string[],
  dependencies: Readonly<Record<string, string>> | undefined,
  self?: string,
): { missing: string[]; unused: string[] } {
  const imported = new Set<string>();
  for (const file of files) {
    for (const name of importsOf(readFileSync(file, 'utf8'))) {
      if (name !== self) imported.add(name);
    }
  }
  const declared = new Set(Object.keys(dependencies ?? {}));
  return {
    missing: [...imported].filter((name) => !declared.has(name)).sort(),
    unused: [...declared].filter((name) => !imported.has(name)).sort(),
  };
}

/** The runtime's build files under `dist` (the generator's, dist/codegen/, left out). */
export function runtimeBuildFiles(dist: string): string[] {
  const generator = join(dist, 'codegen');
  return filesUnder(dist, /\.c?js$/).filter((file) => !file.startsWith(generator));
}

function main(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    dependencies?: Record<string, string>;
  };
  const files = runtimeBuildFiles(join(root, 'dist'));
  const { missing, unused } = compare(files, pkg.dependencies, pkg.name);
  if (missing.length > 0) console.error(`dist/ imports non-dependencies: ${missing.join(', ')}`);
  if (unused.length > 0) console.error(`dependencies dist/ never imports: ${unused.join(', ')}`);
  if (files.length === 0 || missing.length + unused.length > 0) process.exit(1);
  console.log(
    `dependencies: exactly what dist/ imports (${Object.keys(pkg.dependencies ?? {}).join(', ')})`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
