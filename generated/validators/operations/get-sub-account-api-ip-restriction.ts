// Generated from spec/operations/sapi/get-sub-account-api-ip-restriction.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/operations/get-sub-account-api-ip-restriction.json: the validator of './delete-sub-account-api-ip-list', whose schema accepts the same values. */
export { validate } from './delete-sub-account-api-ip-list';
