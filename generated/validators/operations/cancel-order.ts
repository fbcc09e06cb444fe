// Generated from spec/operations/cancel-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/cancel-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/anyOf/0';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at3: string = '#/anyOf/1';
const at4: string = '#/anyOf/1/properties/orders/items';
const at5: string = '#/anyOf/1/properties/orderReports/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  const first = check1(d, p);
  if (first === undefined) return undefined;
  if (check2(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/0/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  if (typeof d['origClientOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'origClientOrderId', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at0, 'orderId', 'integer');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, at0, 'orderListId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'clientOrderId', 'string');
  if (!isInteger(d['transactTime'])) return typeErrorAt(d, p, at0, 'transactTime', 'integer');
  if (!matches(d['price'], pattern1)) return stringErrorAt(d, p, at0, 'price', source2);
  if (!matches(d['origQty'], pattern1)) return stringErrorAt(d, p, at0, 'origQty', source2);
  if (!matches(d['executedQty'], pattern1)) return stringErrorAt(d, p, at0, 'executedQty', source2);
  const x9: unknown = d['origQuoteOrderQty'];
  if (x9 !== undefined) {
    if (!matches(x9, pattern1)) return stringErrorAt(d, p, at0, 'origQuoteOrderQty', source2);
  }
  if (!matches(d['cummulativeQuoteQty'], pattern1)) return stringErrorAt(d, p, at0, 'cummulativeQuoteQty', source2);
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at0, 'status', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, at0, 'timeInForce', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at0, 'type', 'string');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, at0, 'side', 'string');
  if (typeof d['selfTradePreventionMode'] !== 'string') return typeErrorAt(d, p, at0, 'selfTradePreventionMode', 'string');
  const x16: unknown = d['icebergQty'];
  if (x16 !== undefined) {
    if (!matches(x16, pattern1)) return stringErrorAt(d, p, at0, 'icebergQty', source2);
  }
  const x17: unknown = d['stopPrice'];
  if (x17 !== undefined) {
    if (!matches(x17, pattern1)) return stringErrorAt(d, p, at0, 'stopPrice', source2);
  }
  const x18: unknown = d['strategyId'];
  if (x18 !== undefined) {
    if (!isInteger(x18)) return typeErrorAt(d, p, at0, 'strategyId', 'integer');
  }
  const x19: unknown = d['strategyType'];
  if (x19 !== undefined) {
    if (!isInteger(x19)) return typeErrorAt(d, p, at0, 'strategyType', 'integer');
  }
  const x20: unknown = d['trailingDelta'];
  if (x20 !== undefined) {
    if (!isInteger(x20)) return typeErrorAt(d, p, at0, 'trailingDelta', 'integer');
  }
  const x21: unknown = d['trailingTime'];
  if (x21 !== undefined) {
    if (!isInteger(x21)) return typeErrorAt(d, p, at0, 'trailingTime', 'integer');
  }
  const x22: unknown = d['usedSor'];
  if (x22 !== undefined) {
    if (typeof x22 !== 'boolean') return typeErrorAt(d, p, at0, 'usedSor', 'boolean');
  }
  const x23: unknown = d['workingFloor'];
  if (x23 !== undefined) {
    if (typeof x23 !== 'string') return typeErrorAt(d, p, at0, 'workingFloor', 'string');
  }
  const x24: unknown = d['expiryReason'];
  if (x24 !== undefined) {
    if (typeof x24 !== 'string') return typeErrorAt(d, p, at0, 'expiryReason', 'string');
  }
  const x25: unknown = d['pegPriceType'];
  if (x25 !== undefined) {
    if (typeof x25 !== 'string') return typeErrorAt(d, p, at0, 'pegPriceType', 'string');
  }
  const x26: unknown = d['pegOffsetType'];
  if (x26 !== undefined) {
    if (typeof x26 !== 'string') return typeErrorAt(d, p, at0, 'pegOffsetType', 'string');
  }
  const x27: unknown = d['pegOffsetValue'];
  if (x27 !== undefined) {
    if (!isInteger(x27)) return typeErrorAt(d, p, at0, 'pegOffsetValue', 'integer');
  }
  const x28: unknown = d['peggedPrice'];
  if (x28 !== undefined) {
    if (!matches(x28, pattern1)) return stringErrorAt(d, p, at0, 'peggedPrice', source2);
  }
  const x29: unknown = d['preventedMatchId'];
  if (x29 !== undefined) {
    if (!isInteger(x29)) return typeErrorAt(d, p, at0, 'preventedMatchId', 'integer');
  }
  const x30: unknown = d['preventedQuantity'];
  if (x30 !== undefined) {
    if (!matches(x30, pattern1)) return stringErrorAt(d, p, at0, 'preventedQuantity', source2);
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/anyOf/1/type', 'object');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, at3, 'orderListId', 'integer');
  if (typeof d['contingencyType'] !== 'string') return typeErrorAt(d, p, at3, 'contingencyType', 'string');
  if (typeof d['listStatusType'] !== 'string') return typeErrorAt(d, p, at3, 'listStatusType', 'string');
  if (typeof d['listOrderStatus'] !== 'string') return typeErrorAt(d, p, at3, 'listOrderStatus', 'string');
  if (typeof d['listClientOrderId'] !== 'string') return typeErrorAt(d, p, at3, 'listClientOrderId', 'string');
  if (!isInteger(d['transactionTime'])) return typeErrorAt(d, p, at3, 'transactionTime', 'integer');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at3, 'symbol', 'string');
  const x38: unknown = d['orders'];
  if (!Array.isArray(x38)) return typeErrorAt(d, p, at3, 'orders', 'array');
  for (let i39 = 0; i39 < x38.length; i39++) {
    const x40: unknown = x38[i39];
    if ((e = check3(x40, p + '/orders/' + i39))) return e;
  }
  const x46: unknown = d['orderReports'];
  if (!Array.isArray(x46)) return typeErrorAt(d, p, at3, 'orderReports', 'array');
  for (let i47 = 0; i47 < x46.length; i47++) {
    const x48: unknown = x46[i47];
    if ((e = check4(x48, p + '/orderReports/' + i47))) return e;
  }
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/1/properties/orders/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at4, 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at4, 'orderId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at4, 'clientOrderId', 'string');
  return undefined;
}

