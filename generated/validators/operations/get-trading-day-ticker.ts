// Generated from spec/operations/get-trading-day-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/get-trading-day-ticker.json: the validator of './get-rolling-window-ticker', whose schema accepts the same values. */
export { validate } from './get-rolling-window-ticker';
