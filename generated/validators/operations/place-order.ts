// Generated from spec/operations/place-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/place-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at2: string = '#/properties/fills/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, '#', 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, '#', 'orderId', 'integer');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, '#', 'orderListId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, '#', 'clientOrderId', 'string');
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
  const x8: unknown = d['origQuoteOrderQty'];
  if (x8 !== undefined) {
    if (!matches(x8, pattern0)) return stringErrorAt(d, p, '#', 'origQuoteOrderQty', source1);
  }
  const x9: unknown = d['cummulativeQuoteQty'];
  if (x9 !== undefined) {
    if (!matches(x9, pattern0)) return stringErrorAt(d, p, '#', 'cummulativeQuoteQty', source1);
  }
  const x10: unknown = d['status'];
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') return typeErrorAt(d, p, '#', 'status', 'string');
  }
  const x11: unknown = d['timeInForce'];
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') return typeErrorAt(d, p, '#', 'timeInForce', 'string');
  }
  const x12: unknown = d['type'];
  if (x12 !== undefined) {
    if (typeof x12 !== 'string') return typeErrorAt(d, p, '#', 'type', 'string');
  }
  const x13: unknown = d['side'];
  if (x13 !== undefined) {
    if (typeof x13 !== 'string') return typeErrorAt(d, p, '#', 'side', 'string');
  }
  const x14: unknown = d['workingTime'];
  if (x14 !== undefined) {
    if (!isInteger(x14)) return typeErrorAt(d, p, '#', 'workingTime', 'integer');
  }
  const x15: unknown = d['selfTradePreventionMode'];
  if (x15 !== undefined) {
    if (typeof x15 !== 'string') return typeErrorAt(d, p, '#', 'selfTradePreventionMode', 'string');
  }
  const x16: unknown = d['fills'];
  if (x16 !== undefined) {
    if (!Array.isArray(x16)) return typeErrorAt(d, p, '#', 'fills', 'array');
    for (let i17 = 0; i17 < x16.length; i17++) {
      const x18: unknown = x16[i17];
      if ((e = check1(x18, p + '/fills/' + i17))) return e;
    }
  }
  const x24: unknown = d['icebergQty'];
  if (x24 !== undefined) {
    if (!matches(x24, pattern0)) return stringErrorAt(d, p, '#', 'icebergQty', source1);
  }
  const x25: unknown = d['stopPrice'];
  if (x25 !== undefined) {
    if (!matches(x25, pattern0)) return stringErrorAt(d, p, '#', 'stopPrice', source1);
  }
  const x26: unknown = d['strategyId'];
  if (x26 !== undefined) {
    if (!isInteger(x26)) return typeErrorAt(d, p, '#', 'strategyId', 'integer');
  }
  const x27: unknown = d['strategyType'];
  if (x27 !== undefined) {
    if (!isInteger(x27)) return typeErrorAt(d, p, '#', 'strategyType', 'integer');
  }
  const x28: unknown = d['trailingDelta'];
  if (x28 !== undefined) {
    if (!isInteger(x28)) return typeErrorAt(d, p, '#', 'trailingDelta', 'integer');
  }
  const x29: unknown = d['trailingTime'];
  if (x29 !== undefined) {
    if (!isInteger(x29)) return typeErrorAt(d, p, '#', 'trailingTime', 'integer');
  }
  const x30: unknown = d['usedSor'];
  if (x30 !== undefined) {
    if (typeof x30 !== 'boolean') return typeErrorAt(d, p, '#', 'usedSor', 'boolean');
  }
  const x31: unknown = d['workingFloor'];
  if (x31 !== undefined) {
    if (typeof x31 !== 'string') return typeErrorAt(d, p, '#', 'workingFloor', 'string');
  }
  const x32: unknown = d['expiryReason'];
  if (x32 !== undefined) {
    if (typeof x32 !== 'string') return typeErrorAt(d, p, '#', 'expiryReason', 'string');
  }
  const x33: unknown = d['pegPriceType'];
  if (x33 !== undefined) {
    if (typeof x33 !== 'string') return typeErrorAt(d, p, '#', 'pegPriceType', 'string');
  }
  const x34: unknown = d['pegOffsetType'];
  if (x34 !== undefined) {
    if (typeof x34 !== 'string') return typeErrorAt(d, p, '#', 'pegOffsetType', 'string');
  }
  const x35: unknown = d['pegOffsetValue'];
  if (x35 !== undefined) {
    if (!isInteger(x35)) return typeErrorAt(d, p, '#', 'pegOffsetValue', 'integer');
  }
  const x36: unknown = d['peggedPrice'];
  if (x36 !== undefined) {
    if (!matches(x36, pattern0)) return stringErrorAt(d, p, '#', 'peggedPrice', source1);
  }
  const x37: unknown = d['preventedMatchId'];
  if (x37 !== undefined) {
    if (!isInteger(x37)) return typeErrorAt(d, p, '#', 'preventedMatchId', 'integer');
  }
  const x38: unknown = d['preventedQuantity'];
  if (x38 !== undefined) {
    if (!matches(x38, pattern0)) return stringErrorAt(d, p, '#', 'preventedQuantity', source1);
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/fills/items/type', 'object');
  if (!matches(d['price'], pattern0)) return stringErrorAt(d, p, at2, 'price', source1);
  if (!matches(d['qty'], pattern0)) return stringErrorAt(d, p, at2, 'qty', source1);
  if (!matches(d['commission'], pattern0)) return stringErrorAt(d, p, at2, 'commission', source1);
  if (typeof d['commissionAsset'] !== 'string') return typeErrorAt(d, p, at2, 'commissionAsset', 'string');
  if (!isInteger(d['tradeId'])) return typeErrorAt(d, p, at2, 'tradeId', 'integer');
  return undefined;
}
