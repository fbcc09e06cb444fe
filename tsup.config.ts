import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      // binance-rx/runtime: what generated code imports (semver-stable, see src/generated-runtime.ts).
      runtime: 'src/generated-runtime.ts',
      'sim/index': 'sim/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
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
