// Generated from spec/operations/get-account.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-account.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at2: string = '#/properties/commissionRates';
const at3: string = '#/properties/balances/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (!isInteger(d['makerCommission'])) return typeErrorAt(d, p, '#', 'makerCommission', 'integer');
  if (!isInteger(d['takerCommission'])) return typeErrorAt(d, p, '#', 'takerCommission', 'integer');
  if (!isInteger(d['buyerCommission'])) return typeErrorAt(d, p, '#', 'buyerCommission', 'integer');
  if (!isInteger(d['sellerCommission'])) return typeErrorAt(d, p, '#', 'sellerCommission', 'integer');
  const x4: unknown = d['commissionRates'];
  if (x4 === undefined) return requiredError(p, '#/required', 'commissionRates');
  if ((e = check1(x4, p + '/commissionRates'))) return e;
  if (typeof d['canTrade'] !== 'boolean') return typeErrorAt(d, p, '#', 'canTrade', 'boolean');
  if (typeof d['canWithdraw'] !== 'boolean') return typeErrorAt(d, p, '#', 'canWithdraw', 'boolean');
  if (typeof d['canDeposit'] !== 'boolean') return typeErrorAt(d, p, '#', 'canDeposit', 'boolean');
  if (typeof d['brokered'] !== 'boolean') return typeErrorAt(d, p, '#', 'brokered', 'boolean');
  if (typeof d['requireSelfTradePrevention'] !== 'boolean') return typeErrorAt(d, p, '#', 'requireSelfTradePrevention', 'boolean');
  if (typeof d['preventSor'] !== 'boolean') return typeErrorAt(d, p, '#', 'preventSor', 'boolean');
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, '#', 'updateTime', 'integer');
  if (typeof d['accountType'] !== 'string') return typeErrorAt(d, p, '#', 'accountType', 'string');
  const x17: unknown = d['balances'];
  if (!Array.isArray(x17)) return typeErrorAt(d, p, '#', 'balances', 'array');
  for (let i18 = 0; i18 < x17.length; i18++) {
    const x19: unknown = x17[i18];
    if ((e = check2(x19, p + '/balances/' + i18))) return e;
  }
  const x25: unknown = d['permissions'];
  if (!Array.isArray(x25)) return typeErrorAt(d, p, '#', 'permissions', 'array');
  for (let i26 = 0; i26 < x25.length; i26++) {
    const x27: unknown = x25[i26];
    if (typeof x27 !== 'string') return typeError(p + '/permissions/' + i26, '#/properties/permissions/items/type', 'string');
  }
  if (!isInteger(d['uid'])) return typeErrorAt(d, p, '#', 'uid', 'integer');
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/commissionRates/type', 'object');
  if (!matches(d['maker'], pattern0)) return stringErrorAt(d, p, at2, 'maker', source1);
  if (!matches(d['taker'], pattern0)) return stringErrorAt(d, p, at2, 'taker', source1);
  if (!matches(d['buyer'], pattern0)) return stringErrorAt(d, p, at2, 'buyer', source1);
  if (!matches(d['seller'], pattern0)) return stringErrorAt(d, p, at2, 'seller', source1);
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/balances/items/type', 'object');
  if (typeof d['asset'] !== 'string') return typeErrorAt(d, p, at3, 'asset', 'string');
  if (!matches(d['free'], pattern0)) return stringErrorAt(d, p, at3, 'free', source1);
  if (!matches(d['locked'], pattern0)) return stringErrorAt(d, p, at3, 'locked', source1);
  return undefined;
}
