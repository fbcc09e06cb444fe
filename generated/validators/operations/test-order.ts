// Generated from spec/operations/test-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/test-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at2: string = '#/properties/standardCommissionForOrder';
const at3: string = '#/properties/discount';

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
  if (!matches(d['maker'], pattern0)) return stringErrorAt(d, p, at2, 'maker', source1);
  if (!matches(d['taker'], pattern0)) return stringErrorAt(d, p, at2, 'taker', source1);
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/discount/type', 'object');
  if (typeof d['enabledForAccount'] !== 'boolean') return typeErrorAt(d, p, at3, 'enabledForAccount', 'boolean');
  if (typeof d['enabledForSymbol'] !== 'boolean') return typeErrorAt(d, p, at3, 'enabledForSymbol', 'boolean');
  if (typeof d['discountAsset'] !== 'string') return typeErrorAt(d, p, at3, 'discountAsset', 'string');
  if (!matches(d['discount'], pattern0)) return stringErrorAt(d, p, at3, 'discount', source1);
  return undefined;
}
