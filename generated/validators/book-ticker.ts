// Generated from spec/channels/book-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  patternError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/channels/book-ticker.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['u'] === undefined) return requiredError(p, '#/required', 'u');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['b'] === undefined) return requiredError(p, '#/required', 'b');
  if (d['B'] === undefined) return requiredError(p, '#/required', 'B');
  if (d['a'] === undefined) return requiredError(p, '#/required', 'a');
  if (d['A'] === undefined) return requiredError(p, '#/required', 'A');
  const x0: unknown = d['u'];
  if (!isInteger(x0)) return typeError(p + '/u', '#/properties/u/type', 'integer');
  const x1: unknown = d['s'];
  if (typeof x1 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x2: unknown = d['b'];
  if (typeof x2 !== 'string') return typeError(p + '/b', '#/properties/b/type', 'string');
  if (!pattern0.test(x2)) return patternError(p + '/b', '#/properties/b/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x3: unknown = d['B'];
  if (typeof x3 !== 'string') return typeError(p + '/B', '#/properties/B/type', 'string');
  if (!pattern0.test(x3)) return patternError(p + '/B', '#/properties/B/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x4: unknown = d['a'];
  if (typeof x4 !== 'string') return typeError(p + '/a', '#/properties/a/type', 'string');
  if (!pattern0.test(x4)) return patternError(p + '/a', '#/properties/a/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x5: unknown = d['A'];
  if (typeof x5 !== 'string') return typeError(p + '/A', '#/properties/A/type', 'string');
  if (!pattern0.test(x5)) return patternError(p + '/A', '#/properties/A/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  return undefined;
}
