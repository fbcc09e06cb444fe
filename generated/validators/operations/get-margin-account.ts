// Generated from spec/operations/sapi/get-margin-account.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-account.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['created'] === undefined) return requiredError(p, '#/required', 'created');
  if (d['borrowEnabled'] === undefined) return requiredError(p, '#/required', 'borrowEnabled');
  if (d['marginLevel'] === undefined) return requiredError(p, '#/required', 'marginLevel');
  if (d['collateralMarginLevel'] === undefined) return requiredError(p, '#/required', 'collateralMarginLevel');
  if (d['TotalCollateralValueInUSDT'] === undefined) return requiredError(p, '#/required', 'TotalCollateralValueInUSDT');
  if (d['tradeEnabled'] === undefined) return requiredError(p, '#/required', 'tradeEnabled');
  if (d['transferInEnabled'] === undefined) return requiredError(p, '#/required', 'transferInEnabled');
  if (d['transferOutEnabled'] === undefined) return requiredError(p, '#/required', 'transferOutEnabled');
  if (d['accountType'] === undefined) return requiredError(p, '#/required', 'accountType');
  if (d['userAssets'] === undefined) return requiredError(p, '#/required', 'userAssets');
  if (d['totalAssetOfBtc'] === undefined) return requiredError(p, '#/required', 'totalAssetOfBtc');
  if (d['totalLiabilityOfBtc'] === undefined) return requiredError(p, '#/required', 'totalLiabilityOfBtc');
  if (d['totalNetAssetOfBtc'] === undefined) return requiredError(p, '#/required', 'totalNetAssetOfBtc');
  const x0: unknown = d['created'];
  if (typeof x0 !== 'boolean') return typeError(p + '/created', '#/properties/created/type', 'boolean');
  const x1: unknown = d['borrowEnabled'];
  if (typeof x1 !== 'boolean') return typeError(p + '/borrowEnabled', '#/properties/borrowEnabled/type', 'boolean');
  const x2: unknown = d['marginLevel'];
  if (typeof x2 !== 'string') return typeError(p + '/marginLevel', '#/properties/marginLevel/type', 'string');
  if (!pattern0.test(x2)) return patternError(p + '/marginLevel', '#/properties/marginLevel/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x3: unknown = d['collateralMarginLevel'];
  if (typeof x3 !== 'string') return typeError(p + '/collateralMarginLevel', '#/properties/collateralMarginLevel/type', 'string');
  if (!pattern0.test(x3)) return patternError(p + '/collateralMarginLevel', '#/properties/collateralMarginLevel/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x4: unknown = d['TotalCollateralValueInUSDT'];
  if (typeof x4 !== 'string') return typeError(p + '/TotalCollateralValueInUSDT', '#/properties/TotalCollateralValueInUSDT/type', 'string');
  if (!pattern0.test(x4)) return patternError(p + '/TotalCollateralValueInUSDT', '#/properties/TotalCollateralValueInUSDT/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x5: unknown = d['totalOpenOrderLossInUSDT'];
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') return typeError(p + '/totalOpenOrderLossInUSDT', '#/properties/totalOpenOrderLossInUSDT/type', 'string');
    if (!pattern0.test(x5)) return patternError(p + '/totalOpenOrderLossInUSDT', '#/properties/totalOpenOrderLossInUSDT/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  }
  const x6: unknown = d['tradeEnabled'];
  if (typeof x6 !== 'boolean') return typeError(p + '/tradeEnabled', '#/properties/tradeEnabled/type', 'boolean');
  const x7: unknown = d['transferInEnabled'];
  if (typeof x7 !== 'boolean') return typeError(p + '/transferInEnabled', '#/properties/transferInEnabled/type', 'boolean');
  const x8: unknown = d['transferOutEnabled'];
  if (typeof x8 !== 'boolean') return typeError(p + '/transferOutEnabled', '#/properties/transferOutEnabled/type', 'boolean');
  const x9: unknown = d['accountType'];
  if (typeof x9 !== 'string') return typeError(p + '/accountType', '#/properties/accountType/type', 'string');
  const x10: unknown = d['userAssets'];
  if (!Array.isArray(x10)) return typeError(p + '/userAssets', '#/properties/userAssets/type', 'array');
  for (let i11 = 0; i11 < x10.length; i11++) {
    const x12: unknown = x10[i11];
    if ((e = check1(x12, p + '/userAssets/' + i11))) return e;
  }
  const x19: unknown = d['totalAssetOfBtc'];
  if (typeof x19 !== 'string') return typeError(p + '/totalAssetOfBtc', '#/properties/totalAssetOfBtc/type', 'string');
  if (!pattern0.test(x19)) return patternError(p + '/totalAssetOfBtc', '#/properties/totalAssetOfBtc/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x20: unknown = d['totalLiabilityOfBtc'];
  if (typeof x20 !== 'string') return typeError(p + '/totalLiabilityOfBtc', '#/properties/totalLiabilityOfBtc/type', 'string');
  if (!pattern0.test(x20)) return patternError(p + '/totalLiabilityOfBtc', '#/properties/totalLiabilityOfBtc/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x21: unknown = d['totalNetAssetOfBtc'];
  if (typeof x21 !== 'string') return typeError(p + '/totalNetAssetOfBtc', '#/properties/totalNetAssetOfBtc/type', 'string');
  if (!pattern0.test(x21)) return patternError(p + '/totalNetAssetOfBtc', '#/properties/totalNetAssetOfBtc/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/userAssets/items/type', 'object');
  if (d['asset'] === undefined) return requiredError(p, '#/properties/userAssets/items/required', 'asset');
  if (d['borrowed'] === undefined) return requiredError(p, '#/properties/userAssets/items/required', 'borrowed');
  if (d['free'] === undefined) return requiredError(p, '#/properties/userAssets/items/required', 'free');
  if (d['interest'] === undefined) return requiredError(p, '#/properties/userAssets/items/required', 'interest');
  if (d['locked'] === undefined) return requiredError(p, '#/properties/userAssets/items/required', 'locked');
  if (d['netAsset'] === undefined) return requiredError(p, '#/properties/userAssets/items/required', 'netAsset');
  const x13: unknown = d['asset'];
  if (typeof x13 !== 'string') return typeError(p + '/asset', '#/properties/userAssets/items/properties/asset/type', 'string');
  const x14: unknown = d['borrowed'];
  if (typeof x14 !== 'string') return typeError(p + '/borrowed', '#/properties/userAssets/items/properties/borrowed/type', 'string');
  if (!pattern0.test(x14)) return patternError(p + '/borrowed', '#/properties/userAssets/items/properties/borrowed/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x15: unknown = d['free'];
  if (typeof x15 !== 'string') return typeError(p + '/free', '#/properties/userAssets/items/properties/free/type', 'string');
  if (!pattern0.test(x15)) return patternError(p + '/free', '#/properties/userAssets/items/properties/free/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x16: unknown = d['interest'];
  if (typeof x16 !== 'string') return typeError(p + '/interest', '#/properties/userAssets/items/properties/interest/type', 'string');
  if (!pattern0.test(x16)) return patternError(p + '/interest', '#/properties/userAssets/items/properties/interest/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x17: unknown = d['locked'];
  if (typeof x17 !== 'string') return typeError(p + '/locked', '#/properties/userAssets/items/properties/locked/type', 'string');
  if (!pattern0.test(x17)) return patternError(p + '/locked', '#/properties/userAssets/items/properties/locked/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x18: unknown = d['netAsset'];
  if (typeof x18 !== 'string') return typeError(p + '/netAsset', '#/properties/userAssets/items/properties/netAsset/type', 'string');
  if (!pattern0.test(x18)) return patternError(p + '/netAsset', '#/properties/userAssets/items/properties/netAsset/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  return undefined;
}
