// Generated from spec/operations/sapi/place-margin-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  isNumber,
  typeError,
  requiredError,
  stringError,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/place-margin-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/required', 'orderId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/required', 'clientOrderId');
  if (d['transactTime'] === undefined) return requiredError(p, '#/required', 'transactTime');
  const x0: unknown = d['symbol'];
  if (typeof x0 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  const x1: unknown = d['orderId'];
  if (!isInteger(x1)) return typeError(p + '/orderId', '#/properties/orderId/type', 'integer');
  const x2: unknown = d['clientOrderId'];
  if (typeof x2 !== 'string') return typeError(p + '/clientOrderId', '#/properties/clientOrderId/type', 'string');
  const x3: unknown = d['isIsolated'];
  if (x3 !== undefined) {
    if (typeof x3 !== 'boolean') return typeError(p + '/isIsolated', '#/properties/isIsolated/type', 'boolean');
  }
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
  const x8: unknown = d['cummulativeQuoteQty'];
  if (x8 !== undefined) {
    if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/cummulativeQuoteQty', '#/properties/cummulativeQuoteQty', source1);
  }
  const x9: unknown = d['status'];
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') return typeError(p + '/status', '#/properties/status/type', 'string');
  }
  const x10: unknown = d['timeInForce'];
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') return typeError(p + '/timeInForce', '#/properties/timeInForce/type', 'string');
  }
  const x11: unknown = d['type'];
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') return typeError(p + '/type', '#/properties/type/type', 'string');
  }
  const x12: unknown = d['side'];
  if (x12 !== undefined) {
    if (typeof x12 !== 'string') return typeError(p + '/side', '#/properties/side/type', 'string');
  }
  const x13: unknown = d['selfTradePreventionMode'];
  if (x13 !== undefined) {
    if (typeof x13 !== 'string') return typeError(p + '/selfTradePreventionMode', '#/properties/selfTradePreventionMode/type', 'string');
  }
  const x14: unknown = d['marginBuyBorrowAmount'];
  if (x14 !== undefined) {
    if (!isNumber(x14)) return typeError(p + '/marginBuyBorrowAmount', '#/properties/marginBuyBorrowAmount/type', 'number');
  }
  const x15: unknown = d['marginBuyBorrowAsset'];
  if (x15 !== undefined) {
    if (typeof x15 !== 'string') return typeError(p + '/marginBuyBorrowAsset', '#/properties/marginBuyBorrowAsset/type', 'string');
  }
  const x16: unknown = d['fills'];
  if (x16 !== undefined) {
    if (!Array.isArray(x16)) return typeError(p + '/fills', '#/properties/fills/type', 'array');
    for (let i17 = 0; i17 < x16.length; i17++) {
      const x18: unknown = x16[i17];
      if ((e = check1(x18, p + '/fills/' + i17))) return e;
    }
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/fills/items/type', 'object');
  if (d['price'] === undefined) return requiredError(p, '#/properties/fills/items/required', 'price');
  if (d['qty'] === undefined) return requiredError(p, '#/properties/fills/items/required', 'qty');
  if (d['commission'] === undefined) return requiredError(p, '#/properties/fills/items/required', 'commission');
  if (d['commissionAsset'] === undefined) return requiredError(p, '#/properties/fills/items/required', 'commissionAsset');
  const x19: unknown = d['price'];
  if (!matches(x19, pattern0)) return stringError(x19, pattern0, p + '/price', '#/properties/fills/items/properties/price', source1);
  const x20: unknown = d['qty'];
  if (!matches(x20, pattern0)) return stringError(x20, pattern0, p + '/qty', '#/properties/fills/items/properties/qty', source1);
  const x21: unknown = d['commission'];
  if (!matches(x21, pattern0)) return stringError(x21, pattern0, p + '/commission', '#/properties/fills/items/properties/commission', source1);
  const x22: unknown = d['commissionAsset'];
  if (typeof x22 !== 'string') return typeError(p + '/commissionAsset', '#/properties/fills/items/properties/commissionAsset/type', 'string');
  return undefined;
}
