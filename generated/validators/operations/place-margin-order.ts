// Generated from spec/operations/sapi/place-margin-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  isNumber,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/place-margin-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at2: string = '#/properties/fills/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, '#', 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, '#', 'orderId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, '#', 'clientOrderId', 'string');
  const x3: unknown = d['isIsolated'];
  if (x3 !== undefined) {
    if (typeof x3 !== 'boolean') return typeErrorAt(d, p, '#', 'isIsolated', 'boolean');
  }
  if (!isInteger(d['transactTime'])) return typeErrorAt(d, p, '#', 'transactTime', 'integer');
  const x5: unknown = d['price'];
  if (x5 !== undefined) {
    if (!matches(x5, pattern0)) return stringErrorAt(d, p, '#', 'price', source1);
  }
  const x6: unknown = d['origQty'];
  if (x6 !== undefined) {
    if (!matches(x6, pattern0)) return stringErrorAt(d, p, '#', 'origQty', source1);
  }
  const x7: unknown = d['executedQty'];
  if (x7 !== undefined) {
    if (!matches(x7, pattern0)) return stringErrorAt(d, p, '#', 'executedQty', source1);
  }
  const x8: unknown = d['cummulativeQuoteQty'];
  if (x8 !== undefined) {
    if (!matches(x8, pattern0)) return stringErrorAt(d, p, '#', 'cummulativeQuoteQty', source1);
  }
  const x9: unknown = d['status'];
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') return typeErrorAt(d, p, '#', 'status', 'string');
  }
  const x10: unknown = d['timeInForce'];
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') return typeErrorAt(d, p, '#', 'timeInForce', 'string');
  }
  const x11: unknown = d['type'];
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') return typeErrorAt(d, p, '#', 'type', 'string');
  }
  const x12: unknown = d['side'];
  if (x12 !== undefined) {
    if (typeof x12 !== 'string') return typeErrorAt(d, p, '#', 'side', 'string');
  }
  const x13: unknown = d['selfTradePreventionMode'];
  if (x13 !== undefined) {
    if (typeof x13 !== 'string') return typeErrorAt(d, p, '#', 'selfTradePreventionMode', 'string');
  }
  const x14: unknown = d['marginBuyBorrowAmount'];
  if (x14 !== undefined) {
    if (!isNumber(x14)) return typeErrorAt(d, p, '#', 'marginBuyBorrowAmount', 'number');
  }
  const x15: unknown = d['marginBuyBorrowAsset'];
  if (x15 !== undefined) {
    if (typeof x15 !== 'string') return typeErrorAt(d, p, '#', 'marginBuyBorrowAsset', 'string');
  }
  const x16: unknown = d['fills'];
  if (x16 !== undefined) {
    if (!Array.isArray(x16)) return typeErrorAt(d, p, '#', 'fills', 'array');
    for (let i17 = 0; i17 < x16.length; i17++) {
      const x18: unknown = x16[i17];
      if ((e = check1(x18, p + '/fills/' + i17))) return e;
    }
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/fills/items/type', 'object');
  if (!matches(d['price'], pattern0)) return stringErrorAt(d, p, at2, 'price', source1);
  if (!matches(d['qty'], pattern0)) return stringErrorAt(d, p, at2, 'qty', source1);
  if (!matches(d['commission'], pattern0)) return stringErrorAt(d, p, at2, 'commission', source1);
  if (typeof d['commissionAsset'] !== 'string') return typeErrorAt(d, p, at2, 'commissionAsset', 'string');
  return undefined;
}
