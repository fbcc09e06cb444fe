// Generated from spec/operations/amend-order-keep-priority.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/amend-order-keep-priority.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['transactTime'] === undefined) return requiredError(p, '#/required', 'transactTime');
  if (d['executionId'] === undefined) return requiredError(p, '#/required', 'executionId');
  if (d['amendedOrder'] === undefined) return requiredError(p, '#/required', 'amendedOrder');
  const x0: unknown = d['transactTime'];
  if (!isInteger(x0)) return typeError(p + '/transactTime', '#/properties/transactTime/type', 'integer');
  const x1: unknown = d['executionId'];
  if (!isInteger(x1)) return typeError(p + '/executionId', '#/properties/executionId/type', 'integer');
  const x2: unknown = d['amendedOrder'];
  if ((e = check1(x2, p + '/amendedOrder'))) return e;
  const x35: unknown = d['listStatus'];
  if (x35 !== undefined) {
    if ((e = check2(x35, p + '/listStatus'))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/amendedOrder/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/amendedOrder/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/properties/amendedOrder/required', 'orderId');
  if (d['orderListId'] === undefined) return requiredError(p, '#/properties/amendedOrder/required', 'orderListId');
  if (d['origClientOrderId'] === undefined) return requiredError(p, '#/properties/amendedOrder/required', 'origClientOrderId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/properties/amendedOrder/required', 'clientOrderId');
  if (d['price'] === undefined) return requiredError(p, '#/properties/amendedOrder/required', 'price');
  if (d['qty'] === undefined) return requiredError(p, '#/properties/amendedOrder/required', 'qty');
  if (d['executedQty'] === undefined) return requiredError(p, '#/properties/amendedOrder/required', 'executedQty');
  if (d['preventedQty'] === undefined) return requiredError(p, '#/properties/amendedOrder/required', 'preventedQty');
  if (d['quoteOrderQty'] === undefined) return requiredError(p, '#/properties/amendedOrder/required', 'quoteOrderQty');
  if (d['cumulativeQuoteQty'] === undefined) return requiredError(p, '#/properties/amendedOrder/required', 'cumulativeQuoteQty');
  if (d['status'] === undefined) return requiredError(p, '#/properties/amendedOrder/required', 'status');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/properties/amendedOrder/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/properties/amendedOrder/required', 'type');
  if (d['side'] === undefined) return requiredError(p, '#/properties/amendedOrder/required', 'side');
  if (d['selfTradePreventionMode'] === undefined) return requiredError(p, '#/properties/amendedOrder/required', 'selfTradePreventionMode');
  const x3: unknown = d['symbol'];
  if (typeof x3 !== 'string') return typeError(p + '/symbol', '#/properties/amendedOrder/properties/symbol/type', 'string');
  const x4: unknown = d['orderId'];
  if (!isInteger(x4)) return typeError(p + '/orderId', '#/properties/amendedOrder/properties/orderId/type', 'integer');
  const x5: unknown = d['orderListId'];
  if (!isInteger(x5)) return typeError(p + '/orderListId', '#/properties/amendedOrder/properties/orderListId/type', 'integer');
  const x6: unknown = d['origClientOrderId'];
  if (typeof x6 !== 'string') return typeError(p + '/origClientOrderId', '#/properties/amendedOrder/properties/origClientOrderId/type', 'string');
  const x7: unknown = d['clientOrderId'];
  if (typeof x7 !== 'string') return typeError(p + '/clientOrderId', '#/properties/amendedOrder/properties/clientOrderId/type', 'string');
  const x8: unknown = d['price'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/price', '#/properties/amendedOrder/properties/price', source1);
  const x9: unknown = d['qty'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/qty', '#/properties/amendedOrder/properties/qty', source1);
  const x10: unknown = d['executedQty'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/executedQty', '#/properties/amendedOrder/properties/executedQty', source1);
  const x11: unknown = d['preventedQty'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/preventedQty', '#/properties/amendedOrder/properties/preventedQty', source1);
  const x12: unknown = d['quoteOrderQty'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/quoteOrderQty', '#/properties/amendedOrder/properties/quoteOrderQty', source1);
  const x13: unknown = d['cumulativeQuoteQty'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/cumulativeQuoteQty', '#/properties/amendedOrder/properties/cumulativeQuoteQty', source1);
  const x14: unknown = d['status'];
  if (typeof x14 !== 'string') return typeError(p + '/status', '#/properties/amendedOrder/properties/status/type', 'string');
  const x15: unknown = d['timeInForce'];
  if (typeof x15 !== 'string') return typeError(p + '/timeInForce', '#/properties/amendedOrder/properties/timeInForce/type', 'string');
  const x16: unknown = d['type'];
  if (typeof x16 !== 'string') return typeError(p + '/type', '#/properties/amendedOrder/properties/type/type', 'string');
  const x17: unknown = d['side'];
  if (typeof x17 !== 'string') return typeError(p + '/side', '#/properties/amendedOrder/properties/side/type', 'string');
  const x18: unknown = d['workingTime'];
  if (x18 !== undefined) {
    if (!isInteger(x18)) return typeError(p + '/workingTime', '#/properties/amendedOrder/properties/workingTime/type', 'integer');
  }
  const x19: unknown = d['selfTradePreventionMode'];
  if (typeof x19 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/properties/amendedOrder/properties/selfTradePreventionMode/type', 'string');
  const x20: unknown = d['icebergQty'];
  if (x20 !== undefined) {
    if (!matches(x20, pattern0)) return stringError(x20, pattern0, p + '/icebergQty', '#/properties/amendedOrder/properties/icebergQty', source1);
  }
  const x21: unknown = d['stopPrice'];
  if (x21 !== undefined) {
    if (!matches(x21, pattern0)) return stringError(x21, pattern0, p + '/stopPrice', '#/properties/amendedOrder/properties/stopPrice', source1);
  }
  const x22: unknown = d['strategyId'];
  if (x22 !== undefined) {
    if (!isInteger(x22)) return typeError(p + '/strategyId', '#/properties/amendedOrder/properties/strategyId/type', 'integer');
  }
  const x23: unknown = d['strategyType'];
  if (x23 !== undefined) {
    if (!isInteger(x23)) return typeError(p + '/strategyType', '#/properties/amendedOrder/properties/strategyType/type', 'integer');
  }
  const x24: unknown = d['trailingDelta'];
  if (x24 !== undefined) {
    if (!isInteger(x24)) return typeError(p + '/trailingDelta', '#/properties/amendedOrder/properties/trailingDelta/type', 'integer');
  }
  const x25: unknown = d['trailingTime'];
  if (x25 !== undefined) {
    if (!isInteger(x25)) return typeError(p + '/trailingTime', '#/properties/amendedOrder/properties/trailingTime/type', 'integer');
  }
  const x26: unknown = d['usedSor'];
  if (x26 !== undefined) {
    if (typeof x26 !== 'boolean') return typeError(p + '/usedSor', '#/properties/amendedOrder/properties/usedSor/type', 'boolean');
  }
  const x27: unknown = d['workingFloor'];
  if (x27 !== undefined) {
    if (typeof x27 !== 'string') return typeError(p + '/workingFloor', '#/properties/amendedOrder/properties/workingFloor/type', 'string');
  }
  const x28: unknown = d['expiryReason'];
  if (x28 !== undefined) {
    if (typeof x28 !== 'string') return typeError(p + '/expiryReason', '#/properties/amendedOrder/properties/expiryReason/type', 'string');
  }
  const x29: unknown = d['pegPriceType'];
  if (x29 !== undefined) {
    if (typeof x29 !== 'string') return typeError(p + '/pegPriceType', '#/properties/amendedOrder/properties/pegPriceType/type', 'string');
  }
  const x30: unknown = d['pegOffsetType'];
  if (x30 !== undefined) {
    if (typeof x30 !== 'string') return typeError(p + '/pegOffsetType', '#/properties/amendedOrder/properties/pegOffsetType/type', 'string');
  }
  const x31: unknown = d['pegOffsetValue'];
  if (x31 !== undefined) {
    if (!isInteger(x31)) return typeError(p + '/pegOffsetValue', '#/properties/amendedOrder/properties/pegOffsetValue/type', 'integer');
  }
  const x32: unknown = d['peggedPrice'];
  if (x32 !== undefined) {
    if (!matches(x32, pattern0)) return stringError(x32, pattern0, p + '/peggedPrice', '#/properties/amendedOrder/properties/peggedPrice', source1);
  }
  const x33: unknown = d['preventedMatchId'];
  if (x33 !== undefined) {
    if (!isInteger(x33)) return typeError(p + '/preventedMatchId', '#/properties/amendedOrder/properties/preventedMatchId/type', 'integer');
  }
  const x34: unknown = d['preventedQuantity'];
  if (x34 !== undefined) {
    if (!matches(x34, pattern0)) return stringError(x34, pattern0, p + '/preventedQuantity', '#/properties/amendedOrder/properties/preventedQuantity', source1);
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/listStatus/type', 'object');
  if (d['orderListId'] === undefined) return requiredError(p, '#/properties/listStatus/required', 'orderListId');
  if (d['contingencyType'] === undefined) return requiredError(p, '#/properties/listStatus/required', 'contingencyType');
  if (d['listOrderStatus'] === undefined) return requiredError(p, '#/properties/listStatus/required', 'listOrderStatus');
  if (d['listClientOrderId'] === undefined) return requiredError(p, '#/properties/listStatus/required', 'listClientOrderId');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/listStatus/required', 'symbol');
  if (d['orders'] === undefined) return requiredError(p, '#/properties/listStatus/required', 'orders');
  const x36: unknown = d['orderListId'];
  if (!isInteger(x36)) return typeError(p + '/orderListId', '#/properties/listStatus/properties/orderListId/type', 'integer');
  const x37: unknown = d['contingencyType'];
  if (typeof x37 !== 'string') return typeError(p + '/contingencyType', '#/properties/listStatus/properties/contingencyType/type', 'string');
  const x38: unknown = d['listOrderStatus'];
  if (typeof x38 !== 'string') return typeError(p + '/listOrderStatus', '#/properties/listStatus/properties/listOrderStatus/type', 'string');
  const x39: unknown = d['listClientOrderId'];
  if (typeof x39 !== 'string') return typeError(p + '/listClientOrderId', '#/properties/listStatus/properties/listClientOrderId/type', 'string');
  const x40: unknown = d['symbol'];
  if (typeof x40 !== 'string') return typeError(p + '/symbol', '#/properties/listStatus/properties/symbol/type', 'string');
  const x41: unknown = d['orders'];
  if (!Array.isArray(x41)) return typeError(p + '/orders', '#/properties/listStatus/properties/orders/type', 'array');
  for (let i42 = 0; i42 < x41.length; i42++) {
    const x43: unknown = x41[i42];
    if ((e = check3(x43, p + '/orders/' + i42))) return e;
  }
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/listStatus/properties/orders/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/listStatus/properties/orders/items/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/properties/listStatus/properties/orders/items/required', 'orderId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/properties/listStatus/properties/orders/items/required', 'clientOrderId');
  const x44: unknown = d['symbol'];
  if (typeof x44 !== 'string') return typeError(p + '/symbol', '#/properties/listStatus/properties/orders/items/properties/symbol/type', 'string');
  const x45: unknown = d['orderId'];
  if (!isInteger(x45)) return typeError(p + '/orderId', '#/properties/listStatus/properties/orders/items/properties/orderId/type', 'integer');
  const x46: unknown = d['clientOrderId'];
  if (typeof x46 !== 'string') return typeError(p + '/clientOrderId', '#/properties/listStatus/properties/orders/items/properties/clientOrderId/type', 'string');
  return undefined;
}
