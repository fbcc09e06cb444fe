// Generated from spec/operations/get-commission-rates.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-commission-rates.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/required', 'symbol');
  if (d['standardCommission'] === undefined) return requiredError(p, '#/required', 'standardCommission');
  if (d['taxCommission'] === undefined) return requiredError(p, '#/required', 'taxCommission');
  if (d['discount'] === undefined) return requiredError(p, '#/required', 'discount');
  const x0: unknown = d['symbol'];
  if (typeof x0 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  const x1: unknown = d['standardCommission'];
  if ((e = check1(x1, p + '/standardCommission'))) return e;
  const x6: unknown = d['specialCommission'];
  if (x6 !== undefined) {
    if ((e = check1(x6, p + '/specialCommission'))) return e;
  }
  const x7: unknown = d['taxCommission'];
  if ((e = check1(x7, p + '/taxCommission'))) return e;
  const x8: unknown = d['discount'];
  if ((e = check2(x8, p + '/discount'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/standardCommission/type', 'object');
  if (d['maker'] === undefined) return requiredError(p, '#/properties/standardCommission/required', 'maker');
  if (d['taker'] === undefined) return requiredError(p, '#/properties/standardCommission/required', 'taker');
  if (d['buyer'] === undefined) return requiredError(p, '#/properties/standardCommission/required', 'buyer');
  if (d['seller'] === undefined) return requiredError(p, '#/properties/standardCommission/required', 'seller');
  const x2: unknown = d['maker'];
  if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/maker', '#/properties/standardCommission/properties/maker', source1);
  const x3: unknown = d['taker'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/taker', '#/properties/standardCommission/properties/taker', source1);
  const x4: unknown = d['buyer'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/buyer', '#/properties/standardCommission/properties/buyer', source1);
  const x5: unknown = d['seller'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/seller', '#/properties/standardCommission/properties/seller', source1);
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/discount/type', 'object');
  if (d['enabledForAccount'] === undefined) return requiredError(p, '#/properties/discount/required', 'enabledForAccount');
  if (d['enabledForSymbol'] === undefined) return requiredError(p, '#/properties/discount/required', 'enabledForSymbol');
  if (d['discountAsset'] === undefined) return requiredError(p, '#/properties/discount/required', 'discountAsset');
  if (d['discount'] === undefined) return requiredError(p, '#/properties/discount/required', 'discount');
  const x9: unknown = d['enabledForAccount'];
  if (typeof x9 !== 'boolean') return typeError(p + '/enabledForAccount', '#/properties/discount/properties/enabledForAccount/type', 'boolean');
  const x10: unknown = d['enabledForSymbol'];
  if (typeof x10 !== 'boolean') return typeError(p + '/enabledForSymbol', '#/properties/discount/properties/enabledForSymbol/type', 'boolean');
  const x11: unknown = d['discountAsset'];
  if (typeof x11 !== 'string') return typeError(p + '/discountAsset', '#/properties/discount/properties/discountAsset/type', 'string');
  const x12: unknown = d['discount'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/discount', '#/properties/discount/properties/discount', source1);
  return undefined;
}
