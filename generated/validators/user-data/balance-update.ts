// Generated from spec/user-data/balance-update.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  stringConstErrorAt,
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
  if (d['e'] !== 'balanceUpdate') return stringConstErrorAt(d, p, '#', 'e', 'balanceUpdate');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (typeof d['a'] !== 'string') return typeErrorAt(d, p, '#', 'a', 'string');
  if (!matches(d['d'], pattern0)) return stringErrorAt(d, p, '#', 'd', source1);
  if (!isInteger(d['T'])) return typeErrorAt(d, p, '#', 'T', 'integer');
  return undefined;
}
