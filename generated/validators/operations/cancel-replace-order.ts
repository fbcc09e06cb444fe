// Generated from spec/operations/cancel-replace-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/cancel-replace-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['cancelResult'] === undefined) return requiredError(p, '#/required', 'cancelResult');
  if (d['newOrderResult'] === undefined) return requiredError(p, '#/required', 'newOrderResult');
  if (d['cancelResponse'] === undefined) return requiredError(p, '#/required', 'cancelResponse');
  if (d['newOrderResponse'] === undefined) return requiredError(p, '#/required', 'newOrderResponse');
  const x0: unknown = d['cancelResult'];
  if (typeof x0 !== 'string') return typeError(p + '/cancelResult', '#/properties/cancelResult/type', 'string');
  const x1: unknown = d['newOrderResult'];
  if (typeof x1 !== 'string') return typeError(p + '/newOrderResult', '#/properties/newOrderResult/type', 'string');
  const x2: unknown = d['cancelResponse'];
  if ((e = check1(x2, p + '/cancelResponse'))) return e;
  const x34: unknown = d['newOrderResponse'];
  if ((e = check2(x34, p + '/newOrderResponse'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/cancelResponse/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/cancelResponse/required', 'symbol');
  if (d['origClientOrderId'] === undefined) return requiredError(p, '#/properties/cancelResponse/required', 'origClientOrderId');
  if (d['orderId'] === undefined) return requiredError(p, '#/properties/cancelResponse/required', 'orderId');
  if (d['orderListId'] === undefined) return requiredError(p, '#/properties/cancelResponse/required', 'orderListId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/properties/cancelResponse/required', 'clientOrderId');
  if (d['transactTime'] === undefined) return requiredError(p, '#/properties/cancelResponse/required', 'transactTime');
  if (d['price'] === undefined) return requiredError(p, '#/properties/cancelResponse/required', 'price');
  if (d['origQty'] === undefined) return requiredError(p, '#/properties/cancelResponse/required', 'origQty');
  if (d['executedQty'] === undefined) return requiredError(p, '#/properties/cancelResponse/required', 'executedQty');
  if (d['cummulativeQuoteQty'] === undefined) return requiredError(p, '#/properties/cancelResponse/required', 'cummulativeQuoteQty');
  if (d['status'] === undefined) return requiredError(p, '#/properties/cancelResponse/required', 'status');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/properties/cancelResponse/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/properties/cancelResponse/required', 'type');
  if (d['side'] === undefined) return requiredError(p, '#/properties/cancelResponse/required', 'side');
  if (d['selfTradePreventionMode'] === undefined) return requiredError(p, '#/properties/cancelResponse/required', 'selfTradePreventionMode');
  const x3: unknown = d['symbol'];
  if (typeof x3 !== 'string') return typeError(p + '/symbol', '#/properties/cancelResponse/properties/symbol/type', 'string');
  const x4: unknown = d['origClientOrderId'];
  if (typeof x4 !== 'string') return typeError(p + '/origClientOrderId', '#/properties/cancelResponse/properties/origClientOrderId/type', 'string');
  const x5: unknown = d['orderId'];
  if (!isInteger(x5)) return typeError(p + '/orderId', '#/properties/cancelResponse/properties/orderId/type', 'integer');
  const x6: unknown = d['orderListId'];
  if (!isInteger(x6)) return typeError(p + '/orderListId', '#/properties/cancelResponse/properties/orderListId/type', 'integer');
  const x7: unknown = d['clientOrderId'];
  if (typeof x7 !== 'string') return typeError(p + '/clientOrderId', '#/properties/cancelResponse/properties/clientOrderId/type', 'string');
  const x8: unknown = d['transactTime'];
  if (!isInteger(x8)) return typeError(p + '/transactTime', '#/properties/cancelResponse/properties/transactTime/type', 'integer');
  const x9: unknown = d['price'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/price', '#/properties/cancelResponse/properties/price', source1);
  const x10: unknown = d['origQty'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/origQty', '#/properties/cancelResponse/properties/origQty', source1);
  const x11: unknown = d['executedQty'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/executedQty', '#/properties/cancelResponse/properties/executedQty', source1);
  const x12: unknown = d['origQuoteOrderQty'];
  if (x12 !== undefined) {
    if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/origQuoteOrderQty', '#/properties/cancelResponse/properties/origQuoteOrderQty', source1);
  }
  const x13: unknown = d['cummulativeQuoteQty'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/cummulativeQuoteQty', '#/properties/cancelResponse/properties/cummulativeQuoteQty', source1);
  const x14: unknown = d['status'];
  if (typeof x14 !== 'string') return typeError(p + '/status', '#/properties/cancelResponse/properties/status/type', 'string');
  const x15: unknown = d['timeInForce'];
  if (typeof x15 !== 'string') return typeError(p + '/timeInForce', '#/properties/cancelResponse/properties/timeInForce/type', 'string');
  const x16: unknown = d['type'];
  if (typeof x16 !== 'string') return typeError(p + '/type', '#/properties/cancelResponse/properties/type/type', 'string');
  const x17: unknown = d['side'];
  if (typeof x17 !== 'string') return typeError(p + '/side', '#/properties/cancelResponse/properties/side/type', 'string');
  const x18: unknown = d['selfTradePreventionMode'];
  if (typeof x18 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/properties/cancelResponse/properties/selfTradePreventionMode/type', 'string');
  const x19: unknown = d['icebergQty'];
  if (x19 !== undefined) {
    if (!matches(x19, pattern0)) return stringError(x19, pattern0, p + '/icebergQty', '#/properties/cancelResponse/properties/icebergQty', source1);
  }
  const x20: unknown = d['stopPrice'];
  if (x20 !== undefined) {
    if (!matches(x20, pattern0)) return stringError(x20, pattern0, p + '/stopPrice', '#/properties/cancelResponse/properties/stopPrice', source1);
  }
  const x21: unknown = d['strategyId'];
  if (x21 !== undefined) {
    if (!isInteger(x21)) return typeError(p + '/strategyId', '#/properties/cancelResponse/properties/strategyId/type', 'integer');
  }
  const x22: unknown = d['strategyType'];
  if (x22 !== undefined) {
    if (!isInteger(x22)) return typeError(p + '/strategyType', '#/properties/cancelResponse/properties/strategyType/type', 'integer');
  }
  const x23: unknown = d['trailingDelta'];
  if (x23 !== undefined) {
    if (!isInteger(x23)) return typeError(p + '/trailingDelta', '#/properties/cancelResponse/properties/trailingDelta/type', 'integer');
  }
  const x24: unknown = d['trailingTime'];
  if (x24 !== undefined) {
    if (!isInteger(x24)) return typeError(p + '/trailingTime', '#/properties/cancelResponse/properties/trailingTime/type', 'integer');
  }
  const x25: unknown = d['usedSor'];
  if (x25 !== undefined) {
    if (typeof x25 !== 'boolean') return typeError(p + '/usedSor', '#/properties/cancelResponse/properties/usedSor/type', 'boolean');
  }
  const x26: unknown = d['workingFloor'];
  if (x26 !== undefined) {
    if (typeof x26 !== 'string') return typeError(p + '/workingFloor', '#/properties/cancelResponse/properties/workingFloor/type', 'string');
  }
  const x27: unknown = d['expiryReason'];
  if (x27 !== undefined) {
    if (typeof x27 !== 'string') return typeError(p + '/expiryReason', '#/properties/cancelResponse/properties/expiryReason/type', 'string');
  }
  const x28: unknown = d['pegPriceType'];
  if (x28 !== undefined) {
    if (typeof x28 !== 'string') return typeError(p + '/pegPriceType', '#/properties/cancelResponse/properties/pegPriceType/type', 'string');
  }
  const x29: unknown = d['pegOffsetType'];
  if (x29 !== undefined) {
    if (typeof x29 !== 'string') return typeError(p + '/pegOffsetType', '#/properties/cancelResponse/properties/pegOffsetType/type', 'string');
  }
  const x30: unknown = d['pegOffsetValue'];
  if (x30 !== undefined) {
    if (!isInteger(x30)) return typeError(p + '/pegOffsetValue', '#/properties/cancelResponse/properties/pegOffsetValue/type', 'integer');
  }
  const x31: unknown = d['peggedPrice'];
  if (x31 !== undefined) {
    if (!matches(x31, pattern0)) return stringError(x31, pattern0, p + '/peggedPrice', '#/properties/cancelResponse/properties/peggedPrice', source1);
  }
  const x32: unknown = d['preventedMatchId'];
  if (x32 !== undefined) {
    if (!isInteger(x32)) return typeError(p + '/preventedMatchId', '#/properties/cancelResponse/properties/preventedMatchId/type', 'integer');
  }
  const x33: unknown = d['preventedQuantity'];
  if (x33 !== undefined) {
    if (!matches(x33, pattern0)) return stringError(x33, pattern0, p + '/preventedQuantity', '#/properties/cancelResponse/properties/preventedQuantity', source1);
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/newOrderResponse/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/newOrderResponse/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/properties/newOrderResponse/required', 'orderId');
  if (d['orderListId'] === undefined) return requiredError(p, '#/properties/newOrderResponse/required', 'orderListId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/properties/newOrderResponse/required', 'clientOrderId');
  if (d['transactTime'] === undefined) return requiredError(p, '#/properties/newOrderResponse/required', 'transactTime');
  const x35: unknown = d['symbol'];
  if (typeof x35 !== 'string') return typeError(p + '/symbol', '#/properties/newOrderResponse/properties/symbol/type', 'string');
  const x36: unknown = d['orderId'];
  if (!isInteger(x36)) return typeError(p + '/orderId', '#/properties/newOrderResponse/properties/orderId/type', 'integer');
  const x37: unknown = d['orderListId'];
  if (!isInteger(x37)) return typeError(p + '/orderListId', '#/properties/newOrderResponse/properties/orderListId/type', 'integer');
  const x38: unknown = d['clientOrderId'];
  if (typeof x38 !== 'string') return typeError(p + '/clientOrderId', '#/properties/newOrderResponse/properties/clientOrderId/type', 'string');
  const x39: unknown = d['transactTime'];
  if (!isInteger(x39)) return typeError(p + '/transactTime', '#/properties/newOrderResponse/properties/transactTime/type', 'integer');
  const x40: unknown = d['price'];
  if (x40 !== undefined) {
    if (!matches(x40, pattern0)) return stringError(x40, pattern0, p + '/price', '#/properties/newOrderResponse/properties/price', source1);
  }
  const x41: unknown = d['origQty'];
  if (x41 !== undefined) {
    if (!matches(x41, pattern0)) return stringError(x41, pattern0, p + '/origQty', '#/properties/newOrderResponse/properties/origQty', source1);
  }
  const x42: unknown = d['executedQty'];
  if (x42 !== undefined) {
    if (!matches(x42, pattern0)) return stringError(x42, pattern0, p + '/executedQty', '#/properties/newOrderResponse/properties/executedQty', source1);
  }
  const x43: unknown = d['origQuoteOrderQty'];
  if (x43 !== undefined) {
    if (!matches(x43, pattern0)) return stringError(x43, pattern0, p + '/origQuoteOrderQty', '#/properties/newOrderResponse/properties/origQuoteOrderQty', source1);
  }
  const x44: unknown = d['cummulativeQuoteQty'];
  if (x44 !== undefined) {
    if (!matches(x44, pattern0)) return stringError(x44, pattern0, p + '/cummulativeQuoteQty', '#/properties/newOrderResponse/properties/cummulativeQuoteQty', source1);
  }
  const x45: unknown = d['status'];
  if (x45 !== undefined) {
    if (typeof x45 !== 'string') return typeError(p + '/status', '#/properties/newOrderResponse/properties/status/type', 'string');
  }
  const x46: unknown = d['timeInForce'];
  if (x46 !== undefined) {
    if (typeof x46 !== 'string') return typeError(p + '/timeInForce', '#/properties/newOrderResponse/properties/timeInForce/type', 'string');
  }
  const x47: unknown = d['type'];
  if (x47 !== undefined) {
    if (typeof x47 !== 'string') return typeError(p + '/type', '#/properties/newOrderResponse/properties/type/type', 'string');
  }
  const x48: unknown = d['side'];
  if (x48 !== undefined) {
    if (typeof x48 !== 'string') return typeError(p + '/side', '#/properties/newOrderResponse/properties/side/type', 'string');
  }
  const x49: unknown = d['workingTime'];
  if (x49 !== undefined) {
    if (!isInteger(x49)) return typeError(p + '/workingTime', '#/properties/newOrderResponse/properties/workingTime/type', 'integer');
  }
  const x50: unknown = d['fills'];
  if (x50 !== undefined) {
    if (!Array.isArray(x50)) return typeError(p + '/fills', '#/properties/newOrderResponse/properties/fills/type', 'array');
    for (let i51 = 0; i51 < x50.length; i51++) {
      const x52: unknown = x50[i51];
      if ((e = check3(x52, p + '/fills/' + i51))) return e;
    }
  }
  const x58: unknown = d['selfTradePreventionMode'];
  if (x58 !== undefined) {
    if (typeof x58 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/properties/newOrderResponse/properties/selfTradePreventionMode/type', 'string');
  }
  const x59: unknown = d['icebergQty'];
  if (x59 !== undefined) {
    if (!matches(x59, pattern0)) return stringError(x59, pattern0, p + '/icebergQty', '#/properties/newOrderResponse/properties/icebergQty', source1);
  }
  const x60: unknown = d['stopPrice'];
  if (x60 !== undefined) {
    if (!matches(x60, pattern0)) return stringError(x60, pattern0, p + '/stopPrice', '#/properties/newOrderResponse/properties/stopPrice', source1);
  }
  const x61: unknown = d['strategyId'];
  if (x61 !== undefined) {
    if (!isInteger(x61)) return typeError(p + '/strategyId', '#/properties/newOrderResponse/properties/strategyId/type', 'integer');
  }
  const x62: unknown = d['strategyType'];
  if (x62 !== undefined) {
    if (!isInteger(x62)) return typeError(p + '/strategyType', '#/properties/newOrderResponse/properties/strategyType/type', 'integer');
  }
  const x63: unknown = d['trailingDelta'];
  if (x63 !== undefined) {
    if (!isInteger(x63)) return typeError(p + '/trailingDelta', '#/properties/newOrderResponse/properties/trailingDelta/type', 'integer');
  }
  const x64: unknown = d['trailingTime'];
  if (x64 !== undefined) {
    if (!isInteger(x64)) return typeError(p + '/trailingTime', '#/properties/newOrderResponse/properties/trailingTime/type', 'integer');
  }
  const x65: unknown = d['usedSor'];
  if (x65 !== undefined) {
    if (typeof x65 !== 'boolean') return typeError(p + '/usedSor', '#/properties/newOrderResponse/properties/usedSor/type', 'boolean');
  }
  const x66: unknown = d['workingFloor'];
  if (x66 !== undefined) {
    if (typeof x66 !== 'string') return typeError(p + '/workingFloor', '#/properties/newOrderResponse/properties/workingFloor/type', 'string');
  }
  const x67: unknown = d['expiryReason'];
  if (x67 !== undefined) {
    if (typeof x67 !== 'string') return typeError(p + '/expiryReason', '#/properties/newOrderResponse/properties/expiryReason/type', 'string');
  }
  const x68: unknown = d['pegPriceType'];
  if (x68 !== undefined) {
    if (typeof x68 !== 'string') return typeError(p + '/pegPriceType', '#/properties/newOrderResponse/properties/pegPriceType/type', 'string');
  }
  const x69: unknown = d['pegOffsetType'];
  if (x69 !== undefined) {
    if (typeof x69 !== 'string') return typeError(p + '/pegOffsetType', '#/properties/newOrderResponse/properties/pegOffsetType/type', 'string');
  }
  const x70: unknown = d['pegOffsetValue'];
  if (x70 !== undefined) {
    if (!isInteger(x70)) return typeError(p + '/pegOffsetValue', '#/properties/newOrderResponse/properties/pegOffsetValue/type', 'integer');
  }
  const x71: unknown = d['peggedPrice'];
  if (x71 !== undefined) {
    if (!matches(x71, pattern0)) return stringError(x71, pattern0, p + '/peggedPrice', '#/properties/newOrderResponse/properties/peggedPrice', source1);
  }
  const x72: unknown = d['preventedMatchId'];
  if (x72 !== undefined) {
    if (!isInteger(x72)) return typeError(p + '/preventedMatchId', '#/properties/newOrderResponse/properties/preventedMatchId/type', 'integer');
  }
  const x73: unknown = d['preventedQuantity'];
  if (x73 !== undefined) {
    if (!matches(x73, pattern0)) return stringError(x73, pattern0, p + '/preventedQuantity', '#/properties/newOrderResponse/properties/preventedQuantity', source1);
  }
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/newOrderResponse/properties/fills/items/type', 'object');
  if (d['price'] === undefined) return requiredError(p, '#/properties/newOrderResponse/properties/fills/items/required', 'price');
  if (d['qty'] === undefined) return requiredError(p, '#/properties/newOrderResponse/properties/fills/items/required', 'qty');
  if (d['commission'] === undefined) return requiredError(p, '#/properties/newOrderResponse/properties/fills/items/required', 'commission');
  if (d['commissionAsset'] === undefined) return requiredError(p, '#/properties/newOrderResponse/properties/fills/items/required', 'commissionAsset');
  if (d['tradeId'] === undefined) return requiredError(p, '#/properties/newOrderResponse/properties/fills/items/required', 'tradeId');
  const x53: unknown = d['price'];
  if (!matches(x53, pattern0)) return stringError(x53, pattern0, p + '/price', '#/properties/newOrderResponse/properties/fills/items/properties/price', source1);
  const x54: unknown = d['qty'];
  if (!matches(x54, pattern0)) return stringError(x54, pattern0, p + '/qty', '#/properties/newOrderResponse/properties/fills/items/properties/qty', source1);
  const x55: unknown = d['commission'];
  if (!matches(x55, pattern0)) return stringError(x55, pattern0, p + '/commission', '#/properties/newOrderResponse/properties/fills/items/properties/commission', source1);
  const x56: unknown = d['commissionAsset'];
  if (typeof x56 !== 'string') return typeError(p + '/commissionAsset', '#/properties/newOrderResponse/properties/fills/items/properties/commissionAsset/type', 'string');
  const x57: unknown = d['tradeId'];
  if (!isInteger(x57)) return typeError(p + '/tradeId', '#/properties/newOrderResponse/properties/fills/items/properties/tradeId/type', 'integer');
  return undefined;
}
