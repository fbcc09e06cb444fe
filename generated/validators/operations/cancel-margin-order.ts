// Generated from spec/operations/sapi/cancel-margin-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  requiredError,
  stringError,
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
  if (d['symbol'] === undefined) return requiredError(p, '#/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/required', 'orderId');
  if (d['origClientOrderId'] === undefined) return requiredError(p, '#/required', 'origClientOrderId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/required', 'clientOrderId');
  if (d['price'] === undefined) return requiredError(p, '#/required', 'price');
  if (d['origQty'] === undefined) return requiredError(p, '#/required', 'origQty');
  if (d['executedQty'] === undefined) return requiredError(p, '#/required', 'executedQty');
  if (d['cummulativeQuoteQty'] === undefined) return requiredError(p, '#/required', 'cummulativeQuoteQty');
  if (d['status'] === undefined) return requiredError(p, '#/required', 'status');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/required', 'timeInForce');
  if (d['type'] === undefined) return requiredError(p, '#/required', 'type');
  if (d['side'] === undefined) return requiredError(p, '#/required', 'side');
  const x0: unknown = d['symbol'];
  if (typeof x0 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  const x1: unknown = d['isIsolated'];
  if (x1 !== undefined) {
    if (typeof x1 !== 'boolean') return typeError(p + '/isIsolated', '#/properties/isIsolated/type', 'boolean');
  }
  const x2: unknown = d['orderId'];
  if (typeof x2 !== 'string') return typeError(p + '/orderId', '#/properties/orderId/type', 'string');
  const x3: unknown = d['origClientOrderId'];
  if (typeof x3 !== 'string') return typeError(p + '/origClientOrderId', '#/properties/origClientOrderId/type', 'string');
  const x4: unknown = d['clientOrderId'];
  if (typeof x4 !== 'string') return typeError(p + '/clientOrderId', '#/properties/clientOrderId/type', 'string');
  const x5: unknown = d['price'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/price', '#/properties/price', source1);
  const x6: unknown = d['origQty'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/origQty', '#/properties/origQty', source1);
  const x7: unknown = d['executedQty'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/executedQty', '#/properties/executedQty', source1);
  const x8: unknown = d['cummulativeQuoteQty'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/cummulativeQuoteQty', '#/properties/cummulativeQuoteQty', source1);
  const x9: unknown = d['status'];
  if (typeof x9 !== 'string') return typeError(p + '/status', '#/properties/status/type', 'string');
  const x10: unknown = d['timeInForce'];
  if (typeof x10 !== 'string') return typeError(p + '/timeInForce', '#/properties/timeInForce/type', 'string');
  const x11: unknown = d['type'];
  if (typeof x11 !== 'string') return typeError(p + '/type', '#/properties/type/type', 'string');
  const x12: unknown = d['side'];
  if (typeof x12 !== 'string') return typeError(p + '/side', '#/properties/side/type', 'string');
  return undefined;
}
