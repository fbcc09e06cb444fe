// Generated from spec/usdm/operations/modify-batch-orders.yaml by codegen/. DO NOT EDIT.
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
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/modify-batch-orders.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/items/anyOf/0';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at3: string = '#/items/anyOf/1';

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
  if (typeof d['pair'] !== 'string') return typeErrorAt(d, p, at0, 'pair', 'string');
  const x3: unknown = d['modifyId'];
  if (x3 !== undefined) {
    if (!isInteger(x3)) return typeErrorAt(d, p, at0, 'modifyId', 'integer');
  }
  if (!matches(d['cumQty'], pattern1)) return stringErrorAt(d, p, at0, 'cumQty', source2);
  const x5: unknown = d['cumQuote'];
  if (x5 !== undefined) {
    if (!matches(x5, pattern1)) return stringErrorAt(d, p, at0, 'cumQuote', source2);
  }
  const x6: unknown = d['avgPrice'];
  if (x6 !== undefined) {
    if (!matches(x6, pattern1)) return stringErrorAt(d, p, at0, 'avgPrice', source2);
  }
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'clientOrderId', 'string');
  if (!matches(d['executedQty'], pattern1)) return stringErrorAt(d, p, at0, 'executedQty', source2);
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at0, 'orderId', 'integer');
  if (!matches(d['origQty'], pattern1)) return stringErrorAt(d, p, at0, 'origQty', source2);
  if (typeof d['origType'] !== 'string') return typeErrorAt(d, p, at0, 'origType', 'string');
  if (!matches(d['price'], pattern1)) return stringErrorAt(d, p, at0, 'price', source2);
  if (typeof d['reduceOnly'] !== 'boolean') return typeErrorAt(d, p, at0, 'reduceOnly', 'boolean');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, at0, 'side', 'string');
  if (typeof d['positionSide'] !== 'string') return typeErrorAt(d, p, at0, 'positionSide', 'string');
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at0, 'status', 'string');
  if (!matches(d['stopPrice'], pattern1)) return stringErrorAt(d, p, at0, 'stopPrice', source2);
  if (typeof d['closePosition'] !== 'boolean') return typeErrorAt(d, p, at0, 'closePosition', 'boolean');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, at0, 'timeInForce', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at0, 'type', 'string');
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, at0, 'updateTime', 'integer');
  if (typeof d['workingType'] !== 'string') return typeErrorAt(d, p, at0, 'workingType', 'string');
  if (typeof d['priceProtect'] !== 'boolean') return typeErrorAt(d, p, at0, 'priceProtect', 'boolean');
  const x25: unknown = d['priceMatch'];
  if (x25 !== undefined) {
    if (typeof x25 !== 'string') return typeErrorAt(d, p, at0, 'priceMatch', 'string');
  }
  const x26: unknown = d['selfTradePreventionMode'];
  if (x26 !== undefined) {
    if (typeof x26 !== 'string') return typeErrorAt(d, p, at0, 'selfTradePreventionMode', 'string');
  }
  const x27: unknown = d['goodTillDate'];
  if (x27 !== undefined) {
    if (!isInteger(x27)) return typeErrorAt(d, p, at0, 'goodTillDate', 'integer');
  }
  const x28: unknown = d['activatePrice'];
  if (x28 !== undefined) {
    if (!matches(x28, pattern1)) return stringErrorAt(d, p, at0, 'activatePrice', source2);
  }
  const x29: unknown = d['priceRate'];
  if (x29 !== undefined) {
    if (!matches(x29, pattern1)) return stringErrorAt(d, p, at0, 'priceRate', source2);
  }
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/anyOf/1/type', 'object');
  if (!isInteger(d['code'])) return typeErrorAt(d, p, at3, 'code', 'integer');
  if (typeof d['msg'] !== 'string') return typeErrorAt(d, p, at3, 'msg', 'string');
  return undefined;
}
