// Generated from spec/operations/get-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, '#', 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, '#', 'orderId', 'integer');
  if (!isInteger(d['orderListId'])) return typeErrorAt(d, p, '#', 'orderListId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, '#', 'clientOrderId', 'string');
  if (!matches(d['price'], pattern0)) return stringErrorAt(d, p, '#', 'price', source1);
  if (!matches(d['origQty'], pattern0)) return stringErrorAt(d, p, '#', 'origQty', source1);
  if (!matches(d['executedQty'], pattern0)) return stringErrorAt(d, p, '#', 'executedQty', source1);
  if (!matches(d['cummulativeQuoteQty'], pattern0)) return stringErrorAt(d, p, '#', 'cummulativeQuoteQty', source1);
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, '#', 'status', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, '#', 'timeInForce', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, '#', 'type', 'string');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, '#', 'side', 'string');
  if (!isInteger(d['time'])) return typeErrorAt(d, p, '#', 'time', 'integer');
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, '#', 'updateTime', 'integer');
  if (typeof d['isWorking'] !== 'boolean') return typeErrorAt(d, p, '#', 'isWorking', 'boolean');
  if (!isInteger(d['workingTime'])) return typeErrorAt(d, p, '#', 'workingTime', 'integer');
  if (!matches(d['origQuoteOrderQty'], pattern0)) return stringErrorAt(d, p, '#', 'origQuoteOrderQty', source1);
  if (typeof d['selfTradePreventionMode'] !== 'string') return typeErrorAt(d, p, '#', 'selfTradePreventionMode', 'string');
  const x18: unknown = d['icebergQty'];
  if (x18 !== undefined) {
    if (!matches(x18, pattern0)) return stringErrorAt(d, p, '#', 'icebergQty', source1);
  }
  const x19: unknown = d['stopPrice'];
  if (x19 !== undefined) {
    if (!matches(x19, pattern0)) return stringErrorAt(d, p, '#', 'stopPrice', source1);
  }
  const x20: unknown = d['strategyId'];
  if (x20 !== undefined) {
    if (!isInteger(x20)) return typeErrorAt(d, p, '#', 'strategyId', 'integer');
  }
  const x21: unknown = d['strategyType'];
  if (x21 !== undefined) {
    if (!isInteger(x21)) return typeErrorAt(d, p, '#', 'strategyType', 'integer');
  }
  const x22: unknown = d['trailingDelta'];
  if (x22 !== undefined) {
    if (!isInteger(x22)) return typeErrorAt(d, p, '#', 'trailingDelta', 'integer');
  }
  const x23: unknown = d['trailingTime'];
  if (x23 !== undefined) {
    if (!isInteger(x23)) return typeErrorAt(d, p, '#', 'trailingTime', 'integer');
  }
  const x24: unknown = d['usedSor'];
  if (x24 !== undefined) {
    if (typeof x24 !== 'boolean') return typeErrorAt(d, p, '#', 'usedSor', 'boolean');
  }
  const x25: unknown = d['workingFloor'];
  if (x25 !== undefined) {
    if (typeof x25 !== 'string') return typeErrorAt(d, p, '#', 'workingFloor', 'string');
  }
  const x26: unknown = d['expiryReason'];
  if (x26 !== undefined) {
    if (typeof x26 !== 'string') return typeErrorAt(d, p, '#', 'expiryReason', 'string');
  }
  const x27: unknown = d['pegPriceType'];
  if (x27 !== undefined) {
    if (typeof x27 !== 'string') return typeErrorAt(d, p, '#', 'pegPriceType', 'string');
  }
  const x28: unknown = d['pegOffsetType'];
  if (x28 !== undefined) {
    if (typeof x28 !== 'string') return typeErrorAt(d, p, '#', 'pegOffsetType', 'string');
  }
  const x29: unknown = d['pegOffsetValue'];
  if (x29 !== undefined) {
    if (!isInteger(x29)) return typeErrorAt(d, p, '#', 'pegOffsetValue', 'integer');
  }
  const x30: unknown = d['peggedPrice'];
  if (x30 !== undefined) {
    if (!matches(x30, pattern0)) return stringErrorAt(d, p, '#', 'peggedPrice', source1);
  }
  const x31: unknown = d['preventedMatchId'];
  if (x31 !== undefined) {
    if (!isInteger(x31)) return typeErrorAt(d, p, '#', 'preventedMatchId', 'integer');
  }
  const x32: unknown = d['preventedQuantity'];
  if (x32 !== undefined) {
    if (!matches(x32, pattern0)) return stringErrorAt(d, p, '#', 'preventedQuantity', source1);
  }
  return undefined;
}
