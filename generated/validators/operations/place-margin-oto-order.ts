// Generated from spec/operations/sapi/place-margin-oto-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/place-margin-oto-order.json: the validator of './cancel-margin-order-list', whose schema accepts the same values. */
export { validate } from './cancel-margin-order-list';
