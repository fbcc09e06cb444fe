// Generated from spec/usdm/operations/ping.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/ping.json: the validator of './close-listen-key', whose schema accepts the same values. */
export { validate } from './close-listen-key';
