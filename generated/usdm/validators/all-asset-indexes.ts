// Generated from spec/usdm/channels/all-asset-indexes.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  stringError,
  matches,
  constError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/all-asset-indexes.json; the first error in `validate.errors`. */
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
  if (d['e'] === undefined) return requiredError(p, '#/items/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/items/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/items/required', 's');
  if (d['i'] === undefined) return requiredError(p, '#/items/required', 'i');
  if (d['b'] === undefined) return requiredError(p, '#/items/required', 'b');
  if (d['a'] === undefined) return requiredError(p, '#/items/required', 'a');
  if (d['B'] === undefined) return requiredError(p, '#/items/required', 'B');
  if (d['A'] === undefined) return requiredError(p, '#/items/required', 'A');
  if (d['q'] === undefined) return requiredError(p, '#/items/required', 'q');
  if (d['g'] === undefined) return requiredError(p, '#/items/required', 'g');
  if (d['Q'] === undefined) return requiredError(p, '#/items/required', 'Q');
  if (d['G'] === undefined) return requiredError(p, '#/items/required', 'G');
  const x2: unknown = d['e'];
  if (typeof x2 !== 'string') return typeError(p + '/e', '#/items/properties/e/type', 'string');
  if (x2 !== 'assetIndexUpdate') return constError(p + '/e', '#/items/properties/e/const', 'assetIndexUpdate');
  const x3: unknown = d['E'];
  if (!isInteger(x3)) return typeError(p + '/E', '#/items/properties/E/type', 'integer');
  const x4: unknown = d['s'];
  if (typeof x4 !== 'string') return typeError(p + '/s', '#/items/properties/s/type', 'string');
  const x5: unknown = d['i'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/i', '#/items/properties/i', source1);
  const x6: unknown = d['b'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/b', '#/items/properties/b', source1);
  const x7: unknown = d['a'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/a', '#/items/properties/a', source1);
  const x8: unknown = d['B'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/B', '#/items/properties/B', source1);
  const x9: unknown = d['A'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/A', '#/items/properties/A', source1);
  const x10: unknown = d['q'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/q', '#/items/properties/q', source1);
  const x11: unknown = d['g'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/g', '#/items/properties/g', source1);
  const x12: unknown = d['Q'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/Q', '#/items/properties/Q', source1);
  const x13: unknown = d['G'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/G', '#/items/properties/G', source1);
  return undefined;
}
