// Generated from spec/operations/sapi/get-margin-all-orders.yaml by codegen/. DO NOT EDIT.
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
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-all-orders.json; the first error in `validate.errors`. */
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
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/items/required', 'clientOrderId');
  if (d['cummulativeQuoteQty'] === undefined) return requiredError(p, '#/items/required', 'cummulativeQuoteQty');
  if (d['executedQty'] === undefined) return requiredError(p, '#/items/required', 'executedQty');
  if (d['icebergQty'] === undefined) return requiredError(p, '#/items/required', 'icebergQty');
  if (d['isWorking'] === undefined) return requiredError(p, '#/items/required', 'isWorking');
  if (d['orderId'] === undefined) return requiredError(p, '#/items/required', 'orderId');
  if (d['origQty'] === undefined) return requiredError(p, '#/items/required', 'origQty');
  if (d['price'] === undefined) return requiredError(p, '#/items/required', 'price');
  if (d['side'] === undefined) return requiredError(p, '#/items/required', 'side');
  if (d['status'] === undefined) return requiredError(p, '#/items/required', 'status');
  if (d['stopPrice'] === undefined) return requiredError(p, '#/items/required', 'stopPrice');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['time'] === undefined) return requiredError(p, '#/items/required', 'time');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/items/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/items/required', 'type');
  if (d['selfTradePreventionMode'] === undefined) return requiredError(p, '#/items/required', 'selfTradePreventionMode');
  if (d['updateTime'] === undefined) return requiredError(p, '#/items/required', 'updateTime');
  const x2: unknown = d['clientOrderId'];
  if (typeof x2 !== 'string') return typeError(p + '/clientOrderId', '#/items/properties/clientOrderId/type', 'string');
  const x3: unknown = d['cummulativeQuoteQty'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/cummulativeQuoteQty', '#/items/properties/cummulativeQuoteQty', source1);
  const x4: unknown = d['executedQty'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/executedQty', '#/items/properties/executedQty', source1);
  const x5: unknown = d['icebergQty'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/icebergQty', '#/items/properties/icebergQty', source1);
  const x6: unknown = d['isWorking'];
  if (typeof x6 !== 'boolean') return typeError(p + '/isWorking', '#/items/properties/isWorking/type', 'boolean');
  const x7: unknown = d['orderId'];
  if (!isInteger(x7)) return typeError(p + '/orderId', '#/items/properties/orderId/type', 'integer');
  const x8: unknown = d['origQty'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/origQty', '#/items/properties/origQty', source1);
  const x9: unknown = d['price'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/price', '#/items/properties/price', source1);
  const x10: unknown = d['side'];
  if (typeof x10 !== 'string') return typeError(p + '/side', '#/items/properties/side/type', 'string');
  const x11: unknown = d['status'];
  if (typeof x11 !== 'string') return typeError(p + '/status', '#/items/properties/status/type', 'string');
  const x12: unknown = d['stopPrice'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/stopPrice', '#/items/properties/stopPrice', source1);
  const x13: unknown = d['symbol'];
  if (typeof x13 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x14: unknown = d['isIsolated'];
  if (x14 !== undefined) {
    if (typeof x14 !== 'boolean') return typeError(p + '/isIsolated', '#/items/properties/isIsolated/type', 'boolean');
  }
  const x15: unknown = d['time'];
  if (!isInteger(x15)) return typeError(p + '/time', '#/items/properties/time/type', 'integer');
  const x16: unknown = d['timeInForce'];
  if (typeof x16 !== 'string') return typeError(p + '/timeInForce', '#/items/properties/timeInForce/type', 'string');
  const x17: unknown = d['type'];
  if (typeof x17 !== 'string') return typeError(p + '/type', '#/items/properties/type/type', 'string');
  const x18: unknown = d['selfTradePreventionMode'];
  if (typeof x18 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/items/properties/selfTradePreventionMode/type', 'string');
  const x19: unknown = d['updateTime'];
  if (!isInteger(x19)) return typeError(p + '/updateTime', '#/items/properties/updateTime/type', 'integer');
  return undefined;
}
