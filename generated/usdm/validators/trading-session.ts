// Generated from spec/usdm/channels/trading-session.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/trading-session.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['e'] !== 'string') return typeErrorAt(d, p, '#', 'e', 'string');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (!isInteger(d['t'])) return typeErrorAt(d, p, '#', 't', 'integer');
  if (!isInteger(d['T'])) return typeErrorAt(d, p, '#', 'T', 'integer');
  if (typeof d['S'] !== 'string') return typeErrorAt(d, p, '#', 'S', 'string');
  return undefined;
}
