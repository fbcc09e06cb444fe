// Generated from spec/operations/get-book.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/get-book.json: the validator of '../partial-depth', whose schema accepts the same values. */
export { validate } from '../partial-depth';
