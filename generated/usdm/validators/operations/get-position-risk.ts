// Generated from spec/usdm/operations/get-position-risk.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  stringError,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-position-risk.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/positionAmt', '#/items/properties/positionAmt', source1);
  const x5: unknown = d['entryPrice'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/entryPrice', '#/items/properties/entryPrice', source1);
  const x6: unknown = d['breakEvenPrice'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/breakEvenPrice', '#/items/properties/breakEvenPrice', source1);
  const x7: unknown = d['markPrice'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/markPrice', '#/items/properties/markPrice', source1);
  const x8: unknown = d['unRealizedProfit'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/unRealizedProfit', '#/items/properties/unRealizedProfit', source1);
  const x9: unknown = d['liquidationPrice'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/liquidationPrice', '#/items/properties/liquidationPrice', source1);
  const x10: unknown = d['isolatedMargin'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/isolatedMargin', '#/items/properties/isolatedMargin', source1);
  const x11: unknown = d['notional'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/notional', '#/items/properties/notional', source1);
  const x12: unknown = d['marginAsset'];
  if (typeof x12 !== 'string') return typeError(p + '/marginAsset', '#/items/properties/marginAsset/type', 'string');
  const x13: unknown = d['isolatedWallet'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/isolatedWallet', '#/items/properties/isolatedWallet', source1);
  const x14: unknown = d['initialMargin'];
  if (!matches(x14, pattern0)) return stringError(x14, pattern0, p + '/initialMargin', '#/items/properties/initialMargin', source1);
  const x15: unknown = d['maintMargin'];
  if (!matches(x15, pattern0)) return stringError(x15, pattern0, p + '/maintMargin', '#/items/properties/maintMargin', source1);
  const x16: unknown = d['positionInitialMargin'];
  if (!matches(x16, pattern0)) return stringError(x16, pattern0, p + '/positionInitialMargin', '#/items/properties/positionInitialMargin', source1);
  const x17: unknown = d['openOrderInitialMargin'];
  if (!matches(x17, pattern0)) return stringError(x17, pattern0, p + '/openOrderInitialMargin', '#/items/properties/openOrderInitialMargin', source1);
  const x18: unknown = d['adl'];
  if (!isInteger(x18)) return typeError(p + '/adl', '#/items/properties/adl/type', 'integer');
  const x19: unknown = d['bidNotional'];
  if (!matches(x19, pattern0)) return stringError(x19, pattern0, p + '/bidNotional', '#/items/properties/bidNotional', source1);
  const x20: unknown = d['askNotional'];
  if (!matches(x20, pattern0)) return stringError(x20, pattern0, p + '/askNotional', '#/items/properties/askNotional', source1);
  const x21: unknown = d['updateTime'];
  if (!isInteger(x21)) return typeError(p + '/updateTime', '#/items/properties/updateTime/type', 'integer');
  return undefined;
}
