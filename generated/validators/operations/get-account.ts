// Generated from spec/operations/get-account.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  stringError,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-account.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['makerCommission'] === undefined) return requiredError(p, '#/required', 'makerCommission');
  if (d['takerCommission'] === undefined) return requiredError(p, '#/required', 'takerCommission');
  if (d['buyerCommission'] === undefined) return requiredError(p, '#/required', 'buyerCommission');
  if (d['sellerCommission'] === undefined) return requiredError(p, '#/required', 'sellerCommission');
  if (d['commissionRates'] === undefined) return requiredError(p, '#/required', 'commissionRates');
  if (d['canTrade'] === undefined) return requiredError(p, '#/required', 'canTrade');
  if (d['canWithdraw'] === undefined) return requiredError(p, '#/required', 'canWithdraw');
  if (d['canDeposit'] === undefined) return requiredError(p, '#/required', 'canDeposit');
  if (d['brokered'] === undefined) return requiredError(p, '#/required', 'brokered');
  if (d['requireSelfTradePrevention'] === undefined) return requiredError(p, '#/required', 'requireSelfTradePrevention');
  if (d['preventSor'] === undefined) return requiredError(p, '#/required', 'preventSor');
  if (d['updateTime'] === undefined) return requiredError(p, '#/required', 'updateTime');
  if (d['accountType'] === undefined) return requiredError(p, '#/required', 'accountType');
  if (d['balances'] === undefined) return requiredError(p, '#/required', 'balances');
  if (d['permissions'] === undefined) return requiredError(p, '#/required', 'permissions');
  if (d['uid'] === undefined) return requiredError(p, '#/required', 'uid');
  const x0: unknown = d['makerCommission'];
  if (!isInteger(x0)) return typeError(p + '/makerCommission', '#/properties/makerCommission/type', 'integer');
  const x1: unknown = d['takerCommission'];
  if (!isInteger(x1)) return typeError(p + '/takerCommission', '#/properties/takerCommission/type', 'integer');
  const x2: unknown = d['buyerCommission'];
  if (!isInteger(x2)) return typeError(p + '/buyerCommission', '#/properties/buyerCommission/type', 'integer');
  const x3: unknown = d['sellerCommission'];
  if (!isInteger(x3)) return typeError(p + '/sellerCommission', '#/properties/sellerCommission/type', 'integer');
  const x4: unknown = d['commissionRates'];
  if ((e = check1(x4, p + '/commissionRates'))) return e;
  const x9: unknown = d['canTrade'];
  if (typeof x9 !== 'boolean') return typeError(p + '/canTrade', '#/properties/canTrade/type', 'boolean');
  const x10: unknown = d['canWithdraw'];
  if (typeof x10 !== 'boolean') return typeError(p + '/canWithdraw', '#/properties/canWithdraw/type', 'boolean');
  const x11: unknown = d['canDeposit'];
  if (typeof x11 !== 'boolean') return typeError(p + '/canDeposit', '#/properties/canDeposit/type', 'boolean');
  const x12: unknown = d['brokered'];
  if (typeof x12 !== 'boolean') return typeError(p + '/brokered', '#/properties/brokered/type', 'boolean');
  const x13: unknown = d['requireSelfTradePrevention'];
  if (typeof x13 !== 'boolean') return typeError(p + '/requireSelfTradePrevention', '#/properties/requireSelfTradePrevention/type', 'boolean');
  const x14: unknown = d['preventSor'];
  if (typeof x14 !== 'boolean') return typeError(p + '/preventSor', '#/properties/preventSor/type', 'boolean');
  const x15: unknown = d['updateTime'];
  if (!isInteger(x15)) return typeError(p + '/updateTime', '#/properties/updateTime/type', 'integer');
  const x16: unknown = d['accountType'];
  if (typeof x16 !== 'string') return typeError(p + '/accountType', '#/properties/accountType/type', 'string');
  const x17: unknown = d['balances'];
  if (!Array.isArray(x17)) return typeError(p + '/balances', '#/properties/balances/type', 'array');
  for (let i18 = 0; i18 < x17.length; i18++) {
    const x19: unknown = x17[i18];
    if ((e = check2(x19, p + '/balances/' + i18))) return e;
  }
  const x23: unknown = d['permissions'];
  if (!Array.isArray(x23)) return typeError(p + '/permissions', '#/properties/permissions/type', 'array');
  for (let i24 = 0; i24 < x23.length; i24++) {
    const x25: unknown = x23[i24];
    if (typeof x25 !== 'string') return typeError(p + '/permissions/' + i24, '#/properties/permissions/items/type', 'string');
  }
  const x26: unknown = d['uid'];
  if (!isInteger(x26)) return typeError(p + '/uid', '#/properties/uid/type', 'integer');
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/commissionRates/type', 'object');
  if (d['maker'] === undefined) return requiredError(p, '#/properties/commissionRates/required', 'maker');
  if (d['taker'] === undefined) return requiredError(p, '#/properties/commissionRates/required', 'taker');
  if (d['buyer'] === undefined) return requiredError(p, '#/properties/commissionRates/required', 'buyer');
  if (d['seller'] === undefined) return requiredError(p, '#/properties/commissionRates/required', 'seller');
  const x5: unknown = d['maker'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/maker', '#/properties/commissionRates/properties/maker', source1);
  const x6: unknown = d['taker'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/taker', '#/properties/commissionRates/properties/taker', source1);
  const x7: unknown = d['buyer'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/buyer', '#/properties/commissionRates/properties/buyer', source1);
  const x8: unknown = d['seller'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/seller', '#/properties/commissionRates/properties/seller', source1);
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/balances/items/type', 'object');
  if (d['asset'] === undefined) return requiredError(p, '#/properties/balances/items/required', 'asset');
  if (d['free'] === undefined) return requiredError(p, '#/properties/balances/items/required', 'free');
  if (d['locked'] === undefined) return requiredError(p, '#/properties/balances/items/required', 'locked');
  const x20: unknown = d['asset'];
  if (typeof x20 !== 'string') return typeError(p + '/asset', '#/properties/balances/items/properties/asset/type', 'string');
  const x21: unknown = d['free'];
  if (!matches(x21, pattern0)) return stringError(x21, pattern0, p + '/free', '#/properties/balances/items/properties/free', source1);
  const x22: unknown = d['locked'];
  if (!matches(x22, pattern0)) return stringError(x22, pattern0, p + '/locked', '#/properties/balances/items/properties/locked', source1);
  return undefined;
}
