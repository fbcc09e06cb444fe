// Generated from spec/usdm/operations/renew-listen-key.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/renew-listen-key.json: the validator of './create-listen-key', whose schema accepts the same values. */
export { validate } from './create-listen-key';
