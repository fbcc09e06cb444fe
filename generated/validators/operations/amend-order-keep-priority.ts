// Generated from spec/operations/amend-order-keep-priority.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/amend-order-keep-priority.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/amendedOrder';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at3: string = '#/properties/listStatus';
const at4: string = '#/properties/listStatus/properties/orders/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (!isInteger(d['transactTime'])) return typeErrorAt(d, p, '#', 'transactTime', 'integer');
  if (!isInteger(d['executionId'])) return typeErrorAt(d, p, '#', 'executionId', 'integer');
  const x2: unknown = d['amendedOrder'];
  if (x2 === undefined) return requiredError(p, '#/required', 'amendedOrder');
  if ((e = check1(x2, p + '/amendedOrder'))) return e;
  const x35: unknown = d['listStatus'];
  if (x35 !== undefined) {
    if ((e = check2(x35, p + '/listStatus'))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/amendedOrder/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at0, 'orderId', 'integer');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, at0, 'orderListId', 'integer');
  if (typeof d['origClientOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'origClientOrderId', 'string');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'clientOrderId', 'string');
  if (!matches(d['price'], pattern1)) return stringErrorAt(d, p, at0, 'price', source2);
  if (!matches(d['qty'], pattern1)) return stringErrorAt(d, p, at0, 'qty', source2);
  if (!matches(d['executedQty'], pattern1)) return stringErrorAt(d, p, at0, 'executedQty', source2);
  if (!matches(d['preventedQty'], pattern1)) return stringErrorAt(d, p, at0, 'preventedQty', source2);
  if (!matches(d['quoteOrderQty'], pattern1)) return stringErrorAt(d, p, at0, 'quoteOrderQty', source2);
  if (!matches(d['cumulativeQuoteQty'], pattern1)) return stringErrorAt(d, p, at0, 'cumulativeQuoteQty', source2);
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at0, 'status', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, at0, 'timeInForce', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at0, 'type', 'string');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, at0, 'side', 'string');
  const x18: unknown = d['workingTime'];
  if (x18 !== undefined) {
    if (!isInteger(x18)) return typeErrorAt(d, p, at0, 'workingTime', 'integer');
  }
  if (typeof d['selfTradePreventionMode'] !== 'string') return typeErrorAt(d, p, at0, 'selfTradePreventionMode', 'string');
  const x20: unknown = d['icebergQty'];
  if (x20 !== undefined) {
    if (!matches(x20, pattern1)) return stringErrorAt(d, p, at0, 'icebergQty', source2);
  }
  const x21: unknown = d['stopPrice'];
  if (x21 !== undefined) {
    if (!matches(x21, pattern1)) return stringErrorAt(d, p, at0, 'stopPrice', source2);
  }
  const x22: unknown = d['strategyId'];
  if (x22 !== undefined) {
    if (!isInteger(x22)) return typeErrorAt(d, p, at0, 'strategyId', 'integer');
  }
  const x23: unknown = d['strategyType'];
  if (x23 !== undefined) {
    if (!isInteger(x23)) return typeErrorAt(d, p, at0, 'strategyType', 'integer');
  }
  const x24: unknown = d['trailingDelta'];
  if (x24 !== undefined) {
    if (!isInteger(x24)) return typeErrorAt(d, p, at0, 'trailingDelta', 'integer');
  }
  const x25: unknown = d['trailingTime'];
  if (x25 !== undefined) {
    if (!isInteger(x25)) return typeErrorAt(d, p, at0, 'trailingTime', 'integer');
  }
  const x26: unknown = d['usedSor'];
  if (x26 !== undefined) {
    if (typeof x26 !== 'boolean') return typeErrorAt(d, p, at0, 'usedSor', 'boolean');
  }
  const x27: unknown = d['workingFloor'];
  if (x27 !== undefined) {
    if (typeof x27 !== 'string') return typeErrorAt(d, p, at0, 'workingFloor', 'string');
  }
  const x28: unknown = d['expiryReason'];
  if (x28 !== undefined) {
    if (typeof x28 !== 'string') return typeErrorAt(d, p, at0, 'expiryReason', 'string');
  }
  const x29: unknown = d['pegPriceType'];
  if (x29 !== undefined) {
    if (typeof x29 !== 'string') return typeErrorAt(d, p, at0, 'pegPriceType', 'string');
  }
  const x30: unknown = d['pegOffsetType'];
  if (x30 !== undefined) {
    if (typeof x30 !== 'string') return typeErrorAt(d, p, at0, 'pegOffsetType', 'string');
  }
  const x31: unknown = d['pegOffsetValue'];
  if (x31 !== undefined) {
    if (!isInteger(x31)) return typeErrorAt(d, p, at0, 'pegOffsetValue', 'integer');
  }
  const x32: unknown = d['peggedPrice'];
  if (x32 !== undefined) {
    if (!matches(x32, pattern1)) return stringErrorAt(d, p, at0, 'peggedPrice', source2);
  }
  const x33: unknown = d['preventedMatchId'];
  if (x33 !== undefined) {
    if (!isInteger(x33)) return typeErrorAt(d, p, at0, 'preventedMatchId', 'integer');
  }
  const x34: unknown = d['preventedQuantity'];
  if (x34 !== undefined) {
    if (!matches(x34, pattern1)) return stringErrorAt(d, p, at0, 'preventedQuantity', source2);
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/listStatus/type', 'object');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, at3, 'orderListId', 'integer');
  if (typeof d['contingencyType'] !== 'string') return typeErrorAt(d, p, at3, 'contingencyType', 'string');
  if (typeof d['listOrderStatus'] !== 'string') return typeErrorAt(d, p, at3, 'listOrderStatus', 'string');
  if (typeof d['listClientOrderId'] !== 'string') return typeErrorAt(d, p, at3, 'listClientOrderId', 'string');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at3, 'symbol', 'string');
  const x41: unknown = d['orders'];
  if (!Array.isArray(x41)) return typeErrorAt(d, p, at3, 'orders', 'array');
  for (let i42 = 0; i42 < x41.length; i42++) {
    const x43: unknown = x41[i42];
    if ((e = check3(x43, p + '/orders/' + i42))) return e;
  }
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/listStatus/properties/orders/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at4, 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at4, 'orderId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at4, 'clientOrderId', 'string');
  return undefined;
}
