// Generated from spec/channels/diff-depth.yaml by codegen/. DO NOT EDIT.
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
} from '../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/channels/diff-depth.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'depthUpdate') return stringConstErrorAt(d, p, '#', 'e', 'depthUpdate');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, '#', 's', 'string');
  if (!isInteger(d['U'])) return typeErrorAt(d, p, '#', 'U', 'integer');
  if (!isInteger(d['u'])) return typeErrorAt(d, p, '#', 'u', 'integer');
  const x5: unknown = d['b'];
  if (!Array.isArray(x5)) return typeErrorAt(d, p, '#', 'b', 'array');
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7: unknown = x5[i6];
    if (!Array.isArray(x7)) return typeError(p + '/b/' + i6, '#/properties/b/items/type', 'array');
    if (x7.length < 2) return minItemsError(p + '/b/' + i6, '#/properties/b/items/minItems', 2);
    if (x7.length > 2) return maxItemsError(p + '/b/' + i6, '#/properties/b/items/maxItems', 2);
    const x8: unknown = x7[0];
    if (x8 !== undefined) {
      if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/b/' + i6 + '/0', '#/properties/b/items/items/0', source1);
    }
    const x9: unknown = x7[1];
    if (x9 !== undefined) {
      if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/b/' + i6 + '/1', '#/properties/b/items/items/1', source1);
    }
  }
  const x14: unknown = d['a'];
  if (!Array.isArray(x14)) return typeErrorAt(d, p, '#', 'a', 'array');
  for (let i15 = 0; i15 < x14.length; i15++) {
    const x16: unknown = x14[i15];
    if (!Array.isArray(x16)) return typeError(p + '/a/' + i15, '#/properties/a/items/type', 'array');
    if (x16.length < 2) return minItemsError(p + '/a/' + i15, '#/properties/a/items/minItems', 2);
    if (x16.length > 2) return maxItemsError(p + '/a/' + i15, '#/properties/a/items/maxItems', 2);
    const x17: unknown = x16[0];
    if (x17 !== undefined) {
      if (!matches(x17, pattern0)) return stringError(x17, pattern0, p + '/a/' + i15 + '/0', '#/properties/a/items/items/0', source1);
    }
    const x18: unknown = x16[1];
    if (x18 !== undefined) {
      if (!matches(x18, pattern0)) return stringError(x18, pattern0, p + '/a/' + i15 + '/1', '#/properties/a/items/items/1', source1);
    }
  }
  return undefined;
}
