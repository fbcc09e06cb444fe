// Generated from spec/usdm/operations/get-all-orders.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-all-orders.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at2: string = '#/items';

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
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (!matches(d['avgPrice'], pattern0)) return stringErrorAt(d, p, at2, 'avgPrice', source1);
  if (!matches(d['cumQuote'], pattern0)) return stringErrorAt(d, p, at2, 'cumQuote', source1);
  if (!isInteger(d['time'])) return typeErrorAt(d, p, at2, 'time', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at2, 'clientOrderId', 'string');
  if (!matches(d['executedQty'], pattern0)) return stringErrorAt(d, p, at2, 'executedQty', source1);
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at2, 'orderId', 'integer');
  if (!matches(d['origQty'], pattern0)) return stringErrorAt(d, p, at2, 'origQty', source1);
  if (typeof d['origType'] !== 'string') return typeErrorAt(d, p, at2, 'origType', 'string');
  if (!matches(d['price'], pattern0)) return stringErrorAt(d, p, at2, 'price', source1);
  if (typeof d['reduceOnly'] !== 'boolean') return typeErrorAt(d, p, at2, 'reduceOnly', 'boolean');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, at2, 'side', 'string');
  if (typeof d['positionSide'] !== 'string') return typeErrorAt(d, p, at2, 'positionSide', 'string');
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at2, 'status', 'string');
  if (!matches(d['stopPrice'], pattern0)) return stringErrorAt(d, p, at2, 'stopPrice', source1);
  if (typeof d['closePosition'] !== 'boolean') return typeErrorAt(d, p, at2, 'closePosition', 'boolean');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at2, 'symbol', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, at2, 'timeInForce', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at2, 'type', 'string');
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, at2, 'updateTime', 'integer');
  if (typeof d['workingType'] !== 'string') return typeErrorAt(d, p, at2, 'workingType', 'string');
  if (typeof d['priceProtect'] !== 'boolean') return typeErrorAt(d, p, at2, 'priceProtect', 'boolean');
  const x23: unknown = d['priceMatch'];
  if (x23 !== undefined) {
    if (typeof x23 !== 'string') return typeErrorAt(d, p, at2, 'priceMatch', 'string');
  }
  const x24: unknown = d['selfTradePreventionMode'];
  if (x24 !== undefined) {
    if (typeof x24 !== 'string') return typeErrorAt(d, p, at2, 'selfTradePreventionMode', 'string');
  }
  const x25: unknown = d['goodTillDate'];
  if (x25 !== undefined) {
    if (!isInteger(x25)) return typeErrorAt(d, p, at2, 'goodTillDate', 'integer');
  }
  const x26: unknown = d['activatePrice'];
  if (x26 !== undefined) {
    if (!matches(x26, pattern0)) return stringErrorAt(d, p, at2, 'activatePrice', source1);
  }
  const x27: unknown = d['priceRate'];
  if (x27 !== undefined) {
    if (!matches(x27, pattern0)) return stringErrorAt(d, p, at2, 'priceRate', source1);
  }
  return undefined;
}
