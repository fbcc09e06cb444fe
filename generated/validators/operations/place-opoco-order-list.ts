// Generated from spec/operations/place-opoco-order-list.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/place-opoco-order-list.json: the validator of './place-opo-order-list', whose schema accepts the same values. */
export { validate } from './place-opo-order-list';
