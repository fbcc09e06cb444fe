// Generated from spec/usdm/operations/get-order-rate-limit.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-order-rate-limit.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/type', 'array');
  for (let i0 = 0; i0 < d.length; i0++) {
    const x1: unknown = d[i0];
    if ((e = check1(x1, p + '/' + i0))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (typeof d['rateLimitType'] !== 'string') return typeErrorAt(d, p, at0, 'rateLimitType', 'string');
  if (typeof d['interval'] !== 'string') return typeErrorAt(d, p, at0, 'interval', 'string');
  if (!isInteger(d['intervalNum'])) return typeErrorAt(d, p, at0, 'intervalNum', 'integer');
  if (!isInteger(d['limit'])) return typeErrorAt(d, p, at0, 'limit', 'integer');
  return undefined;
}
