// Generated from spec/usdm/operations/place-batch-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/place-batch-orders.json: the validator of './cancel-batch-orders', whose schema accepts the same values. */
export { validate } from './cancel-batch-orders';
