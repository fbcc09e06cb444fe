// Generated from spec/operations/place-oco-order-deprecated.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/place-oco-order-deprecated.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/orders/items';
const at1: string = '#/properties/orderReports/items';
const pattern2: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source3: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, '#', 'orderListId', 'integer');
  if (typeof d['contingencyType'] !== 'string') return typeErrorAt(d, p, '#', 'contingencyType', 'string');
  if (typeof d['listStatusType'] !== 'string') return typeErrorAt(d, p, '#', 'listStatusType', 'string');
  if (typeof d['listOrderStatus'] !== 'string') return typeErrorAt(d, p, '#', 'listOrderStatus', 'string');
  if (typeof d['listClientOrderId'] !== 'string') return typeErrorAt(d, p, '#', 'listClientOrderId', 'string');
  if (!isInteger(d['transactionTime'])) return typeErrorAt(d, p, '#', 'transactionTime', 'integer');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, '#', 'symbol', 'string');
  const x7: unknown = d['orders'];
  if (!Array.isArray(x7)) return typeErrorAt(d, p, '#', 'orders', 'array');
  for (let i8 = 0; i8 < x7.length; i8++) {
    const x9: unknown = x7[i8];
    if ((e = check1(x9, p + '/orders/' + i8))) return e;
  }
  const x15: unknown = d['orderReports'];
  if (!Array.isArray(x15)) return typeErrorAt(d, p, '#', 'orderReports', 'array');
  for (let i16 = 0; i16 < x15.length; i16++) {
    const x17: unknown = x15[i16];
    if ((e = check2(x17, p + '/orderReports/' + i16))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/orders/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at0, 'orderId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'clientOrderId', 'string');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/orderReports/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at1, 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at1, 'orderId', 'integer');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, at1, 'orderListId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at1, 'clientOrderId', 'string');
  if (!isInteger(d['transactTime'])) return typeErrorAt(d, p, at1, 'transactTime', 'integer');
  if (!matches(d['price'], pattern2)) return stringErrorAt(d, p, at1, 'price', source3);
  if (!matches(d['origQty'], pattern2)) return stringErrorAt(d, p, at1, 'origQty', source3);
  if (!matches(d['executedQty'], pattern2)) return stringErrorAt(d, p, at1, 'executedQty', source3);
  const x26: unknown = d['origQuoteOrderQty'];
  if (x26 !== undefined) {
    if (!matches(x26, pattern2)) return stringErrorAt(d, p, at1, 'origQuoteOrderQty', source3);
  }
  if (!matches(d['cummulativeQuoteQty'], pattern2)) return stringErrorAt(d, p, at1, 'cummulativeQuoteQty', source3);
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at1, 'status', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, at1, 'timeInForce', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at1, 'type', 'string');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, at1, 'side', 'string');
  if (!isInteger(d['workingTime'])) return typeErrorAt(d, p, at1, 'workingTime', 'integer');
  if (typeof d['selfTradePreventionMode'] !== 'string') return typeErrorAt(d, p, at1, 'selfTradePreventionMode', 'string');
  const x34: unknown = d['icebergQty'];
  if (x34 !== undefined) {
    if (!matches(x34, pattern2)) return stringErrorAt(d, p, at1, 'icebergQty', source3);
  }
  const x35: unknown = d['stopPrice'];
  if (x35 !== undefined) {
    if (!matches(x35, pattern2)) return stringErrorAt(d, p, at1, 'stopPrice', source3);
  }
  const x36: unknown = d['strategyId'];
  if (x36 !== undefined) {
    if (!isInteger(x36)) return typeErrorAt(d, p, at1, 'strategyId', 'integer');
  }
  const x37: unknown = d['strategyType'];
  if (x37 !== undefined) {
    if (!isInteger(x37)) return typeErrorAt(d, p, at1, 'strategyType', 'integer');
  }
  const x38: unknown = d['trailingDelta'];
  if (x38 !== undefined) {
    if (!isInteger(x38)) return typeErrorAt(d, p, at1, 'trailingDelta', 'integer');
  }
  const x39: unknown = d['trailingTime'];
  if (x39 !== undefined) {
    if (!isInteger(x39)) return typeErrorAt(d, p, at1, 'trailingTime', 'integer');
  }
  const x40: unknown = d['usedSor'];
  if (x40 !== undefined) {
    if (typeof x40 !== 'boolean') return typeErrorAt(d, p, at1, 'usedSor', 'boolean');
  }
  const x41: unknown = d['workingFloor'];
  if (x41 !== undefined) {
    if (typeof x41 !== 'string') return typeErrorAt(d, p, at1, 'workingFloor', 'string');
  }
  const x42: unknown = d['expiryReason'];
  if (x42 !== undefined) {
    if (typeof x42 !== 'string') return typeErrorAt(d, p, at1, 'expiryReason', 'string');
  }
  const x43: unknown = d['pegPriceType'];
  if (x43 !== undefined) {
    if (typeof x43 !== 'string') return typeErrorAt(d, p, at1, 'pegPriceType', 'string');
  }
  const x44: unknown = d['pegOffsetType'];
  if (x44 !== undefined) {
    if (typeof x44 !== 'string') return typeErrorAt(d, p, at1, 'pegOffsetType', 'string');
  }
  const x45: unknown = d['pegOffsetValue'];
  if (x45 !== undefined) {
    if (!isInteger(x45)) return typeErrorAt(d, p, at1, 'pegOffsetValue', 'integer');
  }
  const x46: unknown = d['peggedPrice'];
  if (x46 !== undefined) {
    if (!matches(x46, pattern2)) return stringErrorAt(d, p, at1, 'peggedPrice', source3);
  }
  const x47: unknown = d['preventedMatchId'];
  if (x47 !== undefined) {
    if (!isInteger(x47)) return typeErrorAt(d, p, at1, 'preventedMatchId', 'integer');
  }
  const x48: unknown = d['preventedQuantity'];
  if (x48 !== undefined) {
    if (!matches(x48, pattern2)) return stringErrorAt(d, p, at1, 'preventedQuantity', source3);
  }
  return undefined;
}
