// Generated from spec/operations/get-order-amendments.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-order-amendments.json; the first error in `validate.errors`. */
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
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['orderId'] === undefined) return requiredError(p, '#/items/required', 'orderId');
  if (d['executionId'] === undefined) return requiredError(p, '#/items/required', 'executionId');
  if (d['origClientOrderId'] === undefined) return requiredError(p, '#/items/required', 'origClientOrderId');
  if (d['newClientOrderId'] === undefined) return requiredError(p, '#/items/required', 'newClientOrderId');
  if (d['origQty'] === undefined) return requiredError(p, '#/items/required', 'origQty');
  if (d['newQty'] === undefined) return requiredError(p, '#/items/required', 'newQty');
  if (d['time'] === undefined) return requiredError(p, '#/items/required', 'time');
  const x2: unknown = d['symbol'];
  if (typeof x2 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x3: unknown = d['orderId'];
  if (!isInteger(x3)) return typeError(p + '/orderId', '#/items/properties/orderId/type', 'integer');
  const x4: unknown = d['executionId'];
  if (!isInteger(x4)) return typeError(p + '/executionId', '#/items/properties/executionId/type', 'integer');
  const x5: unknown = d['origClientOrderId'];
  if (typeof x5 !== 'string') return typeError(p + '/origClientOrderId', '#/items/properties/origClientOrderId/type', 'string');
  const x6: unknown = d['newClientOrderId'];
  if (typeof x6 !== 'string') return typeError(p + '/newClientOrderId', '#/items/properties/newClientOrderId/type', 'string');
  const x7: unknown = d['origQty'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/origQty', '#/items/properties/origQty', source1);
  const x8: unknown = d['newQty'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/newQty', '#/items/properties/newQty', source1);
  const x9: unknown = d['time'];
  if (!isInteger(x9)) return typeError(p + '/time', '#/items/properties/time/type', 'integer');
  return undefined;
}
