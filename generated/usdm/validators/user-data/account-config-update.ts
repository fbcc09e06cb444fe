// Generated from spec/usdm/user-data/account-config-update.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  constError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/account-config-update.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'ACCOUNT_CONFIG_UPDATE') return constError(p + '/e', '#/properties/e/const', 'ACCOUNT_CONFIG_UPDATE');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['T'];
  if (!isInteger(x2)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  const x3: unknown = d['ac'];
  if (x3 !== undefined) {
    if ((e = check1(x3, p + '/ac'))) return e;
  }
  const x6: unknown = d['ai'];
  if (x6 !== undefined) {
    if ((e = check2(x6, p + '/ai'))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/ac/type', 'object');
  if (d['s'] === undefined) return requiredError(p, '#/properties/ac/required', 's');
  if (d['l'] === undefined) return requiredError(p, '#/properties/ac/required', 'l');
  const x4: unknown = d['s'];
  if (typeof x4 !== 'string') return typeError(p + '/s', '#/properties/ac/properties/s/type', 'string');
  const x5: unknown = d['l'];
  if (!isInteger(x5)) return typeError(p + '/l', '#/properties/ac/properties/l/type', 'integer');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/ai/type', 'object');
  if (d['j'] === undefined) return requiredError(p, '#/properties/ai/required', 'j');
  const x7: unknown = d['j'];
  if (typeof x7 !== 'boolean') return typeError(p + '/j', '#/properties/ai/properties/j/type', 'boolean');
  return undefined;
}
