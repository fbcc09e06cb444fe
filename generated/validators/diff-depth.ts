// Generated from spec/channels/diff-depth.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  stringError,
  matches,
  constError,
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
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['U'] === undefined) return requiredError(p, '#/required', 'U');
  if (d['u'] === undefined) return requiredError(p, '#/required', 'u');
  if (d['b'] === undefined) return requiredError(p, '#/required', 'b');
  if (d['a'] === undefined) return requiredError(p, '#/required', 'a');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'depthUpdate') return constError(p + '/e', '#/properties/e/const', 'depthUpdate');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['s'];
  if (typeof x2 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x3: unknown = d['U'];
  if (!isInteger(x3)) return typeError(p + '/U', '#/properties/U/type', 'integer');
  const x4: unknown = d['u'];
  if (!isInteger(x4)) return typeError(p + '/u', '#/properties/u/type', 'integer');
  const x5: unknown = d['b'];
  if (!Array.isArray(x5)) return typeError(p + '/b', '#/properties/b/type', 'array');
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
  const x10: unknown = d['a'];
  if (!Array.isArray(x10)) return typeError(p + '/a', '#/properties/a/type', 'array');
  for (let i11 = 0; i11 < x10.length; i11++) {
    const x12: unknown = x10[i11];
    if (!Array.isArray(x12)) return typeError(p + '/a/' + i11, '#/properties/a/items/type', 'array');
    if (x12.length < 2) return minItemsError(p + '/a/' + i11, '#/properties/a/items/minItems', 2);
    if (x12.length > 2) return maxItemsError(p + '/a/' + i11, '#/properties/a/items/maxItems', 2);
    const x13: unknown = x12[0];
    if (x13 !== undefined) {
      if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/a/' + i11 + '/0', '#/properties/a/items/items/0', source1);
    }
    const x14: unknown = x12[1];
    if (x14 !== undefined) {
      if (!matches(x14, pattern0)) return stringError(x14, pattern0, p + '/a/' + i11 + '/1', '#/properties/a/items/items/1', source1);
    }
  }
  return undefined;
}
