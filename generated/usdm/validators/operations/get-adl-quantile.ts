// Generated from spec/usdm/operations/get-adl-quantile.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-adl-quantile.json; the first error in `validate.errors`. */
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
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  const x3: unknown = d['adlQuantile'];
  if (x3 === undefined) return requiredError(p, '#/items/required', 'adlQuantile');
  if ((e = check2(x3, p + '/adlQuantile'))) return e;
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/properties/adlQuantile/type', 'object');
  for (const k4 in d) {
    const x5: unknown = d[k4];
    if (!isInteger(x5)) return typeError(p + '/' + k4.replace(/~/g, '~0').replace(/\//g, '~1'), '#/items/properties/adlQuantile/additionalProperties/type', 'integer');
  }
  return undefined;
}
