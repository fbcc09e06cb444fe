import { defineConfig } from 'tsup';

/**
 * One ESM and one CJS build, without source maps, whitespace minified (identifiers and syntax
 * kept, so stack traces name functions; syntax minification also made a consumer's minified,
 * gzipped bundle 0.3 KB larger). Most of the bundle is the generated ajv validators
 * (2.6 MB as printed, 0.8 MB compact). Unpacked size of the tarball, December 2026:
 *   ESM + CJS + source maps, as printed        22.3 MB
 *   ESM + CJS, no source maps, as printed       8.7 MB
 *   ESM only, no source maps, as printed        4.7 MB  (no `require` before Node 20.19)
 *   ESM + CJS, no source maps, compact          4.6 MB  (this build; both formats kept)
 * Minifying drops `@__PURE__` marks, so module-level code that bundlers must tree-shake is kept
 * free of calls (the generated validators use regex literals). `scripts/check-package.ts` holds
 * the tarball to 5 MB and the ticker-only import to 15 KB min+gzip.
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
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
});
