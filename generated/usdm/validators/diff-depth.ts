// Generated from spec/usdm/channels/diff-depth.yaml by codegen/. DO NOT EDIT.
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
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/diff-depth.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['U'] === undefined) return requiredError(p, '#/required', 'U');
  if (d['u'] === undefined) return requiredError(p, '#/required', 'u');
  if (d['pu'] === undefined) return requiredError(p, '#/required', 'pu');
  if (d['b'] === undefined) return requiredError(p, '#/required', 'b');
  if (d['a'] === undefined) return requiredError(p, '#/required', 'a');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'depthUpdate') return constError(p + '/e', '#/properties/e/const', 'depthUpdate');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['T'];
  if (!isInteger(x2)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  const x3: unknown = d['s'];
  if (typeof x3 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x4: unknown = d['U'];
  if (!isInteger(x4)) return typeError(p + '/U', '#/properties/U/type', 'integer');
  const x5: unknown = d['u'];
  if (!isInteger(x5)) return typeError(p + '/u', '#/properties/u/type', 'integer');
  const x6: unknown = d['pu'];
  if (!isInteger(x6)) return typeError(p + '/pu', '#/properties/pu/type', 'integer');
  const x7: unknown = d['b'];
  if (!Array.isArray(x7)) return typeError(p + '/b', '#/properties/b/type', 'array');
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
  const x12: unknown = d['a'];
  if (!Array.isArray(x12)) return typeError(p + '/a', '#/properties/a/type', 'array');
  for (let i13 = 0; i13 < x12.length; i13++) {
    const x14: unknown = x12[i13];
    if (!Array.isArray(x14)) return typeError(p + '/a/' + i13, '#/properties/a/items/type', 'array');
    if (x14.length < 2) return minItemsError(p + '/a/' + i13, '#/properties/a/items/minItems', 2);
    if (x14.length > 2) return maxItemsError(p + '/a/' + i13, '#/properties/a/items/maxItems', 2);
    const x15: unknown = x14[0];
    if (x15 !== undefined) {
      if (!matches(x15, pattern0)) return stringError(x15, pattern0, p + '/a/' + i13 + '/0', '#/properties/a/items/items/0', source1);
    }
    const x16: unknown = x14[1];
    if (x16 !== undefined) {
      if (!matches(x16, pattern0)) return stringError(x16, pattern0, p + '/a/' + i13 + '/1', '#/properties/a/items/items/1', source1);
    }
  }
  const x17: unknown = d['ps'];
  if (x17 !== undefined) {
    if (typeof x17 !== 'string') return typeError(p + '/ps', '#/properties/ps/type', 'string');
  }
  const x18: unknown = d['st'];
  if (x18 !== undefined) {
    if (!isInteger(x18)) return typeError(p + '/st', '#/properties/st/type', 'integer');
  }
  return undefined;
}
