// Generated from spec/ by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

export * from './params';
export * from './order-stages';
export * from './channels/agg-trade';
export * from './channels/all-mini-tickers';
export * from './channels/all-rolling-window-tickers';
export * from './channels/avg-price';
export * from './channels/block-trade';
export * from './channels/book-ticker';
export * from './channels/diff-depth';
export * from './channels/kline';
export * from './channels/mini-ticker';
export * from './channels/partial-depth';
export * from './channels/reference-price';
export * from './channels/rolling-window-ticker';
export * from './channels/server-shutdown';
export * from './channels/ticker';
export * from './channels/trade';
export * from './operations/cancel-order';
export * from './operations/get-book';
export * from './operations/get-klines';
export * from './operations/get-order';
export * from './operations/get-server-time';
export * from './operations/ping';
export * from './operations/place-order';
