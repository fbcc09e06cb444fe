// Generated from spec/usdm/operations/change-multi-assets-mode.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/change-multi-assets-mode.json: the validator of './cancel-algo-open-orders', whose schema accepts the same values. */
export { validate } from './cancel-algo-open-orders';
