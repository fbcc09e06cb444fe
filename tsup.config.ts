import { defineConfig } from 'tsup';

/**
 * The package build: every runtime entry as ESM and CJS, without source maps.
 *
 * - ESM is minified in syntax and identifiers, not whitespace: esbuild's whitespace minification
 *   drops the `@__PURE__` marks on module-level calls (generated validators and their patterns,
 *   SBE subscribe functions), and without them a consumer's bundler keeps every validator of
 *   dist/index.js (a ticker-only import went from 19 KB to 42 KB min+gzip); the other two keep
 *   them. CJS, which bundlers do not tree-shake, and the local exchange are minified whole.
 * - One set of declarations, written for CJS (`.d.cts`, with the CJS builds): the ESM entries'
 *   types are the one-line files of types/, which re-export them (an ES module may import a
 *   CommonJS one; the reverse is what Node before 20.19 cannot do). The declarations of both
 *   formats were the same 0.95 MB twice. rxjs and ws have one set of types for both formats, so
 *   an ESM user's `Observable` is the one binance-rx's types name.
 *
 * Unpacked size of the tarball (scripts/check-package.ts holds it to 5 MB):
 *   ESM + CJS + source maps, as printed                    22.3 MB  (December 2026)
 *   ESM + CJS, no source maps, as printed                   8.7 MB
 *   ESM + CJS, no source maps, compact                      4.6 MB
 *   the same, ESM unminified (tree-shakeable)               5.24 MB
 *   the same, declarations once                             4.34 MB
 *   + binance-rx/usdm (USDⓈ-M futures)                      5.33 MB
 *   the same, ESM syntax and identifiers minified           4.93 MB
 *   + 14 margin (SAPI) operations                           5.33 MB
 *   the same, CJS and the local exchange minified whole     4.99 MB (with binanceContext, SBE docs)
 *   one validator per distinct schema                        4.84 MB
 *   schema maps typed `JsonSchema`, not by inference (this)  4.53 MB
 * The budget is close: the rest of margin and of futures will need another layout (a product's
 * operations in its own entry, or compact JSON schemas).
 * (ESM only would save the CJS builds, 1.2 MB, but needs `require(esm)`: Node 20.19 or later.)
 */
const runtime = {
  index: 'src/index.ts',
  // binance-rx/runtime: what generated code imports (semver-stable, see src/generated-runtime.ts).
  runtime: 'src/generated-runtime.ts',
  'signers/index': 'src/signers/index.ts',
  // binance-rx/usdm: USDⓈ-M futures, generated from spec/usdm/.
  'usdm/index': 'src/usdm/index.ts',
};
// binance-rx/sim: the local exchange, imported whole (nothing to tree-shake): minified whole.
const sim = { 'sim/index': 'sim/index.ts' };
const common = { sourcemap: false, target: 'node20' } as const;

export default defineConfig([
  // CJS and the declarations first: this build empties dist/.
  { ...common, entry: runtime, format: ['cjs'], dts: true, minify: true, clean: true },
  {
    ...common,
    entry: runtime,
    format: ['esm'],
    dts: false,
    clean: false,
    // Syntax and identifiers only: whitespace minification would drop the `@__PURE__` marks.
    minifySyntax: true,
    minifyIdentifiers: true,
  },
  { ...common, entry: sim, format: ['cjs'], dts: true, minify: true, clean: false },
  { ...common, entry: sim, format: ['esm'], dts: false, minify: true, clean: false },
  {
    // `binance-rx generate`: the generator, for package users. Its dependencies (yaml, ajv) are
    // optional peers, left external; bin/binance-rx.js names them when they are missing.
    ...common,
    entry: { 'codegen/cli': 'codegen/cli.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    external: ['yaml', 'ajv', 'ajv/dist/standalone/index.js'],
  },
]);
