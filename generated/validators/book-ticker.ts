// Generated from spec/channels/book-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  stringError,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/channels/book-ticker.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/b', '#/properties/b', source1);
  const x3: unknown = d['B'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/B', '#/properties/B', source1);
  const x4: unknown = d['a'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/a', '#/properties/a', source1);
  const x5: unknown = d['A'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/A', '#/properties/A', source1);
  return undefined;
}
