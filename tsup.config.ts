import { defineConfig } from 'tsup';

/**
 * The package build. Runtime entries: one ESM and one CJS build, without source maps, whitespace
 * minified (identifiers and syntax kept, so stack traces name functions; syntax minification also
 * made a consumer's minified, gzipped bundle larger). Unpacked size of the tarball, December 2026:
 *   ESM + CJS + source maps, as printed        22.3 MB
 *   ESM + CJS, no source maps, as printed       8.7 MB
 *   ESM only, no source maps, as printed        4.7 MB  (no `require` before Node 20.19)
 *   ESM + CJS, no source maps, compact          4.6 MB  (this build; both formats kept)
 * `scripts/check-package.ts` holds the tarball to 5 MB and the ticker-only import to 15 KB
 * min+gzip.
 */
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      // binance-rx/runtime: what generated code imports (semver-stable, see src/generated-runtime.ts).
      runtime: 'src/generated-runtime.ts',
      'sim/index': 'sim/index.ts',
      'signers/index': 'src/signers/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    minifyWhitespace: true,
    minifySyntax: false,
    minifyIdentifiers: false,
    clean: true,
    target: 'node20',
  },
  {
    // `binance-rx generate`: the generator, for package users. Its dependencies (yaml, ajv) are
    // optional peers, left external; bin/binance-rx.js names them when they are missing.
    entry: { 'codegen/cli': 'codegen/cli.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    external: ['yaml', 'ajv', 'ajv/dist/standalone/index.js'],
  },
]);
