// Generated from spec/usdm/operations/get-book.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
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
  if (d['lastUpdateId'] === undefined) return requiredError(p, '#/required', 'lastUpdateId');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  if (d['bids'] === undefined) return requiredError(p, '#/required', 'bids');
  if (d['asks'] === undefined) return requiredError(p, '#/required', 'asks');
  const x0: unknown = d['lastUpdateId'];
  if (!isInteger(x0)) return typeError(p + '/lastUpdateId', '#/properties/lastUpdateId/type', 'integer');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['T'];
  if (!isInteger(x2)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  const x3: unknown = d['bids'];
  if (!Array.isArray(x3)) return typeError(p + '/bids', '#/properties/bids/type', 'array');
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
  const x8: unknown = d['asks'];
  if (!Array.isArray(x8)) return typeError(p + '/asks', '#/properties/asks/type', 'array');
  for (let i9 = 0; i9 < x8.length; i9++) {
    const x10: unknown = x8[i9];
    if (!Array.isArray(x10)) return typeError(p + '/asks/' + i9, '#/properties/asks/items/type', 'array');
    if (x10.length < 2) return minItemsError(p + '/asks/' + i9, '#/properties/asks/items/minItems', 2);
    if (x10.length > 2) return maxItemsError(p + '/asks/' + i9, '#/properties/asks/items/maxItems', 2);
    const x11: unknown = x10[0];
    if (x11 !== undefined) {
      if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/asks/' + i9 + '/0', '#/properties/asks/items/items/0', source1);
    }
    const x12: unknown = x10[1];
    if (x12 !== undefined) {
      if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/asks/' + i9 + '/1', '#/properties/asks/items/items/1', source1);
    }
  }
  return undefined;
}
