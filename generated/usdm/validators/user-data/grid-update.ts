// Generated from spec/usdm/user-data/grid-update.yaml by codegen/. DO NOT EDIT.
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
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/grid-update.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['gu'] === undefined) return requiredError(p, '#/required', 'gu');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'GRID_UPDATE') return constError(p + '/e', '#/properties/e/const', 'GRID_UPDATE');
  const x1: unknown = d['T'];
  if (!isInteger(x1)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  const x2: unknown = d['E'];
  if (!isInteger(x2)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x3: unknown = d['gu'];
  if ((e = check1(x3, p + '/gu'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/gu/type', 'object');
  if (d['si'] === undefined) return requiredError(p, '#/properties/gu/required', 'si');
  if (d['st'] === undefined) return requiredError(p, '#/properties/gu/required', 'st');
  if (d['ss'] === undefined) return requiredError(p, '#/properties/gu/required', 'ss');
  if (d['s'] === undefined) return requiredError(p, '#/properties/gu/required', 's');
  if (d['r'] === undefined) return requiredError(p, '#/properties/gu/required', 'r');
  if (d['up'] === undefined) return requiredError(p, '#/properties/gu/required', 'up');
  if (d['uq'] === undefined) return requiredError(p, '#/properties/gu/required', 'uq');
  if (d['uf'] === undefined) return requiredError(p, '#/properties/gu/required', 'uf');
  if (d['mp'] === undefined) return requiredError(p, '#/properties/gu/required', 'mp');
  if (d['ut'] === undefined) return requiredError(p, '#/properties/gu/required', 'ut');
  const x4: unknown = d['si'];
  if (!isInteger(x4)) return typeError(p + '/si', '#/properties/gu/properties/si/type', 'integer');
  const x5: unknown = d['st'];
  if (typeof x5 !== 'string') return typeError(p + '/st', '#/properties/gu/properties/st/type', 'string');
  const x6: unknown = d['ss'];
  if (typeof x6 !== 'string') return typeError(p + '/ss', '#/properties/gu/properties/ss/type', 'string');
  const x7: unknown = d['s'];
  if (typeof x7 !== 'string') return typeError(p + '/s', '#/properties/gu/properties/s/type', 'string');
  const x8: unknown = d['r'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/r', '#/properties/gu/properties/r');
  const x9: unknown = d['up'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/up', '#/properties/gu/properties/up');
  const x10: unknown = d['uq'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/uq', '#/properties/gu/properties/uq');
  const x11: unknown = d['uf'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/uf', '#/properties/gu/properties/uf');
  const x12: unknown = d['mp'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/mp', '#/properties/gu/properties/mp');
  const x13: unknown = d['ut'];
  if (!isInteger(x13)) return typeError(p + '/ut', '#/properties/gu/properties/ut/type', 'integer');
  return undefined;
}
