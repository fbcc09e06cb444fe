// Generated from spec/channels/avg-price.yaml by codegen/. DO NOT EDIT.
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
} from '../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/channels/avg-price.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['i'] === undefined) return requiredError(p, '#/required', 'i');
  if (d['w'] === undefined) return requiredError(p, '#/required', 'w');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'avgPrice') return constError(p + '/e', '#/properties/e/const', 'avgPrice');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['s'];
  if (typeof x2 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x3: unknown = d['i'];
  if (typeof x3 !== 'string') return typeError(p + '/i', '#/properties/i/type', 'string');
  const x4: unknown = d['w'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/w', '#/properties/w', source1);
  const x5: unknown = d['T'];
  if (!isInteger(x5)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  return undefined;
}
