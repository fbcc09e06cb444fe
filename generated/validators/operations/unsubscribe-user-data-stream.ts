// Generated from spec/operations/unsubscribe-user-data-stream.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/unsubscribe-user-data-stream.json: the validator of './delete-margin-special-key', whose schema accepts the same values. */
export { validate } from './delete-margin-special-key';
