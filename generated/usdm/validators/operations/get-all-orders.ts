// Generated from spec/usdm/operations/get-all-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  stringError,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-all-orders.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  if (d['avgPrice'] === undefined) return requiredError(p, '#/items/required', 'avgPrice');
  if (d['cumQuote'] === undefined) return requiredError(p, '#/items/required', 'cumQuote');
  if (d['time'] === undefined) return requiredError(p, '#/items/required', 'time');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/items/required', 'clientOrderId');
  if (d['executedQty'] === undefined) return requiredError(p, '#/items/required', 'executedQty');
  if (d['orderId'] === undefined) return requiredError(p, '#/items/required', 'orderId');
  if (d['origQty'] === undefined) return requiredError(p, '#/items/required', 'origQty');
  if (d['origType'] === undefined) return requiredError(p, '#/items/required', 'origType');
  if (d['price'] === undefined) return requiredError(p, '#/items/required', 'price');
  if (d['reduceOnly'] === undefined) return requiredError(p, '#/items/required', 'reduceOnly');
  if (d['side'] === undefined) return requiredError(p, '#/items/required', 'side');
  if (d['positionSide'] === undefined) return requiredError(p, '#/items/required', 'positionSide');
  if (d['status'] === undefined) return requiredError(p, '#/items/required', 'status');
  if (d['stopPrice'] === undefined) return requiredError(p, '#/items/required', 'stopPrice');
  if (d['closePosition'] === undefined) return requiredError(p, '#/items/required', 'closePosition');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/items/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/items/required', 'type');
  if (d['updateTime'] === undefined) return requiredError(p, '#/items/required', 'updateTime');
  if (d['workingType'] === undefined) return requiredError(p, '#/items/required', 'workingType');
  if (d['priceProtect'] === undefined) return requiredError(p, '#/items/required', 'priceProtect');
  const x2: unknown = d['avgPrice'];
  if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/avgPrice', '#/items/properties/avgPrice', source1);
  const x3: unknown = d['cumQuote'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/cumQuote', '#/items/properties/cumQuote', source1);
  const x4: unknown = d['time'];
  if (!isInteger(x4)) return typeError(p + '/time', '#/items/properties/time/type', 'integer');
  const x5: unknown = d['clientOrderId'];
  if (typeof x5 !== 'string') return typeError(p + '/clientOrderId', '#/items/properties/clientOrderId/type', 'string');
  const x6: unknown = d['executedQty'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/executedQty', '#/items/properties/executedQty', source1);
  const x7: unknown = d['orderId'];
  if (!isInteger(x7)) return typeError(p + '/orderId', '#/items/properties/orderId/type', 'integer');
  const x8: unknown = d['origQty'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/origQty', '#/items/properties/origQty', source1);
  const x9: unknown = d['origType'];
  if (typeof x9 !== 'string') return typeError(p + '/origType', '#/items/properties/origType/type', 'string');
  const x10: unknown = d['price'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/price', '#/items/properties/price', source1);
  const x11: unknown = d['reduceOnly'];
  if (typeof x11 !== 'boolean') return typeError(p + '/reduceOnly', '#/items/properties/reduceOnly/type', 'boolean');
  const x12: unknown = d['side'];
  if (typeof x12 !== 'string') return typeError(p + '/side', '#/items/properties/side/type', 'string');
  const x13: unknown = d['positionSide'];
  if (typeof x13 !== 'string') return typeError(p + '/positionSide', '#/items/properties/positionSide/type', 'string');
  const x14: unknown = d['status'];
  if (typeof x14 !== 'string') return typeError(p + '/status', '#/items/properties/status/type', 'string');
  const x15: unknown = d['stopPrice'];
  if (!matches(x15, pattern0)) return stringError(x15, pattern0, p + '/stopPrice', '#/items/properties/stopPrice', source1);
  const x16: unknown = d['closePosition'];
  if (typeof x16 !== 'boolean') return typeError(p + '/closePosition', '#/items/properties/closePosition/type', 'boolean');
  const x17: unknown = d['symbol'];
  if (typeof x17 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x18: unknown = d['timeInForce'];
  if (typeof x18 !== 'string') return typeError(p + '/timeInForce', '#/items/properties/timeInForce/type', 'string');
  const x19: unknown = d['type'];
  if (typeof x19 !== 'string') return typeError(p + '/type', '#/items/properties/type/type', 'string');
  const x20: unknown = d['updateTime'];
  if (!isInteger(x20)) return typeError(p + '/updateTime', '#/items/properties/updateTime/type', 'integer');
  const x21: unknown = d['workingType'];
  if (typeof x21 !== 'string') return typeError(p + '/workingType', '#/items/properties/workingType/type', 'string');
  const x22: unknown = d['priceProtect'];
  if (typeof x22 !== 'boolean') return typeError(p + '/priceProtect', '#/items/properties/priceProtect/type', 'boolean');
  const x23: unknown = d['priceMatch'];
  if (x23 !== undefined) {
    if (typeof x23 !== 'string') return typeError(p + '/priceMatch', '#/items/properties/priceMatch/type', 'string');
  }
  const x24: unknown = d['selfTradePreventionMode'];
  if (x24 !== undefined) {
    if (typeof x24 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/items/properties/selfTradePreventionMode/type', 'string');
  }
  const x25: unknown = d['goodTillDate'];
  if (x25 !== undefined) {
    if (!isInteger(x25)) return typeError(p + '/goodTillDate', '#/items/properties/goodTillDate/type', 'integer');
  }
  const x26: unknown = d['activatePrice'];
  if (x26 !== undefined) {
    if (!matches(x26, pattern0)) return stringError(x26, pattern0, p + '/activatePrice', '#/items/properties/activatePrice', source1);
  }
  const x27: unknown = d['priceRate'];
  if (x27 !== undefined) {
    if (!matches(x27, pattern0)) return stringError(x27, pattern0, p + '/priceRate', '#/items/properties/priceRate', source1);
  }
  return undefined;
}
