// Generated from spec/usdm/operations/get-force-orders.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-force-orders.json; the first error in `validate.errors`. */
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
  if (d['orderId'] === undefined) return requiredError(p, '#/items/required', 'orderId');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['status'] === undefined) return requiredError(p, '#/items/required', 'status');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/items/required', 'clientOrderId');
  if (d['price'] === undefined) return requiredError(p, '#/items/required', 'price');
  if (d['avgPrice'] === undefined) return requiredError(p, '#/items/required', 'avgPrice');
  if (d['origQty'] === undefined) return requiredError(p, '#/items/required', 'origQty');
  if (d['executedQty'] === undefined) return requiredError(p, '#/items/required', 'executedQty');
  if (d['cumQuote'] === undefined) return requiredError(p, '#/items/required', 'cumQuote');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/items/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/items/required', 'type');
  if (d['reduceOnly'] === undefined) return requiredError(p, '#/items/required', 'reduceOnly');
  if (d['closePosition'] === undefined) return requiredError(p, '#/items/required', 'closePosition');
  if (d['side'] === undefined) return requiredError(p, '#/items/required', 'side');
  if (d['positionSide'] === undefined) return requiredError(p, '#/items/required', 'positionSide');
  if (d['stopPrice'] === undefined) return requiredError(p, '#/items/required', 'stopPrice');
  if (d['workingType'] === undefined) return requiredError(p, '#/items/required', 'workingType');
  if (d['origType'] === undefined) return requiredError(p, '#/items/required', 'origType');
  if (d['time'] === undefined) return requiredError(p, '#/items/required', 'time');
  if (d['updateTime'] === undefined) return requiredError(p, '#/items/required', 'updateTime');
  const x2: unknown = d['orderId'];
  if (!isInteger(x2)) return typeError(p + '/orderId', '#/items/properties/orderId/type', 'integer');
  const x3: unknown = d['symbol'];
  if (typeof x3 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x4: unknown = d['status'];
  if (typeof x4 !== 'string') return typeError(p + '/status', '#/items/properties/status/type', 'string');
  const x5: unknown = d['clientOrderId'];
  if (typeof x5 !== 'string') return typeError(p + '/clientOrderId', '#/items/properties/clientOrderId/type', 'string');
  const x6: unknown = d['price'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/price', '#/items/properties/price', source1);
  const x7: unknown = d['avgPrice'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/avgPrice', '#/items/properties/avgPrice', source1);
  const x8: unknown = d['origQty'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/origQty', '#/items/properties/origQty', source1);
  const x9: unknown = d['executedQty'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/executedQty', '#/items/properties/executedQty', source1);
  const x10: unknown = d['cumQuote'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/cumQuote', '#/items/properties/cumQuote', source1);
  const x11: unknown = d['timeInForce'];
  if (typeof x11 !== 'string') return typeError(p + '/timeInForce', '#/items/properties/timeInForce/type', 'string');
  const x12: unknown = d['type'];
  if (typeof x12 !== 'string') return typeError(p + '/type', '#/items/properties/type/type', 'string');
  const x13: unknown = d['reduceOnly'];
  if (typeof x13 !== 'boolean') return typeError(p + '/reduceOnly', '#/items/properties/reduceOnly/type', 'boolean');
  const x14: unknown = d['closePosition'];
  if (typeof x14 !== 'boolean') return typeError(p + '/closePosition', '#/items/properties/closePosition/type', 'boolean');
  const x15: unknown = d['side'];
  if (typeof x15 !== 'string') return typeError(p + '/side', '#/items/properties/side/type', 'string');
  const x16: unknown = d['positionSide'];
  if (typeof x16 !== 'string') return typeError(p + '/positionSide', '#/items/properties/positionSide/type', 'string');
  const x17: unknown = d['stopPrice'];
  if (!matches(x17, pattern0)) return stringError(x17, pattern0, p + '/stopPrice', '#/items/properties/stopPrice', source1);
  const x18: unknown = d['workingType'];
  if (typeof x18 !== 'string') return typeError(p + '/workingType', '#/items/properties/workingType/type', 'string');
  const x19: unknown = d['origType'];
  if (typeof x19 !== 'string') return typeError(p + '/origType', '#/items/properties/origType/type', 'string');
  const x20: unknown = d['time'];
  if (!isInteger(x20)) return typeError(p + '/time', '#/items/properties/time/type', 'integer');
  const x21: unknown = d['updateTime'];
  if (!isInteger(x21)) return typeError(p + '/updateTime', '#/items/properties/updateTime/type', 'integer');
  return undefined;
}
