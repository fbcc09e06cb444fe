// Generated from spec/user-data/balance-update.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/user-data/balance-update.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['a'] === undefined) return requiredError(p, '#/required', 'a');
  if (d['d'] === undefined) return requiredError(p, '#/required', 'd');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'balanceUpdate') return constError(p + '/e', '#/properties/e/const', 'balanceUpdate');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['a'];
  if (typeof x2 !== 'string') return typeError(p + '/a', '#/properties/a/type', 'string');
  const x3: unknown = d['d'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/d', '#/properties/d', source1);
  const x4: unknown = d['T'];
  if (!isInteger(x4)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  return undefined;
}
