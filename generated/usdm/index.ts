// Generated from spec/usdm/ by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

export * from './params';
export * from './channels/agg-trade';
export * from './channels/all-asset-indexes';
export * from './channels/all-book-tickers';
export * from './channels/all-force-orders';
export * from './channels/all-mark-prices';
export * from './channels/all-mini-tickers';
export * from './channels/all-tickers';
export * from './channels/asset-index';
export * from './channels/book-ticker';
export * from './channels/composite-index';
export * from './channels/continuous-kline';
export * from './channels/contract-info';
export * from './channels/diff-depth';
export * from './channels/force-order';
export * from './channels/kline';
export * from './channels/mark-price';
export * from './channels/mini-ticker';
export * from './channels/partial-depth';
export * from './channels/ticker';
