// Generated from spec/operations/get-all-orders.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-all-orders.json; the first error in `validate.errors`. */
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
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/items/required', 'orderId');
  if (d['orderListId'] === undefined) return requiredError(p, '#/items/required', 'orderListId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/items/required', 'clientOrderId');
  if (d['price'] === undefined) return requiredError(p, '#/items/required', 'price');
  if (d['origQty'] === undefined) return requiredError(p, '#/items/required', 'origQty');
  if (d['executedQty'] === undefined) return requiredError(p, '#/items/required', 'executedQty');
  if (d['cummulativeQuoteQty'] === undefined) return requiredError(p, '#/items/required', 'cummulativeQuoteQty');
  if (d['status'] === undefined) return requiredError(p, '#/items/required', 'status');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/items/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/items/required', 'type');
  if (d['side'] === undefined) return requiredError(p, '#/items/required', 'side');
  if (d['time'] === undefined) return requiredError(p, '#/items/required', 'time');
  if (d['updateTime'] === undefined) return requiredError(p, '#/items/required', 'updateTime');
  if (d['isWorking'] === undefined) return requiredError(p, '#/items/required', 'isWorking');
  if (d['origQuoteOrderQty'] === undefined) return requiredError(p, '#/items/required', 'origQuoteOrderQty');
  if (d['workingTime'] === undefined) return requiredError(p, '#/items/required', 'workingTime');
  if (d['selfTradePreventionMode'] === undefined) return requiredError(p, '#/items/required', 'selfTradePreventionMode');
  const x2: unknown = d['symbol'];
  if (typeof x2 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x3: unknown = d['orderId'];
  if (!isInteger(x3)) return typeError(p + '/orderId', '#/items/properties/orderId/type', 'integer');
  const x4: unknown = d['orderListId'];
  if (!isInteger(x4)) return typeError(p + '/orderListId', '#/items/properties/orderListId/type', 'integer');
  const x5: unknown = d['clientOrderId'];
  if (typeof x5 !== 'string') return typeError(p + '/clientOrderId', '#/items/properties/clientOrderId/type', 'string');
  const x6: unknown = d['price'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/price', '#/items/properties/price', source1);
  const x7: unknown = d['origQty'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/origQty', '#/items/properties/origQty', source1);
  const x8: unknown = d['executedQty'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/executedQty', '#/items/properties/executedQty', source1);
  const x9: unknown = d['cummulativeQuoteQty'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/cummulativeQuoteQty', '#/items/properties/cummulativeQuoteQty', source1);
  const x10: unknown = d['status'];
  if (typeof x10 !== 'string') return typeError(p + '/status', '#/items/properties/status/type', 'string');
  const x11: unknown = d['timeInForce'];
  if (typeof x11 !== 'string') return typeError(p + '/timeInForce', '#/items/properties/timeInForce/type', 'string');
  const x12: unknown = d['type'];
  if (typeof x12 !== 'string') return typeError(p + '/type', '#/items/properties/type/type', 'string');
  const x13: unknown = d['side'];
  if (typeof x13 !== 'string') return typeError(p + '/side', '#/items/properties/side/type', 'string');
  const x14: unknown = d['time'];
  if (!isInteger(x14)) return typeError(p + '/time', '#/items/properties/time/type', 'integer');
  const x15: unknown = d['updateTime'];
  if (!isInteger(x15)) return typeError(p + '/updateTime', '#/items/properties/updateTime/type', 'integer');
  const x16: unknown = d['isWorking'];
  if (typeof x16 !== 'boolean') return typeError(p + '/isWorking', '#/items/properties/isWorking/type', 'boolean');
  const x17: unknown = d['origQuoteOrderQty'];
  if (!matches(x17, pattern0)) return stringError(x17, pattern0, p + '/origQuoteOrderQty', '#/items/properties/origQuoteOrderQty', source1);
  const x18: unknown = d['workingTime'];
  if (!isInteger(x18)) return typeError(p + '/workingTime', '#/items/properties/workingTime/type', 'integer');
  const x19: unknown = d['selfTradePreventionMode'];
  if (typeof x19 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/items/properties/selfTradePreventionMode/type', 'string');
  const x20: unknown = d['icebergQty'];
  if (x20 !== undefined) {
    if (!matches(x20, pattern0)) return stringError(x20, pattern0, p + '/icebergQty', '#/items/properties/icebergQty', source1);
  }
  const x21: unknown = d['stopPrice'];
  if (x21 !== undefined) {
    if (!matches(x21, pattern0)) return stringError(x21, pattern0, p + '/stopPrice', '#/items/properties/stopPrice', source1);
  }
  const x22: unknown = d['strategyId'];
  if (x22 !== undefined) {
    if (!isInteger(x22)) return typeError(p + '/strategyId', '#/items/properties/strategyId/type', 'integer');
  }
  const x23: unknown = d['strategyType'];
  if (x23 !== undefined) {
    if (!isInteger(x23)) return typeError(p + '/strategyType', '#/items/properties/strategyType/type', 'integer');
  }
  const x24: unknown = d['trailingDelta'];
  if (x24 !== undefined) {
    if (!isInteger(x24)) return typeError(p + '/trailingDelta', '#/items/properties/trailingDelta/type', 'integer');
  }
  const x25: unknown = d['trailingTime'];
  if (x25 !== undefined) {
    if (!isInteger(x25)) return typeError(p + '/trailingTime', '#/items/properties/trailingTime/type', 'integer');
  }
  const x26: unknown = d['usedSor'];
  if (x26 !== undefined) {
    if (typeof x26 !== 'boolean') return typeError(p + '/usedSor', '#/items/properties/usedSor/type', 'boolean');
  }
  const x27: unknown = d['workingFloor'];
  if (x27 !== undefined) {
    if (typeof x27 !== 'string') return typeError(p + '/workingFloor', '#/items/properties/workingFloor/type', 'string');
  }
  const x28: unknown = d['expiryReason'];
  if (x28 !== undefined) {
    if (typeof x28 !== 'string') return typeError(p + '/expiryReason', '#/items/properties/expiryReason/type', 'string');
  }
  const x29: unknown = d['pegPriceType'];
  if (x29 !== undefined) {
    if (typeof x29 !== 'string') return typeError(p + '/pegPriceType', '#/items/properties/pegPriceType/type', 'string');
  }
  const x30: unknown = d['pegOffsetType'];
  if (x30 !== undefined) {
    if (typeof x30 !== 'string') return typeError(p + '/pegOffsetType', '#/items/properties/pegOffsetType/type', 'string');
  }
  const x31: unknown = d['pegOffsetValue'];
  if (x31 !== undefined) {
    if (!isInteger(x31)) return typeError(p + '/pegOffsetValue', '#/items/properties/pegOffsetValue/type', 'integer');
  }
  const x32: unknown = d['peggedPrice'];
  if (x32 !== undefined) {
    if (!matches(x32, pattern0)) return stringError(x32, pattern0, p + '/peggedPrice', '#/items/properties/peggedPrice', source1);
  }
  const x33: unknown = d['preventedMatchId'];
  if (x33 !== undefined) {
    if (!isInteger(x33)) return typeError(p + '/preventedMatchId', '#/items/properties/preventedMatchId/type', 'integer');
  }
  const x34: unknown = d['preventedQuantity'];
  if (x34 !== undefined) {
    if (!matches(x34, pattern0)) return stringError(x34, pattern0, p + '/preventedQuantity', '#/items/properties/preventedQuantity', source1);
  }
  return undefined;
}
