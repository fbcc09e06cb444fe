// Generated from spec/user-data/outbound-account-position.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/user-data/outbound-account-position.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['u'] === undefined) return requiredError(p, '#/required', 'u');
  if (d['B'] === undefined) return requiredError(p, '#/required', 'B');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'outboundAccountPosition') return constError(p + '/e', '#/properties/e/const', 'outboundAccountPosition');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['u'];
  if (!isInteger(x2)) return typeError(p + '/u', '#/properties/u/type', 'integer');
  const x3: unknown = d['B'];
  if (!Array.isArray(x3)) return typeError(p + '/B', '#/properties/B/type', 'array');
  for (let i4 = 0; i4 < x3.length; i4++) {
    const x5: unknown = x3[i4];
    if ((e = check1(x5, p + '/B/' + i4))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/B/items/type', 'object');
  if (d['a'] === undefined) return requiredError(p, '#/properties/B/items/required', 'a');
  if (d['f'] === undefined) return requiredError(p, '#/properties/B/items/required', 'f');
  if (d['l'] === undefined) return requiredError(p, '#/properties/B/items/required', 'l');
  const x6: unknown = d['a'];
  if (typeof x6 !== 'string') return typeError(p + '/a', '#/properties/B/items/properties/a/type', 'string');
  const x7: unknown = d['f'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/f', '#/properties/B/items/properties/f', source1);
  const x8: unknown = d['l'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/l', '#/properties/B/items/properties/l', source1);
  return undefined;
}
