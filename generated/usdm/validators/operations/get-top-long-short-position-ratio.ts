// Generated from spec/usdm/operations/get-top-long-short-position-ratio.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-top-long-short-position-ratio.json: the validator of './get-global-long-short-account-ratio', whose schema accepts the same values. */
export { validate } from './get-global-long-short-account-ratio';
