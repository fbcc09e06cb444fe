// Generated from spec/operations/cancel-replace-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/cancel-replace-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/cancelResponse';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at3: string = '#/properties/newOrderResponse';
const at4: string = '#/properties/newOrderResponse/properties/fills/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['cancelResult'] !== 'string') return typeErrorAt(d, p, '#', 'cancelResult', 'string');
  if (typeof d['newOrderResult'] !== 'string') return typeErrorAt(d, p, '#', 'newOrderResult', 'string');
  const x2: unknown = d['cancelResponse'];
  if (x2 === undefined) return requiredError(p, '#/required', 'cancelResponse');
  if ((e = check1(x2, p + '/cancelResponse'))) return e;
  const x34: unknown = d['newOrderResponse'];
  if (x34 === undefined) return requiredError(p, '#/required', 'newOrderResponse');
  if ((e = check2(x34, p + '/newOrderResponse'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/cancelResponse/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  if (typeof d['origClientOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'origClientOrderId', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at0, 'orderId', 'integer');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, at0, 'orderListId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'clientOrderId', 'string');
  if (!isInteger(d['transactTime'])) return typeErrorAt(d, p, at0, 'transactTime', 'integer');
  if (!matches(d['price'], pattern1)) return stringErrorAt(d, p, at0, 'price', source2);
  if (!matches(d['origQty'], pattern1)) return stringErrorAt(d, p, at0, 'origQty', source2);
  if (!matches(d['executedQty'], pattern1)) return stringErrorAt(d, p, at0, 'executedQty', source2);
  const x12: unknown = d['origQuoteOrderQty'];
  if (x12 !== undefined) {
    if (!matches(x12, pattern1)) return stringErrorAt(d, p, at0, 'origQuoteOrderQty', source2);
  }
  if (!matches(d['cummulativeQuoteQty'], pattern1)) return stringErrorAt(d, p, at0, 'cummulativeQuoteQty', source2);
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at0, 'status', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, at0, 'timeInForce', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at0, 'type', 'string');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, at0, 'side', 'string');
  if (typeof d['selfTradePreventionMode'] !== 'string') return typeErrorAt(d, p, at0, 'selfTradePreventionMode', 'string');
  const x19: unknown = d['icebergQty'];
  if (x19 !== undefined) {
    if (!matches(x19, pattern1)) return stringErrorAt(d, p, at0, 'icebergQty', source2);
  }
  const x20: unknown = d['stopPrice'];
  if (x20 !== undefined) {
    if (!matches(x20, pattern1)) return stringErrorAt(d, p, at0, 'stopPrice', source2);
  }
  const x21: unknown = d['strategyId'];
  if (x21 !== undefined) {
    if (!isInteger(x21)) return typeErrorAt(d, p, at0, 'strategyId', 'integer');
  }
  const x22: unknown = d['strategyType'];
  if (x22 !== undefined) {
    if (!isInteger(x22)) return typeErrorAt(d, p, at0, 'strategyType', 'integer');
  }
  const x23: unknown = d['trailingDelta'];
  if (x23 !== undefined) {
    if (!isInteger(x23)) return typeErrorAt(d, p, at0, 'trailingDelta', 'integer');
  }
  const x24: unknown = d['trailingTime'];
  if (x24 !== undefined) {
    if (!isInteger(x24)) return typeErrorAt(d, p, at0, 'trailingTime', 'integer');
  }
  const x25: unknown = d['usedSor'];
  if (x25 !== undefined) {
    if (typeof x25 !== 'boolean') return typeErrorAt(d, p, at0, 'usedSor', 'boolean');
  }
  const x26: unknown = d['workingFloor'];
  if (x26 !== undefined) {
    if (typeof x26 !== 'string') return typeErrorAt(d, p, at0, 'workingFloor', 'string');
  }
  const x27: unknown = d['expiryReason'];
  if (x27 !== undefined) {
    if (typeof x27 !== 'string') return typeErrorAt(d, p, at0, 'expiryReason', 'string');
  }
  const x28: unknown = d['pegPriceType'];
  if (x28 !== undefined) {
    if (typeof x28 !== 'string') return typeErrorAt(d, p, at0, 'pegPriceType', 'string');
  }
  const x29: unknown = d['pegOffsetType'];
  if (x29 !== undefined) {
    if (typeof x29 !== 'string') return typeErrorAt(d, p, at0, 'pegOffsetType', 'string');
  }
  const x30: unknown = d['pegOffsetValue'];
  if (x30 !== undefined) {
    if (!isInteger(x30)) return typeErrorAt(d, p, at0, 'pegOffsetValue', 'integer');
  }
  const x31: unknown = d['peggedPrice'];
  if (x31 !== undefined) {
    if (!matches(x31, pattern1)) return stringErrorAt(d, p, at0, 'peggedPrice', source2);
  }
  const x32: unknown = d['preventedMatchId'];
  if (x32 !== undefined) {
    if (!isInteger(x32)) return typeErrorAt(d, p, at0, 'preventedMatchId', 'integer');
  }
  const x33: unknown = d['preventedQuantity'];
  if (x33 !== undefined) {
    if (!matches(x33, pattern1)) return stringErrorAt(d, p, at0, 'preventedQuantity', source2);
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/newOrderResponse/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at3, 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at3, 'orderId', 'integer');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, at3, 'orderListId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at3, 'clientOrderId', 'string');
  if (!isInteger(d['transactTime'])) return typeErrorAt(d, p, at3, 'transactTime', 'integer');
  const x40: unknown = d['price'];
  if (x40 !== undefined) {
    if (!matches(x40, pattern1)) return stringErrorAt(d, p, at3, 'price', source2);
  }
  const x41: unknown = d['origQty'];
  if (x41 !== undefined) {
    if (!matches(x41, pattern1)) return stringErrorAt(d, p, at3, 'origQty', source2);
  }
  const x42: unknown = d['executedQty'];
  if (x42 !== undefined) {
    if (!matches(x42, pattern1)) return stringErrorAt(d, p, at3, 'executedQty', source2);
  }
  const x43: unknown = d['origQuoteOrderQty'];
  if (x43 !== undefined) {
    if (!matches(x43, pattern1)) return stringErrorAt(d, p, at3, 'origQuoteOrderQty', source2);
  }
  const x44: unknown = d['cummulativeQuoteQty'];
  if (x44 !== undefined) {
    if (!matches(x44, pattern1)) return stringErrorAt(d, p, at3, 'cummulativeQuoteQty', source2);
  }
  const x45: unknown = d['status'];
  if (x45 !== undefined) {
    if (typeof x45 !== 'string') return typeErrorAt(d, p, at3, 'status', 'string');
  }
  const x46: unknown = d['timeInForce'];
  if (x46 !== undefined) {
    if (typeof x46 !== 'string') return typeErrorAt(d, p, at3, 'timeInForce', 'string');
  }
  const x47: unknown = d['type'];
  if (x47 !== undefined) {
    if (typeof x47 !== 'string') return typeErrorAt(d, p, at3, 'type', 'string');
  }
  const x48: unknown = d['side'];
  if (x48 !== undefined) {
    if (typeof x48 !== 'string') return typeErrorAt(d, p, at3, 'side', 'string');
  }
  const x49: unknown = d['workingTime'];
  if (x49 !== undefined) {
    if (!isInteger(x49)) return typeErrorAt(d, p, at3, 'workingTime', 'integer');
  }
  const x50: unknown = d['fills'];
  if (x50 !== undefined) {
    if (!Array.isArray(x50)) return typeErrorAt(d, p, at3, 'fills', 'array');
    for (let i51 = 0; i51 < x50.length; i51++) {
      const x52: unknown = x50[i51];
      if ((e = check3(x52, p + '/fills/' + i51))) return e;
    }
  }
  const x58: unknown = d['selfTradePreventionMode'];
  if (x58 !== undefined) {
    if (typeof x58 !== 'string') return typeErrorAt(d, p, at3, 'selfTradePreventionMode', 'string');
  }
  const x59: unknown = d['icebergQty'];
  if (x59 !== undefined) {
    if (!matches(x59, pattern1)) return stringErrorAt(d, p, at3, 'icebergQty', source2);
  }
  const x60: unknown = d['stopPrice'];
  if (x60 !== undefined) {
    if (!matches(x60, pattern1)) return stringErrorAt(d, p, at3, 'stopPrice', source2);
  }
  const x61: unknown = d['strategyId'];
  if (x61 !== undefined) {
    if (!isInteger(x61)) return typeErrorAt(d, p, at3, 'strategyId', 'integer');
  }
  const x62: unknown = d['strategyType'];
  if (x62 !== undefined) {
    if (!isInteger(x62)) return typeErrorAt(d, p, at3, 'strategyType', 'integer');
  }
  const x63: unknown = d['trailingDelta'];
  if (x63 !== undefined) {
    if (!isInteger(x63)) return typeErrorAt(d, p, at3, 'trailingDelta', 'integer');
  }
  const x64: unknown = d['trailingTime'];
  if (x64 !== undefined) {
    if (!isInteger(x64)) return typeErrorAt(d, p, at3, 'trailingTime', 'integer');
  }
  const x65: unknown = d['usedSor'];
  if (x65 !== undefined) {
    if (typeof x65 !== 'boolean') return typeErrorAt(d, p, at3, 'usedSor', 'boolean');
  }
  const x66: unknown = d['workingFloor'];
  if (x66 !== undefined) {
    if (typeof x66 !== 'string') return typeErrorAt(d, p, at3, 'workingFloor', 'string');
  }
  const x67: unknown = d['expiryReason'];
  if (x67 !== undefined) {
    if (typeof x67 !== 'string') return typeErrorAt(d, p, at3, 'expiryReason', 'string');
  }
  const x68: unknown = d['pegPriceType'];
  if (x68 !== undefined) {
    if (typeof x68 !== 'string') return typeErrorAt(d, p, at3, 'pegPriceType', 'string');
  }
  const x69: unknown = d['pegOffsetType'];
  if (x69 !== undefined) {
    if (typeof x69 !== 'string') return typeErrorAt(d, p, at3, 'pegOffsetType', 'string');
  }
  const x70: unknown = d['pegOffsetValue'];
  if (x70 !== undefined) {
    if (!isInteger(x70)) return typeErrorAt(d, p, at3, 'pegOffsetValue', 'integer');
  }
  const x71: unknown = d['peggedPrice'];
  if (x71 !== undefined) {
    if (!matches(x71, pattern1)) return stringErrorAt(d, p, at3, 'peggedPrice', source2);
  }
  const x72: unknown = d['preventedMatchId'];
  if (x72 !== undefined) {
    if (!isInteger(x72)) return typeErrorAt(d, p, at3, 'preventedMatchId', 'integer');
  }
  const x73: unknown = d['preventedQuantity'];
  if (x73 !== undefined) {
    if (!matches(x73, pattern1)) return stringErrorAt(d, p, at3, 'preventedQuantity', source2);
  }
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/newOrderResponse/properties/fills/items/type', 'object');
  if (!matches(d['price'], pattern1)) return stringErrorAt(d, p, at4, 'price', source2);
  if (!matches(d['qty'], pattern1)) return stringErrorAt(d, p, at4, 'qty', source2);
  if (!matches(d['commission'], pattern1)) return stringErrorAt(d, p, at4, 'commission', source2);
  if (typeof d['commissionAsset'] !== 'string') return typeErrorAt(d, p, at4, 'commissionAsset', 'string');
  if (!isInteger(d['tradeId'])) return typeErrorAt(d, p, at4, 'tradeId', 'integer');
  return undefined;
}
