import { defineConfig } from 'tsup';

/**
 * The package build. Runtime entries: one ESM and one CJS build, without source maps. ESM is not
 * minified: esbuild's whitespace minification drops the `@__PURE__` marks on module-level calls
 * (generated validators, SBE subscribe functions), and without them a consumer's bundler keeps
 * every validator of dist/index.js (a ticker-only import went from 19 KB to 42 KB min+gzip). CJS,
 * which bundlers do not tree-shake, is whitespace minified. Unpacked size of the tarball,
 * December 2026 (before the ESM change; scripts/check-package.ts holds it to 5 MB):
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
      'signers/index': 'src/signers/index.ts',
      // binance-rx/usdm: USDⓈ-M futures, generated from spec/usdm/.
      'usdm/index': 'src/usdm/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    minifyWhitespace: false,
    minifySyntax: false,
    minifyIdentifiers: false,
    // CJS is not tree-shaken by bundlers anyway: it loses nothing by losing the `@__PURE__` marks.
    esbuildOptions(options, context) {
      if (context.format === 'cjs') options.minifyWhitespace = true;
    },
    clean: true,
    target: 'node20',
  },
  {
    // binance-rx/sim: the local exchange, imported whole (nothing to tree-shake): minified.
    entry: { 'sim/index': 'sim/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    minifyWhitespace: true,
    clean: false,
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
