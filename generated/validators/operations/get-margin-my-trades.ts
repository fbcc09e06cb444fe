// Generated from spec/operations/sapi/get-margin-my-trades.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-my-trades.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at2: string = '#/items';

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
  if (!matches(d['commission'], pattern0)) return stringErrorAt(d, p, at2, 'commission', source1);
  if (typeof d['commissionAsset'] !== 'string') return typeErrorAt(d, p, at2, 'commissionAsset', 'string');
  if (!isInteger(d['id'])) return typeErrorAt(d, p, at2, 'id', 'integer');
  if (typeof d['isBestMatch'] !== 'boolean') return typeErrorAt(d, p, at2, 'isBestMatch', 'boolean');
  if (typeof d['isBuyer'] !== 'boolean') return typeErrorAt(d, p, at2, 'isBuyer', 'boolean');
  if (typeof d['isMaker'] !== 'boolean') return typeErrorAt(d, p, at2, 'isMaker', 'boolean');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at2, 'orderId', 'integer');
  if (!matches(d['price'], pattern0)) return stringErrorAt(d, p, at2, 'price', source1);
  if (!matches(d['qty'], pattern0)) return stringErrorAt(d, p, at2, 'qty', source1);
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at2, 'symbol', 'string');
  if (typeof d['isIsolated'] !== 'boolean') return typeErrorAt(d, p, at2, 'isIsolated', 'boolean');
  if (!isInteger(d['time'])) return typeErrorAt(d, p, at2, 'time', 'integer');
  return undefined;
}
