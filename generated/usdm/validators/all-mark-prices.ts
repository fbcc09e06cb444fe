// Generated from spec/usdm/channels/all-mark-prices.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/all-mark-prices.json; the first error in `validate.errors`. */
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
  if (d['p'] === undefined) return requiredError(p, '#/items/required', 'p');
  if (d['i'] === undefined) return requiredError(p, '#/items/required', 'i');
  if (d['P'] === undefined) return requiredError(p, '#/items/required', 'P');
  if (d['r'] === undefined) return requiredError(p, '#/items/required', 'r');
  if (d['T'] === undefined) return requiredError(p, '#/items/required', 'T');
  const x2: unknown = d['e'];
  if (typeof x2 !== 'string') return typeError(p + '/e', '#/items/properties/e/type', 'string');
  if (x2 !== 'markPriceUpdate') return constError(p + '/e', '#/items/properties/e/const', 'markPriceUpdate');
  const x3: unknown = d['E'];
  if (!isInteger(x3)) return typeError(p + '/E', '#/items/properties/E/type', 'integer');
  const x4: unknown = d['s'];
  if (typeof x4 !== 'string') return typeError(p + '/s', '#/items/properties/s/type', 'string');
  const x5: unknown = d['p'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/p', '#/items/properties/p', source1);
  const x6: unknown = d['ap'];
  if (x6 !== undefined) {
    if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/ap', '#/items/properties/ap', source1);
  }
  const x7: unknown = d['i'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/i', '#/items/properties/i', source1);
  const x8: unknown = d['P'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/P', '#/items/properties/P', source1);
  const x9: unknown = d['r'];
  if (typeof x9 !== 'string') return typeError(p + '/r', '#/items/properties/r/type', 'string');
  const x10: unknown = d['T'];
  if (!isInteger(x10)) return typeError(p + '/T', '#/items/properties/T/type', 'integer');
  const x11: unknown = d['st'];
  if (x11 !== undefined) {
    if (!isInteger(x11)) return typeError(p + '/st', '#/items/properties/st/type', 'integer');
  }
  return undefined;
}
