// Generated from spec/channels/partial-depth.yaml by codegen/. DO NOT EDIT.
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
} from '../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/channels/partial-depth.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['lastUpdateId'] === undefined) return requiredError(p, '#/required', 'lastUpdateId');
  if (d['bids'] === undefined) return requiredError(p, '#/required', 'bids');
  if (d['asks'] === undefined) return requiredError(p, '#/required', 'asks');
  const x0: unknown = d['lastUpdateId'];
  if (!isInteger(x0)) return typeError(p + '/lastUpdateId', '#/properties/lastUpdateId/type', 'integer');
  const x1: unknown = d['bids'];
  if (!Array.isArray(x1)) return typeError(p + '/bids', '#/properties/bids/type', 'array');
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
  const x6: unknown = d['asks'];
  if (!Array.isArray(x6)) return typeError(p + '/asks', '#/properties/asks/type', 'array');
  for (let i7 = 0; i7 < x6.length; i7++) {
    const x8: unknown = x6[i7];
    if (!Array.isArray(x8)) return typeError(p + '/asks/' + i7, '#/properties/asks/items/type', 'array');
    if (x8.length < 2) return minItemsError(p + '/asks/' + i7, '#/properties/asks/items/minItems', 2);
    if (x8.length > 2) return maxItemsError(p + '/asks/' + i7, '#/properties/asks/items/maxItems', 2);
    const x9: unknown = x8[0];
    if (x9 !== undefined) {
      if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/asks/' + i7 + '/0', '#/properties/asks/items/items/0', source1);
    }
    const x10: unknown = x8[1];
    if (x10 !== undefined) {
      if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/asks/' + i7 + '/1', '#/properties/asks/items/items/1', source1);
    }
  }
  return undefined;
}
