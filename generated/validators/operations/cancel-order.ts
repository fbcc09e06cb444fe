// Generated from spec/operations/cancel-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/cancel-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  const first = check1(d, p);
  if (first === undefined) return undefined;
  if (check2(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/0/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/anyOf/0/required', 'symbol');
  if (d['origClientOrderId'] === undefined) return requiredError(p, '#/anyOf/0/required', 'origClientOrderId');
  if (d['orderId'] === undefined) return requiredError(p, '#/anyOf/0/required', 'orderId');
  if (d['orderListId'] === undefined) return requiredError(p, '#/anyOf/0/required', 'orderListId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/anyOf/0/required', 'clientOrderId');
  if (d['transactTime'] === undefined) return requiredError(p, '#/anyOf/0/required', 'transactTime');
  if (d['price'] === undefined) return requiredError(p, '#/anyOf/0/required', 'price');
  if (d['origQty'] === undefined) return requiredError(p, '#/anyOf/0/required', 'origQty');
  if (d['executedQty'] === undefined) return requiredError(p, '#/anyOf/0/required', 'executedQty');
  if (d['cummulativeQuoteQty'] === undefined) return requiredError(p, '#/anyOf/0/required', 'cummulativeQuoteQty');
  if (d['status'] === undefined) return requiredError(p, '#/anyOf/0/required', 'status');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/anyOf/0/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/anyOf/0/required', 'type');
  if (d['side'] === undefined) return requiredError(p, '#/anyOf/0/required', 'side');
  if (d['selfTradePreventionMode'] === undefined) return requiredError(p, '#/anyOf/0/required', 'selfTradePreventionMode');
  const x0: unknown = d['symbol'];
  if (typeof x0 !== 'string') return typeError(p + '/symbol', '#/anyOf/0/properties/symbol/type', 'string');
  const x1: unknown = d['origClientOrderId'];
  if (typeof x1 !== 'string') return typeError(p + '/origClientOrderId', '#/anyOf/0/properties/origClientOrderId/type', 'string');
  const x2: unknown = d['orderId'];
  if (!isInteger(x2)) return typeError(p + '/orderId', '#/anyOf/0/properties/orderId/type', 'integer');
  const x3: unknown = d['orderListId'];
  if (!isInteger(x3)) return typeError(p + '/orderListId', '#/anyOf/0/properties/orderListId/type', 'integer');
  const x4: unknown = d['clientOrderId'];
  if (typeof x4 !== 'string') return typeError(p + '/clientOrderId', '#/anyOf/0/properties/clientOrderId/type', 'string');
  const x5: unknown = d['transactTime'];
  if (!isInteger(x5)) return typeError(p + '/transactTime', '#/anyOf/0/properties/transactTime/type', 'integer');
  const x6: unknown = d['price'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/price', '#/anyOf/0/properties/price', source1);
  const x7: unknown = d['origQty'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/origQty', '#/anyOf/0/properties/origQty', source1);
  const x8: unknown = d['executedQty'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/executedQty', '#/anyOf/0/properties/executedQty', source1);
  const x9: unknown = d['origQuoteOrderQty'];
  if (x9 !== undefined) {
    if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/origQuoteOrderQty', '#/anyOf/0/properties/origQuoteOrderQty', source1);
  }
  const x10: unknown = d['cummulativeQuoteQty'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/cummulativeQuoteQty', '#/anyOf/0/properties/cummulativeQuoteQty', source1);
  const x11: unknown = d['status'];
  if (typeof x11 !== 'string') return typeError(p + '/status', '#/anyOf/0/properties/status/type', 'string');
  const x12: unknown = d['timeInForce'];
  if (typeof x12 !== 'string') return typeError(p + '/timeInForce', '#/anyOf/0/properties/timeInForce/type', 'string');
  const x13: unknown = d['type'];
  if (typeof x13 !== 'string') return typeError(p + '/type', '#/anyOf/0/properties/type/type', 'string');
  const x14: unknown = d['side'];
  if (typeof x14 !== 'string') return typeError(p + '/side', '#/anyOf/0/properties/side/type', 'string');
  const x15: unknown = d['selfTradePreventionMode'];
  if (typeof x15 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/anyOf/0/properties/selfTradePreventionMode/type', 'string');
  const x16: unknown = d['icebergQty'];
  if (x16 !== undefined) {
    if (!matches(x16, pattern0)) return stringError(x16, pattern0, p + '/icebergQty', '#/anyOf/0/properties/icebergQty', source1);
  }
  const x17: unknown = d['stopPrice'];
  if (x17 !== undefined) {
    if (!matches(x17, pattern0)) return stringError(x17, pattern0, p + '/stopPrice', '#/anyOf/0/properties/stopPrice', source1);
  }
  const x18: unknown = d['strategyId'];
  if (x18 !== undefined) {
    if (!isInteger(x18)) return typeError(p + '/strategyId', '#/anyOf/0/properties/strategyId/type', 'integer');
  }
  const x19: unknown = d['strategyType'];
  if (x19 !== undefined) {
    if (!isInteger(x19)) return typeError(p + '/strategyType', '#/anyOf/0/properties/strategyType/type', 'integer');
  }
  const x20: unknown = d['trailingDelta'];
  if (x20 !== undefined) {
    if (!isInteger(x20)) return typeError(p + '/trailingDelta', '#/anyOf/0/properties/trailingDelta/type', 'integer');
  }
  const x21: unknown = d['trailingTime'];
  if (x21 !== undefined) {
    if (!isInteger(x21)) return typeError(p + '/trailingTime', '#/anyOf/0/properties/trailingTime/type', 'integer');
  }
  const x22: unknown = d['usedSor'];
  if (x22 !== undefined) {
    if (typeof x22 !== 'boolean') return typeError(p + '/usedSor', '#/anyOf/0/properties/usedSor/type', 'boolean');
  }
  const x23: unknown = d['workingFloor'];
  if (x23 !== undefined) {
    if (typeof x23 !== 'string') return typeError(p + '/workingFloor', '#/anyOf/0/properties/workingFloor/type', 'string');
  }
  const x24: unknown = d['expiryReason'];
  if (x24 !== undefined) {
    if (typeof x24 !== 'string') return typeError(p + '/expiryReason', '#/anyOf/0/properties/expiryReason/type', 'string');
  }
  const x25: unknown = d['pegPriceType'];
  if (x25 !== undefined) {
    if (typeof x25 !== 'string') return typeError(p + '/pegPriceType', '#/anyOf/0/properties/pegPriceType/type', 'string');
  }
  const x26: unknown = d['pegOffsetType'];
  if (x26 !== undefined) {
    if (typeof x26 !== 'string') return typeError(p + '/pegOffsetType', '#/anyOf/0/properties/pegOffsetType/type', 'string');
  }
  const x27: unknown = d['pegOffsetValue'];
  if (x27 !== undefined) {
    if (!isInteger(x27)) return typeError(p + '/pegOffsetValue', '#/anyOf/0/properties/pegOffsetValue/type', 'integer');
  }
  const x28: unknown = d['peggedPrice'];
  if (x28 !== undefined) {
    if (!matches(x28, pattern0)) return stringError(x28, pattern0, p + '/peggedPrice', '#/anyOf/0/properties/peggedPrice', source1);
  }
  const x29: unknown = d['preventedMatchId'];
  if (x29 !== undefined) {
    if (!isInteger(x29)) return typeError(p + '/preventedMatchId', '#/anyOf/0/properties/preventedMatchId/type', 'integer');
  }
  const x30: unknown = d['preventedQuantity'];
  if (x30 !== undefined) {
    if (!matches(x30, pattern0)) return stringError(x30, pattern0, p + '/preventedQuantity', '#/anyOf/0/properties/preventedQuantity', source1);
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/anyOf/1/type', 'object');
  if (d['orderListId'] === undefined) return requiredError(p, '#/anyOf/1/required', 'orderListId');
  if (d['contingencyType'] === undefined) return requiredError(p, '#/anyOf/1/required', 'contingencyType');
  if (d['listStatusType'] === undefined) return requiredError(p, '#/anyOf/1/required', 'listStatusType');
  if (d['listOrderStatus'] === undefined) return requiredError(p, '#/anyOf/1/required', 'listOrderStatus');
  if (d['listClientOrderId'] === undefined) return requiredError(p, '#/anyOf/1/required', 'listClientOrderId');
  if (d['transactionTime'] === undefined) return requiredError(p, '#/anyOf/1/required', 'transactionTime');
  if (d['symbol'] === undefined) return requiredError(p, '#/anyOf/1/required', 'symbol');
  if (d['orders'] === undefined) return requiredError(p, '#/anyOf/1/required', 'orders');
  if (d['orderReports'] === undefined) return requiredError(p, '#/anyOf/1/required', 'orderReports');
  const x31: unknown = d['orderListId'];
  if (!isInteger(x31)) return typeError(p + '/orderListId', '#/anyOf/1/properties/orderListId/type', 'integer');
  const x32: unknown = d['contingencyType'];
  if (typeof x32 !== 'string') return typeError(p + '/contingencyType', '#/anyOf/1/properties/contingencyType/type', 'string');
  const x33: unknown = d['listStatusType'];
  if (typeof x33 !== 'string') return typeError(p + '/listStatusType', '#/anyOf/1/properties/listStatusType/type', 'string');
  const x34: unknown = d['listOrderStatus'];
  if (typeof x34 !== 'string') return typeError(p + '/listOrderStatus', '#/anyOf/1/properties/listOrderStatus/type', 'string');
  const x35: unknown = d['listClientOrderId'];
  if (typeof x35 !== 'string') return typeError(p + '/listClientOrderId', '#/anyOf/1/properties/listClientOrderId/type', 'string');
  const x36: unknown = d['transactionTime'];
  if (!isInteger(x36)) return typeError(p + '/transactionTime', '#/anyOf/1/properties/transactionTime/type', 'integer');
  const x37: unknown = d['symbol'];
  if (typeof x37 !== 'string') return typeError(p + '/symbol', '#/anyOf/1/properties/symbol/type', 'string');
  const x38: unknown = d['orders'];
  if (!Array.isArray(x38)) return typeError(p + '/orders', '#/anyOf/1/properties/orders/type', 'array');
  for (let i39 = 0; i39 < x38.length; i39++) {
    const x40: unknown = x38[i39];
    if ((e = check3(x40, p + '/orders/' + i39))) return e;
  }
  const x44: unknown = d['orderReports'];
  if (!Array.isArray(x44)) return typeError(p + '/orderReports', '#/anyOf/1/properties/orderReports/type', 'array');
  for (let i45 = 0; i45 < x44.length; i45++) {
    const x46: unknown = x44[i45];
    if ((e = check4(x46, p + '/orderReports/' + i45))) return e;
  }
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/1/properties/orders/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/anyOf/1/properties/orders/items/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/anyOf/1/properties/orders/items/required', 'orderId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/anyOf/1/properties/orders/items/required', 'clientOrderId');
  const x41: unknown = d['symbol'];
  if (typeof x41 !== 'string') return typeError(p + '/symbol', '#/anyOf/1/properties/orders/items/properties/symbol/type', 'string');
  const x42: unknown = d['orderId'];
  if (!isInteger(x42)) return typeError(p + '/orderId', '#/anyOf/1/properties/orders/items/properties/orderId/type', 'integer');
  const x43: unknown = d['clientOrderId'];
  if (typeof x43 !== 'string') return typeError(p + '/clientOrderId', '#/anyOf/1/properties/orders/items/properties/clientOrderId/type', 'string');
  return undefined;
}

function check4(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/1/properties/orderReports/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/anyOf/1/properties/orderReports/items/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/anyOf/1/properties/orderReports/items/required', 'orderId');
  if (d['orderListId'] === undefined) return requiredError(p, '#/anyOf/1/properties/orderReports/items/required', 'orderListId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/anyOf/1/properties/orderReports/items/required', 'clientOrderId');
  if (d['transactTime'] === undefined) return requiredError(p, '#/anyOf/1/properties/orderReports/items/required', 'transactTime');
  if (d['price'] === undefined) return requiredError(p, '#/anyOf/1/properties/orderReports/items/required', 'price');
  if (d['origQty'] === undefined) return requiredError(p, '#/anyOf/1/properties/orderReports/items/required', 'origQty');
  if (d['executedQty'] === undefined) return requiredError(p, '#/anyOf/1/properties/orderReports/items/required', 'executedQty');
  if (d['cummulativeQuoteQty'] === undefined) return requiredError(p, '#/anyOf/1/properties/orderReports/items/required', 'cummulativeQuoteQty');
  if (d['status'] === undefined) return requiredError(p, '#/anyOf/1/properties/orderReports/items/required', 'status');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/anyOf/1/properties/orderReports/items/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/anyOf/1/properties/orderReports/items/required', 'type');
  if (d['side'] === undefined) return requiredError(p, '#/anyOf/1/properties/orderReports/items/required', 'side');
  if (d['selfTradePreventionMode'] === undefined) return requiredError(p, '#/anyOf/1/properties/orderReports/items/required', 'selfTradePreventionMode');
  const x47: unknown = d['symbol'];
  if (typeof x47 !== 'string') return typeError(p + '/symbol', '#/anyOf/1/properties/orderReports/items/properties/symbol/type', 'string');
  const x48: unknown = d['origClientOrderId'];
  if (x48 !== undefined) {
    if (typeof x48 !== 'string') return typeError(p + '/origClientOrderId', '#/anyOf/1/properties/orderReports/items/properties/origClientOrderId/type', 'string');
  }
  const x49: unknown = d['orderId'];
  if (!isInteger(x49)) return typeError(p + '/orderId', '#/anyOf/1/properties/orderReports/items/properties/orderId/type', 'integer');
  const x50: unknown = d['orderListId'];
  if (!isInteger(x50)) return typeError(p + '/orderListId', '#/anyOf/1/properties/orderReports/items/properties/orderListId/type', 'integer');
  const x51: unknown = d['clientOrderId'];
  if (typeof x51 !== 'string') return typeError(p + '/clientOrderId', '#/anyOf/1/properties/orderReports/items/properties/clientOrderId/type', 'string');
  const x52: unknown = d['transactTime'];
  if (!isInteger(x52)) return typeError(p + '/transactTime', '#/anyOf/1/properties/orderReports/items/properties/transactTime/type', 'integer');
  const x53: unknown = d['price'];
  if (!matches(x53, pattern0)) return stringError(x53, pattern0, p + '/price', '#/anyOf/1/properties/orderReports/items/properties/price', source1);
  const x54: unknown = d['origQty'];
  if (!matches(x54, pattern0)) return stringError(x54, pattern0, p + '/origQty', '#/anyOf/1/properties/orderReports/items/properties/origQty', source1);
  const x55: unknown = d['executedQty'];
  if (!matches(x55, pattern0)) return stringError(x55, pattern0, p + '/executedQty', '#/anyOf/1/properties/orderReports/items/properties/executedQty', source1);
  const x56: unknown = d['origQuoteOrderQty'];
  if (x56 !== undefined) {
    if (!matches(x56, pattern0)) return stringError(x56, pattern0, p + '/origQuoteOrderQty', '#/anyOf/1/properties/orderReports/items/properties/origQuoteOrderQty', source1);
  }
  const x57: unknown = d['cummulativeQuoteQty'];
  if (!matches(x57, pattern0)) return stringError(x57, pattern0, p + '/cummulativeQuoteQty', '#/anyOf/1/properties/orderReports/items/properties/cummulativeQuoteQty', source1);
  const x58: unknown = d['status'];
  if (typeof x58 !== 'string') return typeError(p + '/status', '#/anyOf/1/properties/orderReports/items/properties/status/type', 'string');
  const x59: unknown = d['timeInForce'];
  if (typeof x59 !== 'string') return typeError(p + '/timeInForce', '#/anyOf/1/properties/orderReports/items/properties/timeInForce/type', 'string');
  const x60: unknown = d['type'];
  if (typeof x60 !== 'string') return typeError(p + '/type', '#/anyOf/1/properties/orderReports/items/properties/type/type', 'string');
  const x61: unknown = d['side'];
  if (typeof x61 !== 'string') return typeError(p + '/side', '#/anyOf/1/properties/orderReports/items/properties/side/type', 'string');
  const x62: unknown = d['selfTradePreventionMode'];
  if (typeof x62 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/anyOf/1/properties/orderReports/items/properties/selfTradePreventionMode/type', 'string');
  const x63: unknown = d['icebergQty'];
  if (x63 !== undefined) {
    if (!matches(x63, pattern0)) return stringError(x63, pattern0, p + '/icebergQty', '#/anyOf/1/properties/orderReports/items/properties/icebergQty', source1);
  }
  const x64: unknown = d['stopPrice'];
  if (x64 !== undefined) {
    if (!matches(x64, pattern0)) return stringError(x64, pattern0, p + '/stopPrice', '#/anyOf/1/properties/orderReports/items/properties/stopPrice', source1);
  }
  const x65: unknown = d['strategyId'];
  if (x65 !== undefined) {
    if (!isInteger(x65)) return typeError(p + '/strategyId', '#/anyOf/1/properties/orderReports/items/properties/strategyId/type', 'integer');
  }
  const x66: unknown = d['strategyType'];
  if (x66 !== undefined) {
    if (!isInteger(x66)) return typeError(p + '/strategyType', '#/anyOf/1/properties/orderReports/items/properties/strategyType/type', 'integer');
  }
  const x67: unknown = d['trailingDelta'];
  if (x67 !== undefined) {
    if (!isInteger(x67)) return typeError(p + '/trailingDelta', '#/anyOf/1/properties/orderReports/items/properties/trailingDelta/type', 'integer');
  }
  const x68: unknown = d['trailingTime'];
  if (x68 !== undefined) {
    if (!isInteger(x68)) return typeError(p + '/trailingTime', '#/anyOf/1/properties/orderReports/items/properties/trailingTime/type', 'integer');
  }
  const x69: unknown = d['usedSor'];
  if (x69 !== undefined) {
    if (typeof x69 !== 'boolean') return typeError(p + '/usedSor', '#/anyOf/1/properties/orderReports/items/properties/usedSor/type', 'boolean');
  }
  const x70: unknown = d['workingFloor'];
  if (x70 !== undefined) {
    if (typeof x70 !== 'string') return typeError(p + '/workingFloor', '#/anyOf/1/properties/orderReports/items/properties/workingFloor/type', 'string');
  }
  const x71: unknown = d['expiryReason'];
  if (x71 !== undefined) {
    if (typeof x71 !== 'string') return typeError(p + '/expiryReason', '#/anyOf/1/properties/orderReports/items/properties/expiryReason/type', 'string');
  }
  const x72: unknown = d['pegPriceType'];
  if (x72 !== undefined) {
    if (typeof x72 !== 'string') return typeError(p + '/pegPriceType', '#/anyOf/1/properties/orderReports/items/properties/pegPriceType/type', 'string');
  }
  const x73: unknown = d['pegOffsetType'];
  if (x73 !== undefined) {
    if (typeof x73 !== 'string') return typeError(p + '/pegOffsetType', '#/anyOf/1/properties/orderReports/items/properties/pegOffsetType/type', 'string');
  }
  const x74: unknown = d['pegOffsetValue'];
  if (x74 !== undefined) {
    if (!isInteger(x74)) return typeError(p + '/pegOffsetValue', '#/anyOf/1/properties/orderReports/items/properties/pegOffsetValue/type', 'integer');
  }
  const x75: unknown = d['peggedPrice'];
  if (x75 !== undefined) {
    if (!matches(x75, pattern0)) return stringError(x75, pattern0, p + '/peggedPrice', '#/anyOf/1/properties/orderReports/items/properties/peggedPrice', source1);
  }
  const x76: unknown = d['preventedMatchId'];
  if (x76 !== undefined) {
    if (!isInteger(x76)) return typeError(p + '/preventedMatchId', '#/anyOf/1/properties/orderReports/items/properties/preventedMatchId/type', 'integer');
  }
  const x77: unknown = d['preventedQuantity'];
  if (x77 !== undefined) {
    if (!matches(x77, pattern0)) return stringError(x77, pattern0, p + '/preventedQuantity', '#/anyOf/1/properties/orderReports/items/properties/preventedQuantity', source1);
  }
  return undefined;
}
