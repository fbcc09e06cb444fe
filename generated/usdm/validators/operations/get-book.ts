// Generated from spec/usdm/operations/get-book.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  stringError,
  matches,
  minItemsError,
  maxItemsError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-book.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (!isInteger(d['lastUpdateId'])) return typeErrorAt(d, p, '#', 'lastUpdateId', 'integer');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (!isInteger(d['T'])) return typeErrorAt(d, p, '#', 'T', 'integer');
  const x3: unknown = d['bids'];
  if (!Array.isArray(x3)) return typeErrorAt(d, p, '#', 'bids', 'array');
  for (let i4 = 0; i4 < x3.length; i4++) {
    const x5: unknown = x3[i4];
    if (!Array.isArray(x5)) return typeError(p + '/bids/' + i4, '#/properties/bids/items/type', 'array');
    if (x5.length < 2) return minItemsError(p + '/bids/' + i4, '#/properties/bids/items/minItems', 2);
    if (x5.length > 2) return maxItemsError(p + '/bids/' + i4, '#/properties/bids/items/maxItems', 2);
    const x6: unknown = x5[0];
    if (x6 !== undefined) {
      if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/bids/' + i4 + '/0', '#/properties/bids/items/items/0', source1);
    }
    const x7: unknown = x5[1];
    if (x7 !== undefined) {
      if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/bids/' + i4 + '/1', '#/properties/bids/items/items/1', source1);
    }
  }
  const x12: unknown = d['asks'];
  if (!Array.isArray(x12)) return typeErrorAt(d, p, '#', 'asks', 'array');
  for (let i13 = 0; i13 < x12.length; i13++) {
    const x14: unknown = x12[i13];
    if (!Array.isArray(x14)) return typeError(p + '/asks/' + i13, '#/properties/asks/items/type', 'array');
    if (x14.length < 2) return minItemsError(p + '/asks/' + i13, '#/properties/asks/items/minItems', 2);
    if (x14.length > 2) return maxItemsError(p + '/asks/' + i13, '#/properties/asks/items/maxItems', 2);
    const x15: unknown = x14[0];
    if (x15 !== undefined) {
      if (!matches(x15, pattern0)) return stringError(x15, pattern0, p + '/asks/' + i13 + '/0', '#/properties/asks/items/items/0', source1);
    }
    const x16: unknown = x14[1];
    if (x16 !== undefined) {
      if (!matches(x16, pattern0)) return stringError(x16, pattern0, p + '/asks/' + i13 + '/1', '#/properties/asks/items/items/1', source1);
    }
  }
  return undefined;
}
