// Generated from spec/operations/cancel-open-orders.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/cancel-open-orders.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/items';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at3: string = '#/items/properties/orders/items';
const at4: string = '#/items/properties/orderReports/items';

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
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  const x3: unknown = d['origClientOrderId'];
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') return typeErrorAt(d, p, at0, 'origClientOrderId', 'string');
  }
  const x4: unknown = d['orderId'];
  if (x4 !== undefined) {
    if (!isInteger(x4)) return typeErrorAt(d, p, at0, 'orderId', 'integer');
  }
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, at0, 'orderListId', 'integer');
  const x6: unknown = d['clientOrderId'];
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') return typeErrorAt(d, p, at0, 'clientOrderId', 'string');
  }
  const x7: unknown = d['transactTime'];
  if (x7 !== undefined) {
    if (!isInteger(x7)) return typeErrorAt(d, p, at0, 'transactTime', 'integer');
  }
  const x8: unknown = d['price'];
  if (x8 !== undefined) {
    if (!matches(x8, pattern1)) return stringErrorAt(d, p, at0, 'price', source2);
  }
  const x9: unknown = d['origQty'];
  if (x9 !== undefined) {
    if (!matches(x9, pattern1)) return stringErrorAt(d, p, at0, 'origQty', source2);
  }
  const x10: unknown = d['executedQty'];
  if (x10 !== undefined) {
    if (!matches(x10, pattern1)) return stringErrorAt(d, p, at0, 'executedQty', source2);
  }
  const x11: unknown = d['origQuoteOrderQty'];
  if (x11 !== undefined) {
    if (!matches(x11, pattern1)) return stringErrorAt(d, p, at0, 'origQuoteOrderQty', source2);
  }
  const x12: unknown = d['cummulativeQuoteQty'];
  if (x12 !== undefined) {
    if (!matches(x12, pattern1)) return stringErrorAt(d, p, at0, 'cummulativeQuoteQty', source2);
  }
  const x13: unknown = d['status'];
  if (x13 !== undefined) {
    if (typeof x13 !== 'string') return typeErrorAt(d, p, at0, 'status', 'string');
  }
  const x14: unknown = d['timeInForce'];
  if (x14 !== undefined) {
    if (typeof x14 !== 'string') return typeErrorAt(d, p, at0, 'timeInForce', 'string');
  }
  const x15: unknown = d['type'];
  if (x15 !== undefined) {
    if (typeof x15 !== 'string') return typeErrorAt(d, p, at0, 'type', 'string');
  }
  const x16: unknown = d['side'];
  if (x16 !== undefined) {
    if (typeof x16 !== 'string') return typeErrorAt(d, p, at0, 'side', 'string');
  }
  const x17: unknown = d['selfTradePreventionMode'];
  if (x17 !== undefined) {
    if (typeof x17 !== 'string') return typeErrorAt(d, p, at0, 'selfTradePreventionMode', 'string');
  }
  const x18: unknown = d['contingencyType'];
  if (x18 !== undefined) {
    if (typeof x18 !== 'string') return typeErrorAt(d, p, at0, 'contingencyType', 'string');
  }
  const x19: unknown = d['listStatusType'];
  if (x19 !== undefined) {
    if (typeof x19 !== 'string') return typeErrorAt(d, p, at0, 'listStatusType', 'string');
  }
  const x20: unknown = d['listOrderStatus'];
  if (x20 !== undefined) {
    if (typeof x20 !== 'string') return typeErrorAt(d, p, at0, 'listOrderStatus', 'string');
  }
  const x21: unknown = d['listClientOrderId'];
  if (x21 !== undefined) {
    if (typeof x21 !== 'string') return typeErrorAt(d, p, at0, 'listClientOrderId', 'string');
  }
  const x22: unknown = d['transactionTime'];
  if (x22 !== undefined) {
    if (!isInteger(x22)) return typeErrorAt(d, p, at0, 'transactionTime', 'integer');
  }
  const x23: unknown = d['orders'];
  if (x23 !== undefined) {
    if (!Array.isArray(x23)) return typeErrorAt(d, p, at0, 'orders', 'array');
    for (let i24 = 0; i24 < x23.length; i24++) {
      const x25: unknown = x23[i24];
      if ((e = check2(x25, p + '/orders/' + i24))) return e;
    }
  }
  const x29: unknown = d['orderReports'];
  if (x29 !== undefined) {
    if (!Array.isArray(x29)) return typeErrorAt(d, p, at0, 'orderReports', 'array');
    for (let i30 = 0; i30 < x29.length; i30++) {
      const x31: unknown = x29[i30];
      if ((e = check3(x31, p + '/orderReports/' + i30))) return e;
    }
  }
  const x63: unknown = d['icebergQty'];
  if (x63 !== undefined) {
    if (!matches(x63, pattern1)) return stringErrorAt(d, p, at0, 'icebergQty', source2);
  }
  const x64: unknown = d['stopPrice'];
  if (x64 !== undefined) {
    if (!matches(x64, pattern1)) return stringErrorAt(d, p, at0, 'stopPrice', source2);
  }
  const x65: unknown = d['strategyId'];
  if (x65 !== undefined) {
    if (!isInteger(x65)) return typeErrorAt(d, p, at0, 'strategyId', 'integer');
  }
  const x66: unknown = d['strategyType'];
  if (x66 !== undefined) {
    if (!isInteger(x66)) return typeErrorAt(d, p, at0, 'strategyType', 'integer');
  }
  const x67: unknown = d['trailingDelta'];
  if (x67 !== undefined) {
    if (!isInteger(x67)) return typeErrorAt(d, p, at0, 'trailingDelta', 'integer');
  }
  const x68: unknown = d['trailingTime'];
  if (x68 !== undefined) {
    if (!isInteger(x68)) return typeErrorAt(d, p, at0, 'trailingTime', 'integer');
  }
  const x69: unknown = d['usedSor'];
  if (x69 !== undefined) {
    if (typeof x69 !== 'boolean') return typeErrorAt(d, p, at0, 'usedSor', 'boolean');
  }
  const x70: unknown = d['workingFloor'];
  if (x70 !== undefined) {
    if (typeof x70 !== 'string') return typeErrorAt(d, p, at0, 'workingFloor', 'string');
  }
  const x71: unknown = d['expiryReason'];
  if (x71 !== undefined) {
    if (typeof x71 !== 'string') return typeErrorAt(d, p, at0, 'expiryReason', 'string');
  }
  const x72: unknown = d['pegPriceType'];
  if (x72 !== undefined) {
    if (typeof x72 !== 'string') return typeErrorAt(d, p, at0, 'pegPriceType', 'string');
  }
  const x73: unknown = d['pegOffsetType'];
  if (x73 !== undefined) {
    if (typeof x73 !== 'string') return typeErrorAt(d, p, at0, 'pegOffsetType', 'string');
  }
  const x74: unknown = d['pegOffsetValue'];
  if (x74 !== undefined) {
    if (!isInteger(x74)) return typeErrorAt(d, p, at0, 'pegOffsetValue', 'integer');
  }
  const x75: unknown = d['peggedPrice'];
  if (x75 !== undefined) {
    if (!matches(x75, pattern1)) return stringErrorAt(d, p, at0, 'peggedPrice', source2);
  }
  const x76: unknown = d['preventedMatchId'];
  if (x76 !== undefined) {
    if (!isInteger(x76)) return typeErrorAt(d, p, at0, 'preventedMatchId', 'integer');
  }
  const x77: unknown = d['preventedQuantity'];
  if (x77 !== undefined) {
    if (!matches(x77, pattern1)) return stringErrorAt(d, p, at0, 'preventedQuantity', source2);
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/properties/orders/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at3, 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at3, 'orderId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at3, 'clientOrderId', 'string');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/properties/orderReports/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at4, 'symbol', 'string');
  if (typeof d['origClientOrderId'] !== 'string') return typeErrorAt(d, p, at4, 'origClientOrderId', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at4, 'orderId', 'integer');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, at4, 'orderListId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at4, 'clientOrderId', 'string');
  if (!isInteger(d['transactTime'])) return typeErrorAt(d, p, at4, 'transactTime', 'integer');
  if (!matches(d['price'], pattern1)) return stringErrorAt(d, p, at4, 'price', source2);
  if (!matches(d['origQty'], pattern1)) return stringErrorAt(d, p, at4, 'origQty', source2);
  if (!matches(d['executedQty'], pattern1)) return stringErrorAt(d, p, at4, 'executedQty', source2);
  if (!matches(d['origQuoteOrderQty'], pattern1)) return stringErrorAt(d, p, at4, 'origQuoteOrderQty', source2);
  if (!matches(d['cummulativeQuoteQty'], pattern1)) return stringErrorAt(d, p, at4, 'cummulativeQuoteQty', source2);
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at4, 'status', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, at4, 'timeInForce', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at4, 'type', 'string');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, at4, 'side', 'string');
  if (typeof d['selfTradePreventionMode'] !== 'string') return typeErrorAt(d, p, at4, 'selfTradePreventionMode', 'string');
  const x48: unknown = d['icebergQty'];
  if (x48 !== undefined) {
    if (!matches(x48, pattern1)) return stringErrorAt(d, p, at4, 'icebergQty', source2);
  }
  const x49: unknown = d['stopPrice'];
  if (x49 !== undefined) {
    if (!matches(x49, pattern1)) return stringErrorAt(d, p, at4, 'stopPrice', source2);
  }
  const x50: unknown = d['strategyId'];
  if (x50 !== undefined) {
    if (!isInteger(x50)) return typeErrorAt(d, p, at4, 'strategyId', 'integer');
  }
  const x51: unknown = d['strategyType'];
  if (x51 !== undefined) {
    if (!isInteger(x51)) return typeErrorAt(d, p, at4, 'strategyType', 'integer');
  }
  const x52: unknown = d['trailingDelta'];
  if (x52 !== undefined) {
    if (!isInteger(x52)) return typeErrorAt(d, p, at4, 'trailingDelta', 'integer');
  }
  const x53: unknown = d['trailingTime'];
  if (x53 !== undefined) {
    if (!isInteger(x53)) return typeErrorAt(d, p, at4, 'trailingTime', 'integer');
  }
  const x54: unknown = d['usedSor'];
  if (x54 !== undefined) {
    if (typeof x54 !== 'boolean') return typeErrorAt(d, p, at4, 'usedSor', 'boolean');
  }
  const x55: unknown = d['workingFloor'];
  if (x55 !== undefined) {
    if (typeof x55 !== 'string') return typeErrorAt(d, p, at4, 'workingFloor', 'string');
  }
  const x56: unknown = d['expiryReason'];
  if (x56 !== undefined) {
    if (typeof x56 !== 'string') return typeErrorAt(d, p, at4, 'expiryReason', 'string');
  }
  const x57: unknown = d['pegPriceType'];
  if (x57 !== undefined) {
    if (typeof x57 !== 'string') return typeErrorAt(d, p, at4, 'pegPriceType', 'string');
  }
  const x58: unknown = d['pegOffsetType'];
  if (x58 !== undefined) {
    if (typeof x58 !== 'string') return typeErrorAt(d, p, at4, 'pegOffsetType', 'string');
  }
  const x59: unknown = d['pegOffsetValue'];
  if (x59 !== undefined) {
    if (!isInteger(x59)) return typeErrorAt(d, p, at4, 'pegOffsetValue', 'integer');
  }
  const x60: unknown = d['peggedPrice'];
  if (x60 !== undefined) {
    if (!matches(x60, pattern1)) return stringErrorAt(d, p, at4, 'peggedPrice', source2);
  }
  const x61: unknown = d['preventedMatchId'];
  if (x61 !== undefined) {
    if (!isInteger(x61)) return typeErrorAt(d, p, at4, 'preventedMatchId', 'integer');
  }
  const x62: unknown = d['preventedQuantity'];
  if (x62 !== undefined) {
    if (!matches(x62, pattern1)) return stringErrorAt(d, p, at4, 'preventedQuantity', source2);
  }
  return undefined;
}
