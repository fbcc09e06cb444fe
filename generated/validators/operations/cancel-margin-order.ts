// Generated from spec/operations/sapi/cancel-margin-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/cancel-margin-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, '#', 'symbol', 'string');
  const x1: unknown = d['isIsolated'];
  if (x1 !== undefined) {
    if (typeof x1 !== 'boolean') return typeErrorAt(d, p, '#', 'isIsolated', 'boolean');
  }
  if (typeof d['orderId'] !== 'string') return typeErrorAt(d, p, '#', 'orderId', 'string');
  if (typeof d['origClientOrderId'] !== 'string') return typeErrorAt(d, p, '#', 'origClientOrderId', 'string');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, '#', 'clientOrderId', 'string');
  if (!matches(d['price'], pattern0)) return stringErrorAt(d, p, '#', 'price', source1);
  if (!matches(d['origQty'], pattern0)) return stringErrorAt(d, p, '#', 'origQty', source1);
  if (!matches(d['executedQty'], pattern0)) return stringErrorAt(d, p, '#', 'executedQty', source1);
  if (!matches(d['cummulativeQuoteQty'], pattern0)) return stringErrorAt(d, p, '#', 'cummulativeQuoteQty', source1);
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, '#', 'status', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, '#', 'timeInForce', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, '#', 'type', 'string');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, '#', 'side', 'string');
  return undefined;
}
