// Generated from spec/usdm/operations/get-agg-trades.yaml by codegen/. DO NOT EDIT.
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
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-agg-trades.json; the first error in `validate.errors`. */
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
  if (d['a'] === undefined) return requiredError(p, '#/items/required', 'a');
  if (d['p'] === undefined) return requiredError(p, '#/items/required', 'p');
  if (d['q'] === undefined) return requiredError(p, '#/items/required', 'q');
  if (d['f'] === undefined) return requiredError(p, '#/items/required', 'f');
  if (d['l'] === undefined) return requiredError(p, '#/items/required', 'l');
  if (d['T'] === undefined) return requiredError(p, '#/items/required', 'T');
  if (d['m'] === undefined) return requiredError(p, '#/items/required', 'm');
  const x2: unknown = d['a'];
  if (!isInteger(x2)) return typeError(p + '/a', '#/items/properties/a/type', 'integer');
  const x3: unknown = d['p'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/p', '#/items/properties/p', source1);
  const x4: unknown = d['q'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/q', '#/items/properties/q', source1);
  const x5: unknown = d['nq'];
  if (x5 !== undefined) {
    if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/nq', '#/items/properties/nq', source1);
  }
  const x6: unknown = d['f'];
  if (!isInteger(x6)) return typeError(p + '/f', '#/items/properties/f/type', 'integer');
  const x7: unknown = d['l'];
  if (!isInteger(x7)) return typeError(p + '/l', '#/items/properties/l/type', 'integer');
  const x8: unknown = d['T'];
  if (!isInteger(x8)) return typeError(p + '/T', '#/items/properties/T/type', 'integer');
  const x9: unknown = d['m'];
  if (typeof x9 !== 'boolean') return typeError(p + '/m', '#/items/properties/m/type', 'boolean');
  return undefined;
}
