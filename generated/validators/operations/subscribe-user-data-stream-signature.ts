// Generated from spec/operations/subscribe-user-data-stream-signature.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/subscribe-user-data-stream-signature.json: the validator of './subscribe-user-data-stream', whose schema accepts the same values. */
export { validate } from './subscribe-user-data-stream';
