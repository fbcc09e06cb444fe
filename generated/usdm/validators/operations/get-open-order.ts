// Generated from spec/usdm/operations/get-open-order.yaml by codegen/. DO NOT EDIT.
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
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-open-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (!matches(d['avgPrice'], pattern0)) return stringErrorAt(d, p, '#', 'avgPrice', source1);
  if (!matches(d['cumQuote'], pattern0)) return stringErrorAt(d, p, '#', 'cumQuote', source1);
  if (!isInteger(d['time'])) return typeErrorAt(d, p, '#', 'time', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, '#', 'clientOrderId', 'string');
  if (!matches(d['executedQty'], pattern0)) return stringErrorAt(d, p, '#', 'executedQty', source1);
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, '#', 'orderId', 'integer');
  if (!matches(d['origQty'], pattern0)) return stringErrorAt(d, p, '#', 'origQty', source1);
  if (typeof d['origType'] !== 'string') return typeErrorAt(d, p, '#', 'origType', 'string');
  if (!matches(d['price'], pattern0)) return stringErrorAt(d, p, '#', 'price', source1);
  if (typeof d['reduceOnly'] !== 'boolean') return typeErrorAt(d, p, '#', 'reduceOnly', 'boolean');
  if (typeof d['side'] !== 'string') return typeErrorAt(d, p, '#', 'side', 'string');
  if (typeof d['positionSide'] !== 'string') return typeErrorAt(d, p, '#', 'positionSide', 'string');
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, '#', 'status', 'string');
  if (!matches(d['stopPrice'], pattern0)) return stringErrorAt(d, p, '#', 'stopPrice', source1);
  if (typeof d['closePosition'] !== 'boolean') return typeErrorAt(d, p, '#', 'closePosition', 'boolean');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, '#', 'symbol', 'string');
  if (typeof d['timeInForce'] !== 'string') return typeErrorAt(d, p, '#', 'timeInForce', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, '#', 'type', 'string');
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, '#', 'updateTime', 'integer');
  if (typeof d['workingType'] !== 'string') return typeErrorAt(d, p, '#', 'workingType', 'string');
  if (typeof d['priceProtect'] !== 'boolean') return typeErrorAt(d, p, '#', 'priceProtect', 'boolean');
  const x21: unknown = d['priceMatch'];
  if (x21 !== undefined) {
    if (typeof x21 !== 'string') return typeErrorAt(d, p, '#', 'priceMatch', 'string');
  }
  const x22: unknown = d['selfTradePreventionMode'];
  if (x22 !== undefined) {
    if (typeof x22 !== 'string') return typeErrorAt(d, p, '#', 'selfTradePreventionMode', 'string');
  }
  const x23: unknown = d['goodTillDate'];
  if (x23 !== undefined) {
    if (!isInteger(x23)) return typeErrorAt(d, p, '#', 'goodTillDate', 'integer');
  }
  const x24: unknown = d['activatePrice'];
  if (x24 !== undefined) {
    if (!matches(x24, pattern0)) return stringErrorAt(d, p, '#', 'activatePrice', source1);
  }
  const x25: unknown = d['priceRate'];
  if (x25 !== undefined) {
    if (!matches(x25, pattern0)) return stringErrorAt(d, p, '#', 'priceRate', source1);
  }
  return undefined;
}
