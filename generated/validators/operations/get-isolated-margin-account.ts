// Generated from spec/operations/sapi/get-isolated-margin-account.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-isolated-margin-account.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

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
    if (typeof x25 !== 'string') return typeError(p + '/totalAssetOfBtc', '#/properties/totalAssetOfBtc/type', 'string');
    if (!pattern0.test(x25)) return patternError(p + '/totalAssetOfBtc', '#/properties/totalAssetOfBtc/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  }
  const x26: unknown = d['totalLiabilityOfBtc'];
  if (x26 !== undefined) {
    if (typeof x26 !== 'string') return typeError(p + '/totalLiabilityOfBtc', '#/properties/totalLiabilityOfBtc/type', 'string');
    if (!pattern0.test(x26)) return patternError(p + '/totalLiabilityOfBtc', '#/properties/totalLiabilityOfBtc/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  }
  const x27: unknown = d['totalNetAssetOfBtc'];
  if (x27 !== undefined) {
    if (typeof x27 !== 'string') return typeError(p + '/totalNetAssetOfBtc', '#/properties/totalNetAssetOfBtc/type', 'string');
    if (!pattern0.test(x27)) return patternError(p + '/totalNetAssetOfBtc', '#/properties/totalNetAssetOfBtc/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
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
  if (typeof x18 !== 'string') return typeError(p + '/marginLevel', '#/properties/assets/items/properties/marginLevel/type', 'string');
  if (!pattern0.test(x18)) return patternError(p + '/marginLevel', '#/properties/assets/items/properties/marginLevel/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x19: unknown = d['marginLevelStatus'];
  if (typeof x19 !== 'string') return typeError(p + '/marginLevelStatus', '#/properties/assets/items/properties/marginLevelStatus/type', 'string');
  const x20: unknown = d['marginRatio'];
  if (typeof x20 !== 'string') return typeError(p + '/marginRatio', '#/properties/assets/items/properties/marginRatio/type', 'string');
  if (!pattern0.test(x20)) return patternError(p + '/marginRatio', '#/properties/assets/items/properties/marginRatio/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x21: unknown = d['indexPrice'];
  if (typeof x21 !== 'string') return typeError(p + '/indexPrice', '#/properties/assets/items/properties/indexPrice/type', 'string');
  if (!pattern0.test(x21)) return patternError(p + '/indexPrice', '#/properties/assets/items/properties/indexPrice/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x22: unknown = d['liquidatePrice'];
  if (typeof x22 !== 'string') return typeError(p + '/liquidatePrice', '#/properties/assets/items/properties/liquidatePrice/type', 'string');
  if (!pattern0.test(x22)) return patternError(p + '/liquidatePrice', '#/properties/assets/items/properties/liquidatePrice/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x23: unknown = d['liquidateRate'];
  if (typeof x23 !== 'string') return typeError(p + '/liquidateRate', '#/properties/assets/items/properties/liquidateRate/type', 'string');
  if (!pattern0.test(x23)) return patternError(p + '/liquidateRate', '#/properties/assets/items/properties/liquidateRate/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
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
  if (typeof x6 !== 'string') return typeError(p + '/borrowed', '#/properties/assets/items/properties/baseAsset/properties/borrowed/type', 'string');
  if (!pattern0.test(x6)) return patternError(p + '/borrowed', '#/properties/assets/items/properties/baseAsset/properties/borrowed/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x7: unknown = d['free'];
  if (typeof x7 !== 'string') return typeError(p + '/free', '#/properties/assets/items/properties/baseAsset/properties/free/type', 'string');
  if (!pattern0.test(x7)) return patternError(p + '/free', '#/properties/assets/items/properties/baseAsset/properties/free/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x8: unknown = d['interest'];
  if (typeof x8 !== 'string') return typeError(p + '/interest', '#/properties/assets/items/properties/baseAsset/properties/interest/type', 'string');
  if (!pattern0.test(x8)) return patternError(p + '/interest', '#/properties/assets/items/properties/baseAsset/properties/interest/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x9: unknown = d['locked'];
  if (typeof x9 !== 'string') return typeError(p + '/locked', '#/properties/assets/items/properties/baseAsset/properties/locked/type', 'string');
  if (!pattern0.test(x9)) return patternError(p + '/locked', '#/properties/assets/items/properties/baseAsset/properties/locked/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x10: unknown = d['netAsset'];
  if (typeof x10 !== 'string') return typeError(p + '/netAsset', '#/properties/assets/items/properties/baseAsset/properties/netAsset/type', 'string');
  if (!pattern0.test(x10)) return patternError(p + '/netAsset', '#/properties/assets/items/properties/baseAsset/properties/netAsset/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x11: unknown = d['netAssetOfBtc'];
  if (typeof x11 !== 'string') return typeError(p + '/netAssetOfBtc', '#/properties/assets/items/properties/baseAsset/properties/netAssetOfBtc/type', 'string');
  if (!pattern0.test(x11)) return patternError(p + '/netAssetOfBtc', '#/properties/assets/items/properties/baseAsset/properties/netAssetOfBtc/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x12: unknown = d['repayEnabled'];
  if (typeof x12 !== 'boolean') return typeError(p + '/repayEnabled', '#/properties/assets/items/properties/baseAsset/properties/repayEnabled/type', 'boolean');
  const x13: unknown = d['totalAsset'];
  if (typeof x13 !== 'string') return typeError(p + '/totalAsset', '#/properties/assets/items/properties/baseAsset/properties/totalAsset/type', 'string');
  if (!pattern0.test(x13)) return patternError(p + '/totalAsset', '#/properties/assets/items/properties/baseAsset/properties/totalAsset/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  return undefined;
}
