// Generated from spec/usdm/operations/get-position-risk.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  patternError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-position-risk.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/type', 'array');
  for (let i0 = 0; i0 < d.length; i0++) {
    const x1: unknown = d[i0];
    if ((e = check1(x1, p + '/' + i0))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['positionSide'] === undefined) return requiredError(p, '#/items/required', 'positionSide');
  if (d['positionAmt'] === undefined) return requiredError(p, '#/items/required', 'positionAmt');
  if (d['entryPrice'] === undefined) return requiredError(p, '#/items/required', 'entryPrice');
  if (d['breakEvenPrice'] === undefined) return requiredError(p, '#/items/required', 'breakEvenPrice');
  if (d['markPrice'] === undefined) return requiredError(p, '#/items/required', 'markPrice');
  if (d['unRealizedProfit'] === undefined) return requiredError(p, '#/items/required', 'unRealizedProfit');
  if (d['liquidationPrice'] === undefined) return requiredError(p, '#/items/required', 'liquidationPrice');
  if (d['isolatedMargin'] === undefined) return requiredError(p, '#/items/required', 'isolatedMargin');
  if (d['notional'] === undefined) return requiredError(p, '#/items/required', 'notional');
  if (d['marginAsset'] === undefined) return requiredError(p, '#/items/required', 'marginAsset');
  if (d['isolatedWallet'] === undefined) return requiredError(p, '#/items/required', 'isolatedWallet');
  if (d['initialMargin'] === undefined) return requiredError(p, '#/items/required', 'initialMargin');
  if (d['maintMargin'] === undefined) return requiredError(p, '#/items/required', 'maintMargin');
  if (d['positionInitialMargin'] === undefined) return requiredError(p, '#/items/required', 'positionInitialMargin');
  if (d['openOrderInitialMargin'] === undefined) return requiredError(p, '#/items/required', 'openOrderInitialMargin');
  if (d['adl'] === undefined) return requiredError(p, '#/items/required', 'adl');
  if (d['bidNotional'] === undefined) return requiredError(p, '#/items/required', 'bidNotional');
  if (d['askNotional'] === undefined) return requiredError(p, '#/items/required', 'askNotional');
  if (d['updateTime'] === undefined) return requiredError(p, '#/items/required', 'updateTime');
  const x2: unknown = d['symbol'];
  if (typeof x2 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x3: unknown = d['positionSide'];
  if (typeof x3 !== 'string') return typeError(p + '/positionSide', '#/items/properties/positionSide/type', 'string');
  const x4: unknown = d['positionAmt'];
  if (typeof x4 !== 'string') return typeError(p + '/positionAmt', '#/items/properties/positionAmt/type', 'string');
  if (!pattern0.test(x4)) return patternError(p + '/positionAmt', '#/items/properties/positionAmt/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x5: unknown = d['entryPrice'];
  if (typeof x5 !== 'string') return typeError(p + '/entryPrice', '#/items/properties/entryPrice/type', 'string');
  if (!pattern0.test(x5)) return patternError(p + '/entryPrice', '#/items/properties/entryPrice/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x6: unknown = d['breakEvenPrice'];
  if (typeof x6 !== 'string') return typeError(p + '/breakEvenPrice', '#/items/properties/breakEvenPrice/type', 'string');
  if (!pattern0.test(x6)) return patternError(p + '/breakEvenPrice', '#/items/properties/breakEvenPrice/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x7: unknown = d['markPrice'];
  if (typeof x7 !== 'string') return typeError(p + '/markPrice', '#/items/properties/markPrice/type', 'string');
  if (!pattern0.test(x7)) return patternError(p + '/markPrice', '#/items/properties/markPrice/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x8: unknown = d['unRealizedProfit'];
  if (typeof x8 !== 'string') return typeError(p + '/unRealizedProfit', '#/items/properties/unRealizedProfit/type', 'string');
  if (!pattern0.test(x8)) return patternError(p + '/unRealizedProfit', '#/items/properties/unRealizedProfit/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x9: unknown = d['liquidationPrice'];
  if (typeof x9 !== 'string') return typeError(p + '/liquidationPrice', '#/items/properties/liquidationPrice/type', 'string');
  if (!pattern0.test(x9)) return patternError(p + '/liquidationPrice', '#/items/properties/liquidationPrice/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x10: unknown = d['isolatedMargin'];
  if (typeof x10 !== 'string') return typeError(p + '/isolatedMargin', '#/items/properties/isolatedMargin/type', 'string');
  if (!pattern0.test(x10)) return patternError(p + '/isolatedMargin', '#/items/properties/isolatedMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x11: unknown = d['notional'];
  if (typeof x11 !== 'string') return typeError(p + '/notional', '#/items/properties/notional/type', 'string');
  if (!pattern0.test(x11)) return patternError(p + '/notional', '#/items/properties/notional/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x12: unknown = d['marginAsset'];
  if (typeof x12 !== 'string') return typeError(p + '/marginAsset', '#/items/properties/marginAsset/type', 'string');
  const x13: unknown = d['isolatedWallet'];
  if (typeof x13 !== 'string') return typeError(p + '/isolatedWallet', '#/items/properties/isolatedWallet/type', 'string');
  if (!pattern0.test(x13)) return patternError(p + '/isolatedWallet', '#/items/properties/isolatedWallet/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x14: unknown = d['initialMargin'];
  if (typeof x14 !== 'string') return typeError(p + '/initialMargin', '#/items/properties/initialMargin/type', 'string');
  if (!pattern0.test(x14)) return patternError(p + '/initialMargin', '#/items/properties/initialMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x15: unknown = d['maintMargin'];
  if (typeof x15 !== 'string') return typeError(p + '/maintMargin', '#/items/properties/maintMargin/type', 'string');
  if (!pattern0.test(x15)) return patternError(p + '/maintMargin', '#/items/properties/maintMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x16: unknown = d['positionInitialMargin'];
  if (typeof x16 !== 'string') return typeError(p + '/positionInitialMargin', '#/items/properties/positionInitialMargin/type', 'string');
  if (!pattern0.test(x16)) return patternError(p + '/positionInitialMargin', '#/items/properties/positionInitialMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x17: unknown = d['openOrderInitialMargin'];
  if (typeof x17 !== 'string') return typeError(p + '/openOrderInitialMargin', '#/items/properties/openOrderInitialMargin/type', 'string');
  if (!pattern0.test(x17)) return patternError(p + '/openOrderInitialMargin', '#/items/properties/openOrderInitialMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x18: unknown = d['adl'];
  if (!isInteger(x18)) return typeError(p + '/adl', '#/items/properties/adl/type', 'integer');
  const x19: unknown = d['bidNotional'];
  if (typeof x19 !== 'string') return typeError(p + '/bidNotional', '#/items/properties/bidNotional/type', 'string');
  if (!pattern0.test(x19)) return patternError(p + '/bidNotional', '#/items/properties/bidNotional/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x20: unknown = d['askNotional'];
  if (typeof x20 !== 'string') return typeError(p + '/askNotional', '#/items/properties/askNotional/type', 'string');
  if (!pattern0.test(x20)) return patternError(p + '/askNotional', '#/items/properties/askNotional/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x21: unknown = d['updateTime'];
  if (!isInteger(x21)) return typeError(p + '/updateTime', '#/items/properties/updateTime/type', 'integer');
  return undefined;
}
