// Generated from spec/operations/sapi/cancel-margin-order-list.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/cancel-margin-order-list.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['orderReports'] === undefined) return requiredError(p, '#/required', 'orderReports');
  if (d['orderListId'] === undefined) return requiredError(p, '#/required', 'orderListId');
  if (d['contingencyType'] === undefined) return requiredError(p, '#/required', 'contingencyType');
  if (d['listStatusType'] === undefined) return requiredError(p, '#/required', 'listStatusType');
  if (d['listOrderStatus'] === undefined) return requiredError(p, '#/required', 'listOrderStatus');
  if (d['listClientOrderId'] === undefined) return requiredError(p, '#/required', 'listClientOrderId');
  if (d['transactionTime'] === undefined) return requiredError(p, '#/required', 'transactionTime');
  if (d['symbol'] === undefined) return requiredError(p, '#/required', 'symbol');
  if (d['orders'] === undefined) return requiredError(p, '#/required', 'orders');
  const x0: unknown = d['orderReports'];
  if (!Array.isArray(x0)) return typeError(p + '/orderReports', '#/properties/orderReports/type', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/orderReports/' + i1))) return e;
  }
  const x20: unknown = d['orderListId'];
  if (!isInteger(x20)) return typeError(p + '/orderListId', '#/properties/orderListId/type', 'integer');
  const x21: unknown = d['contingencyType'];
  if (typeof x21 !== 'string') return typeError(p + '/contingencyType', '#/properties/contingencyType/type', 'string');
  const x22: unknown = d['listStatusType'];
  if (typeof x22 !== 'string') return typeError(p + '/listStatusType', '#/properties/listStatusType/type', 'string');
  const x23: unknown = d['listOrderStatus'];
  if (typeof x23 !== 'string') return typeError(p + '/listOrderStatus', '#/properties/listOrderStatus/type', 'string');
  const x24: unknown = d['listClientOrderId'];
  if (typeof x24 !== 'string') return typeError(p + '/listClientOrderId', '#/properties/listClientOrderId/type', 'string');
  const x25: unknown = d['transactionTime'];
  if (!isInteger(x25)) return typeError(p + '/transactionTime', '#/properties/transactionTime/type', 'integer');
  const x26: unknown = d['symbol'];
  if (typeof x26 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  const x27: unknown = d['isIsolated'];
  if (x27 !== undefined) {
    if (typeof x27 !== 'boolean') return typeError(p + '/isIsolated', '#/properties/isIsolated/type', 'boolean');
  }
  const x28: unknown = d['orders'];
  if (!Array.isArray(x28)) return typeError(p + '/orders', '#/properties/orders/type', 'array');
  for (let i29 = 0; i29 < x28.length; i29++) {
    const x30: unknown = x28[i29];
    if ((e = check2(x30, p + '/orders/' + i29))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/orderReports/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'orderId');
  if (d['orderListId'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'orderListId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'clientOrderId');
  if (d['price'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'price');
  if (d['origQty'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'origQty');
  if (d['executedQty'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'executedQty');
  if (d['cummulativeQuoteQty'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'cummulativeQuoteQty');
  if (d['status'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'status');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'type');
  if (d['side'] === undefined) return requiredError(p, '#/properties/orderReports/items/required', 'side');
  const x3: unknown = d['symbol'];
  if (typeof x3 !== 'string') return typeError(p + '/symbol', '#/properties/orderReports/items/properties/symbol/type', 'string');
  const x4: unknown = d['origClientOrderId'];
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') return typeError(p + '/origClientOrderId', '#/properties/orderReports/items/properties/origClientOrderId/type', 'string');
  }
  const x5: unknown = d['orderId'];
  if (!isInteger(x5)) return typeError(p + '/orderId', '#/properties/orderReports/items/properties/orderId/type', 'integer');
  const x6: unknown = d['orderListId'];
  if (!isInteger(x6)) return typeError(p + '/orderListId', '#/properties/orderReports/items/properties/orderListId/type', 'integer');
  const x7: unknown = d['clientOrderId'];
  if (typeof x7 !== 'string') return typeError(p + '/clientOrderId', '#/properties/orderReports/items/properties/clientOrderId/type', 'string');
  const x8: unknown = d['transactTime'];
  if (x8 !== undefined) {
    if (!isInteger(x8)) return typeError(p + '/transactTime', '#/properties/orderReports/items/properties/transactTime/type', 'integer');
  }
  const x9: unknown = d['price'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/price', '#/properties/orderReports/items/properties/price', source1);
  const x10: unknown = d['origQty'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/origQty', '#/properties/orderReports/items/properties/origQty', source1);
  const x11: unknown = d['executedQty'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/executedQty', '#/properties/orderReports/items/properties/executedQty', source1);
  const x12: unknown = d['cummulativeQuoteQty'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/cummulativeQuoteQty', '#/properties/orderReports/items/properties/cummulativeQuoteQty', source1);
  const x13: unknown = d['status'];
  if (typeof x13 !== 'string') return typeError(p + '/status', '#/properties/orderReports/items/properties/status/type', 'string');
  const x14: unknown = d['timeInForce'];
  if (typeof x14 !== 'string') return typeError(p + '/timeInForce', '#/properties/orderReports/items/properties/timeInForce/type', 'string');
  const x15: unknown = d['type'];
  if (typeof x15 !== 'string') return typeError(p + '/type', '#/properties/orderReports/items/properties/type/type', 'string');
  const x16: unknown = d['side'];
  if (typeof x16 !== 'string') return typeError(p + '/side', '#/properties/orderReports/items/properties/side/type', 'string');
  const x17: unknown = d['stopPrice'];
  if (x17 !== undefined) {
    if (!matches(x17, pattern0)) return stringError(x17, pattern0, p + '/stopPrice', '#/properties/orderReports/items/properties/stopPrice', source1);
  }
  const x18: unknown = d['icebergQty'];
  if (x18 !== undefined) {
    if (!matches(x18, pattern0)) return stringError(x18, pattern0, p + '/icebergQty', '#/properties/orderReports/items/properties/icebergQty', source1);
  }
  const x19: unknown = d['selfTradePreventionMode'];
  if (x19 !== undefined) {
    if (typeof x19 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/properties/orderReports/items/properties/selfTradePreventionMode/type', 'string');
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/orders/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/orders/items/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/properties/orders/items/required', 'orderId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/properties/orders/items/required', 'clientOrderId');
  const x31: unknown = d['symbol'];
  if (typeof x31 !== 'string') return typeError(p + '/symbol', '#/properties/orders/items/properties/symbol/type', 'string');
  const x32: unknown = d['orderId'];
  if (!isInteger(x32)) return typeError(p + '/orderId', '#/properties/orders/items/properties/orderId/type', 'integer');
  const x33: unknown = d['clientOrderId'];
  if (typeof x33 !== 'string') return typeError(p + '/clientOrderId', '#/properties/orders/items/properties/clientOrderId/type', 'string');
  return undefined;
}
