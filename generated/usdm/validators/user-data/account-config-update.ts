// Generated from spec/usdm/user-data/account-config-update.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  stringConstErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/account-config-update.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/ac';
const at1: string = '#/properties/ai';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'ACCOUNT_CONFIG_UPDATE') return stringConstErrorAt(d, p, '#', 'e', 'ACCOUNT_CONFIG_UPDATE');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (!isInteger(d['T'])) return typeErrorAt(d, p, '#', 'T', 'integer');
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
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, at0, 's', 'string');
  if (!isInteger(d['l'])) return typeErrorAt(d, p, at0, 'l', 'integer');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/ai/type', 'object');
  if (typeof d['j'] !== 'boolean') return typeErrorAt(d, p, at1, 'j', 'boolean');
  return undefined;
}
