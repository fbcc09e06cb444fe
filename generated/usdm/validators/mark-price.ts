// Generated from spec/usdm/channels/mark-price.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/mark-price.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['p'] === undefined) return requiredError(p, '#/required', 'p');
  if (d['i'] === undefined) return requiredError(p, '#/required', 'i');
  if (d['P'] === undefined) return requiredError(p, '#/required', 'P');
  if (d['r'] === undefined) return requiredError(p, '#/required', 'r');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'markPriceUpdate') return constError(p + '/e', '#/properties/e/const', 'markPriceUpdate');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['s'];
  if (typeof x2 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x3: unknown = d['p'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/p', '#/properties/p', source1);
  const x4: unknown = d['ap'];
  if (x4 !== undefined) {
    if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/ap', '#/properties/ap', source1);
  }
  const x5: unknown = d['i'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/i', '#/properties/i', source1);
  const x6: unknown = d['P'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/P', '#/properties/P', source1);
  const x7: unknown = d['r'];
  if (typeof x7 !== 'string') return typeError(p + '/r', '#/properties/r/type', 'string');
  const x8: unknown = d['T'];
  if (!isInteger(x8)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  const x9: unknown = d['st'];
  if (x9 !== undefined) {
    if (!isInteger(x9)) return typeError(p + '/st', '#/properties/st/type', 'integer');
  }
  return undefined;
}
