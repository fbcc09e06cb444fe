// Generated from spec/usdm/operations/place-algo-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/place-algo-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['activatePrice'];
  if (x0 !== undefined) {
    if (typeof x0 !== 'string') return typeErrorAt(d, p, '#', 'activatePrice', 'string');
  }
  const x1: unknown = d['callbackRate'];
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') return typeErrorAt(d, p, '#', 'callbackRate', 'string');
  }
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
  const x14: unknown = d['icebergQuantity'];
  if (x14 === undefined) return requiredError(p, '#/required', 'icebergQuantity');
  if ((e = check1(x14, p + '/icebergQuantity'))) return e;
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
