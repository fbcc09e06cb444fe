// Generated from spec/usdm/user-data/grid-update.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  stringErrorAt,
  matches,
  stringConstErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/grid-update.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/gu';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'GRID_UPDATE') return stringConstErrorAt(d, p, '#', 'e', 'GRID_UPDATE');
  if (!isInteger(d['T'])) return typeErrorAt(d, p, '#', 'T', 'integer');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  const x3: unknown = d['gu'];
  if (x3 === undefined) return requiredError(p, '#/required', 'gu');
  if ((e = check1(x3, p + '/gu'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/gu/type', 'object');
  if (!isInteger(d['si'])) return typeErrorAt(d, p, at0, 'si', 'integer');
  if (typeof d['st'] !== 'string') return typeErrorAt(d, p, at0, 'st', 'string');
  if (typeof d['ss'] !== 'string') return typeErrorAt(d, p, at0, 'ss', 'string');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, at0, 's', 'string');
  if (!matches(d['r'], pattern1)) return stringErrorAt(d, p, at0, 'r', source2);
  if (!matches(d['up'], pattern1)) return stringErrorAt(d, p, at0, 'up', source2);
  if (!matches(d['uq'], pattern1)) return stringErrorAt(d, p, at0, 'uq', source2);
  if (!matches(d['uf'], pattern1)) return stringErrorAt(d, p, at0, 'uf', source2);
  if (!matches(d['mp'], pattern1)) return stringErrorAt(d, p, at0, 'mp', source2);
  if (!isInteger(d['ut'])) return typeErrorAt(d, p, at0, 'ut', 'integer');
  return undefined;
}
