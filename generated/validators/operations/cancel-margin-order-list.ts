// Generated from spec/operations/sapi/cancel-margin-order-list.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/cancel-margin-order-list.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/orderReports/items';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at3: string = '#/properties/orders/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['orderReports'];
  if (!Array.isArray(x0)) return typeErrorAt(d, p, '#', 'orderReports', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/orderReports/' + i1))) return e;
  }
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, '#', 'orderListId', 'integer');
  if (typeof d['contingencyType'] !== 'string') return typeErrorAt(d, p, '#', 'contingencyType', 'string');
  if (typeof d['listStatusType'] !== 'string') return typeErrorAt(d, p, '#', 'listStatusType', 'string');
  if (typeof d['listOrderStatus'] !== 'string') return typeErrorAt(d, p, '#', 'listOrderStatus', 'string');
  if (typeof d['listClientOrderId'] !== 'string') return typeErrorAt(d, p, '#', 'listClientOrderId', 'string');
  if (!isInteger(d['transactionTime'])) return typeErrorAt(d, p, '#', 'transactionTime', 'integer');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, '#', 'symbol', 'string');
  const x29: unknown = d['isIsolated'];
  if (x29 !== undefined) {
    if (typeof x29 !== 'boolean') return typeErrorAt(d, p, '#', 'isIsolated', 'boolean');
  }
  const x30: unknown = d['orders'];
  if (!Array.isArray(x30)) return typeErrorAt(d, p, '#', 'orders', 'array');
  for (let i31 = 0; i31 < x30.length; i31++) {
    const x32: unknown = x30[i31];
    if ((e = check2(x32, p + '/orders/' + i31))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/orderReports/items/type', 'object');
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

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/orders/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at3, 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at3, 'orderId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at3, 'clientOrderId', 'string');
  return undefined;
}
