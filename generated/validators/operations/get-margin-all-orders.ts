// Generated from spec/operations/sapi/get-margin-all-orders.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-all-orders.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/items';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'clientOrderId', 'string');
  if (!matches(d['cummulativeQuoteQty'], pattern1)) return stringErrorAt(d, p, at0, 'cummulativeQuoteQty', source2);
  if (!matches(d['executedQty'], pattern1)) return stringErrorAt(d, p, at0, 'executedQty', source2);
  if (!matches(d['icebergQty'], pattern1)) return stringErrorAt(d, p, at0, 'icebergQty', source2);
  if (typeof d['isWorking'] !== 'boolean') return typeErrorAt(d, p, at0, 'isWorking', 'boolean');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at0, 'orderId', 'integer');
  if (!matches(d['origQty'], pattern1)) return stringErrorAt(d, p, at0, 'origQty', source2);
  if (!matches(d['price'], pattern1)) return stringErrorAt(d, p, at0, 'price', source2);
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, at0, 'side', 'string');
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at0, 'status', 'string');
  if (!matches(d['stopPrice'], pattern1)) return stringErrorAt(d, p, at0, 'stopPrice', source2);
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  const x14: unknown = d['isIsolated'];
  if (x14 !== undefined) {
    if (typeof x14 !== 'boolean') return typeErrorAt(d, p, at0, 'isIsolated', 'boolean');
  }
  if (!isInteger(d['time'])) return typeErrorAt(d, p, at0, 'time', 'integer');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, at0, 'timeInForce', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at0, 'type', 'string');
  if (typeof d['selfTradePreventionMode'] !== 'string') return typeErrorAt(d, p, at0, 'selfTradePreventionMode', 'string');
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, at0, 'updateTime', 'integer');
  return undefined;
}
