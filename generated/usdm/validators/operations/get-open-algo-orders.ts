// Generated from spec/usdm/operations/get-open-algo-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-open-algo-orders.json: the validator of './get-all-algo-orders', whose schema accepts the same values. */
export { validate } from './get-all-algo-orders';
