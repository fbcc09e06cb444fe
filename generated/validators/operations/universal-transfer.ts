// Generated from spec/operations/sapi/universal-transfer.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/universal-transfer.json: the validator of './margin-borrow-repay', whose schema accepts the same values. */
export { validate } from './margin-borrow-repay';
