// Generated from spec/usdm/operations/get-algo-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-algo-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['algoId'] === undefined) return requiredError(p, '#/required', 'algoId');
  if (d['clientAlgoId'] === undefined) return requiredError(p, '#/required', 'clientAlgoId');
  if (d['algoType'] === undefined) return requiredError(p, '#/required', 'algoType');
  if (d['orderType'] === undefined) return requiredError(p, '#/required', 'orderType');
  if (d['symbol'] === undefined) return requiredError(p, '#/required', 'symbol');
  if (d['side'] === undefined) return requiredError(p, '#/required', 'side');
  if (d['positionSide'] === undefined) return requiredError(p, '#/required', 'positionSide');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/required', 'timeInForce');
  if (d['quantity'] === undefined) return requiredError(p, '#/required', 'quantity');
  if (d['algoStatus'] === undefined) return requiredError(p, '#/required', 'algoStatus');
  if (d['triggerPrice'] === undefined) return requiredError(p, '#/required', 'triggerPrice');
  if (d['price'] === undefined) return requiredError(p, '#/required', 'price');
  if (d['icebergQuantity'] === undefined) return requiredError(p, '#/required', 'icebergQuantity');
  if (d['selfTradePreventionMode'] === undefined) return requiredError(p, '#/required', 'selfTradePreventionMode');
  if (d['workingType'] === undefined) return requiredError(p, '#/required', 'workingType');
  if (d['priceMatch'] === undefined) return requiredError(p, '#/required', 'priceMatch');
  if (d['closePosition'] === undefined) return requiredError(p, '#/required', 'closePosition');
  if (d['priceProtect'] === undefined) return requiredError(p, '#/required', 'priceProtect');
  if (d['reduceOnly'] === undefined) return requiredError(p, '#/required', 'reduceOnly');
  if (d['createTime'] === undefined) return requiredError(p, '#/required', 'createTime');
  if (d['updateTime'] === undefined) return requiredError(p, '#/required', 'updateTime');
  if (d['triggerTime'] === undefined) return requiredError(p, '#/required', 'triggerTime');
  if (d['goodTillDate'] === undefined) return requiredError(p, '#/required', 'goodTillDate');
  if (d['actualOrderId'] === undefined) return requiredError(p, '#/required', 'actualOrderId');
  if (d['actualPrice'] === undefined) return requiredError(p, '#/required', 'actualPrice');
  if (d['tpOrderType'] === undefined) return requiredError(p, '#/required', 'tpOrderType');
  const x0: unknown = d['algoId'];
  if (!isInteger(x0)) return typeError(p + '/algoId', '#/properties/algoId/type', 'integer');
  const x1: unknown = d['clientAlgoId'];
  if (typeof x1 !== 'string') return typeError(p + '/clientAlgoId', '#/properties/clientAlgoId/type', 'string');
  const x2: unknown = d['algoType'];
  if (typeof x2 !== 'string') return typeError(p + '/algoType', '#/properties/algoType/type', 'string');
  const x3: unknown = d['orderType'];
  if (typeof x3 !== 'string') return typeError(p + '/orderType', '#/properties/orderType/type', 'string');
  const x4: unknown = d['symbol'];
  if (typeof x4 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  const x5: unknown = d['side'];
  if (typeof x5 !== 'string') return typeError(p + '/side', '#/properties/side/type', 'string');
  const x6: unknown = d['positionSide'];
  if (typeof x6 !== 'string') return typeError(p + '/positionSide', '#/properties/positionSide/type', 'string');
  const x7: unknown = d['timeInForce'];
  if (typeof x7 !== 'string') return typeError(p + '/timeInForce', '#/properties/timeInForce/type', 'string');
  const x8: unknown = d['quantity'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/quantity', '#/properties/quantity');
  const x9: unknown = d['algoStatus'];
  if (typeof x9 !== 'string') return typeError(p + '/algoStatus', '#/properties/algoStatus/type', 'string');
  const x10: unknown = d['triggerPrice'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/triggerPrice', '#/properties/triggerPrice');
  const x11: unknown = d['price'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/price', '#/properties/price');
  const x12: unknown = d['icebergQuantity'];
  if ((e = check1(x12, p + '/icebergQuantity'))) return e;
  const x13: unknown = d['selfTradePreventionMode'];
  if (typeof x13 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/properties/selfTradePreventionMode/type', 'string');
  const x14: unknown = d['workingType'];
  if (typeof x14 !== 'string') return typeError(p + '/workingType', '#/properties/workingType/type', 'string');
  const x15: unknown = d['priceMatch'];
  if (typeof x15 !== 'string') return typeError(p + '/priceMatch', '#/properties/priceMatch/type', 'string');
  const x16: unknown = d['closePosition'];
  if (typeof x16 !== 'boolean') return typeError(p + '/closePosition', '#/properties/closePosition/type', 'boolean');
  const x17: unknown = d['priceProtect'];
  if (typeof x17 !== 'boolean') return typeError(p + '/priceProtect', '#/properties/priceProtect/type', 'boolean');
  const x18: unknown = d['reduceOnly'];
  if (typeof x18 !== 'boolean') return typeError(p + '/reduceOnly', '#/properties/reduceOnly/type', 'boolean');
  const x19: unknown = d['createTime'];
  if (!isInteger(x19)) return typeError(p + '/createTime', '#/properties/createTime/type', 'integer');
  const x20: unknown = d['updateTime'];
  if (!isInteger(x20)) return typeError(p + '/updateTime', '#/properties/updateTime/type', 'integer');
  const x21: unknown = d['triggerTime'];
  if (!isInteger(x21)) return typeError(p + '/triggerTime', '#/properties/triggerTime/type', 'integer');
  const x22: unknown = d['goodTillDate'];
  if (!isInteger(x22)) return typeError(p + '/goodTillDate', '#/properties/goodTillDate/type', 'integer');
  const x23: unknown = d['actualOrderId'];
  if (typeof x23 !== 'string') return typeError(p + '/actualOrderId', '#/properties/actualOrderId/type', 'string');
  const x24: unknown = d['actualPrice'];
  if (!matches(x24, pattern0)) return stringError(x24, pattern0, p + '/actualPrice', '#/properties/actualPrice');
  const x25: unknown = d['actualType'];
  if (x25 !== undefined) {
    if (typeof x25 !== 'string') return typeError(p + '/actualType', '#/properties/actualType/type', 'string');
  }
  const x26: unknown = d['actualQty'];
  if (x26 !== undefined) {
    if (!matches(x26, pattern0)) return stringError(x26, pattern0, p + '/actualQty', '#/properties/actualQty');
  }
  const x27: unknown = d['tpTriggerPrice'];
  if (x27 !== undefined) {
    if (!matches(x27, pattern0)) return stringError(x27, pattern0, p + '/tpTriggerPrice', '#/properties/tpTriggerPrice');
  }
  const x28: unknown = d['tpPrice'];
  if (x28 !== undefined) {
    if (!matches(x28, pattern0)) return stringError(x28, pattern0, p + '/tpPrice', '#/properties/tpPrice');
  }
  const x29: unknown = d['slTriggerPrice'];
  if (x29 !== undefined) {
    if (!matches(x29, pattern0)) return stringError(x29, pattern0, p + '/slTriggerPrice', '#/properties/slTriggerPrice');
  }
  const x30: unknown = d['slPrice'];
  if (x30 !== undefined) {
    if (!matches(x30, pattern0)) return stringError(x30, pattern0, p + '/slPrice', '#/properties/slPrice');
  }
  const x31: unknown = d['tpOrderType'];
  if (typeof x31 !== 'string') return typeError(p + '/tpOrderType', '#/properties/tpOrderType/type', 'string');
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
  if (!matches(d, pattern0)) return stringError(d, pattern0, p, '#/properties/icebergQuantity/anyOf/0');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (d !== null) return typeError(p, '#/properties/icebergQuantity/anyOf/1/type', 'null');
  return undefined;
}
