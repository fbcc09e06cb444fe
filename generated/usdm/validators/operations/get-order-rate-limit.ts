// Generated from spec/usdm/operations/get-order-rate-limit.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-order-rate-limit.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

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
  if (d['rateLimitType'] === undefined) return requiredError(p, '#/items/required', 'rateLimitType');
  if (d['interval'] === undefined) return requiredError(p, '#/items/required', 'interval');
  if (d['intervalNum'] === undefined) return requiredError(p, '#/items/required', 'intervalNum');
  if (d['limit'] === undefined) return requiredError(p, '#/items/required', 'limit');
  const x2: unknown = d['rateLimitType'];
  if (typeof x2 !== 'string') return typeError(p + '/rateLimitType', '#/items/properties/rateLimitType/type', 'string');
  const x3: unknown = d['interval'];
  if (typeof x3 !== 'string') return typeError(p + '/interval', '#/items/properties/interval/type', 'string');
  const x4: unknown = d['intervalNum'];
  if (!isInteger(x4)) return typeError(p + '/intervalNum', '#/items/properties/intervalNum/type', 'integer');
  const x5: unknown = d['limit'];
  if (!isInteger(x5)) return typeError(p + '/limit', '#/items/properties/limit/type', 'integer');
  return undefined;
}
