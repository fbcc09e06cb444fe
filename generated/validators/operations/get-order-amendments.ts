// Generated from spec/operations/get-order-amendments.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-order-amendments.json; the first error in `validate.errors`. */
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
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at0, 'orderId', 'integer');
  if (!isInteger(d['executionId'])) return typeErrorAt(d, p, at0, 'executionId', 'integer');
  if (typeof d['origClientOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'origClientOrderId', 'string');
  if (typeof d['newClientOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'newClientOrderId', 'string');
  if (!matches(d['origQty'], pattern1)) return stringErrorAt(d, p, at0, 'origQty', source2);
  if (!matches(d['newQty'], pattern1)) return stringErrorAt(d, p, at0, 'newQty', source2);
  if (!isInteger(d['time'])) return typeErrorAt(d, p, at0, 'time', 'integer');
  return undefined;
}
