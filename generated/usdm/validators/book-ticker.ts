// Generated from spec/usdm/channels/book-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/book-ticker.json: the validator of './all-book-tickers', whose schema accepts the same values. */
export { validate } from './all-book-tickers';
