// Generated from spec/usdm/channels/rpi-diff-depth.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/rpi-diff-depth.json: the validator of './diff-depth', whose schema accepts the same values. */
export { validate } from './diff-depth';
