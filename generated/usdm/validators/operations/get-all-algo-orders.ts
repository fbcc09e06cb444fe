// Generated from spec/usdm/operations/get-all-algo-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  stringError,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-all-algo-orders.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/items';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  if (!isInteger(d['algoId'])) return typeErrorAt(d, p, at0, 'algoId', 'integer');
  if (typeof d['clientAlgoId'] !== 'string') return typeErrorAt(d, p, at0, 'clientAlgoId', 'string');
  if (typeof d['algoType'] !== 'string') return typeErrorAt(d, p, at0, 'algoType', 'string');
  if (typeof d['orderType'] !== 'string') return typeErrorAt(d, p, at0, 'orderType', 'string');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, at0, 'side', 'string');
  if (typeof d['positionSide'] !== 'string') return typeErrorAt(d, p, at0, 'positionSide', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, at0, 'timeInForce', 'string');
  if (!matches(d['quantity'], pattern1)) return stringErrorAt(d, p, at0, 'quantity', source2);
  if (typeof d['algoStatus'] !== 'string') return typeErrorAt(d, p, at0, 'algoStatus', 'string');
  if (!matches(d['triggerPrice'], pattern1)) return stringErrorAt(d, p, at0, 'triggerPrice', source2);
  if (!matches(d['price'], pattern1)) return stringErrorAt(d, p, at0, 'price', source2);
  const x14: unknown = d['icebergQuantity'];
  if (x14 === undefined) return requiredError(p, '#/items/required', 'icebergQuantity');
  if ((e = check2(x14, p + '/icebergQuantity'))) return e;
  if (typeof d['selfTradePreventionMode'] !== 'string') return typeErrorAt(d, p, at0, 'selfTradePreventionMode', 'string');
  if (typeof d['workingType'] !== 'string') return typeErrorAt(d, p, at0, 'workingType', 'string');
  if (typeof d['priceMatch'] !== 'string') return typeErrorAt(d, p, at0, 'priceMatch', 'string');
  if (typeof d['closePosition'] !== 'boolean') return typeErrorAt(d, p, at0, 'closePosition', 'boolean');
  if (typeof d['priceProtect'] !== 'boolean') return typeErrorAt(d, p, at0, 'priceProtect', 'boolean');
  if (typeof d['reduceOnly'] !== 'boolean') return typeErrorAt(d, p, at0, 'reduceOnly', 'boolean');
  if (!isInteger(d['createTime'])) return typeErrorAt(d, p, at0, 'createTime', 'integer');
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, at0, 'updateTime', 'integer');
  if (!isInteger(d['triggerTime'])) return typeErrorAt(d, p, at0, 'triggerTime', 'integer');
  if (!isInteger(d['goodTillDate'])) return typeErrorAt(d, p, at0, 'goodTillDate', 'integer');
  if (typeof d['actualOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'actualOrderId', 'string');
  if (!matches(d['actualPrice'], pattern1)) return stringErrorAt(d, p, at0, 'actualPrice', source2);
  const x27: unknown = d['actualType'];
  if (x27 !== undefined) {
    if (typeof x27 !== 'string') return typeErrorAt(d, p, at0, 'actualType', 'string');
  }
  const x28: unknown = d['actualQty'];
  if (x28 !== undefined) {
    if (!matches(x28, pattern1)) return stringErrorAt(d, p, at0, 'actualQty', source2);
  }
  const x29: unknown = d['tpTriggerPrice'];
  if (x29 !== undefined) {
    if (!matches(x29, pattern1)) return stringErrorAt(d, p, at0, 'tpTriggerPrice', source2);
  }
  const x30: unknown = d['tpPrice'];
  if (x30 !== undefined) {
    if (!matches(x30, pattern1)) return stringErrorAt(d, p, at0, 'tpPrice', source2);
  }
  const x31: unknown = d['slTriggerPrice'];
  if (x31 !== undefined) {
    if (!matches(x31, pattern1)) return stringErrorAt(d, p, at0, 'slTriggerPrice', source2);
  }
  const x32: unknown = d['slPrice'];
  if (x32 !== undefined) {
    if (!matches(x32, pattern1)) return stringErrorAt(d, p, at0, 'slPrice', source2);
  }
  if (typeof d['tpOrderType'] !== 'string') return typeErrorAt(d, p, at0, 'tpOrderType', 'string');
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
  if (!matches(d, pattern1)) return stringError(d, pattern1, p, '#/items/properties/icebergQuantity/anyOf/0', source2);
  return undefined;
}

function check4(d: unknown, p: string): ValidatorError | undefined {
  if (d !== null) return typeError(p, '#/items/properties/icebergQuantity/anyOf/1/type', 'null');
  return undefined;
}
