// Generated from spec/operations/sapi/sub-account-transfer-to-sub.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/sub-account-transfer-to-sub.json: the validator of './sub-account-transfer-to-master', whose schema accepts the same values. */
export { validate } from './sub-account-transfer-to-master';
