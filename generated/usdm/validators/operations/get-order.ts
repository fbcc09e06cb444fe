// Generated from spec/usdm/operations/get-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-order.json: the validator of './get-open-order', whose schema accepts the same values. */
export { validate } from './get-open-order';
