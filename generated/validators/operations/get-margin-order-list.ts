// Generated from spec/operations/sapi/get-margin-order-list.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-order-list.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

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
  const x7: unknown = d['isIsolated'];
  if (x7 !== undefined) {
    if (typeof x7 !== 'boolean') return typeError(p + '/isIsolated', '#/properties/isIsolated/type', 'boolean');
  }
  const x8: unknown = d['orders'];
  if (!Array.isArray(x8)) return typeError(p + '/orders', '#/properties/orders/type', 'array');
  for (let i9 = 0; i9 < x8.length; i9++) {
    const x10: unknown = x8[i9];
    if ((e = check1(x10, p + '/orders/' + i9))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/orders/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/orders/items/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/properties/orders/items/required', 'orderId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/properties/orders/items/required', 'clientOrderId');
  const x11: unknown = d['symbol'];
  if (typeof x11 !== 'string') return typeError(p + '/symbol', '#/properties/orders/items/properties/symbol/type', 'string');
  const x12: unknown = d['orderId'];
  if (!isInteger(x12)) return typeError(p + '/orderId', '#/properties/orders/items/properties/orderId/type', 'integer');
  const x13: unknown = d['clientOrderId'];
  if (typeof x13 !== 'string') return typeError(p + '/clientOrderId', '#/properties/orders/items/properties/clientOrderId/type', 'string');
  return undefined;
}
