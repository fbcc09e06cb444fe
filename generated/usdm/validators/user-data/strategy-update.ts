// Generated from spec/usdm/user-data/strategy-update.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  stringConstErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/strategy-update.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/su';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'STRATEGY_UPDATE') return stringConstErrorAt(d, p, '#', 'e', 'STRATEGY_UPDATE');
  if (!isInteger(d['T'])) return typeErrorAt(d, p, '#', 'T', 'integer');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  const x3: unknown = d['su'];
  if (x3 === undefined) return requiredError(p, '#/required', 'su');
  if ((e = check1(x3, p + '/su'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/su/type', 'object');
  if (!isInteger(d['si'])) return typeErrorAt(d, p, at0, 'si', 'integer');
  if (typeof d['st'] !== 'string') return typeErrorAt(d, p, at0, 'st', 'string');
  if (typeof d['ss'] !== 'string') return typeErrorAt(d, p, at0, 'ss', 'string');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, at0, 's', 'string');
  if (!isInteger(d['ut'])) return typeErrorAt(d, p, at0, 'ut', 'integer');
  const x9: unknown = d['c'];
  if (x9 !== undefined) {
    if (!isInteger(x9)) return typeErrorAt(d, p, at0, 'c', 'integer');
  }
  return undefined;
}
