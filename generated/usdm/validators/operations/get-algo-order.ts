// Generated from spec/usdm/operations/get-algo-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-algo-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (!isInteger(d['algoId'])) return typeErrorAt(d, p, '#', 'algoId', 'integer');
  if (typeof d['clientAlgoId'] !== 'string') return typeErrorAt(d, p, '#', 'clientAlgoId', 'string');
  if (typeof d['algoType'] !== 'string') return typeErrorAt(d, p, '#', 'algoType', 'string');
  if (typeof d['orderType'] !== 'string') return typeErrorAt(d, p, '#', 'orderType', 'string');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, '#', 'symbol', 'string');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, '#', 'side', 'string');
  if (typeof d['positionSide'] !== 'string') return typeErrorAt(d, p, '#', 'positionSide', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, '#', 'timeInForce', 'string');
  if (!matches(d['quantity'], pattern0)) return stringErrorAt(d, p, '#', 'quantity', source1);
  if (typeof d['algoStatus'] !== 'string') return typeErrorAt(d, p, '#', 'algoStatus', 'string');
  if (!matches(d['triggerPrice'], pattern0)) return stringErrorAt(d, p, '#', 'triggerPrice', source1);
  if (!matches(d['price'], pattern0)) return stringErrorAt(d, p, '#', 'price', source1);
  const x12: unknown = d['icebergQuantity'];
  if (x12 === undefined) return requiredError(p, '#/required', 'icebergQuantity');
  if ((e = check1(x12, p + '/icebergQuantity'))) return e;
  if (typeof d['selfTradePreventionMode'] !== 'string') return typeErrorAt(d, p, '#', 'selfTradePreventionMode', 'string');
  if (typeof d['workingType'] !== 'string') return typeErrorAt(d, p, '#', 'workingType', 'string');
  if (typeof d['priceMatch'] !== 'string') return typeErrorAt(d, p, '#', 'priceMatch', 'string');
  if (typeof d['closePosition'] !== 'boolean') return typeErrorAt(d, p, '#', 'closePosition', 'boolean');
  if (typeof d['priceProtect'] !== 'boolean') return typeErrorAt(d, p, '#', 'priceProtect', 'boolean');
  if (typeof d['reduceOnly'] !== 'boolean') return typeErrorAt(d, p, '#', 'reduceOnly', 'boolean');
  if (!isInteger(d['createTime'])) return typeErrorAt(d, p, '#', 'createTime', 'integer');
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, '#', 'updateTime', 'integer');
  if (!isInteger(d['triggerTime'])) return typeErrorAt(d, p, '#', 'triggerTime', 'integer');
  if (!isInteger(d['goodTillDate'])) return typeErrorAt(d, p, '#', 'goodTillDate', 'integer');
  if (typeof d['actualOrderId'] !== 'string') return typeErrorAt(d, p, '#', 'actualOrderId', 'string');
  if (!matches(d['actualPrice'], pattern0)) return stringErrorAt(d, p, '#', 'actualPrice', source1);
  const x25: unknown = d['actualType'];
  if (x25 !== undefined) {
    if (typeof x25 !== 'string') return typeErrorAt(d, p, '#', 'actualType', 'string');
  }
  const x26: unknown = d['actualQty'];
  if (x26 !== undefined) {
    if (!matches(x26, pattern0)) return stringErrorAt(d, p, '#', 'actualQty', source1);
  }
  const x27: unknown = d['tpTriggerPrice'];
  if (x27 !== undefined) {
    if (!matches(x27, pattern0)) return stringErrorAt(d, p, '#', 'tpTriggerPrice', source1);
  }
  const x28: unknown = d['tpPrice'];
  if (x28 !== undefined) {
    if (!matches(x28, pattern0)) return stringErrorAt(d, p, '#', 'tpPrice', source1);
  }
  const x29: unknown = d['slTriggerPrice'];
  if (x29 !== undefined) {
    if (!matches(x29, pattern0)) return stringErrorAt(d, p, '#', 'slTriggerPrice', source1);
  }
  const x30: unknown = d['slPrice'];
  if (x30 !== undefined) {
    if (!matches(x30, pattern0)) return stringErrorAt(d, p, '#', 'slPrice', source1);
  }
  if (typeof d['tpOrderType'] !== 'string') return typeErrorAt(d, p, '#', 'tpOrderType', 'string');
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
  if (!matches(d, pattern0)) return stringError(d, pattern0, p, '#/properties/icebergQuantity/anyOf/0', source1);
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (d !== null) return typeError(p, '#/properties/icebergQuantity/anyOf/1/type', 'null');
  return undefined;
}
