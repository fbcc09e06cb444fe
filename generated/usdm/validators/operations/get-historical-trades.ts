// Generated from spec/usdm/operations/get-historical-trades.yaml by codegen/. DO NOT EDIT.
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
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-historical-trades.json; the first error in `validate.errors`. */
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
  if (d['id'] === undefined) return requiredError(p, '#/items/required', 'id');
  if (d['price'] === undefined) return requiredError(p, '#/items/required', 'price');
  if (d['qty'] === undefined) return requiredError(p, '#/items/required', 'qty');
  if (d['quoteQty'] === undefined) return requiredError(p, '#/items/required', 'quoteQty');
  if (d['time'] === undefined) return requiredError(p, '#/items/required', 'time');
  if (d['isBuyerMaker'] === undefined) return requiredError(p, '#/items/required', 'isBuyerMaker');
  const x2: unknown = d['id'];
  if (!isInteger(x2)) return typeError(p + '/id', '#/items/properties/id/type', 'integer');
  const x3: unknown = d['price'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/price', '#/items/properties/price', source1);
  const x4: unknown = d['qty'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/qty', '#/items/properties/qty', source1);
  const x5: unknown = d['quoteQty'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/quoteQty', '#/items/properties/quoteQty', source1);
  const x6: unknown = d['time'];
  if (!isInteger(x6)) return typeError(p + '/time', '#/items/properties/time/type', 'integer');
  const x7: unknown = d['isBuyerMaker'];
  if (typeof x7 !== 'boolean') return typeError(p + '/isBuyerMaker', '#/items/properties/isBuyerMaker/type', 'boolean');
  const x8: unknown = d['isRPITrade'];
  if (x8 !== undefined) {
    if (typeof x8 !== 'boolean') return typeError(p + '/isRPITrade', '#/items/properties/isRPITrade/type', 'boolean');
  }
  return undefined;
}
