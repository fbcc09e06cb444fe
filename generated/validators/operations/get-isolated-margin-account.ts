// Generated from spec/operations/sapi/get-isolated-margin-account.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-isolated-margin-account.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['assets'] === undefined) return requiredError(p, '#/required', 'assets');
  const x0: unknown = d['assets'];
  if (!Array.isArray(x0)) return typeError(p + '/assets', '#/properties/assets/type', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/assets/' + i1))) return e;
  }
  const x25: unknown = d['totalAssetOfBtc'];
  if (x25 !== undefined) {
    if (!matches(x25, pattern0)) return stringError(x25, pattern0, p + '/totalAssetOfBtc', '#/properties/totalAssetOfBtc', source1);
  }
  const x26: unknown = d['totalLiabilityOfBtc'];
  if (x26 !== undefined) {
    if (!matches(x26, pattern0)) return stringError(x26, pattern0, p + '/totalLiabilityOfBtc', '#/properties/totalLiabilityOfBtc', source1);
  }
  const x27: unknown = d['totalNetAssetOfBtc'];
  if (x27 !== undefined) {
    if (!matches(x27, pattern0)) return stringError(x27, pattern0, p + '/totalNetAssetOfBtc', '#/properties/totalNetAssetOfBtc', source1);
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/assets/items/type', 'object');
  if (d['baseAsset'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'baseAsset');
  if (d['quoteAsset'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'quoteAsset');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'symbol');
  if (d['isolatedCreated'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'isolatedCreated');
  if (d['enabled'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'enabled');
  if (d['marginLevel'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'marginLevel');
  if (d['marginLevelStatus'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'marginLevelStatus');
  if (d['marginRatio'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'marginRatio');
  if (d['indexPrice'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'indexPrice');
  if (d['liquidatePrice'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'liquidatePrice');
  if (d['liquidateRate'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'liquidateRate');
  if (d['tradeEnabled'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'tradeEnabled');
  const x3: unknown = d['baseAsset'];
  if ((e = check2(x3, p + '/baseAsset'))) return e;
  const x14: unknown = d['quoteAsset'];
  if ((e = check2(x14, p + '/quoteAsset'))) return e;
  const x15: unknown = d['symbol'];
  if (typeof x15 !== 'string') return typeError(p + '/symbol', '#/properties/assets/items/properties/symbol/type', 'string');
  const x16: unknown = d['isolatedCreated'];
  if (typeof x16 !== 'boolean') return typeError(p + '/isolatedCreated', '#/properties/assets/items/properties/isolatedCreated/type', 'boolean');
  const x17: unknown = d['enabled'];
  if (typeof x17 !== 'boolean') return typeError(p + '/enabled', '#/properties/assets/items/properties/enabled/type', 'boolean');
  const x18: unknown = d['marginLevel'];
  if (!matches(x18, pattern0)) return stringError(x18, pattern0, p + '/marginLevel', '#/properties/assets/items/properties/marginLevel', source1);
  const x19: unknown = d['marginLevelStatus'];
  if (typeof x19 !== 'string') return typeError(p + '/marginLevelStatus', '#/properties/assets/items/properties/marginLevelStatus/type', 'string');
  const x20: unknown = d['marginRatio'];
  if (!matches(x20, pattern0)) return stringError(x20, pattern0, p + '/marginRatio', '#/properties/assets/items/properties/marginRatio', source1);
  const x21: unknown = d['indexPrice'];
  if (!matches(x21, pattern0)) return stringError(x21, pattern0, p + '/indexPrice', '#/properties/assets/items/properties/indexPrice', source1);
  const x22: unknown = d['liquidatePrice'];
  if (!matches(x22, pattern0)) return stringError(x22, pattern0, p + '/liquidatePrice', '#/properties/assets/items/properties/liquidatePrice', source1);
  const x23: unknown = d['liquidateRate'];
  if (!matches(x23, pattern0)) return stringError(x23, pattern0, p + '/liquidateRate', '#/properties/assets/items/properties/liquidateRate', source1);
  const x24: unknown = d['tradeEnabled'];
  if (typeof x24 !== 'boolean') return typeError(p + '/tradeEnabled', '#/properties/assets/items/properties/tradeEnabled/type', 'boolean');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/assets/items/properties/baseAsset/type', 'object');
  if (d['asset'] === undefined) return requiredError(p, '#/properties/assets/items/properties/baseAsset/required', 'asset');
  if (d['borrowEnabled'] === undefined) return requiredError(p, '#/properties/assets/items/properties/baseAsset/required', 'borrowEnabled');
  if (d['borrowed'] === undefined) return requiredError(p, '#/properties/assets/items/properties/baseAsset/required', 'borrowed');
  if (d['free'] === undefined) return requiredError(p, '#/properties/assets/items/properties/baseAsset/required', 'free');
  if (d['interest'] === undefined) return requiredError(p, '#/properties/assets/items/properties/baseAsset/required', 'interest');
  if (d['locked'] === undefined) return requiredError(p, '#/properties/assets/items/properties/baseAsset/required', 'locked');
  if (d['netAsset'] === undefined) return requiredError(p, '#/properties/assets/items/properties/baseAsset/required', 'netAsset');
  if (d['netAssetOfBtc'] === undefined) return requiredError(p, '#/properties/assets/items/properties/baseAsset/required', 'netAssetOfBtc');
  if (d['repayEnabled'] === undefined) return requiredError(p, '#/properties/assets/items/properties/baseAsset/required', 'repayEnabled');
  if (d['totalAsset'] === undefined) return requiredError(p, '#/properties/assets/items/properties/baseAsset/required', 'totalAsset');
  const x4: unknown = d['asset'];
  if (typeof x4 !== 'string') return typeError(p + '/asset', '#/properties/assets/items/properties/baseAsset/properties/asset/type', 'string');
  const x5: unknown = d['borrowEnabled'];
  if (typeof x5 !== 'boolean') return typeError(p + '/borrowEnabled', '#/properties/assets/items/properties/baseAsset/properties/borrowEnabled/type', 'boolean');
  const x6: unknown = d['borrowed'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/borrowed', '#/properties/assets/items/properties/baseAsset/properties/borrowed', source1);
  const x7: unknown = d['free'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/free', '#/properties/assets/items/properties/baseAsset/properties/free', source1);
  const x8: unknown = d['interest'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/interest', '#/properties/assets/items/properties/baseAsset/properties/interest', source1);
  const x9: unknown = d['locked'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/locked', '#/properties/assets/items/properties/baseAsset/properties/locked', source1);
  const x10: unknown = d['netAsset'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/netAsset', '#/properties/assets/items/properties/baseAsset/properties/netAsset', source1);
  const x11: unknown = d['netAssetOfBtc'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/netAssetOfBtc', '#/properties/assets/items/properties/baseAsset/properties/netAssetOfBtc', source1);
  const x12: unknown = d['repayEnabled'];
  if (typeof x12 !== 'boolean') return typeError(p + '/repayEnabled', '#/properties/assets/items/properties/baseAsset/properties/repayEnabled/type', 'boolean');
  const x13: unknown = d['totalAsset'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/totalAsset', '#/properties/assets/items/properties/baseAsset/properties/totalAsset', source1);
  return undefined;
}
