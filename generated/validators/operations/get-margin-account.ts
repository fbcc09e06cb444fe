// Generated from spec/operations/sapi/get-margin-account.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-account.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at2: string = '#/properties/userAssets/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['created'] !== 'boolean') return typeErrorAt(d, p, '#', 'created', 'boolean');
  if (typeof d['borrowEnabled'] !== 'boolean') return typeErrorAt(d, p, '#', 'borrowEnabled', 'boolean');
  if (!matches(d['marginLevel'], pattern0)) return stringErrorAt(d, p, '#', 'marginLevel', source1);
  if (!matches(d['collateralMarginLevel'], pattern0)) return stringErrorAt(d, p, '#', 'collateralMarginLevel', source1);
  if (!matches(d['TotalCollateralValueInUSDT'], pattern0)) return stringErrorAt(d, p, '#', 'TotalCollateralValueInUSDT', source1);
  const x5: unknown = d['totalOpenOrderLossInUSDT'];
  if (x5 !== undefined) {
    if (!matches(x5, pattern0)) return stringErrorAt(d, p, '#', 'totalOpenOrderLossInUSDT', source1);
  }
  if (typeof d['tradeEnabled'] !== 'boolean') return typeErrorAt(d, p, '#', 'tradeEnabled', 'boolean');
  if (typeof d['transferInEnabled'] !== 'boolean') return typeErrorAt(d, p, '#', 'transferInEnabled', 'boolean');
  if (typeof d['transferOutEnabled'] !== 'boolean') return typeErrorAt(d, p, '#', 'transferOutEnabled', 'boolean');
  if (typeof d['accountType'] !== 'string') return typeErrorAt(d, p, '#', 'accountType', 'string');
  const x10: unknown = d['userAssets'];
  if (!Array.isArray(x10)) return typeErrorAt(d, p, '#', 'userAssets', 'array');
  for (let i11 = 0; i11 < x10.length; i11++) {
    const x12: unknown = x10[i11];
    if ((e = check1(x12, p + '/userAssets/' + i11))) return e;
  }
  if (!matches(d['totalAssetOfBtc'], pattern0)) return stringErrorAt(d, p, '#', 'totalAssetOfBtc', source1);
  if (!matches(d['totalLiabilityOfBtc'], pattern0)) return stringErrorAt(d, p, '#', 'totalLiabilityOfBtc', source1);
  if (!matches(d['totalNetAssetOfBtc'], pattern0)) return stringErrorAt(d, p, '#', 'totalNetAssetOfBtc', source1);
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/userAssets/items/type', 'object');
  if (typeof d['asset'] !== 'string') return typeErrorAt(d, p, at2, 'asset', 'string');
  if (!matches(d['borrowed'], pattern0)) return stringErrorAt(d, p, at2, 'borrowed', source1);
  if (!matches(d['free'], pattern0)) return stringErrorAt(d, p, at2, 'free', source1);
  if (!matches(d['interest'], pattern0)) return stringErrorAt(d, p, at2, 'interest', source1);
  if (!matches(d['locked'], pattern0)) return stringErrorAt(d, p, at2, 'locked', source1);
  if (!matches(d['netAsset'], pattern0)) return stringErrorAt(d, p, at2, 'netAsset', source1);
  return undefined;
}
