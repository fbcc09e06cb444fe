// Generated from spec/usdm/operations/modify-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/modify-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['pair'] === undefined) return requiredError(p, '#/required', 'pair');
  if (d['cumQty'] === undefined) return requiredError(p, '#/required', 'cumQty');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/required', 'clientOrderId');
  if (d['executedQty'] === undefined) return requiredError(p, '#/required', 'executedQty');
  if (d['orderId'] === undefined) return requiredError(p, '#/required', 'orderId');
  if (d['origQty'] === undefined) return requiredError(p, '#/required', 'origQty');
  if (d['origType'] === undefined) return requiredError(p, '#/required', 'origType');
  if (d['price'] === undefined) return requiredError(p, '#/required', 'price');
  if (d['reduceOnly'] === undefined) return requiredError(p, '#/required', 'reduceOnly');
  if (d['side'] === undefined) return requiredError(p, '#/required', 'side');
  if (d['positionSide'] === undefined) return requiredError(p, '#/required', 'positionSide');
  if (d['status'] === undefined) return requiredError(p, '#/required', 'status');
  if (d['stopPrice'] === undefined) return requiredError(p, '#/required', 'stopPrice');
  if (d['closePosition'] === undefined) return requiredError(p, '#/required', 'closePosition');
  if (d['symbol'] === undefined) return requiredError(p, '#/required', 'symbol');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/required', 'type');
  if (d['updateTime'] === undefined) return requiredError(p, '#/required', 'updateTime');
  if (d['workingType'] === undefined) return requiredError(p, '#/required', 'workingType');
  if (d['priceProtect'] === undefined) return requiredError(p, '#/required', 'priceProtect');
  const x0: unknown = d['pair'];
  if (typeof x0 !== 'string') return typeError(p + '/pair', '#/properties/pair/type', 'string');
  const x1: unknown = d['modifyId'];
  if (x1 !== undefined) {
    if (!isInteger(x1)) return typeError(p + '/modifyId', '#/properties/modifyId/type', 'integer');
  }
  const x2: unknown = d['cumQty'];
  if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/cumQty', '#/properties/cumQty', source1);
  const x3: unknown = d['cumQuote'];
  if (x3 !== undefined) {
    if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/cumQuote', '#/properties/cumQuote', source1);
  }
  const x4: unknown = d['avgPrice'];
  if (x4 !== undefined) {
    if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/avgPrice', '#/properties/avgPrice', source1);
  }
  const x5: unknown = d['clientOrderId'];
  if (typeof x5 !== 'string') return typeError(p + '/clientOrderId', '#/properties/clientOrderId/type', 'string');
  const x6: unknown = d['executedQty'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/executedQty', '#/properties/executedQty', source1);
  const x7: unknown = d['orderId'];
  if (!isInteger(x7)) return typeError(p + '/orderId', '#/properties/orderId/type', 'integer');
  const x8: unknown = d['origQty'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/origQty', '#/properties/origQty', source1);
  const x9: unknown = d['origType'];
  if (typeof x9 !== 'string') return typeError(p + '/origType', '#/properties/origType/type', 'string');
  const x10: unknown = d['price'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/price', '#/properties/price', source1);
  const x11: unknown = d['reduceOnly'];
  if (typeof x11 !== 'boolean') return typeError(p + '/reduceOnly', '#/properties/reduceOnly/type', 'boolean');
  const x12: unknown = d['side'];
  if (typeof x12 !== 'string') return typeError(p + '/side', '#/properties/side/type', 'string');
  const x13: unknown = d['positionSide'];
  if (typeof x13 !== 'string') return typeError(p + '/positionSide', '#/properties/positionSide/type', 'string');
  const x14: unknown = d['status'];
  if (typeof x14 !== 'string') return typeError(p + '/status', '#/properties/status/type', 'string');
  const x15: unknown = d['stopPrice'];
  if (!matches(x15, pattern0)) return stringError(x15, pattern0, p + '/stopPrice', '#/properties/stopPrice', source1);
  const x16: unknown = d['closePosition'];
  if (typeof x16 !== 'boolean') return typeError(p + '/closePosition', '#/properties/closePosition/type', 'boolean');
  const x17: unknown = d['symbol'];
  if (typeof x17 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  const x18: unknown = d['timeInForce'];
  if (typeof x18 !== 'string') return typeError(p + '/timeInForce', '#/properties/timeInForce/type', 'string');
  const x19: unknown = d['type'];
  if (typeof x19 !== 'string') return typeError(p + '/type', '#/properties/type/type', 'string');
  const x20: unknown = d['updateTime'];
  if (!isInteger(x20)) return typeError(p + '/updateTime', '#/properties/updateTime/type', 'integer');
  const x21: unknown = d['workingType'];
  if (typeof x21 !== 'string') return typeError(p + '/workingType', '#/properties/workingType/type', 'string');
  const x22: unknown = d['priceProtect'];
  if (typeof x22 !== 'boolean') return typeError(p + '/priceProtect', '#/properties/priceProtect/type', 'boolean');
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
  const x26: unknown = d['activatePrice'];
  if (x26 !== undefined) {
    if (!matches(x26, pattern0)) return stringError(x26, pattern0, p + '/activatePrice', '#/properties/activatePrice', source1);
  }
  const x27: unknown = d['priceRate'];
  if (x27 !== undefined) {
    if (!matches(x27, pattern0)) return stringError(x27, pattern0, p + '/priceRate', '#/properties/priceRate', source1);
  }
  return undefined;
}
