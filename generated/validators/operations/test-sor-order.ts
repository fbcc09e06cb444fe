// Generated from spec/operations/test-sor-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/test-sor-order.json: the validator of './test-order', whose schema accepts the same values. */
export { validate } from './test-order';
