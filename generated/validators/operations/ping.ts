// Generated from spec/operations/ping.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/ping.json: the validator of './delete-margin-special-key', whose schema accepts the same values. */
export { validate } from './delete-margin-special-key';
