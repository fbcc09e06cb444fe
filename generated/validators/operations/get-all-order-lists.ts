// Generated from spec/operations/get-all-order-lists.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-all-order-lists.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/items';
const at1: string = '#/items/properties/orders/items';

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
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, at0, 'orderListId', 'integer');
  if (typeof d['contingencyType'] !== 'string') return typeErrorAt(d, p, at0, 'contingencyType', 'string');
  if (typeof d['listStatusType'] !== 'string') return typeErrorAt(d, p, at0, 'listStatusType', 'string');
  if (typeof d['listOrderStatus'] !== 'string') return typeErrorAt(d, p, at0, 'listOrderStatus', 'string');
  if (typeof d['listClientOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'listClientOrderId', 'string');
  if (!isInteger(d['transactionTime'])) return typeErrorAt(d, p, at0, 'transactionTime', 'integer');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  const x9: unknown = d['orders'];
  if (!Array.isArray(x9)) return typeErrorAt(d, p, at0, 'orders', 'array');
  for (let i10 = 0; i10 < x9.length; i10++) {
    const x11: unknown = x9[i10];
    if ((e = check2(x11, p + '/orders/' + i10))) return e;
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/properties/orders/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at1, 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at1, 'orderId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at1, 'clientOrderId', 'string');
  return undefined;
}
