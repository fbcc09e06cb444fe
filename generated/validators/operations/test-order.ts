// Generated from spec/operations/test-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  requiredError,
  stringError,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/test-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['standardCommissionForOrder'];
  if (x0 !== undefined) {
    if ((e = check1(x0, p + '/standardCommissionForOrder'))) return e;
  }
  const x3: unknown = d['specialCommissionForOrder'];
  if (x3 !== undefined) {
    if ((e = check1(x3, p + '/specialCommissionForOrder'))) return e;
  }
  const x4: unknown = d['taxCommissionForOrder'];
  if (x4 !== undefined) {
    if ((e = check1(x4, p + '/taxCommissionForOrder'))) return e;
  }
  const x5: unknown = d['discount'];
  if (x5 !== undefined) {
    if ((e = check2(x5, p + '/discount'))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/standardCommissionForOrder/type', 'object');
  if (d['maker'] === undefined) return requiredError(p, '#/properties/standardCommissionForOrder/required', 'maker');
  if (d['taker'] === undefined) return requiredError(p, '#/properties/standardCommissionForOrder/required', 'taker');
  const x1: unknown = d['maker'];
  if (!matches(x1, pattern0)) return stringError(x1, pattern0, p + '/maker', '#/properties/standardCommissionForOrder/properties/maker', source1);
  const x2: unknown = d['taker'];
  if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/taker', '#/properties/standardCommissionForOrder/properties/taker', source1);
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/discount/type', 'object');
  if (d['enabledForAccount'] === undefined) return requiredError(p, '#/properties/discount/required', 'enabledForAccount');
  if (d['enabledForSymbol'] === undefined) return requiredError(p, '#/properties/discount/required', 'enabledForSymbol');
  if (d['discountAsset'] === undefined) return requiredError(p, '#/properties/discount/required', 'discountAsset');
  if (d['discount'] === undefined) return requiredError(p, '#/properties/discount/required', 'discount');
  const x6: unknown = d['enabledForAccount'];
  if (typeof x6 !== 'boolean') return typeError(p + '/enabledForAccount', '#/properties/discount/properties/enabledForAccount/type', 'boolean');
  const x7: unknown = d['enabledForSymbol'];
  if (typeof x7 !== 'boolean') return typeError(p + '/enabledForSymbol', '#/properties/discount/properties/enabledForSymbol/type', 'boolean');
  const x8: unknown = d['discountAsset'];
  if (typeof x8 !== 'string') return typeError(p + '/discountAsset', '#/properties/discount/properties/discountAsset/type', 'string');
  const x9: unknown = d['discount'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/discount', '#/properties/discount/properties/discount', source1);
  return undefined;
}
