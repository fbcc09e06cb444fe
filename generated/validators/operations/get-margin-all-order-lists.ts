// Generated from spec/operations/sapi/get-margin-all-order-lists.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-all-order-lists.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

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
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (d['orderListId'] === undefined) return requiredError(p, '#/items/required', 'orderListId');
  if (d['contingencyType'] === undefined) return requiredError(p, '#/items/required', 'contingencyType');
  if (d['listStatusType'] === undefined) return requiredError(p, '#/items/required', 'listStatusType');
  if (d['listOrderStatus'] === undefined) return requiredError(p, '#/items/required', 'listOrderStatus');
  if (d['listClientOrderId'] === undefined) return requiredError(p, '#/items/required', 'listClientOrderId');
  if (d['transactionTime'] === undefined) return requiredError(p, '#/items/required', 'transactionTime');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['orders'] === undefined) return requiredError(p, '#/items/required', 'orders');
  const x2: unknown = d['orderListId'];
  if (!isInteger(x2)) return typeError(p + '/orderListId', '#/items/properties/orderListId/type', 'integer');
  const x3: unknown = d['contingencyType'];
  if (typeof x3 !== 'string') return typeError(p + '/contingencyType', '#/items/properties/contingencyType/type', 'string');
  const x4: unknown = d['listStatusType'];
  if (typeof x4 !== 'string') return typeError(p + '/listStatusType', '#/items/properties/listStatusType/type', 'string');
  const x5: unknown = d['listOrderStatus'];
  if (typeof x5 !== 'string') return typeError(p + '/listOrderStatus', '#/items/properties/listOrderStatus/type', 'string');
  const x6: unknown = d['listClientOrderId'];
  if (typeof x6 !== 'string') return typeError(p + '/listClientOrderId', '#/items/properties/listClientOrderId/type', 'string');
  const x7: unknown = d['transactionTime'];
  if (!isInteger(x7)) return typeError(p + '/transactionTime', '#/items/properties/transactionTime/type', 'integer');
  const x8: unknown = d['symbol'];
  if (typeof x8 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x9: unknown = d['isIsolated'];
  if (x9 !== undefined) {
    if (typeof x9 !== 'boolean') return typeError(p + '/isIsolated', '#/items/properties/isIsolated/type', 'boolean');
  }
  const x10: unknown = d['orders'];
  if (!Array.isArray(x10)) return typeError(p + '/orders', '#/items/properties/orders/type', 'array');
  for (let i11 = 0; i11 < x10.length; i11++) {
    const x12: unknown = x10[i11];
    if ((e = check2(x12, p + '/orders/' + i11))) return e;
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/properties/orders/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/properties/orders/items/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/items/properties/orders/items/required', 'orderId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/items/properties/orders/items/required', 'clientOrderId');
  const x13: unknown = d['symbol'];
  if (typeof x13 !== 'string') return typeError(p + '/symbol', '#/items/properties/orders/items/properties/symbol/type', 'string');
  const x14: unknown = d['orderId'];
  if (!isInteger(x14)) return typeError(p + '/orderId', '#/items/properties/orders/items/properties/orderId/type', 'integer');
  const x15: unknown = d['clientOrderId'];
  if (typeof x15 !== 'string') return typeError(p + '/clientOrderId', '#/items/properties/orders/items/properties/clientOrderId/type', 'string');
  return undefined;
}
