// Generated from spec/operations/logout.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/logout.json: the validator of './get-session-status', whose schema accepts the same values. */
export { validate } from './get-session-status';
