// Generated from spec/operations/get-commission-rates.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  typeErrorAt,
  requiredError,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-commission-rates.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at2: string = '#/properties/standardCommission';
const at3: string = '#/properties/discount';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, '#', 'symbol', 'string');
  const x1: unknown = d['standardCommission'];
  if (x1 === undefined) return requiredError(p, '#/required', 'standardCommission');
  if ((e = check1(x1, p + '/standardCommission'))) return e;
  const x6: unknown = d['specialCommission'];
  if (x6 !== undefined) {
    if ((e = check1(x6, p + '/specialCommission'))) return e;
  }
  const x7: unknown = d['taxCommission'];
  if (x7 === undefined) return requiredError(p, '#/required', 'taxCommission');
  if ((e = check1(x7, p + '/taxCommission'))) return e;
  const x8: unknown = d['discount'];
  if (x8 === undefined) return requiredError(p, '#/required', 'discount');
  if ((e = check2(x8, p + '/discount'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/standardCommission/type', 'object');
  if (!matches(d['maker'], pattern0)) return stringErrorAt(d, p, at2, 'maker', source1);
  if (!matches(d['taker'], pattern0)) return stringErrorAt(d, p, at2, 'taker', source1);
  if (!matches(d['buyer'], pattern0)) return stringErrorAt(d, p, at2, 'buyer', source1);
  if (!matches(d['seller'], pattern0)) return stringErrorAt(d, p, at2, 'seller', source1);
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