function check4(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/1/properties/orderReports/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at5, 'symbol', 'string');
  const x50: unknown = d['origClientOrderId'];
  if (x50 !== undefined) {
    if (typeof x50 !== 'string') return typeErrorAt(d, p, at5, 'origClientOrderId', 'string');
  }
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at5, 'orderId', 'integer');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, at5, 'orderListId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at5, 'clientOrderId', 'string');
  if (!isInteger(d['transactTime'])) return typeErrorAt(d, p, at5, 'transactTime', 'integer');
  if (!matches(d['price'], pattern1)) return stringErrorAt(d, p, at5, 'price', source2);
  if (!matches(d['origQty'], pattern1)) return stringErrorAt(d, p, at5, 'origQty', source2);
  if (!matches(d['executedQty'], pattern1)) return stringErrorAt(d, p, at5, 'executedQty', source2);
  const x58: unknown = d['origQuoteOrderQty'];
  if (x58 !== undefined) {
    if (!matches(x58, pattern1)) return stringErrorAt(d, p, at5, 'origQuoteOrderQty', source2);
  }
  if (!matches(d['cummulativeQuoteQty'], pattern1)) return stringErrorAt(d, p, at5, 'cummulativeQuoteQty', source2);
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at5, 'status', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, at5, 'timeInForce', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at5, 'type', 'string');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, at5, 'side', 'string');
  if (typeof d['selfTradePreventionMode'] !== 'string') return typeErrorAt(d, p, at5, 'selfTradePreventionMode', 'string');
  const x65: unknown = d['icebergQty'];
  if (x65 !== undefined) {
    if (!matches(x65, pattern1)) return stringErrorAt(d, p, at5, 'icebergQty', source2);
  }
  const x66: unknown = d['stopPrice'];
  if (x66 !== undefined) {
    if (!matches(x66, pattern1)) return stringErrorAt(d, p, at5, 'stopPrice', source2);
  }
  const x67: unknown = d['strategyId'];
  if (x67 !== undefined) {
    if (!isInteger(x67)) return typeErrorAt(d, p, at5, 'strategyId', 'integer');
  }
  const x68: unknown = d['strategyType'];
  if (x68 !== undefined) {
    if (!isInteger(x68)) return typeErrorAt(d, p, at5, 'strategyType', 'integer');
  }
  const x69: unknown = d['trailingDelta'];
  if (x69 !== undefined) {
    if (!isInteger(x69)) return typeErrorAt(d, p, at5, 'trailingDelta', 'integer');
  }
  const x70: unknown = d['trailingTime'];
  if (x70 !== undefined) {
    if (!isInteger(x70)) return typeErrorAt(d, p, at5, 'trailingTime', 'integer');
  }
  const x71: unknown = d['usedSor'];
  if (x71 !== undefined) {
    if (typeof x71 !== 'boolean') return typeErrorAt(d, p, at5, 'usedSor', 'boolean');
  }
  const x72: unknown = d['workingFloor'];
  if (x72 !== undefined) {
    if (typeof x72 !== 'string') return typeErrorAt(d, p, at5, 'workingFloor', 'string');
  }
  const x73: unknown = d['expiryReason'];
  if (x73 !== undefined) {
    if (typeof x73 !== 'string') return typeErrorAt(d, p, at5, 'expiryReason', 'string');
  }
  const x74: unknown = d['pegPriceType'];
  if (x74 !== undefined) {
    if (typeof x74 !== 'string') return typeErrorAt(d, p, at5, 'pegPriceType', 'string');
  }
  const x75: unknown = d['pegOffsetType'];
  if (x75 !== undefined) {
    if (typeof x75 !== 'string') return typeErrorAt(d, p, at5, 'pegOffsetType', 'string');
  }
  const x76: unknown = d['pegOffsetValue'];
  if (x76 !== undefined) {
    if (!isInteger(x76)) return typeErrorAt(d, p, at5, 'pegOffsetValue', 'integer');
  }
  const x77: unknown = d['peggedPrice'];
  if (x77 !== undefined) {
    if (!matches(x77, pattern1)) return stringErrorAt(d, p, at5, 'peggedPrice', source2);
  }
  const x78: unknown = d['preventedMatchId'];
  if (x78 !== undefined) {
    if (!isInteger(x78)) return typeErrorAt(d, p, at5, 'preventedMatchId', 'integer');
  }
  const x79: unknown = d['preventedQuantity'];
  if (x79 !== undefined) {
    if (!matches(x79, pattern1)) return stringErrorAt(d, p, at5, 'preventedQuantity', source2);
  }
  return undefined;
}
