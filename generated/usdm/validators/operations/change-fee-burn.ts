// Generated from spec/usdm/operations/change-fee-burn.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/change-fee-burn.json: the validator of './cancel-algo-open-orders', whose schema accepts the same values. */
export { validate } from './cancel-algo-open-orders';
