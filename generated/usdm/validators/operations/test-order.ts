// Generated from spec/usdm/operations/test-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  stringError,
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
    if (typeof x0 !== 'string') return typeError(p + '/clientOrderId', '#/properties/clientOrderId/type', 'string');
  }
  const x1: unknown = d['cumQty'];
  if (x1 !== undefined) {
    if (!matches(x1, pattern0)) return stringError(x1, pattern0, p + '/cumQty', '#/properties/cumQty', source1);
  }
  const x2: unknown = d['cumQuote'];
  if (x2 !== undefined) {
    if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/cumQuote', '#/properties/cumQuote', source1);
  }
  const x3: unknown = d['executedQty'];
  if (x3 !== undefined) {
    if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/executedQty', '#/properties/executedQty', source1);
  }
  const x4: unknown = d['orderId'];
  if (x4 !== undefined) {
    if (!isInteger(x4)) return typeError(p + '/orderId', '#/properties/orderId/type', 'integer');
  }
  const x5: unknown = d['avgPrice'];
  if (x5 !== undefined) {
    if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/avgPrice', '#/properties/avgPrice', source1);
  }
  const x6: unknown = d['origQty'];
  if (x6 !== undefined) {
    if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/origQty', '#/properties/origQty', source1);
  }
  const x7: unknown = d['price'];
  if (x7 !== undefined) {
    if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/price', '#/properties/price', source1);
  }
  const x8: unknown = d['reduceOnly'];
  if (x8 !== undefined) {
    if (typeof x8 !== 'boolean') return typeError(p + '/reduceOnly', '#/properties/reduceOnly/type', 'boolean');
  }
  const x9: unknown = d['side'];
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') return typeError(p + '/side', '#/properties/side/type', 'string');
  }
  const x10: unknown = d['positionSide'];
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') return typeError(p + '/positionSide', '#/properties/positionSide/type', 'string');
  }
  const x11: unknown = d['status'];
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') return typeError(p + '/status', '#/properties/status/type', 'string');
  }
  const x12: unknown = d['stopPrice'];
  if (x12 !== undefined) {
    if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/stopPrice', '#/properties/stopPrice', source1);
  }
  const x13: unknown = d['closePosition'];
  if (x13 !== undefined) {
    if (typeof x13 !== 'boolean') return typeError(p + '/closePosition', '#/properties/closePosition/type', 'boolean');
  }
  const x14: unknown = d['symbol'];
  if (x14 !== undefined) {
    if (typeof x14 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  }
  const x15: unknown = d['timeInForce'];
  if (x15 !== undefined) {
    if (typeof x15 !== 'string') return typeError(p + '/timeInForce', '#/properties/timeInForce/type', 'string');
  }
  const x16: unknown = d['type'];
  if (x16 !== undefined) {
    if (typeof x16 !== 'string') return typeError(p + '/type', '#/properties/type/type', 'string');
  }
  const x17: unknown = d['origType'];
  if (x17 !== undefined) {
    if (typeof x17 !== 'string') return typeError(p + '/origType', '#/properties/origType/type', 'string');
  }
  const x18: unknown = d['activatePrice'];
  if (x18 !== undefined) {
    if (!matches(x18, pattern0)) return stringError(x18, pattern0, p + '/activatePrice', '#/properties/activatePrice', source1);
  }
  const x19: unknown = d['priceRate'];
  if (x19 !== undefined) {
    if (!matches(x19, pattern0)) return stringError(x19, pattern0, p + '/priceRate', '#/properties/priceRate', source1);
  }
  const x20: unknown = d['updateTime'];
  if (x20 !== undefined) {
    if (!isInteger(x20)) return typeError(p + '/updateTime', '#/properties/updateTime/type', 'integer');
  }
  const x21: unknown = d['workingType'];
  if (x21 !== undefined) {
    if (typeof x21 !== 'string') return typeError(p + '/workingType', '#/properties/workingType/type', 'string');
  }
  const x22: unknown = d['priceProtect'];
  if (x22 !== undefined) {
    if (typeof x22 !== 'boolean') return typeError(p + '/priceProtect', '#/properties/priceProtect/type', 'boolean');
  }
  const x23: unknown = d['priceMatch'];
  if (x23 !== undefined) {
    if (typeof x23 !== 'string') return typeError(p + '/priceMatch', '#/properties/priceMatch/type', 'string');
  }
  const x24: unknown = d['selfTradePreventionMode'];
  if (x24 !== undefined) {
    if (typeof x24 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/properties/selfTradePreventionMode/type', 'string');
  }
  const x25: unknown = d['goodTillDate'];
  if (x25 !== undefined) {
    if (!isInteger(x25)) return typeError(p + '/goodTillDate', '#/properties/goodTillDate/type', 'integer');
  }
  return undefined;
}
