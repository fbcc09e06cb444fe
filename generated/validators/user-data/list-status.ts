// Generated from spec/user-data/list-status.yaml by codegen/. DO NOT EDIT.
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
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/user-data/list-status.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['g'] === undefined) return requiredError(p, '#/required', 'g');
  if (d['c'] === undefined) return requiredError(p, '#/required', 'c');
  if (d['l'] === undefined) return requiredError(p, '#/required', 'l');
  if (d['L'] === undefined) return requiredError(p, '#/required', 'L');
  if (d['r'] === undefined) return requiredError(p, '#/required', 'r');
  if (d['C'] === undefined) return requiredError(p, '#/required', 'C');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  if (d['O'] === undefined) return requiredError(p, '#/required', 'O');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'listStatus') return constError(p + '/e', '#/properties/e/const', 'listStatus');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['s'];
  if (typeof x2 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x3: unknown = d['g'];
  if (!isInteger(x3)) return typeError(p + '/g', '#/properties/g/type', 'integer');
  const x4: unknown = d['c'];
  if (typeof x4 !== 'string') return typeError(p + '/c', '#/properties/c/type', 'string');
  const x5: unknown = d['l'];
  if (typeof x5 !== 'string') return typeError(p + '/l', '#/properties/l/type', 'string');
  const x6: unknown = d['L'];
  if (typeof x6 !== 'string') return typeError(p + '/L', '#/properties/L/type', 'string');
  const x7: unknown = d['r'];
  if (typeof x7 !== 'string') return typeError(p + '/r', '#/properties/r/type', 'string');
  const x8: unknown = d['C'];
  if (typeof x8 !== 'string') return typeError(p + '/C', '#/properties/C/type', 'string');
  const x9: unknown = d['T'];
  if (!isInteger(x9)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  const x10: unknown = d['O'];
  if (!Array.isArray(x10)) return typeError(p + '/O', '#/properties/O/type', 'array');
  for (let i11 = 0; i11 < x10.length; i11++) {
    const x12: unknown = x10[i11];
    if ((e = check1(x12, p + '/O/' + i11))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/O/items/type', 'object');
  if (d['s'] === undefined) return requiredError(p, '#/properties/O/items/required', 's');
  if (d['i'] === undefined) return requiredError(p, '#/properties/O/items/required', 'i');
  if (d['c'] === undefined) return requiredError(p, '#/properties/O/items/required', 'c');
  const x13: unknown = d['s'];
  if (typeof x13 !== 'string') return typeError(p + '/s', '#/properties/O/items/properties/s/type', 'string');
  const x14: unknown = d['i'];
  if (!isInteger(x14)) return typeError(p + '/i', '#/properties/O/items/properties/i/type', 'integer');
  const x15: unknown = d['c'];
  if (typeof x15 !== 'string') return typeError(p + '/c', '#/properties/O/items/properties/c/type', 'string');
  return undefined;
}
