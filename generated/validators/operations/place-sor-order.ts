// Generated from spec/operations/place-sor-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/place-sor-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/anyOf/0';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at3: string = '#/anyOf/0/properties/fills/items';

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
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at0, 'orderId', 'integer');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, at0, 'orderListId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'clientOrderId', 'string');
  if (!isInteger(d['transactTime'])) return typeErrorAt(d, p, at0, 'transactTime', 'integer');
  if (!matches(d['price'], pattern1)) return stringErrorAt(d, p, at0, 'price', source2);
  if (!matches(d['origQty'], pattern1)) return stringErrorAt(d, p, at0, 'origQty', source2);
  if (!matches(d['executedQty'], pattern1)) return stringErrorAt(d, p, at0, 'executedQty', source2);
  const x8: unknown = d['origQuoteOrderQty'];
  if (x8 !== undefined) {
    if (!matches(x8, pattern1)) return stringErrorAt(d, p, at0, 'origQuoteOrderQty', source2);
  }
  if (!matches(d['cummulativeQuoteQty'], pattern1)) return stringErrorAt(d, p, at0, 'cummulativeQuoteQty', source2);
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at0, 'status', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, at0, 'timeInForce', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at0, 'type', 'string');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, at0, 'side', 'string');
  if (!isInteger(d['workingTime'])) return typeErrorAt(d, p, at0, 'workingTime', 'integer');
  const x15: unknown = d['fills'];
  if (!Array.isArray(x15)) return typeErrorAt(d, p, at0, 'fills', 'array');
  for (let i16 = 0; i16 < x15.length; i16++) {
    const x17: unknown = x15[i16];
    if ((e = check2(x17, p + '/fills/' + i16))) return e;
  }
  if (typeof d['selfTradePreventionMode'] !== 'string') return typeErrorAt(d, p, at0, 'selfTradePreventionMode', 'string');
  const x28: unknown = d['icebergQty'];
  if (x28 !== undefined) {
    if (!matches(x28, pattern1)) return stringErrorAt(d, p, at0, 'icebergQty', source2);
  }
  const x29: unknown = d['stopPrice'];
  if (x29 !== undefined) {
    if (!matches(x29, pattern1)) return stringErrorAt(d, p, at0, 'stopPrice', source2);
  }
  const x30: unknown = d['strategyId'];
  if (x30 !== undefined) {
    if (!isInteger(x30)) return typeErrorAt(d, p, at0, 'strategyId', 'integer');
  }
  const x31: unknown = d['strategyType'];
  if (x31 !== undefined) {
    if (!isInteger(x31)) return typeErrorAt(d, p, at0, 'strategyType', 'integer');
  }
  const x32: unknown = d['trailingDelta'];
  if (x32 !== undefined) {
    if (!isInteger(x32)) return typeErrorAt(d, p, at0, 'trailingDelta', 'integer');
  }
  const x33: unknown = d['trailingTime'];
  if (x33 !== undefined) {
    if (!isInteger(x33)) return typeErrorAt(d, p, at0, 'trailingTime', 'integer');
  }
  const x34: unknown = d['usedSor'];
  if (x34 !== undefined) {
    if (typeof x34 !== 'boolean') return typeErrorAt(d, p, at0, 'usedSor', 'boolean');
  }
  const x35: unknown = d['workingFloor'];
  if (x35 !== undefined) {
    if (typeof x35 !== 'string') return typeErrorAt(d, p, at0, 'workingFloor', 'string');
  }
  const x36: unknown = d['expiryReason'];
  if (x36 !== undefined) {
    if (typeof x36 !== 'string') return typeErrorAt(d, p, at0, 'expiryReason', 'string');
  }
  const x37: unknown = d['pegPriceType'];
  if (x37 !== undefined) {
    if (typeof x37 !== 'string') return typeErrorAt(d, p, at0, 'pegPriceType', 'string');
  }
  const x38: unknown = d['pegOffsetType'];
  if (x38 !== undefined) {
    if (typeof x38 !== 'string') return typeErrorAt(d, p, at0, 'pegOffsetType', 'string');
  }
  const x39: unknown = d['pegOffsetValue'];
  if (x39 !== undefined) {
    if (!isInteger(x39)) return typeErrorAt(d, p, at0, 'pegOffsetValue', 'integer');
  }
  const x40: unknown = d['peggedPrice'];
  if (x40 !== undefined) {
    if (!matches(x40, pattern1)) return stringErrorAt(d, p, at0, 'peggedPrice', source2);
  }
  const x41: unknown = d['preventedMatchId'];
  if (x41 !== undefined) {
    if (!isInteger(x41)) return typeErrorAt(d, p, at0, 'preventedMatchId', 'integer');
  }
  const x42: unknown = d['preventedQuantity'];
  if (x42 !== undefined) {
    if (!matches(x42, pattern1)) return stringErrorAt(d, p, at0, 'preventedQuantity', source2);
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/0/properties/fills/items/type', 'object');
  if (typeof d['matchType'] !== 'string') return typeErrorAt(d, p, at3, 'matchType', 'string');
  if (!matches(d['price'], pattern1)) return stringErrorAt(d, p, at3, 'price', source2);
  if (!matches(d['qty'], pattern1)) return stringErrorAt(d, p, at3, 'qty', source2);
  if (!matches(d['commission'], pattern1)) return stringErrorAt(d, p, at3, 'commission', source2);
  if (typeof d['commissionAsset'] !== 'string') return typeErrorAt(d, p, at3, 'commissionAsset', 'string');
  if (!isInteger(d['tradeId'])) return typeErrorAt(d, p, at3, 'tradeId', 'integer');
  if (!isInteger(d['allocId'])) return typeErrorAt(d, p, at3, 'allocId', 'integer');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/anyOf/1/type', 'array');
  for (let i43 = 0; i43 < d.length; i43++) {
    const x44: unknown = d[i43];
    if ((e = check1(x44, p + '/' + i43))) return e;
  }
  return undefined;
}
