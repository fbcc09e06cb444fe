// Generated from spec/usdm/ by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

export * from './params';
export * from './limits';
export * from './product';
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
export * from './operations/get24hr-ticker';
export * from './operations/get-agg-trades';
export * from './operations/get-book';
export * from './operations/get-book-ticker';
export * from './operations/get-exchange-info';
export * from './operations/get-funding-rate-history';
export * from './operations/get-klines';
export * from './operations/get-open-interest';
export * from './operations/get-premium-index';
export * from './operations/get-price-ticker';
export * from './operations/get-recent-trades';
export * from './operations/get-server-time';
export * from './operations/ping';
