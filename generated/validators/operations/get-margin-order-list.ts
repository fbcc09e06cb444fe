// Generated from spec/operations/sapi/get-margin-order-list.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-order-list.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/orders/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, '#', 'orderListId', 'integer');
  if (typeof d['contingencyType'] !== 'string') return typeErrorAt(d, p, '#', 'contingencyType', 'string');
  if (typeof d['listStatusType'] !== 'string') return typeErrorAt(d, p, '#', 'listStatusType', 'string');
  if (typeof d['listOrderStatus'] !== 'string') return typeErrorAt(d, p, '#', 'listOrderStatus', 'string');
  if (typeof d['listClientOrderId'] !== 'string') return typeErrorAt(d, p, '#', 'listClientOrderId', 'string');
  if (!isInteger(d['transactionTime'])) return typeErrorAt(d, p, '#', 'transactionTime', 'integer');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, '#', 'symbol', 'string');
  const x7: unknown = d['isIsolated'];
  if (x7 !== undefined) {
    if (typeof x7 !== 'boolean') return typeErrorAt(d, p, '#', 'isIsolated', 'boolean');
  }
  const x8: unknown = d['orders'];
  if (!Array.isArray(x8)) return typeErrorAt(d, p, '#', 'orders', 'array');
  for (let i9 = 0; i9 < x8.length; i9++) {
    const x10: unknown = x8[i9];
    if ((e = check1(x10, p + '/orders/' + i9))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/orders/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at0, 'orderId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'clientOrderId', 'string');
  return undefined;
}
