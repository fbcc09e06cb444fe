// Generated from spec/usdm/channels/asset-index.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/asset-index.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['i'] === undefined) return requiredError(p, '#/required', 'i');
  if (d['b'] === undefined) return requiredError(p, '#/required', 'b');
  if (d['a'] === undefined) return requiredError(p, '#/required', 'a');
  if (d['B'] === undefined) return requiredError(p, '#/required', 'B');
  if (d['A'] === undefined) return requiredError(p, '#/required', 'A');
  if (d['q'] === undefined) return requiredError(p, '#/required', 'q');
  if (d['g'] === undefined) return requiredError(p, '#/required', 'g');
  if (d['Q'] === undefined) return requiredError(p, '#/required', 'Q');
  if (d['G'] === undefined) return requiredError(p, '#/required', 'G');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'assetIndexUpdate') return constError(p + '/e', '#/properties/e/const', 'assetIndexUpdate');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['s'];
  if (typeof x2 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x3: unknown = d['i'];
  if (typeof x3 !== 'string') return typeError(p + '/i', '#/properties/i/type', 'string');
  if (!pattern0.test(x3)) return patternError(p + '/i', '#/properties/i/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x4: unknown = d['b'];
  if (typeof x4 !== 'string') return typeError(p + '/b', '#/properties/b/type', 'string');
  if (!pattern0.test(x4)) return patternError(p + '/b', '#/properties/b/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x5: unknown = d['a'];
  if (typeof x5 !== 'string') return typeError(p + '/a', '#/properties/a/type', 'string');
  if (!pattern0.test(x5)) return patternError(p + '/a', '#/properties/a/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x6: unknown = d['B'];
  if (typeof x6 !== 'string') return typeError(p + '/B', '#/properties/B/type', 'string');
  if (!pattern0.test(x6)) return patternError(p + '/B', '#/properties/B/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x7: unknown = d['A'];
  if (typeof x7 !== 'string') return typeError(p + '/A', '#/properties/A/type', 'string');
  if (!pattern0.test(x7)) return patternError(p + '/A', '#/properties/A/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x8: unknown = d['q'];
  if (typeof x8 !== 'string') return typeError(p + '/q', '#/properties/q/type', 'string');
  if (!pattern0.test(x8)) return patternError(p + '/q', '#/properties/q/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x9: unknown = d['g'];
  if (typeof x9 !== 'string') return typeError(p + '/g', '#/properties/g/type', 'string');
  if (!pattern0.test(x9)) return patternError(p + '/g', '#/properties/g/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x10: unknown = d['Q'];
  if (typeof x10 !== 'string') return typeError(p + '/Q', '#/properties/Q/type', 'string');
  if (!pattern0.test(x10)) return patternError(p + '/Q', '#/properties/Q/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x11: unknown = d['G'];
  if (typeof x11 !== 'string') return typeError(p + '/G', '#/properties/G/type', 'string');
  if (!pattern0.test(x11)) return patternError(p + '/G', '#/properties/G/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  return undefined;
}
