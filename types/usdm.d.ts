// The types of binance-rx/usdm (an ES module): declarations written with the CommonJS ones, so
// that they share the runtime's declaration chunk (see tsup.config.ts). Hand-written, not generated.
export * from '../dist/usdm/index.cjs';
