// Generated from spec/usdm/channels/diff-depth.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  stringError,
  matches,
  stringConstErrorAt,
  minItemsError,
  maxItemsError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/diff-depth.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'depthUpdate') return stringConstErrorAt(d, p, '#', 'e', 'depthUpdate');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (!isInteger(d['T'])) return typeErrorAt(d, p, '#', 'T', 'integer');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, '#', 's', 'string');
  if (!isInteger(d['U'])) return typeErrorAt(d, p, '#', 'U', 'integer');
  if (!isInteger(d['u'])) return typeErrorAt(d, p, '#', 'u', 'integer');
  if (!isInteger(d['pu'])) return typeErrorAt(d, p, '#', 'pu', 'integer');
  const x7: unknown = d['b'];
  if (!Array.isArray(x7)) return typeErrorAt(d, p, '#', 'b', 'array');
  for (let i8 = 0; i8 < x7.length; i8++) {
    const x9: unknown = x7[i8];
    if (!Array.isArray(x9)) return typeError(p + '/b/' + i8, '#/properties/b/items/type', 'array');
    if (x9.length < 2) return minItemsError(p + '/b/' + i8, '#/properties/b/items/minItems', 2);
    if (x9.length > 2) return maxItemsError(p + '/b/' + i8, '#/properties/b/items/maxItems', 2);
    const x10: unknown = x9[0];
    if (x10 !== undefined) {
      if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/b/' + i8 + '/0', '#/properties/b/items/items/0', source1);
    }
    const x11: unknown = x9[1];
    if (x11 !== undefined) {
      if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/b/' + i8 + '/1', '#/properties/b/items/items/1', source1);
    }
  }
  const x16: unknown = d['a'];
  if (!Array.isArray(x16)) return typeErrorAt(d, p, '#', 'a', 'array');
  for (let i17 = 0; i17 < x16.length; i17++) {
    const x18: unknown = x16[i17];
    if (!Array.isArray(x18)) return typeError(p + '/a/' + i17, '#/properties/a/items/type', 'array');
    if (x18.length < 2) return minItemsError(p + '/a/' + i17, '#/properties/a/items/minItems', 2);
    if (x18.length > 2) return maxItemsError(p + '/a/' + i17, '#/properties/a/items/maxItems', 2);
    const x19: unknown = x18[0];
    if (x19 !== undefined) {
      if (!matches(x19, pattern0)) return stringError(x19, pattern0, p + '/a/' + i17 + '/0', '#/properties/a/items/items/0', source1);
    }
    const x20: unknown = x18[1];
    if (x20 !== undefined) {
      if (!matches(x20, pattern0)) return stringError(x20, pattern0, p + '/a/' + i17 + '/1', '#/properties/a/items/items/1', source1);
    }
  }
  const x25: unknown = d['ps'];
  if (x25 !== undefined) {
    if (typeof x25 !== 'string') return typeErrorAt(d, p, '#', 'ps', 'string');
  }
  const x26: unknown = d['st'];
  if (x26 !== undefined) {
    if (!isInteger(x26)) return typeErrorAt(d, p, '#', 'st', 'integer');
  }
  return undefined;
}
