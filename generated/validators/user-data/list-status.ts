// Generated from spec/user-data/list-status.yaml by codegen/. DO NOT EDIT.
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
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/user-data/list-status.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/O/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'listStatus') return stringConstErrorAt(d, p, '#', 'e', 'listStatus');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, '#', 's', 'string');
  if (!isInteger(d['g'])) return typeErrorAt(d, p, '#', 'g', 'integer');
  if (typeof d['c'] !== 'string') return typeErrorAt(d, p, '#', 'c', 'string');
  if (typeof d['l'] !== 'string') return typeErrorAt(d, p, '#', 'l', 'string');
  if (typeof d['L'] !== 'string') return typeErrorAt(d, p, '#', 'L', 'string');
  if (typeof d['r'] !== 'string') return typeErrorAt(d, p, '#', 'r', 'string');
  if (typeof d['C'] !== 'string') return typeErrorAt(d, p, '#', 'C', 'string');
  if (!isInteger(d['T'])) return typeErrorAt(d, p, '#', 'T', 'integer');
  const x10: unknown = d['O'];
  if (!Array.isArray(x10)) return typeErrorAt(d, p, '#', 'O', 'array');
  for (let i11 = 0; i11 < x10.length; i11++) {
    const x12: unknown = x10[i11];
    if ((e = check1(x12, p + '/O/' + i11))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/O/items/type', 'object');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, at0, 's', 'string');
  if (!isInteger(d['i'])) return typeErrorAt(d, p, at0, 'i', 'integer');
  if (typeof d['c'] !== 'string') return typeErrorAt(d, p, at0, 'c', 'string');
  return undefined;
}
