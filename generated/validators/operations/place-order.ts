// Generated from spec/operations/place-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/place-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/required', 'orderId');
  if (d['orderListId'] === undefined) return requiredError(p, '#/required', 'orderListId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/required', 'clientOrderId');
  if (d['transactTime'] === undefined) return requiredError(p, '#/required', 'transactTime');
  const x0: unknown = d['symbol'];
  if (typeof x0 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  const x1: unknown = d['orderId'];
  if (!isInteger(x1)) return typeError(p + '/orderId', '#/properties/orderId/type', 'integer');
  const x2: unknown = d['orderListId'];
  if (!isInteger(x2)) return typeError(p + '/orderListId', '#/properties/orderListId/type', 'integer');
  const x3: unknown = d['clientOrderId'];
  if (typeof x3 !== 'string') return typeError(p + '/clientOrderId', '#/properties/clientOrderId/type', 'string');
  const x4: unknown = d['transactTime'];
  if (!isInteger(x4)) return typeError(p + '/transactTime', '#/properties/transactTime/type', 'integer');
  const x5: unknown = d['price'];
  if (x5 !== undefined) {
    if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/price', '#/properties/price', source1);
  }
  const x6: unknown = d['origQty'];
  if (x6 !== undefined) {
    if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/origQty', '#/properties/origQty', source1);
  }
  const x7: unknown = d['executedQty'];
  if (x7 !== undefined) {
    if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/executedQty', '#/properties/executedQty', source1);
  }
  const x8: unknown = d['origQuoteOrderQty'];
  if (x8 !== undefined) {
    if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/origQuoteOrderQty', '#/properties/origQuoteOrderQty', source1);
  }
  const x9: unknown = d['cummulativeQuoteQty'];
  if (x9 !== undefined) {
    if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/cummulativeQuoteQty', '#/properties/cummulativeQuoteQty', source1);
  }
  const x10: unknown = d['status'];
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') return typeError(p + '/status', '#/properties/status/type', 'string');
  }
  const x11: unknown = d['timeInForce'];
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') return typeError(p + '/timeInForce', '#/properties/timeInForce/type', 'string');
  }
  const x12: unknown = d['type'];
  if (x12 !== undefined) {
    if (typeof x12 !== 'string') return typeError(p + '/type', '#/properties/type/type', 'string');
  }
  const x13: unknown = d['side'];
  if (x13 !== undefined) {
    if (typeof x13 !== 'string') return typeError(p + '/side', '#/properties/side/type', 'string');
  }
  const x14: unknown = d['workingTime'];
  if (x14 !== undefined) {
    if (!isInteger(x14)) return typeError(p + '/workingTime', '#/properties/workingTime/type', 'integer');
  }
  const x15: unknown = d['selfTradePreventionMode'];
  if (x15 !== undefined) {
    if (typeof x15 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/properties/selfTradePreventionMode/type', 'string');
  }
  const x16: unknown = d['fills'];
  if (x16 !== undefined) {
    if (!Array.isArray(x16)) return typeError(p + '/fills', '#/properties/fills/type', 'array');
    for (let i17 = 0; i17 < x16.length; i17++) {
      const x18: unknown = x16[i17];
      if ((e = check1(x18, p + '/fills/' + i17))) return e;
    }
  }
  const x24: unknown = d['icebergQty'];
  if (x24 !== undefined) {
    if (!matches(x24, pattern0)) return stringError(x24, pattern0, p + '/icebergQty', '#/properties/icebergQty', source1);
  }
  const x25: unknown = d['stopPrice'];
  if (x25 !== undefined) {
    if (!matches(x25, pattern0)) return stringError(x25, pattern0, p + '/stopPrice', '#/properties/stopPrice', source1);
  }
  const x26: unknown = d['strategyId'];
  if (x26 !== undefined) {
    if (!isInteger(x26)) return typeError(p + '/strategyId', '#/properties/strategyId/type', 'integer');
  }
  const x27: unknown = d['strategyType'];
  if (x27 !== undefined) {
    if (!isInteger(x27)) return typeError(p + '/strategyType', '#/properties/strategyType/type', 'integer');
  }
  const x28: unknown = d['trailingDelta'];
  if (x28 !== undefined) {
    if (!isInteger(x28)) return typeError(p + '/trailingDelta', '#/properties/trailingDelta/type', 'integer');
  }
  const x29: unknown = d['trailingTime'];
  if (x29 !== undefined) {
    if (!isInteger(x29)) return typeError(p + '/trailingTime', '#/properties/trailingTime/type', 'integer');
  }
  const x30: unknown = d['usedSor'];
  if (x30 !== undefined) {
    if (typeof x30 !== 'boolean') return typeError(p + '/usedSor', '#/properties/usedSor/type', 'boolean');
  }
  const x31: unknown = d['workingFloor'];
  if (x31 !== undefined) {
    if (typeof x31 !== 'string') return typeError(p + '/workingFloor', '#/properties/workingFloor/type', 'string');
  }
  const x32: unknown = d['expiryReason'];
  if (x32 !== undefined) {
    if (typeof x32 !== 'string') return typeError(p + '/expiryReason', '#/properties/expiryReason/type', 'string');
  }
  const x33: unknown = d['pegPriceType'];
  if (x33 !== undefined) {
    if (typeof x33 !== 'string') return typeError(p + '/pegPriceType', '#/properties/pegPriceType/type', 'string');
  }
  const x34: unknown = d['pegOffsetType'];
  if (x34 !== undefined) {
    if (typeof x34 !== 'string') return typeError(p + '/pegOffsetType', '#/properties/pegOffsetType/type', 'string');
  }
  const x35: unknown = d['pegOffsetValue'];
  if (x35 !== undefined) {
    if (!isInteger(x35)) return typeError(p + '/pegOffsetValue', '#/properties/pegOffsetValue/type', 'integer');
  }
  const x36: unknown = d['peggedPrice'];
  if (x36 !== undefined) {
    if (!matches(x36, pattern0)) return stringError(x36, pattern0, p + '/peggedPrice', '#/properties/peggedPrice', source1);
  }
  const x37: unknown = d['preventedMatchId'];
  if (x37 !== undefined) {
    if (!isInteger(x37)) return typeError(p + '/preventedMatchId', '#/properties/preventedMatchId/type', 'integer');
  }
  const x38: unknown = d['preventedQuantity'];
  if (x38 !== undefined) {
    if (!matches(x38, pattern0)) return stringError(x38, pattern0, p + '/preventedQuantity', '#/properties/preventedQuantity', source1);
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/fills/items/type', 'object');
  if (d['price'] === undefined) return requiredError(p, '#/properties/fills/items/required', 'price');
  if (d['qty'] === undefined) return requiredError(p, '#/properties/fills/items/required', 'qty');
  if (d['commission'] === undefined) return requiredError(p, '#/properties/fills/items/required', 'commission');
  if (d['commissionAsset'] === undefined) return requiredError(p, '#/properties/fills/items/required', 'commissionAsset');
  if (d['tradeId'] === undefined) return requiredError(p, '#/properties/fills/items/required', 'tradeId');
  const x19: unknown = d['price'];
  if (!matches(x19, pattern0)) return stringError(x19, pattern0, p + '/price', '#/properties/fills/items/properties/price', source1);
  const x20: unknown = d['qty'];
  if (!matches(x20, pattern0)) return stringError(x20, pattern0, p + '/qty', '#/properties/fills/items/properties/qty', source1);
  const x21: unknown = d['commission'];
  if (!matches(x21, pattern0)) return stringError(x21, pattern0, p + '/commission', '#/properties/fills/items/properties/commission', source1);
  const x22: unknown = d['commissionAsset'];
  if (typeof x22 !== 'string') return typeError(p + '/commissionAsset', '#/properties/fills/items/properties/commissionAsset/type', 'string');
  const x23: unknown = d['tradeId'];
  if (!isInteger(x23)) return typeError(p + '/tradeId', '#/properties/fills/items/properties/tradeId/type', 'integer');
  return undefined;
}
