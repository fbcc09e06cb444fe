// Generated from spec/operations/get-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/required', 'orderId');
  if (d['orderListId'] === undefined) return requiredError(p, '#/required', 'orderListId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/required', 'clientOrderId');
  if (d['price'] === undefined) return requiredError(p, '#/required', 'price');
  if (d['origQty'] === undefined) return requiredError(p, '#/required', 'origQty');
  if (d['executedQty'] === undefined) return requiredError(p, '#/required', 'executedQty');
  if (d['cummulativeQuoteQty'] === undefined) return requiredError(p, '#/required', 'cummulativeQuoteQty');
  if (d['status'] === undefined) return requiredError(p, '#/required', 'status');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/required', 'type');
  if (d['side'] === undefined) return requiredError(p, '#/required', 'side');
  if (d['time'] === undefined) return requiredError(p, '#/required', 'time');
  if (d['updateTime'] === undefined) return requiredError(p, '#/required', 'updateTime');
  if (d['isWorking'] === undefined) return requiredError(p, '#/required', 'isWorking');
  if (d['workingTime'] === undefined) return requiredError(p, '#/required', 'workingTime');
  if (d['origQuoteOrderQty'] === undefined) return requiredError(p, '#/required', 'origQuoteOrderQty');
  if (d['selfTradePreventionMode'] === undefined) return requiredError(p, '#/required', 'selfTradePreventionMode');
  const x0: unknown = d['symbol'];
  if (typeof x0 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  const x1: unknown = d['orderId'];
  if (!isInteger(x1)) return typeError(p + '/orderId', '#/properties/orderId/type', 'integer');
  const x2: unknown = d['orderListId'];
  if (!isInteger(x2)) return typeError(p + '/orderListId', '#/properties/orderListId/type', 'integer');
  const x3: unknown = d['clientOrderId'];
  if (typeof x3 !== 'string') return typeError(p + '/clientOrderId', '#/properties/clientOrderId/type', 'string');
  const x4: unknown = d['price'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/price', '#/properties/price', source1);
  const x5: unknown = d['origQty'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/origQty', '#/properties/origQty', source1);
  const x6: unknown = d['executedQty'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/executedQty', '#/properties/executedQty', source1);
  const x7: unknown = d['cummulativeQuoteQty'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/cummulativeQuoteQty', '#/properties/cummulativeQuoteQty', source1);
  const x8: unknown = d['status'];
  if (typeof x8 !== 'string') return typeError(p + '/status', '#/properties/status/type', 'string');
  const x9: unknown = d['timeInForce'];
  if (typeof x9 !== 'string') return typeError(p + '/timeInForce', '#/properties/timeInForce/type', 'string');
  const x10: unknown = d['type'];
  if (typeof x10 !== 'string') return typeError(p + '/type', '#/properties/type/type', 'string');
  const x11: unknown = d['side'];
  if (typeof x11 !== 'string') return typeError(p + '/side', '#/properties/side/type', 'string');
  const x12: unknown = d['time'];
  if (!isInteger(x12)) return typeError(p + '/time', '#/properties/time/type', 'integer');
  const x13: unknown = d['updateTime'];
  if (!isInteger(x13)) return typeError(p + '/updateTime', '#/properties/updateTime/type', 'integer');
  const x14: unknown = d['isWorking'];
  if (typeof x14 !== 'boolean') return typeError(p + '/isWorking', '#/properties/isWorking/type', 'boolean');
  const x15: unknown = d['workingTime'];
  if (!isInteger(x15)) return typeError(p + '/workingTime', '#/properties/workingTime/type', 'integer');
  const x16: unknown = d['origQuoteOrderQty'];
  if (!matches(x16, pattern0)) return stringError(x16, pattern0, p + '/origQuoteOrderQty', '#/properties/origQuoteOrderQty', source1);
  const x17: unknown = d['selfTradePreventionMode'];
  if (typeof x17 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/properties/selfTradePreventionMode/type', 'string');
  const x18: unknown = d['icebergQty'];
  if (x18 !== undefined) {
    if (!matches(x18, pattern0)) return stringError(x18, pattern0, p + '/icebergQty', '#/properties/icebergQty', source1);
  }
  const x19: unknown = d['stopPrice'];
  if (x19 !== undefined) {
    if (!matches(x19, pattern0)) return stringError(x19, pattern0, p + '/stopPrice', '#/properties/stopPrice', source1);
  }
  const x20: unknown = d['strategyId'];
  if (x20 !== undefined) {
    if (!isInteger(x20)) return typeError(p + '/strategyId', '#/properties/strategyId/type', 'integer');
  }
  const x21: unknown = d['strategyType'];
  if (x21 !== undefined) {
    if (!isInteger(x21)) return typeError(p + '/strategyType', '#/properties/strategyType/type', 'integer');
  }
  const x22: unknown = d['trailingDelta'];
  if (x22 !== undefined) {
    if (!isInteger(x22)) return typeError(p + '/trailingDelta', '#/properties/trailingDelta/type', 'integer');
  }
  const x23: unknown = d['trailingTime'];
  if (x23 !== undefined) {
    if (!isInteger(x23)) return typeError(p + '/trailingTime', '#/properties/trailingTime/type', 'integer');
  }
  const x24: unknown = d['usedSor'];
  if (x24 !== undefined) {
    if (typeof x24 !== 'boolean') return typeError(p + '/usedSor', '#/properties/usedSor/type', 'boolean');
  }
  const x25: unknown = d['workingFloor'];
  if (x25 !== undefined) {
    if (typeof x25 !== 'string') return typeError(p + '/workingFloor', '#/properties/workingFloor/type', 'string');
  }
  const x26: unknown = d['expiryReason'];
  if (x26 !== undefined) {
    if (typeof x26 !== 'string') return typeError(p + '/expiryReason', '#/properties/expiryReason/type', 'string');
  }
  const x27: unknown = d['pegPriceType'];
  if (x27 !== undefined) {
    if (typeof x27 !== 'string') return typeError(p + '/pegPriceType', '#/properties/pegPriceType/type', 'string');
  }
  const x28: unknown = d['pegOffsetType'];
  if (x28 !== undefined) {
    if (typeof x28 !== 'string') return typeError(p + '/pegOffsetType', '#/properties/pegOffsetType/type', 'string');
  }
  const x29: unknown = d['pegOffsetValue'];
  if (x29 !== undefined) {
    if (!isInteger(x29)) return typeError(p + '/pegOffsetValue', '#/properties/pegOffsetValue/type', 'integer');
  }
  const x30: unknown = d['peggedPrice'];
  if (x30 !== undefined) {
    if (!matches(x30, pattern0)) return stringError(x30, pattern0, p + '/peggedPrice', '#/properties/peggedPrice', source1);
  }
  const x31: unknown = d['preventedMatchId'];
  if (x31 !== undefined) {
    if (!isInteger(x31)) return typeError(p + '/preventedMatchId', '#/properties/preventedMatchId/type', 'integer');
  }
  const x32: unknown = d['preventedQuantity'];
  if (x32 !== undefined) {
    if (!matches(x32, pattern0)) return stringError(x32, pattern0, p + '/preventedQuantity', '#/properties/preventedQuantity', source1);
  }
  return undefined;
}
