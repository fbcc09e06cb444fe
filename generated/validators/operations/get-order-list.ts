// Generated from spec/operations/get-order-list.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-order-list.json; the first error in `validate.errors`. */
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
  const x7: unknown = d['orders'];
  if (!Array.isArray(x7)) return typeError(p + '/orders', '#/properties/orders/type', 'array');
  for (let i8 = 0; i8 < x7.length; i8++) {
    const x9: unknown = x7[i8];
    if ((e = check1(x9, p + '/orders/' + i8))) return e;
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
