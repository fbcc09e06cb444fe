// Generated from spec/operations/sapi/get-margin-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/required', 'clientOrderId');
  if (d['cummulativeQuoteQty'] === undefined) return requiredError(p, '#/required', 'cummulativeQuoteQty');
  if (d['executedQty'] === undefined) return requiredError(p, '#/required', 'executedQty');
  if (d['icebergQty'] === undefined) return requiredError(p, '#/required', 'icebergQty');
  if (d['isWorking'] === undefined) return requiredError(p, '#/required', 'isWorking');
  if (d['orderId'] === undefined) return requiredError(p, '#/required', 'orderId');
  if (d['origQty'] === undefined) return requiredError(p, '#/required', 'origQty');
  if (d['price'] === undefined) return requiredError(p, '#/required', 'price');
  if (d['side'] === undefined) return requiredError(p, '#/required', 'side');
  if (d['status'] === undefined) return requiredError(p, '#/required', 'status');
  if (d['stopPrice'] === undefined) return requiredError(p, '#/required', 'stopPrice');
  if (d['symbol'] === undefined) return requiredError(p, '#/required', 'symbol');
  if (d['time'] === undefined) return requiredError(p, '#/required', 'time');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/required', 'type');
  if (d['selfTradePreventionMode'] === undefined) return requiredError(p, '#/required', 'selfTradePreventionMode');
  if (d['updateTime'] === undefined) return requiredError(p, '#/required', 'updateTime');
  const x0: unknown = d['clientOrderId'];
  if (typeof x0 !== 'string') return typeError(p + '/clientOrderId', '#/properties/clientOrderId/type', 'string');
  const x1: unknown = d['cummulativeQuoteQty'];
  if (!matches(x1, pattern0)) return stringError(x1, pattern0, p + '/cummulativeQuoteQty', '#/properties/cummulativeQuoteQty', source1);
  const x2: unknown = d['executedQty'];
  if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/executedQty', '#/properties/executedQty', source1);
  const x3: unknown = d['icebergQty'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/icebergQty', '#/properties/icebergQty', source1);
  const x4: unknown = d['isWorking'];
  if (typeof x4 !== 'boolean') return typeError(p + '/isWorking', '#/properties/isWorking/type', 'boolean');
  const x5: unknown = d['orderId'];
  if (!isInteger(x5)) return typeError(p + '/orderId', '#/properties/orderId/type', 'integer');
  const x6: unknown = d['origQty'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/origQty', '#/properties/origQty', source1);
  const x7: unknown = d['price'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/price', '#/properties/price', source1);
  const x8: unknown = d['side'];
  if (typeof x8 !== 'string') return typeError(p + '/side', '#/properties/side/type', 'string');
  const x9: unknown = d['status'];
  if (typeof x9 !== 'string') return typeError(p + '/status', '#/properties/status/type', 'string');
  const x10: unknown = d['stopPrice'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/stopPrice', '#/properties/stopPrice', source1);
  const x11: unknown = d['symbol'];
  if (typeof x11 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  const x12: unknown = d['isIsolated'];
  if (x12 !== undefined) {
    if (typeof x12 !== 'boolean') return typeError(p + '/isIsolated', '#/properties/isIsolated/type', 'boolean');
  }
  const x13: unknown = d['time'];
  if (!isInteger(x13)) return typeError(p + '/time', '#/properties/time/type', 'integer');
  const x14: unknown = d['timeInForce'];
  if (typeof x14 !== 'string') return typeError(p + '/timeInForce', '#/properties/timeInForce/type', 'string');
  const x15: unknown = d['type'];
  if (typeof x15 !== 'string') return typeError(p + '/type', '#/properties/type/type', 'string');
  const x16: unknown = d['selfTradePreventionMode'];
  if (typeof x16 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/properties/selfTradePreventionMode/type', 'string');
  const x17: unknown = d['updateTime'];
  if (!isInteger(x17)) return typeError(p + '/updateTime', '#/properties/updateTime/type', 'integer');
  return undefined;
}
