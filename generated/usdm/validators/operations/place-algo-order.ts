// Generated from spec/usdm/operations/place-algo-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/place-algo-order.json; the first error in `validate.errors`. */
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
  const x0: unknown = d['activatePrice'];
  if (x0 !== undefined) {
    if (typeof x0 !== 'string') return typeError(p + '/activatePrice', '#/properties/activatePrice/type', 'string');
  }
  const x1: unknown = d['callbackRate'];
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') return typeError(p + '/callbackRate', '#/properties/callbackRate/type', 'string');
  }
  const x2: unknown = d['algoId'];
  if (!isInteger(x2)) return typeError(p + '/algoId', '#/properties/algoId/type', 'integer');
  const x3: unknown = d['clientAlgoId'];
  if (typeof x3 !== 'string') return typeError(p + '/clientAlgoId', '#/properties/clientAlgoId/type', 'string');
  const x4: unknown = d['algoType'];
  if (typeof x4 !== 'string') return typeError(p + '/algoType', '#/properties/algoType/type', 'string');
  const x5: unknown = d['orderType'];
  if (typeof x5 !== 'string') return typeError(p + '/orderType', '#/properties/orderType/type', 'string');
  const x6: unknown = d['symbol'];
  if (typeof x6 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  const x7: unknown = d['side'];
  if (typeof x7 !== 'string') return typeError(p + '/side', '#/properties/side/type', 'string');
  const x8: unknown = d['positionSide'];
  if (typeof x8 !== 'string') return typeError(p + '/positionSide', '#/properties/positionSide/type', 'string');
  const x9: unknown = d['timeInForce'];
  if (typeof x9 !== 'string') return typeError(p + '/timeInForce', '#/properties/timeInForce/type', 'string');
  const x10: unknown = d['quantity'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/quantity', '#/properties/quantity');
  const x11: unknown = d['algoStatus'];
  if (typeof x11 !== 'string') return typeError(p + '/algoStatus', '#/properties/algoStatus/type', 'string');
  const x12: unknown = d['triggerPrice'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/triggerPrice', '#/properties/triggerPrice');
  const x13: unknown = d['price'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/price', '#/properties/price');
  const x14: unknown = d['icebergQuantity'];
  if ((e = check1(x14, p + '/icebergQuantity'))) return e;
  const x15: unknown = d['selfTradePreventionMode'];
  if (typeof x15 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/properties/selfTradePreventionMode/type', 'string');
  const x16: unknown = d['workingType'];
  if (typeof x16 !== 'string') return typeError(p + '/workingType', '#/properties/workingType/type', 'string');
  const x17: unknown = d['priceMatch'];
  if (typeof x17 !== 'string') return typeError(p + '/priceMatch', '#/properties/priceMatch/type', 'string');
  const x18: unknown = d['closePosition'];
  if (typeof x18 !== 'boolean') return typeError(p + '/closePosition', '#/properties/closePosition/type', 'boolean');
  const x19: unknown = d['priceProtect'];
  if (typeof x19 !== 'boolean') return typeError(p + '/priceProtect', '#/properties/priceProtect/type', 'boolean');
  const x20: unknown = d['reduceOnly'];
  if (typeof x20 !== 'boolean') return typeError(p + '/reduceOnly', '#/properties/reduceOnly/type', 'boolean');
  const x21: unknown = d['createTime'];
  if (!isInteger(x21)) return typeError(p + '/createTime', '#/properties/createTime/type', 'integer');
  const x22: unknown = d['updateTime'];
  if (!isInteger(x22)) return typeError(p + '/updateTime', '#/properties/updateTime/type', 'integer');
  const x23: unknown = d['triggerTime'];
  if (!isInteger(x23)) return typeError(p + '/triggerTime', '#/properties/triggerTime/type', 'integer');
  const x24: unknown = d['goodTillDate'];
  if (!isInteger(x24)) return typeError(p + '/goodTillDate', '#/properties/goodTillDate/type', 'integer');
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
