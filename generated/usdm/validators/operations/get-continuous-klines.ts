// Generated from spec/usdm/operations/get-continuous-klines.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isInteger,
  typeError,
  stringError,
  matches,
  minItemsError,
  maxItemsError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-continuous-klines.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!Array.isArray(d)) return typeError(p, '#/type', 'array');
  for (let i0 = 0; i0 < d.length; i0++) {
    const x1: unknown = d[i0];
    if (!Array.isArray(x1)) return typeError(p + '/' + i0, '#/items/type', 'array');
    if (x1.length < 12) return minItemsError(p + '/' + i0, '#/items/minItems', 12);
    if (x1.length > 12) return maxItemsError(p + '/' + i0, '#/items/maxItems', 12);
    const x2: unknown = x1[0];
    if (x2 !== undefined) {
      if (!isInteger(x2)) return typeError(p + '/' + i0 + '/0', '#/items/items/0/type', 'integer');
    }
    const x3: unknown = x1[1];
    if (x3 !== undefined) {
      if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/' + i0 + '/1', '#/items/items/1', source1);
    }
    const x4: unknown = x1[2];
    if (x4 !== undefined) {
      if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/' + i0 + '/2', '#/items/items/2', source1);
    }
    const x5: unknown = x1[3];
    if (x5 !== undefined) {
      if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/' + i0 + '/3', '#/items/items/3', source1);
    }
    const x6: unknown = x1[4];
    if (x6 !== undefined) {
      if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/' + i0 + '/4', '#/items/items/4', source1);
    }
    const x7: unknown = x1[5];
    if (x7 !== undefined) {
      if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/' + i0 + '/5', '#/items/items/5', source1);
    }
    const x8: unknown = x1[6];
    if (x8 !== undefined) {
      if (!isInteger(x8)) return typeError(p + '/' + i0 + '/6', '#/items/items/6/type', 'integer');
    }
    const x9: unknown = x1[7];
    if (x9 !== undefined) {
      if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/' + i0 + '/7', '#/items/items/7', source1);
    }
    const x10: unknown = x1[8];
    if (x10 !== undefined) {
      if (!isInteger(x10)) return typeError(p + '/' + i0 + '/8', '#/items/items/8/type', 'integer');
    }
    const x11: unknown = x1[9];
    if (x11 !== undefined) {
      if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/' + i0 + '/9', '#/items/items/9', source1);
    }
    const x12: unknown = x1[10];
    if (x12 !== undefined) {
      if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/' + i0 + '/10', '#/items/items/10', source1);
    }
    const x13: unknown = x1[11];
    if (x13 !== undefined) {
      if (typeof x13 !== 'string') return typeError(p + '/' + i0 + '/11', '#/items/items/11/type', 'string');
    }
  }
  return undefined;
}
