// Generated from spec/usdm/channels/all-asset-indexes.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  patternError,
  constError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/all-asset-indexes.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

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
  if (typeof x5 !== 'string') return typeError(p + '/i', '#/items/properties/i/type', 'string');
  if (!pattern0.test(x5)) return patternError(p + '/i', '#/items/properties/i/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x6: unknown = d['b'];
  if (typeof x6 !== 'string') return typeError(p + '/b', '#/items/properties/b/type', 'string');
  if (!pattern0.test(x6)) return patternError(p + '/b', '#/items/properties/b/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x7: unknown = d['a'];
  if (typeof x7 !== 'string') return typeError(p + '/a', '#/items/properties/a/type', 'string');
  if (!pattern0.test(x7)) return patternError(p + '/a', '#/items/properties/a/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x8: unknown = d['B'];
  if (typeof x8 !== 'string') return typeError(p + '/B', '#/items/properties/B/type', 'string');
  if (!pattern0.test(x8)) return patternError(p + '/B', '#/items/properties/B/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x9: unknown = d['A'];
  if (typeof x9 !== 'string') return typeError(p + '/A', '#/items/properties/A/type', 'string');
  if (!pattern0.test(x9)) return patternError(p + '/A', '#/items/properties/A/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x10: unknown = d['q'];
  if (typeof x10 !== 'string') return typeError(p + '/q', '#/items/properties/q/type', 'string');
  if (!pattern0.test(x10)) return patternError(p + '/q', '#/items/properties/q/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x11: unknown = d['g'];
  if (typeof x11 !== 'string') return typeError(p + '/g', '#/items/properties/g/type', 'string');
  if (!pattern0.test(x11)) return patternError(p + '/g', '#/items/properties/g/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x12: unknown = d['Q'];
  if (typeof x12 !== 'string') return typeError(p + '/Q', '#/items/properties/Q/type', 'string');
  if (!pattern0.test(x12)) return patternError(p + '/Q', '#/items/properties/Q/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x13: unknown = d['G'];
  if (typeof x13 !== 'string') return typeError(p + '/G', '#/items/properties/G/type', 'string');
  if (!pattern0.test(x13)) return patternError(p + '/G', '#/items/properties/G/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  return undefined;
}
