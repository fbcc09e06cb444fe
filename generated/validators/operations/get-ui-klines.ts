// Generated from spec/operations/get-ui-klines.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/get-ui-klines.json: the validator of './get-klines', whose schema accepts the same values. */
export { validate } from './get-klines';
