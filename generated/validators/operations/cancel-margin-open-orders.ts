// Generated from spec/operations/sapi/cancel-margin-open-orders.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/cancel-margin-open-orders.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/items/anyOf/0';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at3: string = '#/items/anyOf/1';
const at4: string = '#/items/anyOf/1/properties/orderReports/items';
const at5: string = '#/items/anyOf/1/properties/orders/items';

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
  const x2: unknown = d['isIsolated'];
  if (x2 !== undefined) {
    if (typeof x2 !== 'boolean') return typeErrorAt(d, p, at0, 'isIsolated', 'boolean');
  }
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  const x4: unknown = d['origClientOrderId'];
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') return typeErrorAt(d, p, at0, 'origClientOrderId', 'string');
  }
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at0, 'orderId', 'integer');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, at0, 'orderListId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'clientOrderId', 'string');
  const x8: unknown = d['transactTime'];
  if (x8 !== undefined) {
    if (!isInteger(x8)) return typeErrorAt(d, p, at0, 'transactTime', 'integer');
  }
  if (!matches(d['price'], pattern1)) return stringErrorAt(d, p, at0, 'price', source2);
  if (!matches(d['origQty'], pattern1)) return stringErrorAt(d, p, at0, 'origQty', source2);
  if (!matches(d['executedQty'], pattern1)) return stringErrorAt(d, p, at0, 'executedQty', source2);
  if (!matches(d['cummulativeQuoteQty'], pattern1)) return stringErrorAt(d, p, at0, 'cummulativeQuoteQty', source2);
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at0, 'status', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, at0, 'timeInForce', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at0, 'type', 'string');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, at0, 'side', 'string');
  const x17: unknown = d['stopPrice'];
  if (x17 !== undefined) {
    if (!matches(x17, pattern1)) return stringErrorAt(d, p, at0, 'stopPrice', source2);
  }
  const x18: unknown = d['icebergQty'];
  if (x18 !== undefined) {
    if (!matches(x18, pattern1)) return stringErrorAt(d, p, at0, 'icebergQty', source2);
  }
  const x19: unknown = d['selfTradePreventionMode'];
  if (x19 !== undefined) {
    if (typeof x19 !== 'string') return typeErrorAt(d, p, at0, 'selfTradePreventionMode', 'string');
  }
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/items/anyOf/1/type', 'object');
  const x20: unknown = d['orderReports'];
  if (!Array.isArray(x20)) return typeErrorAt(d, p, at3, 'orderReports', 'array');
  for (let i21 = 0; i21 < x20.length; i21++) {
    const x22: unknown = x20[i21];
    if ((e = check4(x22, p + '/orderReports/' + i21))) return e;
  }
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, at3, 'orderListId', 'integer');
  if (typeof d['contingencyType'] !== 'string') return typeErrorAt(d, p, at3, 'contingencyType', 'string');
  if (typeof d['listStatusType'] !== 'string') return typeErrorAt(d, p, at3, 'listStatusType', 'string');
  if (typeof d['listOrderStatus'] !== 'string') return typeErrorAt(d, p, at3, 'listOrderStatus', 'string');
  if (typeof d['listClientOrderId'] !== 'string') return typeErrorAt(d, p, at3, 'listClientOrderId', 'string');
  if (!isInteger(d['transactionTime'])) return typeErrorAt(d, p, at3, 'transactionTime', 'integer');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at3, 'symbol', 'string');
  const x49: unknown = d['isIsolated'];
  if (x49 !== undefined) {
    if (typeof x49 !== 'boolean') return typeErrorAt(d, p, at3, 'isIsolated', 'boolean');
  }
  const x50: unknown = d['orders'];
  if (!Array.isArray(x50)) return typeErrorAt(d, p, at3, 'orders', 'array');
  for (let i51 = 0; i51 < x50.length; i51++) {
    const x52: unknown = x50[i51];
    if ((e = check5(x52, p + '/orders/' + i51))) return e;
  }
  return undefined;
}

function check4(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/anyOf/1/properties/orderReports/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at4, 'symbol', 'string');
  const x24: unknown = d['origClientOrderId'];
  if (x24 !== undefined) {
    if (typeof x24 !== 'string') return typeErrorAt(d, p, at4, 'origClientOrderId', 'string');
  }
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at4, 'orderId', 'integer');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, at4, 'orderListId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at4, 'clientOrderId', 'string');
  const x28: unknown = d['transactTime'];
  if (x28 !== undefined) {
    if (!isInteger(x28)) return typeErrorAt(d, p, at4, 'transactTime', 'integer');
  }
  if (!matches(d['price'], pattern1)) return stringErrorAt(d, p, at4, 'price', source2);
  if (!matches(d['origQty'], pattern1)) return stringErrorAt(d, p, at4, 'origQty', source2);
  if (!matches(d['executedQty'], pattern1)) return stringErrorAt(d, p, at4, 'executedQty', source2);
  if (!matches(d['cummulativeQuoteQty'], pattern1)) return stringErrorAt(d, p, at4, 'cummulativeQuoteQty', source2);
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at4, 'status', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, at4, 'timeInForce', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at4, 'type', 'string');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, at4, 'side', 'string');
  const x37: unknown = d['stopPrice'];
  if (x37 !== undefined) {
    if (!matches(x37, pattern1)) return stringErrorAt(d, p, at4, 'stopPrice', source2);
  }
  const x38: unknown = d['icebergQty'];
  if (x38 !== undefined) {
    if (!matches(x38, pattern1)) return stringErrorAt(d, p, at4, 'icebergQty', source2);
  }
  const x39: unknown = d['selfTradePreventionMode'];
  if (x39 !== undefined) {
    if (typeof x39 !== 'string') return typeErrorAt(d, p, at4, 'selfTradePreventionMode', 'string');
  }
  return undefined;
}

function check5(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/anyOf/1/properties/orders/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at5, 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at5, 'orderId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at5, 'clientOrderId', 'string');
  return undefined;
}
