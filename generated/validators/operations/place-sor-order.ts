// Generated from spec/operations/place-sor-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/place-sor-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  const first = check1(d, p);
  if (first === undefined) return undefined;
  if (check3(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/anyOf/0/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/anyOf/0/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/anyOf/0/required', 'orderId');
  if (d['orderListId'] === undefined) return requiredError(p, '#/anyOf/0/required', 'orderListId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/anyOf/0/required', 'clientOrderId');
  if (d['transactTime'] === undefined) return requiredError(p, '#/anyOf/0/required', 'transactTime');
  if (d['price'] === undefined) return requiredError(p, '#/anyOf/0/required', 'price');
  if (d['origQty'] === undefined) return requiredError(p, '#/anyOf/0/required', 'origQty');
  if (d['executedQty'] === undefined) return requiredError(p, '#/anyOf/0/required', 'executedQty');
  if (d['cummulativeQuoteQty'] === undefined) return requiredError(p, '#/anyOf/0/required', 'cummulativeQuoteQty');
  if (d['status'] === undefined) return requiredError(p, '#/anyOf/0/required', 'status');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/anyOf/0/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/anyOf/0/required', 'type');
  if (d['side'] === undefined) return requiredError(p, '#/anyOf/0/required', 'side');
  if (d['workingTime'] === undefined) return requiredError(p, '#/anyOf/0/required', 'workingTime');
  if (d['fills'] === undefined) return requiredError(p, '#/anyOf/0/required', 'fills');
  if (d['selfTradePreventionMode'] === undefined) return requiredError(p, '#/anyOf/0/required', 'selfTradePreventionMode');
  const x0: unknown = d['symbol'];
  if (typeof x0 !== 'string') return typeError(p + '/symbol', '#/anyOf/0/properties/symbol/type', 'string');
  const x1: unknown = d['orderId'];
  if (!isInteger(x1)) return typeError(p + '/orderId', '#/anyOf/0/properties/orderId/type', 'integer');
  const x2: unknown = d['orderListId'];
  if (!isInteger(x2)) return typeError(p + '/orderListId', '#/anyOf/0/properties/orderListId/type', 'integer');
  const x3: unknown = d['clientOrderId'];
  if (typeof x3 !== 'string') return typeError(p + '/clientOrderId', '#/anyOf/0/properties/clientOrderId/type', 'string');
  const x4: unknown = d['transactTime'];
  if (!isInteger(x4)) return typeError(p + '/transactTime', '#/anyOf/0/properties/transactTime/type', 'integer');
  const x5: unknown = d['price'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/price', '#/anyOf/0/properties/price', source1);
  const x6: unknown = d['origQty'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/origQty', '#/anyOf/0/properties/origQty', source1);
  const x7: unknown = d['executedQty'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/executedQty', '#/anyOf/0/properties/executedQty', source1);
  const x8: unknown = d['origQuoteOrderQty'];
  if (x8 !== undefined) {
    if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/origQuoteOrderQty', '#/anyOf/0/properties/origQuoteOrderQty', source1);
  }
  const x9: unknown = d['cummulativeQuoteQty'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/cummulativeQuoteQty', '#/anyOf/0/properties/cummulativeQuoteQty', source1);
  const x10: unknown = d['status'];
  if (typeof x10 !== 'string') return typeError(p + '/status', '#/anyOf/0/properties/status/type', 'string');
  const x11: unknown = d['timeInForce'];
  if (typeof x11 !== 'string') return typeError(p + '/timeInForce', '#/anyOf/0/properties/timeInForce/type', 'string');
  const x12: unknown = d['type'];
  if (typeof x12 !== 'string') return typeError(p + '/type', '#/anyOf/0/properties/type/type', 'string');
  const x13: unknown = d['side'];
  if (typeof x13 !== 'string') return typeError(p + '/side', '#/anyOf/0/properties/side/type', 'string');
  const x14: unknown = d['workingTime'];
  if (!isInteger(x14)) return typeError(p + '/workingTime', '#/anyOf/0/properties/workingTime/type', 'integer');
  const x15: unknown = d['fills'];
  if (!Array.isArray(x15)) return typeError(p + '/fills', '#/anyOf/0/properties/fills/type', 'array');
  for (let i16 = 0; i16 < x15.length; i16++) {
    const x17: unknown = x15[i16];
    if ((e = check2(x17, p + '/fills/' + i16))) return e;
  }
  const x25: unknown = d['selfTradePreventionMode'];
  if (typeof x25 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/anyOf/0/properties/selfTradePreventionMode/type', 'string');
  const x26: unknown = d['icebergQty'];
  if (x26 !== undefined) {
    if (!matches(x26, pattern0)) return stringError(x26, pattern0, p + '/icebergQty', '#/anyOf/0/properties/icebergQty', source1);
  }
  const x27: unknown = d['stopPrice'];
  if (x27 !== undefined) {
    if (!matches(x27, pattern0)) return stringError(x27, pattern0, p + '/stopPrice', '#/anyOf/0/properties/stopPrice', source1);
  }
  const x28: unknown = d['strategyId'];
  if (x28 !== undefined) {
    if (!isInteger(x28)) return typeError(p + '/strategyId', '#/anyOf/0/properties/strategyId/type', 'integer');
  }
  const x29: unknown = d['strategyType'];
  if (x29 !== undefined) {
    if (!isInteger(x29)) return typeError(p + '/strategyType', '#/anyOf/0/properties/strategyType/type', 'integer');
  }
  const x30: unknown = d['trailingDelta'];
  if (x30 !== undefined) {
    if (!isInteger(x30)) return typeError(p + '/trailingDelta', '#/anyOf/0/properties/trailingDelta/type', 'integer');
  }
  const x31: unknown = d['trailingTime'];
  if (x31 !== undefined) {
    if (!isInteger(x31)) return typeError(p + '/trailingTime', '#/anyOf/0/properties/trailingTime/type', 'integer');
  }
  const x32: unknown = d['usedSor'];
  if (x32 !== undefined) {
    if (typeof x32 !== 'boolean') return typeError(p + '/usedSor', '#/anyOf/0/properties/usedSor/type', 'boolean');
  }
  const x33: unknown = d['workingFloor'];
  if (x33 !== undefined) {
    if (typeof x33 !== 'string') return typeError(p + '/workingFloor', '#/anyOf/0/properties/workingFloor/type', 'string');
  }
  const x34: unknown = d['expiryReason'];
  if (x34 !== undefined) {
    if (typeof x34 !== 'string') return typeError(p + '/expiryReason', '#/anyOf/0/properties/expiryReason/type', 'string');
  }
  const x35: unknown = d['pegPriceType'];
  if (x35 !== undefined) {
    if (typeof x35 !== 'string') return typeError(p + '/pegPriceType', '#/anyOf/0/properties/pegPriceType/type', 'string');
  }
  const x36: unknown = d['pegOffsetType'];
  if (x36 !== undefined) {
    if (typeof x36 !== 'string') return typeError(p + '/pegOffsetType', '#/anyOf/0/properties/pegOffsetType/type', 'string');
  }
  const x37: unknown = d['pegOffsetValue'];
  if (x37 !== undefined) {
    if (!isInteger(x37)) return typeError(p + '/pegOffsetValue', '#/anyOf/0/properties/pegOffsetValue/type', 'integer');
  }
  const x38: unknown = d['peggedPrice'];
  if (x38 !== undefined) {
    if (!matches(x38, pattern0)) return stringError(x38, pattern0, p + '/peggedPrice', '#/anyOf/0/properties/peggedPrice', source1);
  }
  const x39: unknown = d['preventedMatchId'];
  if (x39 !== undefined) {
    if (!isInteger(x39)) return typeError(p + '/preventedMatchId', '#/anyOf/0/properties/preventedMatchId/type', 'integer');
  }
  const x40: unknown = d['preventedQuantity'];
  if (x40 !== undefined) {
    if (!matches(x40, pattern0)) return stringError(x40, pattern0, p + '/preventedQuantity', '#/anyOf/0/properties/preventedQuantity', source1);
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/0/properties/fills/items/type', 'object');
  if (d['matchType'] === undefined) return requiredError(p, '#/anyOf/0/properties/fills/items/required', 'matchType');
  if (d['price'] === undefined) return requiredError(p, '#/anyOf/0/properties/fills/items/required', 'price');
  if (d['qty'] === undefined) return requiredError(p, '#/anyOf/0/properties/fills/items/required', 'qty');
  if (d['commission'] === undefined) return requiredError(p, '#/anyOf/0/properties/fills/items/required', 'commission');
  if (d['commissionAsset'] === undefined) return requiredError(p, '#/anyOf/0/properties/fills/items/required', 'commissionAsset');
  if (d['tradeId'] === undefined) return requiredError(p, '#/anyOf/0/properties/fills/items/required', 'tradeId');
  if (d['allocId'] === undefined) return requiredError(p, '#/anyOf/0/properties/fills/items/required', 'allocId');
  const x18: unknown = d['matchType'];
  if (typeof x18 !== 'string') return typeError(p + '/matchType', '#/anyOf/0/properties/fills/items/properties/matchType/type', 'string');
  const x19: unknown = d['price'];
  if (!matches(x19, pattern0)) return stringError(x19, pattern0, p + '/price', '#/anyOf/0/properties/fills/items/properties/price', source1);
  const x20: unknown = d['qty'];
  if (!matches(x20, pattern0)) return stringError(x20, pattern0, p + '/qty', '#/anyOf/0/properties/fills/items/properties/qty', source1);
  const x21: unknown = d['commission'];
  if (!matches(x21, pattern0)) return stringError(x21, pattern0, p + '/commission', '#/anyOf/0/properties/fills/items/properties/commission', source1);
  const x22: unknown = d['commissionAsset'];
  if (typeof x22 !== 'string') return typeError(p + '/commissionAsset', '#/anyOf/0/properties/fills/items/properties/commissionAsset/type', 'string');
  const x23: unknown = d['tradeId'];
  if (!isInteger(x23)) return typeError(p + '/tradeId', '#/anyOf/0/properties/fills/items/properties/tradeId/type', 'integer');
  const x24: unknown = d['allocId'];
  if (!isInteger(x24)) return typeError(p + '/allocId', '#/anyOf/0/properties/fills/items/properties/allocId/type', 'integer');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/anyOf/1/type', 'array');
  for (let i41 = 0; i41 < d.length; i41++) {
    const x42: unknown = d[i41];
    if ((e = check1(x42, p + '/' + i41))) return e;
  }
  return undefined;
}
