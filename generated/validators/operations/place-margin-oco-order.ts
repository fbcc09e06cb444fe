// Generated from spec/operations/sapi/place-margin-oco-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/place-margin-oco-order.json; the first error in `validate.errors`. */
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
  const x0: unknown = d['marginBuyBorrowAmount'];
  if (x0 !== undefined) {
    if (!matches(x0, pattern0)) return stringError(x0, pattern0, p + '/marginBuyBorrowAmount', '#/properties/marginBuyBorrowAmount', source1);
  }
  const x1: unknown = d['marginBuyBorrowAsset'];
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') return typeError(p + '/marginBuyBorrowAsset', '#/properties/marginBuyBorrowAsset/type', 'string');
  }
  const x2: unknown = d['orderReports'];
  if (!Array.isArray(x2)) return typeError(p + '/orderReports', '#/properties/orderReports/type', 'array');
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4: unknown = x2[i3];
    if ((e = check1(x4, p + '/orderReports/' + i3))) return e;
  }
  const x22: unknown = d['orderListId'];
  if (!isInteger(x22)) return typeError(p + '/orderListId', '#/properties/orderListId/type', 'integer');
  const x23: unknown = d['contingencyType'];
  if (typeof x23 !== 'string') return typeError(p + '/contingencyType', '#/properties/contingencyType/type', 'string');
  const x24: unknown = d['listStatusType'];
  if (typeof x24 !== 'string') return typeError(p + '/listStatusType', '#/properties/listStatusType/type', 'string');
  const x25: unknown = d['listOrderStatus'];
  if (typeof x25 !== 'string') return typeError(p + '/listOrderStatus', '#/properties/listOrderStatus/type', 'string');
  const x26: unknown = d['listClientOrderId'];
  if (typeof x26 !== 'string') return typeError(p + '/listClientOrderId', '#/properties/listClientOrderId/type', 'string');
  const x27: unknown = d['transactionTime'];
  if (!isInteger(x27)) return typeError(p + '/transactionTime', '#/properties/transactionTime/type', 'integer');
  const x28: unknown = d['symbol'];
  if (typeof x28 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  const x29: unknown = d['isIsolated'];
  if (x29 !== undefined) {
    if (typeof x29 !== 'boolean') return typeError(p + '/isIsolated', '#/properties/isIsolated/type', 'boolean');
  }
  const x30: unknown = d['orders'];
  if (!Array.isArray(x30)) return typeError(p + '/orders', '#/properties/orders/type', 'array');
  for (let i31 = 0; i31 < x30.length; i31++) {
    const x32: unknown = x30[i31];
    if ((e = check2(x32, p + '/orders/' + i31))) return e;
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
  const x5: unknown = d['symbol'];
  if (typeof x5 !== 'string') return typeError(p + '/symbol', '#/properties/orderReports/items/properties/symbol/type', 'string');
  const x6: unknown = d['origClientOrderId'];
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') return typeError(p + '/origClientOrderId', '#/properties/orderReports/items/properties/origClientOrderId/type', 'string');
  }
  const x7: unknown = d['orderId'];
  if (!isInteger(x7)) return typeError(p + '/orderId', '#/properties/orderReports/items/properties/orderId/type', 'integer');
  const x8: unknown = d['orderListId'];
  if (!isInteger(x8)) return typeError(p + '/orderListId', '#/properties/orderReports/items/properties/orderListId/type', 'integer');
  const x9: unknown = d['clientOrderId'];
  if (typeof x9 !== 'string') return typeError(p + '/clientOrderId', '#/properties/orderReports/items/properties/clientOrderId/type', 'string');
  const x10: unknown = d['transactTime'];
  if (x10 !== undefined) {
    if (!isInteger(x10)) return typeError(p + '/transactTime', '#/properties/orderReports/items/properties/transactTime/type', 'integer');
  }
  const x11: unknown = d['price'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/price', '#/properties/orderReports/items/properties/price', source1);
  const x12: unknown = d['origQty'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/origQty', '#/properties/orderReports/items/properties/origQty', source1);
  const x13: unknown = d['executedQty'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/executedQty', '#/properties/orderReports/items/properties/executedQty', source1);
  const x14: unknown = d['cummulativeQuoteQty'];
  if (!matches(x14, pattern0)) return stringError(x14, pattern0, p + '/cummulativeQuoteQty', '#/properties/orderReports/items/properties/cummulativeQuoteQty', source1);
  const x15: unknown = d['status'];
  if (typeof x15 !== 'string') return typeError(p + '/status', '#/properties/orderReports/items/properties/status/type', 'string');
  const x16: unknown = d['timeInForce'];
  if (typeof x16 !== 'string') return typeError(p + '/timeInForce', '#/properties/orderReports/items/properties/timeInForce/type', 'string');
  const x17: unknown = d['type'];
  if (typeof x17 !== 'string') return typeError(p + '/type', '#/properties/orderReports/items/properties/type/type', 'string');
  const x18: unknown = d['side'];
  if (typeof x18 !== 'string') return typeError(p + '/side', '#/properties/orderReports/items/properties/side/type', 'string');
  const x19: unknown = d['stopPrice'];
  if (x19 !== undefined) {
    if (!matches(x19, pattern0)) return stringError(x19, pattern0, p + '/stopPrice', '#/properties/orderReports/items/properties/stopPrice', source1);
  }
  const x20: unknown = d['icebergQty'];
  if (x20 !== undefined) {
    if (!matches(x20, pattern0)) return stringError(x20, pattern0, p + '/icebergQty', '#/properties/orderReports/items/properties/icebergQty', source1);
  }
  const x21: unknown = d['selfTradePreventionMode'];
  if (x21 !== undefined) {
    if (typeof x21 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/properties/orderReports/items/properties/selfTradePreventionMode/type', 'string');
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/orders/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/orders/items/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/properties/orders/items/required', 'orderId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/properties/orders/items/required', 'clientOrderId');
  const x33: unknown = d['symbol'];
  if (typeof x33 !== 'string') return typeError(p + '/symbol', '#/properties/orders/items/properties/symbol/type', 'string');
  const x34: unknown = d['orderId'];
  if (!isInteger(x34)) return typeError(p + '/orderId', '#/properties/orders/items/properties/orderId/type', 'integer');
  const x35: unknown = d['clientOrderId'];
  if (typeof x35 !== 'string') return typeError(p + '/clientOrderId', '#/properties/orders/items/properties/clientOrderId/type', 'string');
  return undefined;
}
