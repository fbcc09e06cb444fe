// Generated from spec/usdm/user-data/strategy-update.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/strategy-update.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['su'] === undefined) return requiredError(p, '#/required', 'su');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'STRATEGY_UPDATE') return constError(p + '/e', '#/properties/e/const', 'STRATEGY_UPDATE');
  const x1: unknown = d['T'];
  if (!isInteger(x1)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  const x2: unknown = d['E'];
  if (!isInteger(x2)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x3: unknown = d['su'];
  if ((e = check1(x3, p + '/su'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/su/type', 'object');
  if (d['si'] === undefined) return requiredError(p, '#/properties/su/required', 'si');
  if (d['st'] === undefined) return requiredError(p, '#/properties/su/required', 'st');
  if (d['ss'] === undefined) return requiredError(p, '#/properties/su/required', 'ss');
  if (d['s'] === undefined) return requiredError(p, '#/properties/su/required', 's');
  if (d['ut'] === undefined) return requiredError(p, '#/properties/su/required', 'ut');
  const x4: unknown = d['si'];
  if (!isInteger(x4)) return typeError(p + '/si', '#/properties/su/properties/si/type', 'integer');
  const x5: unknown = d['st'];
  if (typeof x5 !== 'string') return typeError(p + '/st', '#/properties/su/properties/st/type', 'string');
  const x6: unknown = d['ss'];
  if (typeof x6 !== 'string') return typeError(p + '/ss', '#/properties/su/properties/ss/type', 'string');
  const x7: unknown = d['s'];
  if (typeof x7 !== 'string') return typeError(p + '/s', '#/properties/su/properties/s/type', 'string');
  const x8: unknown = d['ut'];
  if (!isInteger(x8)) return typeError(p + '/ut', '#/properties/su/properties/ut/type', 'integer');
  const x9: unknown = d['c'];
  if (x9 !== undefined) {
    if (!isInteger(x9)) return typeError(p + '/c', '#/properties/su/properties/c/type', 'integer');
  }
  return undefined;
}
