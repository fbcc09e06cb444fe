// Generated from spec/usdm/operations/get-price-ticker-v2.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-price-ticker-v2.json: the validator of './get-price-ticker', whose schema accepts the same values. */
export { validate } from './get-price-ticker';
