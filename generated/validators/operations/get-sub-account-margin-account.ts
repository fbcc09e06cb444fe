// Generated from spec/operations/sapi/get-sub-account-margin-account.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-sub-account-margin-account.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at2: string = '#/properties/marginTradeCoeffVo';
const at3: string = '#/properties/marginUserAssetVoList/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['email'] !== 'string') return typeErrorAt(d, p, '#', 'email', 'string');
  if (!matches(d['marginLevel'], pattern0)) return stringErrorAt(d, p, '#', 'marginLevel', source1);
  const x2: unknown = d['marginTradeCoeffVo'];
  if (x2 === undefined) return requiredError(p, '#/required', 'marginTradeCoeffVo');
  if ((e = check1(x2, p + '/marginTradeCoeffVo'))) return e;
  const x6: unknown = d['marginUserAssetVoList'];
  if (!Array.isArray(x6)) return typeErrorAt(d, p, '#', 'marginUserAssetVoList', 'array');
  for (let i7 = 0; i7 < x6.length; i7++) {
    const x8: unknown = x6[i7];
    if ((e = check2(x8, p + '/marginUserAssetVoList/' + i7))) return e;
  }
  if (!matches(d['totalAssetOfBtc'], pattern0)) return stringErrorAt(d, p, '#', 'totalAssetOfBtc', source1);
  if (!matches(d['totalLiabilityOfBtc'], pattern0)) return stringErrorAt(d, p, '#', 'totalLiabilityOfBtc', source1);
  if (!matches(d['totalNetAssetOfBtc'], pattern0)) return stringErrorAt(d, p, '#', 'totalNetAssetOfBtc', source1);
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/marginTradeCoeffVo/type', 'object');
  if (!matches(d['forceLiquidationBar'], pattern0)) return stringErrorAt(d, p, at2, 'forceLiquidationBar', source1);
  if (!matches(d['marginCallBar'], pattern0)) return stringErrorAt(d, p, at2, 'marginCallBar', source1);
  if (!matches(d['normalBar'], pattern0)) return stringErrorAt(d, p, at2, 'normalBar', source1);
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/marginUserAssetVoList/items/type', 'object');
  if (typeof d['asset'] !== 'string') return typeErrorAt(d, p, at3, 'asset', 'string');
  if (!matches(d['borrowed'], pattern0)) return stringErrorAt(d, p, at3, 'borrowed', source1);
  if (!matches(d['free'], pattern0)) return stringErrorAt(d, p, at3, 'free', source1);
  if (!matches(d['interest'], pattern0)) return stringErrorAt(d, p, at3, 'interest', source1);
  if (!matches(d['locked'], pattern0)) return stringErrorAt(d, p, at3, 'locked', source1);
  if (!matches(d['netAsset'], pattern0)) return stringErrorAt(d, p, at3, 'netAsset', source1);
  return undefined;
}
