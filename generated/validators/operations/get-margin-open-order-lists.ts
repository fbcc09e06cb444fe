// Generated from spec/operations/sapi/get-margin-open-order-lists.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-open-order-lists.json: the validator of './get-margin-all-order-lists', whose schema accepts the same values. */
export { validate } from './get-margin-all-order-lists';
