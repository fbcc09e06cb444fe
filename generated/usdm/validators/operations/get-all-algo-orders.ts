// Generated from spec/usdm/operations/get-all-algo-orders.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-all-algo-orders.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

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
  if (d['algoId'] === undefined) return requiredError(p, '#/items/required', 'algoId');
  if (d['clientAlgoId'] === undefined) return requiredError(p, '#/items/required', 'clientAlgoId');
  if (d['algoType'] === undefined) return requiredError(p, '#/items/required', 'algoType');
  if (d['orderType'] === undefined) return requiredError(p, '#/items/required', 'orderType');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['side'] === undefined) return requiredError(p, '#/items/required', 'side');
  if (d['positionSide'] === undefined) return requiredError(p, '#/items/required', 'positionSide');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/items/required', 'timeInForce');
  if (d['quantity'] === undefined) return requiredError(p, '#/items/required', 'quantity');
  if (d['algoStatus'] === undefined) return requiredError(p, '#/items/required', 'algoStatus');
  if (d['triggerPrice'] === undefined) return requiredError(p, '#/items/required', 'triggerPrice');
  if (d['price'] === undefined) return requiredError(p, '#/items/required', 'price');
  if (d['icebergQuantity'] === undefined) return requiredError(p, '#/items/required', 'icebergQuantity');
  if (d['selfTradePreventionMode'] === undefined) return requiredError(p, '#/items/required', 'selfTradePreventionMode');
  if (d['workingType'] === undefined) return requiredError(p, '#/items/required', 'workingType');
  if (d['priceMatch'] === undefined) return requiredError(p, '#/items/required', 'priceMatch');
  if (d['closePosition'] === undefined) return requiredError(p, '#/items/required', 'closePosition');
  if (d['priceProtect'] === undefined) return requiredError(p, '#/items/required', 'priceProtect');
  if (d['reduceOnly'] === undefined) return requiredError(p, '#/items/required', 'reduceOnly');
  if (d['createTime'] === undefined) return requiredError(p, '#/items/required', 'createTime');
  if (d['updateTime'] === undefined) return requiredError(p, '#/items/required', 'updateTime');
  if (d['triggerTime'] === undefined) return requiredError(p, '#/items/required', 'triggerTime');
  if (d['goodTillDate'] === undefined) return requiredError(p, '#/items/required', 'goodTillDate');
  if (d['actualOrderId'] === undefined) return requiredError(p, '#/items/required', 'actualOrderId');
  if (d['actualPrice'] === undefined) return requiredError(p, '#/items/required', 'actualPrice');
  if (d['tpOrderType'] === undefined) return requiredError(p, '#/items/required', 'tpOrderType');
  const x2: unknown = d['algoId'];
  if (!isInteger(x2)) return typeError(p + '/algoId', '#/items/properties/algoId/type', 'integer');
  const x3: unknown = d['clientAlgoId'];
  if (typeof x3 !== 'string') return typeError(p + '/clientAlgoId', '#/items/properties/clientAlgoId/type', 'string');
  const x4: unknown = d['algoType'];
  if (typeof x4 !== 'string') return typeError(p + '/algoType', '#/items/properties/algoType/type', 'string');
  const x5: unknown = d['orderType'];
  if (typeof x5 !== 'string') return typeError(p + '/orderType', '#/items/properties/orderType/type', 'string');
  const x6: unknown = d['symbol'];
  if (typeof x6 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x7: unknown = d['side'];
  if (typeof x7 !== 'string') return typeError(p + '/side', '#/items/properties/side/type', 'string');
  const x8: unknown = d['positionSide'];
  if (typeof x8 !== 'string') return typeError(p + '/positionSide', '#/items/properties/positionSide/type', 'string');
  const x9: unknown = d['timeInForce'];
  if (typeof x9 !== 'string') return typeError(p + '/timeInForce', '#/items/properties/timeInForce/type', 'string');
  const x10: unknown = d['quantity'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/quantity', '#/items/properties/quantity');
  const x11: unknown = d['algoStatus'];
  if (typeof x11 !== 'string') return typeError(p + '/algoStatus', '#/items/properties/algoStatus/type', 'string');
  const x12: unknown = d['triggerPrice'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/triggerPrice', '#/items/properties/triggerPrice');
  const x13: unknown = d['price'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/price', '#/items/properties/price');
  const x14: unknown = d['icebergQuantity'];
  if ((e = check2(x14, p + '/icebergQuantity'))) return e;
  const x15: unknown = d['selfTradePreventionMode'];
  if (typeof x15 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/items/properties/selfTradePreventionMode/type', 'string');
  const x16: unknown = d['workingType'];
  if (typeof x16 !== 'string') return typeError(p + '/workingType', '#/items/properties/workingType/type', 'string');
  const x17: unknown = d['priceMatch'];
  if (typeof x17 !== 'string') return typeError(p + '/priceMatch', '#/items/properties/priceMatch/type', 'string');
  const x18: unknown = d['closePosition'];
  if (typeof x18 !== 'boolean') return typeError(p + '/closePosition', '#/items/properties/closePosition/type', 'boolean');
  const x19: unknown = d['priceProtect'];
  if (typeof x19 !== 'boolean') return typeError(p + '/priceProtect', '#/items/properties/priceProtect/type', 'boolean');
  const x20: unknown = d['reduceOnly'];
  if (typeof x20 !== 'boolean') return typeError(p + '/reduceOnly', '#/items/properties/reduceOnly/type', 'boolean');
  const x21: unknown = d['createTime'];
  if (!isInteger(x21)) return typeError(p + '/createTime', '#/items/properties/createTime/type', 'integer');
  const x22: unknown = d['updateTime'];
  if (!isInteger(x22)) return typeError(p + '/updateTime', '#/items/properties/updateTime/type', 'integer');
  const x23: unknown = d['triggerTime'];
  if (!isInteger(x23)) return typeError(p + '/triggerTime', '#/items/properties/triggerTime/type', 'integer');
  const x24: unknown = d['goodTillDate'];
  if (!isInteger(x24)) return typeError(p + '/goodTillDate', '#/items/properties/goodTillDate/type', 'integer');
  const x25: unknown = d['actualOrderId'];
  if (typeof x25 !== 'string') return typeError(p + '/actualOrderId', '#/items/properties/actualOrderId/type', 'string');
  const x26: unknown = d['actualPrice'];
  if (!matches(x26, pattern0)) return stringError(x26, pattern0, p + '/actualPrice', '#/items/properties/actualPrice');
  const x27: unknown = d['actualType'];
  if (x27 !== undefined) {
    if (typeof x27 !== 'string') return typeError(p + '/actualType', '#/items/properties/actualType/type', 'string');
  }
  const x28: unknown = d['actualQty'];
  if (x28 !== undefined) {
    if (!matches(x28, pattern0)) return stringError(x28, pattern0, p + '/actualQty', '#/items/properties/actualQty');
  }
  const x29: unknown = d['tpTriggerPrice'];
  if (x29 !== undefined) {
    if (!matches(x29, pattern0)) return stringError(x29, pattern0, p + '/tpTriggerPrice', '#/items/properties/tpTriggerPrice');
  }
  const x30: unknown = d['tpPrice'];
  if (x30 !== undefined) {
    if (!matches(x30, pattern0)) return stringError(x30, pattern0, p + '/tpPrice', '#/items/properties/tpPrice');
  }
  const x31: unknown = d['slTriggerPrice'];
  if (x31 !== undefined) {
    if (!matches(x31, pattern0)) return stringError(x31, pattern0, p + '/slTriggerPrice', '#/items/properties/slTriggerPrice');
  }
  const x32: unknown = d['slPrice'];
  if (x32 !== undefined) {
    if (!matches(x32, pattern0)) return stringError(x32, pattern0, p + '/slPrice', '#/items/properties/slPrice');
  }
  const x33: unknown = d['tpOrderType'];
  if (typeof x33 !== 'string') return typeError(p + '/tpOrderType', '#/items/properties/tpOrderType/type', 'string');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  const first = check3(d, p);
  if (first === undefined) return undefined;
  if (check4(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!matches(d, pattern0)) return stringError(d, pattern0, p, '#/items/properties/icebergQuantity/anyOf/0');
  return undefined;
}

function check4(d: unknown, p: string): ValidatorError | undefined {
  if (d !== null) return typeError(p, '#/items/properties/icebergQuantity/anyOf/1/type', 'null');
  return undefined;
}
