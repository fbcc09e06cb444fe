// Generated from spec/usdm/operations/get-rpi-book.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-rpi-book.json: the validator of './get-book', whose schema accepts the same values. */
export { validate } from './get-book';
