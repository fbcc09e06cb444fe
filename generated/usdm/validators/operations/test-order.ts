// Generated from spec/usdm/operations/test-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/test-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['clientOrderId'];
  if (x0 !== undefined) {
    if (typeof x0 !== 'string') return typeErrorAt(d, p, '#', 'clientOrderId', 'string');
  }
  const x1: unknown = d['cumQty'];
  if (x1 !== undefined) {
    if (!matches(x1, pattern0)) return stringErrorAt(d, p, '#', 'cumQty', source1);
  }
  const x2: unknown = d['cumQuote'];
  if (x2 !== undefined) {
    if (!matches(x2, pattern0)) return stringErrorAt(d, p, '#', 'cumQuote', source1);
  }
  const x3: unknown = d['executedQty'];
  if (x3 !== undefined) {
    if (!matches(x3, pattern0)) return stringErrorAt(d, p, '#', 'executedQty', source1);
  }
  const x4: unknown = d['orderId'];
  if (x4 !== undefined) {
    if (!isInteger(x4)) return typeErrorAt(d, p, '#', 'orderId', 'integer');
  }
  const x5: unknown = d['avgPrice'];
  if (x5 !== undefined) {
    if (!matches(x5, pattern0)) return stringErrorAt(d, p, '#', 'avgPrice', source1);
  }
  const x6: unknown = d['origQty'];
  if (x6 !== undefined) {
    if (!matches(x6, pattern0)) return stringErrorAt(d, p, '#', 'origQty', source1);
  }
  const x7: unknown = d['price'];
  if (x7 !== undefined) {
    if (!matches(x7, pattern0)) return stringErrorAt(d, p, '#', 'price', source1);
  }
  const x8: unknown = d['reduceOnly'];
  if (x8 !== undefined) {
    if (typeof x8 !== 'boolean') return typeErrorAt(d, p, '#', 'reduceOnly', 'boolean');
  }
  const x9: unknown = d['side'];
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') return typeErrorAt(d, p, '#', 'side', 'string');
  }
  const x10: unknown = d['positionSide'];
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') return typeErrorAt(d, p, '#', 'positionSide', 'string');
  }
  const x11: unknown = d['status'];
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') return typeErrorAt(d, p, '#', 'status', 'string');
  }
  const x12: unknown = d['stopPrice'];
  if (x12 !== undefined) {
    if (!matches(x12, pattern0)) return stringErrorAt(d, p, '#', 'stopPrice', source1);
  }
  const x13: unknown = d['closePosition'];
  if (x13 !== undefined) {
    if (typeof x13 !== 'boolean') return typeErrorAt(d, p, '#', 'closePosition', 'boolean');
  }
  const x14: unknown = d['symbol'];
  if (x14 !== undefined) {
    if (typeof x14 !== 'string') return typeErrorAt(d, p, '#', 'symbol', 'string');
  }
  const x15: unknown = d['timeInForce'];
  if (x15 !== undefined) {
    if (typeof x15 !== 'string') return typeErrorAt(d, p, '#', 'timeInForce', 'string');
  }
  const x16: unknown = d['type'];
  if (x16 !== undefined) {
    if (typeof x16 !== 'string') return typeErrorAt(d, p, '#', 'type', 'string');
  }
  const x17: unknown = d['origType'];
  if (x17 !== undefined) {
    if (typeof x17 !== 'string') return typeErrorAt(d, p, '#', 'origType', 'string');
  }
  const x18: unknown = d['activatePrice'];
  if (x18 !== undefined) {
    if (!matches(x18, pattern0)) return stringErrorAt(d, p, '#', 'activatePrice', source1);
  }
  const x19: unknown = d['priceRate'];
  if (x19 !== undefined) {
    if (!matches(x19, pattern0)) return stringErrorAt(d, p, '#', 'priceRate', source1);
  }
  const x20: unknown = d['updateTime'];
  if (x20 !== undefined) {
    if (!isInteger(x20)) return typeErrorAt(d, p, '#', 'updateTime', 'integer');
  }
  const x21: unknown = d['workingType'];
  if (x21 !== undefined) {
    if (typeof x21 !== 'string') return typeErrorAt(d, p, '#', 'workingType', 'string');
  }
  const x22: unknown = d['priceProtect'];
  if (x22 !== undefined) {
    if (typeof x22 !== 'boolean') return typeErrorAt(d, p, '#', 'priceProtect', 'boolean');
  }
  const x23: unknown = d['priceMatch'];
  if (x23 !== undefined) {
    if (typeof x23 !== 'string') return typeErrorAt(d, p, '#', 'priceMatch', 'string');
  }
  const x24: unknown = d['selfTradePreventionMode'];
  if (x24 !== undefined) {
    if (typeof x24 !== 'string') return typeErrorAt(d, p, '#', 'selfTradePreventionMode', 'string');
  }
  const x25: unknown = d['goodTillDate'];
  if (x25 !== undefined) {
    if (!isInteger(x25)) return typeErrorAt(d, p, '#', 'goodTillDate', 'integer');
  }
  return undefined;
}
