// Generated from spec/operations/sapi/place-margin-oco-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/place-margin-oco-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at2: string = '#/properties/orderReports/items';
const at3: string = '#/properties/orders/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['marginBuyBorrowAmount'];
  if (x0 !== undefined) {
    if (!matches(x0, pattern0)) return stringErrorAt(d, p, '#', 'marginBuyBorrowAmount', source1);
  }
  const x1: unknown = d['marginBuyBorrowAsset'];
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') return typeErrorAt(d, p, '#', 'marginBuyBorrowAsset', 'string');
  }
  const x2: unknown = d['orderReports'];
  if (!Array.isArray(x2)) return typeErrorAt(d, p, '#', 'orderReports', 'array');
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4: unknown = x2[i3];
    if ((e = check1(x4, p + '/orderReports/' + i3))) return e;
  }
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, '#', 'orderListId', 'integer');
  if (typeof d['contingencyType'] !== 'string') return typeErrorAt(d, p, '#', 'contingencyType', 'string');
  if (typeof d['listStatusType'] !== 'string') return typeErrorAt(d, p, '#', 'listStatusType', 'string');
  if (typeof d['listOrderStatus'] !== 'string') return typeErrorAt(d, p, '#', 'listOrderStatus', 'string');
  if (typeof d['listClientOrderId'] !== 'string') return typeErrorAt(d, p, '#', 'listClientOrderId', 'string');
  if (!isInteger(d['transactionTime'])) return typeErrorAt(d, p, '#', 'transactionTime', 'integer');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, '#', 'symbol', 'string');
  const x31: unknown = d['isIsolated'];
  if (x31 !== undefined) {
    if (typeof x31 !== 'boolean') return typeErrorAt(d, p, '#', 'isIsolated', 'boolean');
  }
  const x32: unknown = d['orders'];
  if (!Array.isArray(x32)) return typeErrorAt(d, p, '#', 'orders', 'array');
  for (let i33 = 0; i33 < x32.length; i33++) {
    const x34: unknown = x32[i33];
    if ((e = check2(x34, p + '/orders/' + i33))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/orderReports/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at2, 'symbol', 'string');
  const x6: unknown = d['origClientOrderId'];
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') return typeErrorAt(d, p, at2, 'origClientOrderId', 'string');
  }
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at2, 'orderId', 'integer');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, at2, 'orderListId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at2, 'clientOrderId', 'string');
  const x10: unknown = d['transactTime'];
  if (x10 !== undefined) {
    if (!isInteger(x10)) return typeErrorAt(d, p, at2, 'transactTime', 'integer');
  }
  if (!matches(d['price'], pattern0)) return stringErrorAt(d, p, at2, 'price', source1);
  if (!matches(d['origQty'], pattern0)) return stringErrorAt(d, p, at2, 'origQty', source1);
  if (!matches(d['executedQty'], pattern0)) return stringErrorAt(d, p, at2, 'executedQty', source1);
  if (!matches(d['cummulativeQuoteQty'], pattern0)) return stringErrorAt(d, p, at2, 'cummulativeQuoteQty', source1);
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at2, 'status', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, at2, 'timeInForce', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at2, 'type', 'string');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, at2, 'side', 'string');
  const x19: unknown = d['stopPrice'];
  if (x19 !== undefined) {
    if (!matches(x19, pattern0)) return stringErrorAt(d, p, at2, 'stopPrice', source1);
  }
  const x20: unknown = d['icebergQty'];
  if (x20 !== undefined) {
    if (!matches(x20, pattern0)) return stringErrorAt(d, p, at2, 'icebergQty', source1);
  }
  const x21: unknown = d['selfTradePreventionMode'];
  if (x21 !== undefined) {
    if (typeof x21 !== 'string') return typeErrorAt(d, p, at2, 'selfTradePreventionMode', 'string');
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/orders/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at3, 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at3, 'orderId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at3, 'clientOrderId', 'string');
  return undefined;
}
