// Generated from spec/operations/place-opo-order-list.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/place-opo-order-list.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['orderListId'] === undefined) return requiredError(p, '#/required', 'orderListId');
  if (d['contingencyType'] === undefined) return requiredError(p, '#/required', 'contingencyType');
  if (d['listStatusType'] === undefined) return requiredError(p, '#/required', 'listStatusType');
  if (d['listOrderStatus'] === undefined) return requiredError(p, '#/required', 'listOrderStatus');
  if (d['listClientOrderId'] === undefined) return requiredError(p, '#/required', 'listClientOrderId');
  if (d['transactionTime'] === undefined) return requiredError(p, '#/required', 'transactionTime');
  if (d['symbol'] === undefined) return requiredError(p, '#/required', 'symbol');
  if (d['orders'] === undefined) return requiredError(p, '#/required', 'orders');
  if (d['orderReports'] === undefined) return requiredError(p, '#/required', 'orderReports');
  const x0: unknown = d['orderListId'];
  if (!isInteger(x0)) return typeError(p + '/orderListId', '#/properties/orderListId/type', 'integer');
  const x1: unknown = d['contingencyType'];
  if (typeof x1 !== 'string') return typeError(p + '/contingencyType', '#/properties/contingencyType/type', 'string');
  const x2: unknown = d['listStatusType'];
  if (typeof x2 !== 'string') return typeError(p + '/listStatusType', '#/properties/listStatusType/type', 'string');
  const x3: unknown = d['listOrderStatus'];
  if (typeof x3 !== 'string') return typeError(p + '/listOrderStatus', '#/properties/listOrderStatus/type', 'string');
  const x4: unknown = d['listClientOrderId'];
  if (typeof x4 !== 'string') return typeError(p + '/listClientOrderId', '#/properties/listClientOrderId/type', 'string');
  const x5: unknown = d['transactionTime'];
  if (!isInteger(x5)) return typeError(p + '/transactionTime', '#/properties/transactionTime/type', 'integer');
  const x6: unknown = d['symbol'];
  if (typeof x6 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  const x7: unknown = d['orders'];
  if (!Array.isArray(x7)) return typeError(p + '/orders', '#/properties/orders/type', 'array');
  for (let i8 = 0; i8 < x7.length; i8++) {
    const x9: unknown = x7[i8];
    if ((e = check1(x9, p + '/orders/' + i8))) return e;
  }
  const x13: unknown = d['orderReports'];
  if (!Array.isArray(x13)) return typeError(p + '/orderReports', '#/properties/orderReports/type', 'array');
  for (let i14 = 0; i14 < x13.length; i14++) {
    const x15: unknown = x13[i14];
    if ((e = check2(x15, p + '/orderReports/' + i14))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/orders/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/orders/items/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/properties/orders/items/required', 'orderId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/properties/orders/items/required', 'clientOrderId');
  const x10: unknown = d['symbol'];
  if (typeof x10 !== 'string') return typeError(p + '/symbol', '#/properties/orders/items/properties/symbol/type', 'string');
  const x11: unknown = d['orderId'];
  if (!isInteger(x11)) return typeError(p + '/orderId', '#/properties/orders/items/properties/orderId/type', 'integer');
  const x12: unknown = d['clientOrderId'];
  if (typeof x12 !== 'string') return typeError(p + '/clientOrderId', '#/properties/orders/items/properties/clientOrderId/type', 'string');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/orderReports/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'orderId');
  if (d['orderListId'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'orderListId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'clientOrderId');
  if (d['transactTime'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'transactTime');
  if (d['price'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'price');
  if (d['executedQty'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'executedQty');
  if (d['origQuoteOrderQty'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'origQuoteOrderQty');
  if (d['cummulativeQuoteQty'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'cummulativeQuoteQty');
  if (d['status'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'status');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'type');
  if (d['side'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'side');
  if (d['workingTime'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'workingTime');
  if (d['selfTradePreventionMode'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'selfTradePreventionMode');
  const x16: unknown = d['symbol'];
  if (typeof x16 !== 'string') return typeError(p + '/symbol', '#/properties/orderReports/items/properties/symbol/type', 'string');
  const x17: unknown = d['orderId'];
  if (!isInteger(x17)) return typeError(p + '/orderId', '#/properties/orderReports/items/properties/orderId/type', 'integer');
  const x18: unknown = d['orderListId'];
  if (!isInteger(x18)) return typeError(p + '/orderListId', '#/properties/orderReports/items/properties/orderListId/type', 'integer');
  const x19: unknown = d['clientOrderId'];
  if (typeof x19 !== 'string') return typeError(p + '/clientOrderId', '#/properties/orderReports/items/properties/clientOrderId/type', 'string');
  const x20: unknown = d['transactTime'];
  if (!isInteger(x20)) return typeError(p + '/transactTime', '#/properties/orderReports/items/properties/transactTime/type', 'integer');
  const x21: unknown = d['price'];
  if (!matches(x21, pattern0)) return stringError(x21, pattern0, p + '/price', '#/properties/orderReports/items/properties/price', source1);
  const x22: unknown = d['origQty'];
  if (x22 !== undefined) {
    if (!matches(x22, pattern0)) return stringError(x22, pattern0, p + '/origQty', '#/properties/orderReports/items/properties/origQty', source1);
  }
  const x23: unknown = d['executedQty'];
  if (!matches(x23, pattern0)) return stringError(x23, pattern0, p + '/executedQty', '#/properties/orderReports/items/properties/executedQty', source1);
  const x24: unknown = d['origQuoteOrderQty'];
  if (!matches(x24, pattern0)) return stringError(x24, pattern0, p + '/origQuoteOrderQty', '#/properties/orderReports/items/properties/origQuoteOrderQty', source1);
  const x25: unknown = d['cummulativeQuoteQty'];
  if (!matches(x25, pattern0)) return stringError(x25, pattern0, p + '/cummulativeQuoteQty', '#/properties/orderReports/items/properties/cummulativeQuoteQty', source1);
  const x26: unknown = d['status'];
  if (typeof x26 !== 'string') return typeError(p + '/status', '#/properties/orderReports/items/properties/status/type', 'string');
  const x27: unknown = d['timeInForce'];
  if (typeof x27 !== 'string') return typeError(p + '/timeInForce', '#/properties/orderReports/items/properties/timeInForce/type', 'string');
  const x28: unknown = d['type'];
  if (typeof x28 !== 'string') return typeError(p + '/type', '#/properties/orderReports/items/properties/type/type', 'string');
  const x29: unknown = d['side'];
  if (typeof x29 !== 'string') return typeError(p + '/side', '#/properties/orderReports/items/properties/side/type', 'string');
  const x30: unknown = d['workingTime'];
  if (!isInteger(x30)) return typeError(p + '/workingTime', '#/properties/orderReports/items/properties/workingTime/type', 'integer');
  const x31: unknown = d['selfTradePreventionMode'];
  if (typeof x31 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/properties/orderReports/items/properties/selfTradePreventionMode/type', 'string');
  const x32: unknown = d['icebergQty'];
  if (x32 !== undefined) {
    if (!matches(x32, pattern0)) return stringError(x32, pattern0, p + '/icebergQty', '#/properties/orderReports/items/properties/icebergQty', source1);
  }
  const x33: unknown = d['stopPrice'];
  if (x33 !== undefined) {
    if (!matches(x33, pattern0)) return stringError(x33, pattern0, p + '/stopPrice', '#/properties/orderReports/items/properties/stopPrice', source1);
  }
  const x34: unknown = d['strategyId'];
  if (x34 !== undefined) {
    if (!isInteger(x34)) return typeError(p + '/strategyId', '#/properties/orderReports/items/properties/strategyId/type', 'integer');
  }
  const x35: unknown = d['strategyType'];
  if (x35 !== undefined) {
    if (!isInteger(x35)) return typeError(p + '/strategyType', '#/properties/orderReports/items/properties/strategyType/type', 'integer');
  }
  const x36: unknown = d['trailingDelta'];
  if (x36 !== undefined) {
    if (!isInteger(x36)) return typeError(p + '/trailingDelta', '#/properties/orderReports/items/properties/trailingDelta/type', 'integer');
  }
  const x37: unknown = d['trailingTime'];
  if (x37 !== undefined) {
    if (!isInteger(x37)) return typeError(p + '/trailingTime', '#/properties/orderReports/items/properties/trailingTime/type', 'integer');
  }
  const x38: unknown = d['usedSor'];
  if (x38 !== undefined) {
    if (typeof x38 !== 'boolean') return typeError(p + '/usedSor', '#/properties/orderReports/items/properties/usedSor/type', 'boolean');
  }
  const x39: unknown = d['workingFloor'];
  if (x39 !== undefined) {
    if (typeof x39 !== 'string') return typeError(p + '/workingFloor', '#/properties/orderReports/items/properties/workingFloor/type', 'string');
  }
  const x40: unknown = d['expiryReason'];
  if (x40 !== undefined) {
    if (typeof x40 !== 'string') return typeError(p + '/expiryReason', '#/properties/orderReports/items/properties/expiryReason/type', 'string');
  }
  const x41: unknown = d['pegPriceType'];
  if (x41 !== undefined) {
    if (typeof x41 !== 'string') return typeError(p + '/pegPriceType', '#/properties/orderReports/items/properties/pegPriceType/type', 'string');
  }
  const x42: unknown = d['pegOffsetType'];
  if (x42 !== undefined) {
    if (typeof x42 !== 'string') return typeError(p + '/pegOffsetType', '#/properties/orderReports/items/properties/pegOffsetType/type', 'string');
  }
  const x43: unknown = d['pegOffsetValue'];
  if (x43 !== undefined) {
    if (!isInteger(x43)) return typeError(p + '/pegOffsetValue', '#/properties/orderReports/items/properties/pegOffsetValue/type', 'integer');
  }
  const x44: unknown = d['peggedPrice'];
  if (x44 !== undefined) {
    if (!matches(x44, pattern0)) return stringError(x44, pattern0, p + '/peggedPrice', '#/properties/orderReports/items/properties/peggedPrice', source1);
  }
  const x45: unknown = d['preventedMatchId'];
  if (x45 !== undefined) {
    if (!isInteger(x45)) return typeError(p + '/preventedMatchId', '#/properties/orderReports/items/properties/preventedMatchId/type', 'integer');
  }
  const x46: unknown = d['preventedQuantity'];
  if (x46 !== undefined) {
    if (!matches(x46, pattern0)) return stringError(x46, pattern0, p + '/preventedQuantity', '#/properties/orderReports/items/properties/preventedQuantity', source1);
  }
  return undefined;
}
