import { relative, resolve, sep } from 'node:path';
import { type Plugin, transform } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

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
 *   schema maps typed `JsonSchema`, not by inference        4.53 MB
 *   + margin order lists, sub-accounts (15 SAPI operations)  4.94 MB
 *   the builds import the schema files, no copies            4.39 MB
 *   + 11 sub-account, 15 more margin operations              5.15 MB
 *   binance-rx/usdm and binance-rx/sim ES module only        4.72 MB
 *   generated/API.md linked on GitHub, not shipped           4.50 MB
 *   + futures trading, CCXT, 8 margin operations; a string with a pattern one call in
 *     validators                                             4.60 MB
 *   + the futures WebSocket API, algo and batch orders, 39 more futures operations, liquidations,
 *     funding, SBE clients                                   5.52 MB
 *   codegen CLI minified whole; schema files compact JSON   5.35 MB
 *   shorter decimal / timestamp / validator JSDoc           5.19 MB
 *   usdm's declarations with the CJS ones (one runtime chunk) 5.14 MB
 *   benchmark reports, bench/README, spec/CHANGES.md and the Python parity table linked on
 *     GitHub, not shipped; parsed members name their wire field only when renamed 4.94 MB
 *   (4.97 MB with later operations) the CJS entries in shared chunks: runtime.cjs no longer
 *     holds a second runtime (this)                                          4.95 MB
 *   every timer and logger call guarded; validators fold `required` into each property's check
 *     and build error paths at run time (src/validation/checks.ts)          4.63 MB
 *   + binance-rx/usdm as CommonJS, in the CommonJS entries' shared chunks (usdm/index.cjs
 *     243 KB; a 32 KB chunk moved out of index.cjs)                          4.86 MB
 *   (4.89 MB with the order factories' `stages`, the CCXT layer) one named type per field
 *     group, which answers extend instead of repeating its members         4.71 MB
 * Each operation costs about 20 KB of tarball (its spec, types, validator and module in both
 * formats). Past the budget, the next levers: Spot's base order fields as a field group (they
 * are still written out in ~18 answers, raw and parsed; the conditional ones are a group), then
 * ES modules only (the CJS builds, 0.7 MB; needs
 * `require(esm)`: Node 20.19 or later).
 */
const runtime = {
  index: 'src/index.ts',
  // binance-rx/runtime: what generated code imports (semver-stable, see src/generated-runtime.ts).
  runtime: 'src/generated-runtime.ts',
  'signers/index': 'src/signers/index.ts',
};
/**
 * binance-rx/usdm: USDⓈ-M futures, generated from spec/usdm/. Built in each format with that
 * format's runtime entries so that they share chunks (one `BinanceRxError` class, one governor):
 * `require('binance-rx/usdm')` loads its CommonJS build on every Node of `engines` (no
 * `require(esm)`), and its errors are `instanceof` the classes of `require('binance-rx')`.
 * scripts/package-smoke.ts checks both formats, the CommonJS one without `require(esm)`.
 */
const usdm = { 'usdm/index': 'src/usdm/index.ts' };
/**
 * binance-rx/sim: the local exchange, imported whole (nothing to tree-shake): minified whole,
 * ES module only (a test tool: `npx binance-rx sim`, or `import` / `require(esm)` in a test).
 */
const sim = { 'sim/index': 'sim/index.ts' };
/**
 * The generated JSON Schemas are files of the package (`binance-rx/schemas/*`,
 * `binance-rx/usdm/schemas/*`); the builds import those files by the package's own name instead of
 * holding a copy each. `channelSchemas` and friends are then the same objects as the files, in
 * one place: they were 0.7 MB of the tarball, twice over.
 */
const schemaFiles: Plugin = {
  name: 'schema-files',
  setup(build) {
    build.onResolve({ filter: /\.json$/ }, ({ path, resolveDir }) => {
      if (path.startsWith('binance-rx/')) return { path, external: true };
      const file = relative(import.meta.dirname, resolve(resolveDir, path))
        .split(sep)
        .join('/');
      const schema = /^generated\/(usdm\/)?schemas\/(.+)$/.exec(file);
      if (!schema) return undefined;
      return {
        path: `binance-rx/${schema[1] ?? ''}schemas/${schema[2]}`,
        namespace: 'schema-file',
      };
    });
    // A JSON module: ES modules need the `type: 'json'` attribute (CommonJS simply requires it).
    build.onLoad({ filter: /.*/, namespace: 'schema-file' }, ({ path }) => ({
      contents: `export { default } from '${path}' with { type: 'json' };`,
      loader: 'js',
    }));
  },
};
/**
 * CommonJS with shared chunks, as the ES modules have: `require('binance-rx/runtime')` (what
 * generated code imports) gives the very `InvalidParameterError`, `requestHttp` and default
 * clients (with their rate-limit governors) of `require('binance-rx')`, not a second copy of the
 * runtime (runtime.cjs was one, 46 KB); `require('binance-rx/usdm')` runs on that runtime too.
 * esbuild splits ES modules only, so the CommonJS entries are built as ES modules with splitting
 * (named .cjs) and each file, entry or chunk, is then turned into CommonJS by esbuild, its
 * `import`s of a chunk becoming `require`s of it. (tsup's own CommonJS splitting, through sucrase,
 * rewrote `?.`, `??` and class fields and grew index.cjs by 116 KB.) scripts/package-smoke.ts
 * checks the identity.
 */
const toCommonJs: NonNullable<Options['plugins']>[number] = {
  name: 'esm-to-cjs',
  async renderChunk(code, { path }) {
    if (!path.endsWith('.cjs')) return undefined;
    const result = await transform(code, {
      format: 'cjs',
      platform: 'node',
      target: 'node20.10',
      minify: true,
      logLevel: 'warning',
    });
    // ES modules are strict; CommonJS is once told so (esbuild's CommonJS bundles say it too).
    return { code: `"use strict";${result.code}` };
  },
};
// node20.10: the first Node 20 with import attributes (esbuild drops them for an older target).
const common = { sourcemap: false, target: 'node20.10', esbuildPlugins: [schemaFiles] };

export default defineConfig([
  // CJS first: this build empties dist/ (but for the declarations, which the next one writes).
  {
    ...common,
    entry: { ...runtime, ...usdm },
    format: ['esm'],
    splitting: true,
    outExtension: () => ({ js: '.cjs' }),
    plugins: [toCommonJs],
    dts: false,
    minify: true,
    clean: ['!**/*.d.{ts,cts,mts}'],
  },
  // The declarations, for CommonJS (`.d.cts`), usdm's with the runtime's: they share its
  // declaration chunk instead of holding a copy of it.
  {
    ...common,
    entry: { ...runtime, ...usdm },
    format: ['cjs'],
    dts: { only: true },
  },
  {
    ...common,
    entry: { ...runtime, ...usdm },
    format: ['esm'],
    // The ES module entries' declarations are the CJS ones (types/), usdm's included.
    dts: false,
    clean: false,
    // Syntax and identifiers only: whitespace minification would drop the `@__PURE__` marks.
    minifySyntax: true,
    minifyIdentifiers: true,
  },
  { ...common, entry: sim, format: ['esm'], dts: true, minify: true, clean: false },
  {
    // `binance-rx generate`: the generator, for package users. Its dependencies (yaml, ajv) are
    // optional peers, left external; bin/binance-rx.js names them when they are missing.
    ...common,
    entry: { 'codegen/cli': 'codegen/cli.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    // A CLI, imported whole: minified whole, as the local exchange.
    minify: true,
    external: ['yaml', 'ajv', 'ajv/dist/standalone/index.js'],
  },
]);
