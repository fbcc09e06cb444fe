// Generated from spec/operations/sapi/get-sub-account-margin-account.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  requiredError,
  patternError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-sub-account-margin-account.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['email'] === undefined) return requiredError(p, '#/required', 'email');
  if (d['marginLevel'] === undefined) return requiredError(p, '#/required', 'marginLevel');
  if (d['marginTradeCoeffVo'] === undefined) return requiredError(p, '#/required', 'marginTradeCoeffVo');
  if (d['marginUserAssetVoList'] === undefined) return requiredError(p, '#/required', 'marginUserAssetVoList');
  if (d['totalAssetOfBtc'] === undefined) return requiredError(p, '#/required', 'totalAssetOfBtc');
  if (d['totalLiabilityOfBtc'] === undefined) return requiredError(p, '#/required', 'totalLiabilityOfBtc');
  if (d['totalNetAssetOfBtc'] === undefined) return requiredError(p, '#/required', 'totalNetAssetOfBtc');
  const x0: unknown = d['email'];
  if (typeof x0 !== 'string') return typeError(p + '/email', '#/properties/email/type', 'string');
  const x1: unknown = d['marginLevel'];
  if (typeof x1 !== 'string') return typeError(p + '/marginLevel', '#/properties/marginLevel/type', 'string');
  if (!pattern0.test(x1)) return patternError(p + '/marginLevel', '#/properties/marginLevel/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x2: unknown = d['marginTradeCoeffVo'];
  if ((e = check1(x2, p + '/marginTradeCoeffVo'))) return e;
  const x6: unknown = d['marginUserAssetVoList'];
  if (!Array.isArray(x6)) return typeError(p + '/marginUserAssetVoList', '#/properties/marginUserAssetVoList/type', 'array');
  for (let i7 = 0; i7 < x6.length; i7++) {
    const x8: unknown = x6[i7];
    if ((e = check2(x8, p + '/marginUserAssetVoList/' + i7))) return e;
  }
  const x15: unknown = d['totalAssetOfBtc'];
  if (typeof x15 !== 'string') return typeError(p + '/totalAssetOfBtc', '#/properties/totalAssetOfBtc/type', 'string');
  if (!pattern0.test(x15)) return patternError(p + '/totalAssetOfBtc', '#/properties/totalAssetOfBtc/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x16: unknown = d['totalLiabilityOfBtc'];
  if (typeof x16 !== 'string') return typeError(p + '/totalLiabilityOfBtc', '#/properties/totalLiabilityOfBtc/type', 'string');
  if (!pattern0.test(x16)) return patternError(p + '/totalLiabilityOfBtc', '#/properties/totalLiabilityOfBtc/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x17: unknown = d['totalNetAssetOfBtc'];
  if (typeof x17 !== 'string') return typeError(p + '/totalNetAssetOfBtc', '#/properties/totalNetAssetOfBtc/type', 'string');
  if (!pattern0.test(x17)) return patternError(p + '/totalNetAssetOfBtc', '#/properties/totalNetAssetOfBtc/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/marginTradeCoeffVo/type', 'object');
  if (d['forceLiquidationBar'] === undefined) return requiredError(p, '#/properties/marginTradeCoeffVo/required', 'forceLiquidationBar');
  if (d['marginCallBar'] === undefined) return requiredError(p, '#/properties/marginTradeCoeffVo/required', 'marginCallBar');
  if (d['normalBar'] === undefined) return requiredError(p, '#/properties/marginTradeCoeffVo/required', 'normalBar');
  const x3: unknown = d['forceLiquidationBar'];
  if (typeof x3 !== 'string') return typeError(p + '/forceLiquidationBar', '#/properties/marginTradeCoeffVo/properties/forceLiquidationBar/type', 'string');
  if (!pattern0.test(x3)) return patternError(p + '/forceLiquidationBar', '#/properties/marginTradeCoeffVo/properties/forceLiquidationBar/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x4: unknown = d['marginCallBar'];
  if (typeof x4 !== 'string') return typeError(p + '/marginCallBar', '#/properties/marginTradeCoeffVo/properties/marginCallBar/type', 'string');
  if (!pattern0.test(x4)) return patternError(p + '/marginCallBar', '#/properties/marginTradeCoeffVo/properties/marginCallBar/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x5: unknown = d['normalBar'];
  if (typeof x5 !== 'string') return typeError(p + '/normalBar', '#/properties/marginTradeCoeffVo/properties/normalBar/type', 'string');
  if (!pattern0.test(x5)) return patternError(p + '/normalBar', '#/properties/marginTradeCoeffVo/properties/normalBar/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/marginUserAssetVoList/items/type', 'object');
  if (d['asset'] === undefined) return requiredError(p, '#/properties/marginUserAssetVoList/items/required', 'asset');
  if (d['borrowed'] === undefined) return requiredError(p, '#/properties/marginUserAssetVoList/items/required', 'borrowed');
  if (d['free'] === undefined) return requiredError(p, '#/properties/marginUserAssetVoList/items/required', 'free');
  if (d['interest'] === undefined) return requiredError(p, '#/properties/marginUserAssetVoList/items/required', 'interest');
  if (d['locked'] === undefined) return requiredError(p, '#/properties/marginUserAssetVoList/items/required', 'locked');
  if (d['netAsset'] === undefined) return requiredError(p, '#/properties/marginUserAssetVoList/items/required', 'netAsset');
  const x9: unknown = d['asset'];
  if (typeof x9 !== 'string') return typeError(p + '/asset', '#/properties/marginUserAssetVoList/items/properties/asset/type', 'string');
  const x10: unknown = d['borrowed'];
  if (typeof x10 !== 'string') return typeError(p + '/borrowed', '#/properties/marginUserAssetVoList/items/properties/borrowed/type', 'string');
  if (!pattern0.test(x10)) return patternError(p + '/borrowed', '#/properties/marginUserAssetVoList/items/properties/borrowed/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x11: unknown = d['free'];
  if (typeof x11 !== 'string') return typeError(p + '/free', '#/properties/marginUserAssetVoList/items/properties/free/type', 'string');
  if (!pattern0.test(x11)) return patternError(p + '/free', '#/properties/marginUserAssetVoList/items/properties/free/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x12: unknown = d['interest'];
  if (typeof x12 !== 'string') return typeError(p + '/interest', '#/properties/marginUserAssetVoList/items/properties/interest/type', 'string');
  if (!pattern0.test(x12)) return patternError(p + '/interest', '#/properties/marginUserAssetVoList/items/properties/interest/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x13: unknown = d['locked'];
  if (typeof x13 !== 'string') return typeError(p + '/locked', '#/properties/marginUserAssetVoList/items/properties/locked/type', 'string');
  if (!pattern0.test(x13)) return patternError(p + '/locked', '#/properties/marginUserAssetVoList/items/properties/locked/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x14: unknown = d['netAsset'];
  if (typeof x14 !== 'string') return typeError(p + '/netAsset', '#/properties/marginUserAssetVoList/items/properties/netAsset/type', 'string');
  if (!pattern0.test(x14)) return patternError(p + '/netAsset', '#/properties/marginUserAssetVoList/items/properties/netAsset/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  return undefined;
}
