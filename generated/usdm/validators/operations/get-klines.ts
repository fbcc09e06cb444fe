// Generated from spec/usdm/operations/get-klines.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-klines.json: the validator of './get-continuous-klines', whose schema accepts the same values. */
export { validate } from './get-continuous-klines';
