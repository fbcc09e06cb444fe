// Generated from spec/usdm/operations/modify-batch-orders.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/modify-batch-orders.json; the first error in `validate.errors`. */
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
  const first = check2(d, p);
  if (first === undefined) return undefined;
  if (check3(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/anyOf/0/type', 'object');
  if (d['pair'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'pair');
  if (d['cumQty'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'cumQty');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'clientOrderId');
  if (d['executedQty'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'executedQty');
  if (d['orderId'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'orderId');
  if (d['origQty'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'origQty');
  if (d['origType'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'origType');
  if (d['price'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'price');
  if (d['reduceOnly'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'reduceOnly');
  if (d['side'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'side');
  if (d['positionSide'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'positionSide');
  if (d['status'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'status');
  if (d['stopPrice'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'stopPrice');
  if (d['closePosition'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'closePosition');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'symbol');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'type');
  if (d['updateTime'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'updateTime');
  if (d['workingType'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'workingType');
  if (d['priceProtect'] === undefined) return requiredError(p, '#/items/anyOf/0/required', 'priceProtect');
  const x2: unknown = d['pair'];
  if (typeof x2 !== 'string') return typeError(p + '/pair', '#/items/anyOf/0/properties/pair/type', 'string');
  const x3: unknown = d['modifyId'];
  if (x3 !== undefined) {
    if (!isInteger(x3)) return typeError(p + '/modifyId', '#/items/anyOf/0/properties/modifyId/type', 'integer');
  }
  const x4: unknown = d['cumQty'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/cumQty', '#/items/anyOf/0/properties/cumQty', source1);
  const x5: unknown = d['cumQuote'];
  if (x5 !== undefined) {
    if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/cumQuote', '#/items/anyOf/0/properties/cumQuote', source1);
  }
  const x6: unknown = d['avgPrice'];
  if (x6 !== undefined) {
    if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/avgPrice', '#/items/anyOf/0/properties/avgPrice', source1);
  }
  const x7: unknown = d['clientOrderId'];
  if (typeof x7 !== 'string') return typeError(p + '/clientOrderId', '#/items/anyOf/0/properties/clientOrderId/type', 'string');
  const x8: unknown = d['executedQty'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/executedQty', '#/items/anyOf/0/properties/executedQty', source1);
  const x9: unknown = d['orderId'];
  if (!isInteger(x9)) return typeError(p + '/orderId', '#/items/anyOf/0/properties/orderId/type', 'integer');
  const x10: unknown = d['origQty'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/origQty', '#/items/anyOf/0/properties/origQty', source1);
  const x11: unknown = d['origType'];
  if (typeof x11 !== 'string') return typeError(p + '/origType', '#/items/anyOf/0/properties/origType/type', 'string');
  const x12: unknown = d['price'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/price', '#/items/anyOf/0/properties/price', source1);
  const x13: unknown = d['reduceOnly'];
  if (typeof x13 !== 'boolean') return typeError(p + '/reduceOnly', '#/items/anyOf/0/properties/reduceOnly/type', 'boolean');
  const x14: unknown = d['side'];
  if (typeof x14 !== 'string') return typeError(p + '/side', '#/items/anyOf/0/properties/side/type', 'string');
  const x15: unknown = d['positionSide'];
  if (typeof x15 !== 'string') return typeError(p + '/positionSide', '#/items/anyOf/0/properties/positionSide/type', 'string');
  const x16: unknown = d['status'];
  if (typeof x16 !== 'string') return typeError(p + '/status', '#/items/anyOf/0/properties/status/type', 'string');
  const x17: unknown = d['stopPrice'];
  if (!matches(x17, pattern0)) return stringError(x17, pattern0, p + '/stopPrice', '#/items/anyOf/0/properties/stopPrice', source1);
  const x18: unknown = d['closePosition'];
  if (typeof x18 !== 'boolean') return typeError(p + '/closePosition', '#/items/anyOf/0/properties/closePosition/type', 'boolean');
  const x19: unknown = d['symbol'];
  if (typeof x19 !== 'string') return typeError(p + '/symbol', '#/items/anyOf/0/properties/symbol/type', 'string');
  const x20: unknown = d['timeInForce'];
  if (typeof x20 !== 'string') return typeError(p + '/timeInForce', '#/items/anyOf/0/properties/timeInForce/type', 'string');
  const x21: unknown = d['type'];
  if (typeof x21 !== 'string') return typeError(p + '/type', '#/items/anyOf/0/properties/type/type', 'string');
  const x22: unknown = d['updateTime'];
  if (!isInteger(x22)) return typeError(p + '/updateTime', '#/items/anyOf/0/properties/updateTime/type', 'integer');
  const x23: unknown = d['workingType'];
  if (typeof x23 !== 'string') return typeError(p + '/workingType', '#/items/anyOf/0/properties/workingType/type', 'string');
  const x24: unknown = d['priceProtect'];
  if (typeof x24 !== 'boolean') return typeError(p + '/priceProtect', '#/items/anyOf/0/properties/priceProtect/type', 'boolean');
  const x25: unknown = d['priceMatch'];
  if (x25 !== undefined) {
    if (typeof x25 !== 'string') return typeError(p + '/priceMatch', '#/items/anyOf/0/properties/priceMatch/type', 'string');
  }
  const x26: unknown = d['selfTradePreventionMode'];
  if (x26 !== undefined) {
    if (typeof x26 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/items/anyOf/0/properties/selfTradePreventionMode/type', 'string');
  }
  const x27: unknown = d['goodTillDate'];
  if (x27 !== undefined) {
    if (!isInteger(x27)) return typeError(p + '/goodTillDate', '#/items/anyOf/0/properties/goodTillDate/type', 'integer');
  }
  const x28: unknown = d['activatePrice'];
  if (x28 !== undefined) {
    if (!matches(x28, pattern0)) return stringError(x28, pattern0, p + '/activatePrice', '#/items/anyOf/0/properties/activatePrice', source1);
  }
  const x29: unknown = d['priceRate'];
  if (x29 !== undefined) {
    if (!matches(x29, pattern0)) return stringError(x29, pattern0, p + '/priceRate', '#/items/anyOf/0/properties/priceRate', source1);
  }
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/anyOf/1/type', 'object');
  if (d['code'] === undefined) return requiredError(p, '#/items/anyOf/1/required', 'code');
  if (d['msg'] === undefined) return requiredError(p, '#/items/anyOf/1/required', 'msg');
  const x30: unknown = d['code'];
  if (!isInteger(x30)) return typeError(p + '/code', '#/items/anyOf/1/properties/code/type', 'integer');
  const x31: unknown = d['msg'];
  if (typeof x31 !== 'string') return typeError(p + '/msg', '#/items/anyOf/1/properties/msg/type', 'string');
  return undefined;
}
