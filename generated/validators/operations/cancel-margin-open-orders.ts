// Generated from spec/operations/sapi/cancel-margin-open-orders.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/cancel-margin-open-orders.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  const first = check2(d, p);
  if (first === undefined) return undefined;
  if (check3(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/anyOf/0/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'orderId');
  if (d['orderListId'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'orderListId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'clientOrderId');
  if (d['price'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'price');
  if (d['origQty'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'origQty');
  if (d['executedQty'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'executedQty');
  if (d['cummulativeQuoteQty'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'cummulativeQuoteQty');
  if (d['status'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'status');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'type');
  if (d['side'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'side');
  const x2: unknown = d['isIsolated'];
  if (x2 !== undefined) {
    if (typeof x2 !== 'boolean') return typeError(p + '/isIsolated', '#/items/anyOf/0/properties/isIsolated/type', 'boolean');
  }
  const x3: unknown = d['symbol'];
  if (typeof x3 !== 'string') return typeError(p + '/symbol', '#/items/anyOf/0/properties/symbol/type', 'string');
  const x4: unknown = d['origClientOrderId'];
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') return typeError(p + '/origClientOrderId', '#/items/anyOf/0/properties/origClientOrderId/type', 'string');
  }
  const x5: unknown = d['orderId'];
  if (!isInteger(x5)) return typeError(p + '/orderId', '#/items/anyOf/0/properties/orderId/type', 'integer');
  const x6: unknown = d['orderListId'];
  if (!isInteger(x6)) return typeError(p + '/orderListId', '#/items/anyOf/0/properties/orderListId/type', 'integer');
  const x7: unknown = d['clientOrderId'];
  if (typeof x7 !== 'string') return typeError(p + '/clientOrderId', '#/items/anyOf/0/properties/clientOrderId/type', 'string');
  const x8: unknown = d['transactTime'];
  if (x8 !== undefined) {
    if (!isInteger(x8)) return typeError(p + '/transactTime', '#/items/anyOf/0/properties/transactTime/type', 'integer');
  }
  const x9: unknown = d['price'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/price', '#/items/anyOf/0/properties/price', source1);
  const x10: unknown = d['origQty'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/origQty', '#/items/anyOf/0/properties/origQty', source1);
  const x11: unknown = d['executedQty'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/executedQty', '#/items/anyOf/0/properties/executedQty', source1);
  const x12: unknown = d['cummulativeQuoteQty'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/cummulativeQuoteQty', '#/items/anyOf/0/properties/cummulativeQuoteQty', source1);
  const x13: unknown = d['status'];
  if (typeof x13 !== 'string') return typeError(p + '/status', '#/items/anyOf/0/properties/status/type', 'string');
  const x14: unknown = d['timeInForce'];
  if (typeof x14 !== 'string') return typeError(p + '/timeInForce', '#/items/anyOf/0/properties/timeInForce/type', 'string');
  const x15: unknown = d['type'];
  if (typeof x15 !== 'string') return typeError(p + '/type', '#/items/anyOf/0/properties/type/type', 'string');
  const x16: unknown = d['side'];
  if (typeof x16 !== 'string') return typeError(p + '/side', '#/items/anyOf/0/properties/side/type', 'string');
  const x17: unknown = d['stopPrice'];
  if (x17 !== undefined) {
    if (!matches(x17, pattern0)) return stringError(x17, pattern0, p + '/stopPrice', '#/items/anyOf/0/properties/stopPrice', source1);
  }
  const x18: unknown = d['icebergQty'];
  if (x18 !== undefined) {
    if (!matches(x18, pattern0)) return stringError(x18, pattern0, p + '/icebergQty', '#/items/anyOf/0/properties/icebergQty', source1);
  }
  const x19: unknown = d['selfTradePreventionMode'];
  if (x19 !== undefined) {
    if (typeof x19 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/items/anyOf/0/properties/selfTradePreventionMode/type', 'string');
  }
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/items/anyOf/1/type', 'object');
  if (d['orderReports'] === undefined) return requiredError(p, '#/items/anyOf/1/required', 'orderReports');
  if (d['orderListId'] === undefined) return requiredError(p, '#/items/anyOf/1/required', 'orderListId');
  if (d['contingencyType'] === undefined) return requiredError(p, '#/items/anyOf/1/required', 'contingencyType');
  if (d['listStatusType'] === undefined) return requiredError(p, '#/items/anyOf/1/required', 'listStatusType');
  if (d['listOrderStatus'] === undefined) return requiredError(p, '#/items/anyOf/1/required', 'listOrderStatus');
  if (d['listClientOrderId'] === undefined) return requiredError(p, '#/items/anyOf/1/required', 'listClientOrderId');
  if (d['transactionTime'] === undefined) return requiredError(p, '#/items/anyOf/1/required', 'transactionTime');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/anyOf/1/required', 'symbol');
  if (d['orders'] === undefined) return requiredError(p, '#/items/anyOf/1/required', 'orders');
  const x20: unknown = d['orderReports'];
  if (!Array.isArray(x20)) return typeError(p + '/orderReports', '#/items/anyOf/1/properties/orderReports/type', 'array');
  for (let i21 = 0; i21 < x20.length; i21++) {
    const x22: unknown = x20[i21];
    if ((e = check4(x22, p + '/orderReports/' + i21))) return e;
  }
  const x40: unknown = d['orderListId'];
  if (!isInteger(x40)) return typeError(p + '/orderListId', '#/items/anyOf/1/properties/orderListId/type', 'integer');
  const x41: unknown = d['contingencyType'];
  if (typeof x41 !== 'string') return typeError(p + '/contingencyType', '#/items/anyOf/1/properties/contingencyType/type', 'string');
  const x42: unknown = d['listStatusType'];
  if (typeof x42 !== 'string') return typeError(p + '/listStatusType', '#/items/anyOf/1/properties/listStatusType/type', 'string');
  const x43: unknown = d['listOrderStatus'];
  if (typeof x43 !== 'string') return typeError(p + '/listOrderStatus', '#/items/anyOf/1/properties/listOrderStatus/type', 'string');
  const x44: unknown = d['listClientOrderId'];
  if (typeof x44 !== 'string') return typeError(p + '/listClientOrderId', '#/items/anyOf/1/properties/listClientOrderId/type', 'string');
  const x45: unknown = d['transactionTime'];
  if (!isInteger(x45)) return typeError(p + '/transactionTime', '#/items/anyOf/1/properties/transactionTime/type', 'integer');
  const x46: unknown = d['symbol'];
  if (typeof x46 !== 'string') return typeError(p + '/symbol', '#/items/anyOf/1/properties/symbol/type', 'string');
  const x47: unknown = d['isIsolated'];
  if (x47 !== undefined) {
    if (typeof x47 !== 'boolean') return typeError(p + '/isIsolated', '#/items/anyOf/1/properties/isIsolated/type', 'boolean');
  }
  const x48: unknown = d['orders'];
  if (!Array.isArray(x48)) return typeError(p + '/orders', '#/items/anyOf/1/properties/orders/type', 'array');
  for (let i49 = 0; i49 < x48.length; i49++) {
    const x50: unknown = x48[i49];
    if ((e = check5(x50, p + '/orders/' + i49))) return e;
  }
  return undefined;
}

function check4(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/anyOf/1/properties/orderReports/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/anyOf/1/properties/orderReports/items/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/items/anyOf/1/properties/orderReports/items/required', 'orderId');
  if (d['orderListId'] === undefined) return requiredError(p, '#/items/anyOf/1/properties/orderReports/items/required', 'orderListId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/items/anyOf/1/properties/orderReports/items/required', 'clientOrderId');
  if (d['price'] === undefined) return requiredError(p, '#/items/anyOf/1/properties/orderReports/items/required', 'price');
  if (d['origQty'] === undefined) return requiredError(p, '#/items/anyOf/1/properties/orderReports/items/required', 'origQty');
  if (d['executedQty'] === undefined) return requiredError(p, '#/items/anyOf/1/properties/orderReports/items/required', 'executedQty');
  if (d['cummulativeQuoteQty'] === undefined) return requiredError(p, '#/items/anyOf/1/properties/orderReports/items/required', 'cummulativeQuoteQty');
  if (d['status'] === undefined) return requiredError(p, '#/items/anyOf/1/properties/orderReports/items/required', 'status');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/items/anyOf/1/properties/orderReports/items/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/items/anyOf/1/properties/orderReports/items/required', 'type');
  if (d['side'] === undefined) return requiredError(p, '#/items/anyOf/1/properties/orderReports/items/required', 'side');
  const x23: unknown = d['symbol'];
  if (typeof x23 !== 'string') return typeError(p + '/symbol', '#/items/anyOf/1/properties/orderReports/items/properties/symbol/type', 'string');
  const x24: unknown = d['origClientOrderId'];
  if (x24 !== undefined) {
    if (typeof x24 !== 'string') return typeError(p + '/origClientOrderId', '#/items/anyOf/1/properties/orderReports/items/properties/origClientOrderId/type', 'string');
  }
  const x25: unknown = d['orderId'];
  if (!isInteger(x25)) return typeError(p + '/orderId', '#/items/anyOf/1/properties/orderReports/items/properties/orderId/type', 'integer');
  const x26: unknown = d['orderListId'];
  if (!isInteger(x26)) return typeError(p + '/orderListId', '#/items/anyOf/1/properties/orderReports/items/properties/orderListId/type', 'integer');
  const x27: unknown = d['clientOrderId'];
  if (typeof x27 !== 'string') return typeError(p + '/clientOrderId', '#/items/anyOf/1/properties/orderReports/items/properties/clientOrderId/type', 'string');
  const x28: unknown = d['transactTime'];
  if (x28 !== undefined) {
    if (!isInteger(x28)) return typeError(p + '/transactTime', '#/items/anyOf/1/properties/orderReports/items/properties/transactTime/type', 'integer');
  }
  const x29: unknown = d['price'];
  if (!matches(x29, pattern0)) return stringError(x29, pattern0, p + '/price', '#/items/anyOf/1/properties/orderReports/items/properties/price', source1);
  const x30: unknown = d['origQty'];
  if (!matches(x30, pattern0)) return stringError(x30, pattern0, p + '/origQty', '#/items/anyOf/1/properties/orderReports/items/properties/origQty', source1);
  const x31: unknown = d['executedQty'];
  if (!matches(x31, pattern0)) return stringError(x31, pattern0, p + '/executedQty', '#/items/anyOf/1/properties/orderReports/items/properties/executedQty', source1);
  const x32: unknown = d['cummulativeQuoteQty'];
  if (!matches(x32, pattern0)) return stringError(x32, pattern0, p + '/cummulativeQuoteQty', '#/items/anyOf/1/properties/orderReports/items/properties/cummulativeQuoteQty', source1);
  const x33: unknown = d['status'];
  if (typeof x33 !== 'string') return typeError(p + '/status', '#/items/anyOf/1/properties/orderReports/items/properties/status/type', 'string');
  const x34: unknown = d['timeInForce'];
  if (typeof x34 !== 'string') return typeError(p + '/timeInForce', '#/items/anyOf/1/properties/orderReports/items/properties/timeInForce/type', 'string');
  const x35: unknown = d['type'];
  if (typeof x35 !== 'string') return typeError(p + '/type', '#/items/anyOf/1/properties/orderReports/items/properties/type/type', 'string');
  const x36: unknown = d['side'];
  if (typeof x36 !== 'string') return typeError(p + '/side', '#/items/anyOf/1/properties/orderReports/items/properties/side/type', 'string');
  const x37: unknown = d['stopPrice'];
  if (x37 !== undefined) {
    if (!matches(x37, pattern0)) return stringError(x37, pattern0, p + '/stopPrice', '#/items/anyOf/1/properties/orderReports/items/properties/stopPrice', source1);
  }
  const x38: unknown = d['icebergQty'];
  if (x38 !== undefined) {
    if (!matches(x38, pattern0)) return stringError(x38, pattern0, p + '/icebergQty', '#/items/anyOf/1/properties/orderReports/items/properties/icebergQty', source1);
  }
  const x39: unknown = d['selfTradePreventionMode'];
  if (x39 !== undefined) {
    if (typeof x39 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/items/anyOf/1/properties/orderReports/items/properties/selfTradePreventionMode/type', 'string');
  }
  return undefined;
}

function check5(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/anyOf/1/properties/orders/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/anyOf/1/properties/orders/items/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/items/anyOf/1/properties/orders/items/required', 'orderId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/items/anyOf/1/properties/orders/items/required', 'clientOrderId');
  const x51: unknown = d['symbol'];
  if (typeof x51 !== 'string') return typeError(p + '/symbol', '#/items/anyOf/1/properties/orders/items/properties/symbol/type', 'string');
  const x52: unknown = d['orderId'];
  if (!isInteger(x52)) return typeError(p + '/orderId', '#/items/anyOf/1/properties/orders/items/properties/orderId/type', 'integer');
  const x53: unknown = d['clientOrderId'];
  if (typeof x53 !== 'string') return typeError(p + '/clientOrderId', '#/items/anyOf/1/properties/orders/items/properties/clientOrderId/type', 'string');
  return undefined;
}
