// Generated from spec/operations/sapi/get-margin-account.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-account.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/marginLevel', '#/properties/marginLevel', source1);
  const x3: unknown = d['collateralMarginLevel'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/collateralMarginLevel', '#/properties/collateralMarginLevel', source1);
  const x4: unknown = d['TotalCollateralValueInUSDT'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/TotalCollateralValueInUSDT', '#/properties/TotalCollateralValueInUSDT', source1);
  const x5: unknown = d['totalOpenOrderLossInUSDT'];
  if (x5 !== undefined) {
    if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/totalOpenOrderLossInUSDT', '#/properties/totalOpenOrderLossInUSDT', source1);
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
  if (!matches(x19, pattern0)) return stringError(x19, pattern0, p + '/totalAssetOfBtc', '#/properties/totalAssetOfBtc', source1);
  const x20: unknown = d['totalLiabilityOfBtc'];
  if (!matches(x20, pattern0)) return stringError(x20, pattern0, p + '/totalLiabilityOfBtc', '#/properties/totalLiabilityOfBtc', source1);
  const x21: unknown = d['totalNetAssetOfBtc'];
  if (!matches(x21, pattern0)) return stringError(x21, pattern0, p + '/totalNetAssetOfBtc', '#/properties/totalNetAssetOfBtc', source1);
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
  if (!matches(x14, pattern0)) return stringError(x14, pattern0, p + '/borrowed', '#/properties/userAssets/items/properties/borrowed', source1);
  const x15: unknown = d['free'];
  if (!matches(x15, pattern0)) return stringError(x15, pattern0, p + '/free', '#/properties/userAssets/items/properties/free', source1);
  const x16: unknown = d['interest'];
  if (!matches(x16, pattern0)) return stringError(x16, pattern0, p + '/interest', '#/properties/userAssets/items/properties/interest', source1);
  const x17: unknown = d['locked'];
  if (!matches(x17, pattern0)) return stringError(x17, pattern0, p + '/locked', '#/properties/userAssets/items/properties/locked', source1);
  const x18: unknown = d['netAsset'];
  if (!matches(x18, pattern0)) return stringError(x18, pattern0, p + '/netAsset', '#/properties/userAssets/items/properties/netAsset', source1);
  return undefined;
}
