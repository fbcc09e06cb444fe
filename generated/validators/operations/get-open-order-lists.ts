// Generated from spec/operations/get-open-order-lists.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/get-open-order-lists.json: the validator of './get-all-order-lists', whose schema accepts the same values. */
export { validate } from './get-all-order-lists';
