// Generated from spec/usdm/operations/get-delivery-price.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  isNumber,
  typeError,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-delivery-price.json; the first error in `validate.errors`. */
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
  if (d['deliveryTime'] === undefined) return requiredError(p, '#/items/required', 'deliveryTime');
  if (d['deliveryPrice'] === undefined) return requiredError(p, '#/items/required', 'deliveryPrice');
  const x2: unknown = d['deliveryTime'];
  if (!isInteger(x2)) return typeError(p + '/deliveryTime', '#/items/properties/deliveryTime/type', 'integer');
  const x3: unknown = d['deliveryPrice'];
  if (!isNumber(x3)) return typeError(p + '/deliveryPrice', '#/items/properties/deliveryPrice/type', 'number');
  return undefined;
}
