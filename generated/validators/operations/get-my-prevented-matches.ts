// Generated from spec/operations/get-my-prevented-matches.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/get-my-prevented-matches.json: the validator of './get-margin-prevented-matches', whose schema accepts the same values. */
export { validate } from './get-margin-prevented-matches';
