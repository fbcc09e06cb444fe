// Generated from spec/usdm/channels/force-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/force-order.json: the validator of './all-force-orders', whose schema accepts the same values. */
export { validate } from './all-force-orders';
