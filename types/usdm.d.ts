// The types of binance-rx/usdm for ES modules: the CommonJS declarations, which are the same
// (one set of declarations in the package; see tsup.config.ts). Hand-written, not generated.
export * from '../dist/usdm/index.cjs';
