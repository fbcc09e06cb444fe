// Generated from spec/operations/cancel-open-orders.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/cancel-open-orders.json; the first error in `validate.errors`. */
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
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['orderListId'] === undefined) return requiredError(p, '#/items/required', 'orderListId');
  const x2: unknown = d['symbol'];
  if (typeof x2 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x3: unknown = d['origClientOrderId'];
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') return typeError(p + '/origClientOrderId', '#/items/properties/origClientOrderId/type', 'string');
  }
  const x4: unknown = d['orderId'];
  if (x4 !== undefined) {
    if (!isInteger(x4)) return typeError(p + '/orderId', '#/items/properties/orderId/type', 'integer');
  }
  const x5: unknown = d['orderListId'];
  if (!isInteger(x5)) return typeError(p + '/orderListId', '#/items/properties/orderListId/type', 'integer');
  const x6: unknown = d['clientOrderId'];
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') return typeError(p + '/clientOrderId', '#/items/properties/clientOrderId/type', 'string');
  }
  const x7: unknown = d['transactTime'];
  if (x7 !== undefined) {
    if (!isInteger(x7)) return typeError(p + '/transactTime', '#/items/properties/transactTime/type', 'integer');
  }
  const x8: unknown = d['price'];
  if (x8 !== undefined) {
    if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/price', '#/items/properties/price', source1);
  }
  const x9: unknown = d['origQty'];
  if (x9 !== undefined) {
    if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/origQty', '#/items/properties/origQty', source1);
  }
  const x10: unknown = d['executedQty'];
  if (x10 !== undefined) {
    if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/executedQty', '#/items/properties/executedQty', source1);
  }
  const x11: unknown = d['origQuoteOrderQty'];
  if (x11 !== undefined) {
    if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/origQuoteOrderQty', '#/items/properties/origQuoteOrderQty', source1);
  }
  const x12: unknown = d['cummulativeQuoteQty'];
  if (x12 !== undefined) {
    if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/cummulativeQuoteQty', '#/items/properties/cummulativeQuoteQty', source1);
  }
  const x13: unknown = d['status'];
  if (x13 !== undefined) {
    if (typeof x13 !== 'string') return typeError(p + '/status', '#/items/properties/status/type', 'string');
  }
  const x14: unknown = d['timeInForce'];
  if (x14 !== undefined) {
    if (typeof x14 !== 'string') return typeError(p + '/timeInForce', '#/items/properties/timeInForce/type', 'string');
  }
  const x15: unknown = d['type'];
  if (x15 !== undefined) {
    if (typeof x15 !== 'string') return typeError(p + '/type', '#/items/properties/type/type', 'string');
  }
  const x16: unknown = d['side'];
  if (x16 !== undefined) {
    if (typeof x16 !== 'string') return typeError(p + '/side', '#/items/properties/side/type', 'string');
  }
  const x17: unknown = d['selfTradePreventionMode'];
  if (x17 !== undefined) {
    if (typeof x17 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/items/properties/selfTradePreventionMode/type', 'string');
  }
  const x18: unknown = d['contingencyType'];
  if (x18 !== undefined) {
    if (typeof x18 !== 'string') return typeError(p + '/contingencyType', '#/items/properties/contingencyType/type', 'string');
  }
  const x19: unknown = d['listStatusType'];
  if (x19 !== undefined) {
    if (typeof x19 !== 'string') return typeError(p + '/listStatusType', '#/items/properties/listStatusType/type', 'string');
  }
  const x20: unknown = d['listOrderStatus'];
  if (x20 !== undefined) {
    if (typeof x20 !== 'string') return typeError(p + '/listOrderStatus', '#/items/properties/listOrderStatus/type', 'string');
  }
  const x21: unknown = d['listClientOrderId'];
  if (x21 !== undefined) {
    if (typeof x21 !== 'string') return typeError(p + '/listClientOrderId', '#/items/properties/listClientOrderId/type', 'string');
  }
  const x22: unknown = d['transactionTime'];
  if (x22 !== undefined) {
    if (!isInteger(x22)) return typeError(p + '/transactionTime', '#/items/properties/transactionTime/type', 'integer');
  }
  const x23: unknown = d['orders'];
  if (x23 !== undefined) {
    if (!Array.isArray(x23)) return typeError(p + '/orders', '#/items/properties/orders/type', 'array');
    for (let i24 = 0; i24 < x23.length; i24++) {
      const x25: unknown = x23[i24];
      if ((e = check2(x25, p + '/orders/' + i24))) return e;
    }
  }
  const x29: unknown = d['orderReports'];
  if (x29 !== undefined) {
    if (!Array.isArray(x29)) return typeError(p + '/orderReports', '#/items/properties/orderReports/type', 'array');
    for (let i30 = 0; i30 < x29.length; i30++) {
      const x31: unknown = x29[i30];
      if ((e = check3(x31, p + '/orderReports/' + i30))) return e;
    }
  }
  const x63: unknown = d['icebergQty'];
  if (x63 !== undefined) {
    if (!matches(x63, pattern0)) return stringError(x63, pattern0, p + '/icebergQty', '#/items/properties/icebergQty', source1);
  }
  const x64: unknown = d['stopPrice'];
  if (x64 !== undefined) {
    if (!matches(x64, pattern0)) return stringError(x64, pattern0, p + '/stopPrice', '#/items/properties/stopPrice', source1);
  }
  const x65: unknown = d['strategyId'];
  if (x65 !== undefined) {
    if (!isInteger(x65)) return typeError(p + '/strategyId', '#/items/properties/strategyId/type', 'integer');
  }
  const x66: unknown = d['strategyType'];
  if (x66 !== undefined) {
    if (!isInteger(x66)) return typeError(p + '/strategyType', '#/items/properties/strategyType/type', 'integer');
  }
  const x67: unknown = d['trailingDelta'];
  if (x67 !== undefined) {
    if (!isInteger(x67)) return typeError(p + '/trailingDelta', '#/items/properties/trailingDelta/type', 'integer');
  }
  const x68: unknown = d['trailingTime'];
  if (x68 !== undefined) {
    if (!isInteger(x68)) return typeError(p + '/trailingTime', '#/items/properties/trailingTime/type', 'integer');
  }
  const x69: unknown = d['usedSor'];
  if (x69 !== undefined) {
    if (typeof x69 !== 'boolean') return typeError(p + '/usedSor', '#/items/properties/usedSor/type', 'boolean');
  }
  const x70: unknown = d['workingFloor'];
  if (x70 !== undefined) {
    if (typeof x70 !== 'string') return typeError(p + '/workingFloor', '#/items/properties/workingFloor/type', 'string');
  }
  const x71: unknown = d['expiryReason'];
  if (x71 !== undefined) {
    if (typeof x71 !== 'string') return typeError(p + '/expiryReason', '#/items/properties/expiryReason/type', 'string');
  }
  const x72: unknown = d['pegPriceType'];
  if (x72 !== undefined) {
    if (typeof x72 !== 'string') return typeError(p + '/pegPriceType', '#/items/properties/pegPriceType/type', 'string');
  }
  const x73: unknown = d['pegOffsetType'];
  if (x73 !== undefined) {
    if (typeof x73 !== 'string') return typeError(p + '/pegOffsetType', '#/items/properties/pegOffsetType/type', 'string');
  }
  const x74: unknown = d['pegOffsetValue'];
  if (x74 !== undefined) {
    if (!isInteger(x74)) return typeError(p + '/pegOffsetValue', '#/items/properties/pegOffsetValue/type', 'integer');
  }
  const x75: unknown = d['peggedPrice'];
  if (x75 !== undefined) {
    if (!matches(x75, pattern0)) return stringError(x75, pattern0, p + '/peggedPrice', '#/items/properties/peggedPrice', source1);
  }
  const x76: unknown = d['preventedMatchId'];
  if (x76 !== undefined) {
    if (!isInteger(x76)) return typeError(p + '/preventedMatchId', '#/items/properties/preventedMatchId/type', 'integer');
  }
  const x77: unknown = d['preventedQuantity'];
  if (x77 !== undefined) {
    if (!matches(x77, pattern0)) return stringError(x77, pattern0, p + '/preventedQuantity', '#/items/properties/preventedQuantity', source1);
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/properties/orders/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/properties/orders/items/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/items/properties/orders/items/required', 'orderId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/items/properties/orders/items/required', 'clientOrderId');
  const x26: unknown = d['symbol'];
  if (typeof x26 !== 'string') return typeError(p + '/symbol', '#/items/properties/orders/items/properties/symbol/type', 'string');
  const x27: unknown = d['orderId'];
  if (!isInteger(x27)) return typeError(p + '/orderId', '#/items/properties/orders/items/properties/orderId/type', 'integer');
  const x28: unknown = d['clientOrderId'];
  if (typeof x28 !== 'string') return typeError(p + '/clientOrderId', '#/items/properties/orders/items/properties/clientOrderId/type', 'string');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/properties/orderReports/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/properties/orderReports/items/required', 'symbol');
  if (d['origClientOrderId'] === undefined) return requiredError(p, '#/items/properties/orderReports/items/required', 'origClientOrderId');
  if (d['orderId'] === undefined) return requiredError(p, '#/items/properties/orderReports/items/required', 'orderId');
  if (d['orderListId'] === undefined) return requiredError(p, '#/items/properties/orderReports/items/required', 'orderListId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/items/properties/orderReports/items/required', 'clientOrderId');
  if (d['transactTime'] === undefined) return requiredError(p, '#/items/properties/orderReports/items/required', 'transactTime');
  if (d['price'] === undefined) return requiredError(p, '#/items/properties/orderReports/items/required', 'price');
  if (d['origQty'] === undefined) return requiredError(p, '#/items/properties/orderReports/items/required', 'origQty');
  if (d['executedQty'] === undefined) return requiredError(p, '#/items/properties/orderReports/items/required', 'executedQty');
  if (d['origQuoteOrderQty'] === undefined) return requiredError(p, '#/items/properties/orderReports/items/required', 'origQuoteOrderQty');
  if (d['cummulativeQuoteQty'] === undefined) return requiredError(p, '#/items/properties/orderReports/items/required', 'cummulativeQuoteQty');
  if (d['status'] === undefined) return requiredError(p, '#/items/properties/orderReports/items/required', 'status');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/items/properties/orderReports/items/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/items/properties/orderReports/items/required', 'type');
  if (d['side'] === undefined) return requiredError(p, '#/items/properties/orderReports/items/required', 'side');
  if (d['selfTradePreventionMode'] === undefined) return requiredError(p, '#/items/properties/orderReports/items/required', 'selfTradePreventionMode');
  const x32: unknown = d['symbol'];
  if (typeof x32 !== 'string') return typeError(p + '/symbol', '#/items/properties/orderReports/items/properties/symbol/type', 'string');
  const x33: unknown = d['origClientOrderId'];
  if (typeof x33 !== 'string') return typeError(p + '/origClientOrderId', '#/items/properties/orderReports/items/properties/origClientOrderId/type', 'string');
  const x34: unknown = d['orderId'];
  if (!isInteger(x34)) return typeError(p + '/orderId', '#/items/properties/orderReports/items/properties/orderId/type', 'integer');
  const x35: unknown = d['orderListId'];
  if (!isInteger(x35)) return typeError(p + '/orderListId', '#/items/properties/orderReports/items/properties/orderListId/type', 'integer');
  const x36: unknown = d['clientOrderId'];
  if (typeof x36 !== 'string') return typeError(p + '/clientOrderId', '#/items/properties/orderReports/items/properties/clientOrderId/type', 'string');
  const x37: unknown = d['transactTime'];
  if (!isInteger(x37)) return typeError(p + '/transactTime', '#/items/properties/orderReports/items/properties/transactTime/type', 'integer');
  const x38: unknown = d['price'];
  if (!matches(x38, pattern0)) return stringError(x38, pattern0, p + '/price', '#/items/properties/orderReports/items/properties/price', source1);
  const x39: unknown = d['origQty'];
  if (!matches(x39, pattern0)) return stringError(x39, pattern0, p + '/origQty', '#/items/properties/orderReports/items/properties/origQty', source1);
  const x40: unknown = d['executedQty'];
  if (!matches(x40, pattern0)) return stringError(x40, pattern0, p + '/executedQty', '#/items/properties/orderReports/items/properties/executedQty', source1);
  const x41: unknown = d['origQuoteOrderQty'];
  if (!matches(x41, pattern0)) return stringError(x41, pattern0, p + '/origQuoteOrderQty', '#/items/properties/orderReports/items/properties/origQuoteOrderQty', source1);
  const x42: unknown = d['cummulativeQuoteQty'];
  if (!matches(x42, pattern0)) return stringError(x42, pattern0, p + '/cummulativeQuoteQty', '#/items/properties/orderReports/items/properties/cummulativeQuoteQty', source1);
  const x43: unknown = d['status'];
  if (typeof x43 !== 'string') return typeError(p + '/status', '#/items/properties/orderReports/items/properties/status/type', 'string');
  const x44: unknown = d['timeInForce'];
  if (typeof x44 !== 'string') return typeError(p + '/timeInForce', '#/items/properties/orderReports/items/properties/timeInForce/type', 'string');
  const x45: unknown = d['type'];
  if (typeof x45 !== 'string') return typeError(p + '/type', '#/items/properties/orderReports/items/properties/type/type', 'string');
  const x46: unknown = d['side'];
  if (typeof x46 !== 'string') return typeError(p + '/side', '#/items/properties/orderReports/items/properties/side/type', 'string');
  const x47: unknown = d['selfTradePreventionMode'];
  if (typeof x47 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/items/properties/orderReports/items/properties/selfTradePreventionMode/type', 'string');
  const x48: unknown = d['icebergQty'];
  if (x48 !== undefined) {
    if (!matches(x48, pattern0)) return stringError(x48, pattern0, p + '/icebergQty', '#/items/properties/orderReports/items/properties/icebergQty', source1);
  }
  const x49: unknown = d['stopPrice'];
  if (x49 !== undefined) {
    if (!matches(x49, pattern0)) return stringError(x49, pattern0, p + '/stopPrice', '#/items/properties/orderReports/items/properties/stopPrice', source1);
  }
  const x50: unknown = d['strategyId'];
  if (x50 !== undefined) {
    if (!isInteger(x50)) return typeError(p + '/strategyId', '#/items/properties/orderReports/items/properties/strategyId/type', 'integer');
  }
  const x51: unknown = d['strategyType'];
  if (x51 !== undefined) {
    if (!isInteger(x51)) return typeError(p + '/strategyType', '#/items/properties/orderReports/items/properties/strategyType/type', 'integer');
  }
  const x52: unknown = d['trailingDelta'];
  if (x52 !== undefined) {
    if (!isInteger(x52)) return typeError(p + '/trailingDelta', '#/items/properties/orderReports/items/properties/trailingDelta/type', 'integer');
  }
  const x53: unknown = d['trailingTime'];
  if (x53 !== undefined) {
    if (!isInteger(x53)) return typeError(p + '/trailingTime', '#/items/properties/orderReports/items/properties/trailingTime/type', 'integer');
  }
  const x54: unknown = d['usedSor'];
  if (x54 !== undefined) {
    if (typeof x54 !== 'boolean') return typeError(p + '/usedSor', '#/items/properties/orderReports/items/properties/usedSor/type', 'boolean');
  }
  const x55: unknown = d['workingFloor'];
  if (x55 !== undefined) {
    if (typeof x55 !== 'string') return typeError(p + '/workingFloor', '#/items/properties/orderReports/items/properties/workingFloor/type', 'string');
  }
  const x56: unknown = d['expiryReason'];
  if (x56 !== undefined) {
    if (typeof x56 !== 'string') return typeError(p + '/expiryReason', '#/items/properties/orderReports/items/properties/expiryReason/type', 'string');
  }
  const x57: unknown = d['pegPriceType'];
  if (x57 !== undefined) {
    if (typeof x57 !== 'string') return typeError(p + '/pegPriceType', '#/items/properties/orderReports/items/properties/pegPriceType/type', 'string');
  }
  const x58: unknown = d['pegOffsetType'];
  if (x58 !== undefined) {
    if (typeof x58 !== 'string') return typeError(p + '/pegOffsetType', '#/items/properties/orderReports/items/properties/pegOffsetType/type', 'string');
  }
  const x59: unknown = d['pegOffsetValue'];
  if (x59 !== undefined) {
    if (!isInteger(x59)) return typeError(p + '/pegOffsetValue', '#/items/properties/orderReports/items/properties/pegOffsetValue/type', 'integer');
  }
  const x60: unknown = d['peggedPrice'];
  if (x60 !== undefined) {
    if (!matches(x60, pattern0)) return stringError(x60, pattern0, p + '/peggedPrice', '#/items/properties/orderReports/items/properties/peggedPrice', source1);
  }
  const x61: unknown = d['preventedMatchId'];
  if (x61 !== undefined) {
    if (!isInteger(x61)) return typeError(p + '/preventedMatchId', '#/items/properties/orderReports/items/properties/preventedMatchId/type', 'integer');
  }
  const x62: unknown = d['preventedQuantity'];
  if (x62 !== undefined) {
    if (!matches(x62, pattern0)) return stringError(x62, pattern0, p + '/preventedQuantity', '#/items/properties/orderReports/items/properties/preventedQuantity', source1);
  }
  return undefined;
}
