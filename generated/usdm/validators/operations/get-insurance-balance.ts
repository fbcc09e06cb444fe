// Generated from spec/usdm/operations/get-insurance-balance.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-insurance-balance.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/anyOf/0';
const at1: string = '#/anyOf/0/properties/assets/items';
const pattern2: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source3: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  const first = check1(d, p);
  if (first === undefined) return undefined;
  if (check3(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/anyOf/0/type', 'object');
  const x0: unknown = d['symbols'];
  if (!Array.isArray(x0)) return typeErrorAt(d, p, at0, 'symbols', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if (typeof x2 !== 'string') return typeError(p + '/symbols/' + i1, '#/anyOf/0/properties/symbols/items/type', 'string');
  }
  const x5: unknown = d['assets'];
  if (!Array.isArray(x5)) return typeErrorAt(d, p, at0, 'assets', 'array');
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7: unknown = x5[i6];
    if ((e = check2(x7, p + '/assets/' + i6))) return e;
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/0/properties/assets/items/type', 'object');
  if (typeof d['asset'] !== 'string') return typeErrorAt(d, p, at1, 'asset', 'string');
  if (!matches(d['marginBalance'], pattern2)) return stringErrorAt(d, p, at1, 'marginBalance', source3);
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, at1, 'updateTime', 'integer');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/anyOf/1/type', 'array');
  for (let i13 = 0; i13 < d.length; i13++) {
    const x14: unknown = d[i13];
    if ((e = check1(x14, p + '/' + i13))) return e;
  }
  return undefined;
}
