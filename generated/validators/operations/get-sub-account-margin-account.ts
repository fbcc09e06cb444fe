// Generated from spec/operations/sapi/get-sub-account-margin-account.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-sub-account-margin-account.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  if (!matches(x1, pattern0)) return stringError(x1, pattern0, p + '/marginLevel', '#/properties/marginLevel', source1);
  const x2: unknown = d['marginTradeCoeffVo'];
  if ((e = check1(x2, p + '/marginTradeCoeffVo'))) return e;
  const x6: unknown = d['marginUserAssetVoList'];
  if (!Array.isArray(x6)) return typeError(p + '/marginUserAssetVoList', '#/properties/marginUserAssetVoList/type', 'array');
  for (let i7 = 0; i7 < x6.length; i7++) {
    const x8: unknown = x6[i7];
    if ((e = check2(x8, p + '/marginUserAssetVoList/' + i7))) return e;
  }
  const x15: unknown = d['totalAssetOfBtc'];
  if (!matches(x15, pattern0)) return stringError(x15, pattern0, p + '/totalAssetOfBtc', '#/properties/totalAssetOfBtc', source1);
  const x16: unknown = d['totalLiabilityOfBtc'];
  if (!matches(x16, pattern0)) return stringError(x16, pattern0, p + '/totalLiabilityOfBtc', '#/properties/totalLiabilityOfBtc', source1);
  const x17: unknown = d['totalNetAssetOfBtc'];
  if (!matches(x17, pattern0)) return stringError(x17, pattern0, p + '/totalNetAssetOfBtc', '#/properties/totalNetAssetOfBtc', source1);
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/marginTradeCoeffVo/type', 'object');
  if (d['forceLiquidationBar'] === undefined) return requiredError(p, '#/properties/marginTradeCoeffVo/required', 'forceLiquidationBar');
  if (d['marginCallBar'] === undefined) return requiredError(p, '#/properties/marginTradeCoeffVo/required', 'marginCallBar');
  if (d['normalBar'] === undefined) return requiredError(p, '#/properties/marginTradeCoeffVo/required', 'normalBar');
  const x3: unknown = d['forceLiquidationBar'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/forceLiquidationBar', '#/properties/marginTradeCoeffVo/properties/forceLiquidationBar', source1);
  const x4: unknown = d['marginCallBar'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/marginCallBar', '#/properties/marginTradeCoeffVo/properties/marginCallBar', source1);
  const x5: unknown = d['normalBar'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/normalBar', '#/properties/marginTradeCoeffVo/properties/normalBar', source1);
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
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/borrowed', '#/properties/marginUserAssetVoList/items/properties/borrowed', source1);
  const x11: unknown = d['free'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/free', '#/properties/marginUserAssetVoList/items/properties/free', source1);
  const x12: unknown = d['interest'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/interest', '#/properties/marginUserAssetVoList/items/properties/interest', source1);
  const x13: unknown = d['locked'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/locked', '#/properties/marginUserAssetVoList/items/properties/locked', source1);
  const x14: unknown = d['netAsset'];
  if (!matches(x14, pattern0)) return stringError(x14, pattern0, p + '/netAsset', '#/properties/marginUserAssetVoList/items/properties/netAsset', source1);
  return undefined;
}
