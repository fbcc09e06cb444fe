// Generated from spec/channels/partial-depth.yaml by codegen/. DO NOT EDIT.
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
} from '../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/channels/partial-depth.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (!isInteger(d['lastUpdateId'])) return typeErrorAt(d, p, '#', 'lastUpdateId', 'integer');
  const x1: unknown = d['bids'];
  if (!Array.isArray(x1)) return typeErrorAt(d, p, '#', 'bids', 'array');
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3: unknown = x1[i2];
    if (!Array.isArray(x3)) return typeError(p + '/bids/' + i2, '#/properties/bids/items/type', 'array');
    if (x3.length < 2) return minItemsError(p + '/bids/' + i2, '#/properties/bids/items/minItems', 2);
    if (x3.length > 2) return maxItemsError(p + '/bids/' + i2, '#/properties/bids/items/maxItems', 2);
    const x4: unknown = x3[0];
    if (x4 !== undefined) {
      if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/bids/' + i2 + '/0', '#/properties/bids/items/items/0', source1);
    }
    const x5: unknown = x3[1];
    if (x5 !== undefined) {
      if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/bids/' + i2 + '/1', '#/properties/bids/items/items/1', source1);
    }
  }
  const x10: unknown = d['asks'];
  if (!Array.isArray(x10)) return typeErrorAt(d, p, '#', 'asks', 'array');
  for (let i11 = 0; i11 < x10.length; i11++) {
    const x12: unknown = x10[i11];
    if (!Array.isArray(x12)) return typeError(p + '/asks/' + i11, '#/properties/asks/items/type', 'array');
    if (x12.length < 2) return minItemsError(p + '/asks/' + i11, '#/properties/asks/items/minItems', 2);
    if (x12.length > 2) return maxItemsError(p + '/asks/' + i11, '#/properties/asks/items/maxItems', 2);
    const x13: unknown = x12[0];
    if (x13 !== undefined) {
      if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/asks/' + i11 + '/0', '#/properties/asks/items/items/0', source1);
    }
    const x14: unknown = x12[1];
    if (x14 !== undefined) {
      if (!matches(x14, pattern0)) return stringError(x14, pattern0, p + '/asks/' + i11 + '/1', '#/properties/asks/items/items/1', source1);
    }
  }
  return undefined;
}
