// Generated from spec/operations/sapi/get-margin-prevented-matches.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-prevented-matches.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/items';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  const x3: unknown = d['preventedMatchId'];
  if (x3 !== undefined) {
    if (!isInteger(x3)) return typeErrorAt(d, p, at0, 'preventedMatchId', 'integer');
  }
  if (!isInteger(d['takerOrderId'])) return typeErrorAt(d, p, at0, 'takerOrderId', 'integer');
  if (typeof d['makerSymbol'] !== 'string') return typeErrorAt(d, p, at0, 'makerSymbol', 'string');
  if (!isInteger(d['makerOrderId'])) return typeErrorAt(d, p, at0, 'makerOrderId', 'integer');
  if (!isInteger(d['tradeGroupId'])) return typeErrorAt(d, p, at0, 'tradeGroupId', 'integer');
  if (typeof d['selfTradePreventionMode'] !== 'string') return typeErrorAt(d, p, at0, 'selfTradePreventionMode', 'string');
  if (!matches(d['price'], pattern1)) return stringErrorAt(d, p, at0, 'price', source2);
  const x10: unknown = d['takerPreventedQuantity'];
  if (x10 !== undefined) {
    if (!matches(x10, pattern1)) return stringErrorAt(d, p, at0, 'takerPreventedQuantity', source2);
  }
  const x11: unknown = d['makerPreventedQuantity'];
  if (x11 !== undefined) {
    if (!matches(x11, pattern1)) return stringErrorAt(d, p, at0, 'makerPreventedQuantity', source2);
  }
  if (!isInteger(d['transactTime'])) return typeErrorAt(d, p, at0, 'transactTime', 'integer');
  return undefined;
}
