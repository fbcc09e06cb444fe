// Generated from spec/usdm/operations/get-recent-trades.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-recent-trades.json: the validator of './get-historical-trades', whose schema accepts the same values. */
export { validate } from './get-historical-trades';
