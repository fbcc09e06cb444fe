// Generated from spec/operations/place-otoco-order-list.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/place-otoco-order-list.json: the validator of './place-oco-order-deprecated', whose schema accepts the same values. */
export { validate } from './place-oco-order-deprecated';
