// Generated from spec/operations/sapi/get-margin-prevented-matches.yaml by codegen/. DO NOT EDIT.
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
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-prevented-matches.json; the first error in `validate.errors`. */
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
  if (d['takerOrderId'] === undefined) return requiredError(p, '#/items/required', 'takerOrderId');
  if (d['makerSymbol'] === undefined) return requiredError(p, '#/items/required', 'makerSymbol');
  if (d['makerOrderId'] === undefined) return requiredError(p, '#/items/required', 'makerOrderId');
  if (d['tradeGroupId'] === undefined) return requiredError(p, '#/items/required', 'tradeGroupId');
  if (d['selfTradePreventionMode'] === undefined) return requiredError(p, '#/items/required', 'selfTradePreventionMode');
  if (d['price'] === undefined) return requiredError(p, '#/items/required', 'price');
  if (d['transactTime'] === undefined) return requiredError(p, '#/items/required', 'transactTime');
  const x2: unknown = d['symbol'];
  if (typeof x2 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x3: unknown = d['preventedMatchId'];
  if (x3 !== undefined) {
    if (!isInteger(x3)) return typeError(p + '/preventedMatchId', '#/items/properties/preventedMatchId/type', 'integer');
  }
  const x4: unknown = d['takerOrderId'];
  if (!isInteger(x4)) return typeError(p + '/takerOrderId', '#/items/properties/takerOrderId/type', 'integer');
  const x5: unknown = d['makerSymbol'];
  if (typeof x5 !== 'string') return typeError(p + '/makerSymbol', '#/items/properties/makerSymbol/type', 'string');
  const x6: unknown = d['makerOrderId'];
  if (!isInteger(x6)) return typeError(p + '/makerOrderId', '#/items/properties/makerOrderId/type', 'integer');
  const x7: unknown = d['tradeGroupId'];
  if (!isInteger(x7)) return typeError(p + '/tradeGroupId', '#/items/properties/tradeGroupId/type', 'integer');
  const x8: unknown = d['selfTradePreventionMode'];
  if (typeof x8 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/items/properties/selfTradePreventionMode/type', 'string');
  const x9: unknown = d['price'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/price', '#/items/properties/price', source1);
  const x10: unknown = d['takerPreventedQuantity'];
  if (x10 !== undefined) {
    if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/takerPreventedQuantity', '#/items/properties/takerPreventedQuantity', source1);
  }
  const x11: unknown = d['makerPreventedQuantity'];
  if (x11 !== undefined) {
    if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/makerPreventedQuantity', '#/items/properties/makerPreventedQuantity', source1);
  }
  const x12: unknown = d['transactTime'];
  if (!isInteger(x12)) return typeError(p + '/transactTime', '#/items/properties/transactTime/type', 'integer');
  return undefined;
}
