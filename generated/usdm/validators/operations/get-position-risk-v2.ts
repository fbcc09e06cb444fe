// Generated from spec/usdm/operations/get-position-risk-v2.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-position-risk-v2.json; the first error in `validate.errors`. */
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
  if (d['entryPrice'] === undefined) return requiredError(p, '#/items/required', 'entryPrice');
  if (d['marginType'] === undefined) return requiredError(p, '#/items/required', 'marginType');
  if (d['isAutoAddMargin'] === undefined) return requiredError(p, '#/items/required', 'isAutoAddMargin');
  if (d['isolatedMargin'] === undefined) return requiredError(p, '#/items/required', 'isolatedMargin');
  if (d['leverage'] === undefined) return requiredError(p, '#/items/required', 'leverage');
  if (d['liquidationPrice'] === undefined) return requiredError(p, '#/items/required', 'liquidationPrice');
  if (d['markPrice'] === undefined) return requiredError(p, '#/items/required', 'markPrice');
  if (d['maxNotionalValue'] === undefined) return requiredError(p, '#/items/required', 'maxNotionalValue');
  if (d['positionAmt'] === undefined) return requiredError(p, '#/items/required', 'positionAmt');
  if (d['notional'] === undefined) return requiredError(p, '#/items/required', 'notional');
  if (d['isolatedWallet'] === undefined) return requiredError(p, '#/items/required', 'isolatedWallet');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['unRealizedProfit'] === undefined) return requiredError(p, '#/items/required', 'unRealizedProfit');
  if (d['positionSide'] === undefined) return requiredError(p, '#/items/required', 'positionSide');
  if (d['updateTime'] === undefined) return requiredError(p, '#/items/required', 'updateTime');
  const x2: unknown = d['entryPrice'];
  if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/entryPrice', '#/items/properties/entryPrice', source1);
  const x3: unknown = d['breakEvenPrice'];
  if (x3 !== undefined) {
    if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/breakEvenPrice', '#/items/properties/breakEvenPrice', source1);
  }
  const x4: unknown = d['marginType'];
  if (typeof x4 !== 'string') return typeError(p + '/marginType', '#/items/properties/marginType/type', 'string');
  const x5: unknown = d['isAutoAddMargin'];
  if (typeof x5 !== 'string') return typeError(p + '/isAutoAddMargin', '#/items/properties/isAutoAddMargin/type', 'string');
  const x6: unknown = d['isolatedMargin'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/isolatedMargin', '#/items/properties/isolatedMargin', source1);
  const x7: unknown = d['leverage'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/leverage', '#/items/properties/leverage', source1);
  const x8: unknown = d['liquidationPrice'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/liquidationPrice', '#/items/properties/liquidationPrice', source1);
  const x9: unknown = d['markPrice'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/markPrice', '#/items/properties/markPrice', source1);
  const x10: unknown = d['maxNotionalValue'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/maxNotionalValue', '#/items/properties/maxNotionalValue', source1);
  const x11: unknown = d['positionAmt'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/positionAmt', '#/items/properties/positionAmt', source1);
  const x12: unknown = d['notional'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/notional', '#/items/properties/notional', source1);
  const x13: unknown = d['isolatedWallet'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/isolatedWallet', '#/items/properties/isolatedWallet', source1);
  const x14: unknown = d['symbol'];
  if (typeof x14 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x15: unknown = d['unRealizedProfit'];
  if (!matches(x15, pattern0)) return stringError(x15, pattern0, p + '/unRealizedProfit', '#/items/properties/unRealizedProfit', source1);
  const x16: unknown = d['positionSide'];
  if (typeof x16 !== 'string') return typeError(p + '/positionSide', '#/items/properties/positionSide/type', 'string');
  const x17: unknown = d['updateTime'];
  if (!isInteger(x17)) return typeError(p + '/updateTime', '#/items/properties/updateTime/type', 'integer');
  return undefined;
}
