// Generated from spec/usdm/operations/get-insurance-balance.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  stringError,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-insurance-balance.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  if (d['symbols'] === undefined) return requiredError(p, '#/anyOf/0/required', 'symbols');
  if (d['assets'] === undefined) return requiredError(p, '#/anyOf/0/required', 'assets');
  const x0: unknown = d['symbols'];
  if (!Array.isArray(x0)) return typeError(p + '/symbols', '#/anyOf/0/properties/symbols/type', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if (typeof x2 !== 'string') return typeError(p + '/symbols/' + i1, '#/anyOf/0/properties/symbols/items/type', 'string');
  }
  const x3: unknown = d['assets'];
  if (!Array.isArray(x3)) return typeError(p + '/assets', '#/anyOf/0/properties/assets/type', 'array');
  for (let i4 = 0; i4 < x3.length; i4++) {
    const x5: unknown = x3[i4];
    if ((e = check2(x5, p + '/assets/' + i4))) return e;
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/0/properties/assets/items/type', 'object');
  if (d['asset'] === undefined) return requiredError(p, '#/anyOf/0/properties/assets/items/required', 'asset');
  if (d['marginBalance'] === undefined) return requiredError(p, '#/anyOf/0/properties/assets/items/required', 'marginBalance');
  if (d['updateTime'] === undefined) return requiredError(p, '#/anyOf/0/properties/assets/items/required', 'updateTime');
  const x6: unknown = d['asset'];
  if (typeof x6 !== 'string') return typeError(p + '/asset', '#/anyOf/0/properties/assets/items/properties/asset/type', 'string');
  const x7: unknown = d['marginBalance'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/marginBalance', '#/anyOf/0/properties/assets/items/properties/marginBalance', source1);
  const x8: unknown = d['updateTime'];
  if (!isInteger(x8)) return typeError(p + '/updateTime', '#/anyOf/0/properties/assets/items/properties/updateTime/type', 'integer');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/anyOf/1/type', 'array');
  for (let i9 = 0; i9 < d.length; i9++) {
    const x10: unknown = d[i9];
    if ((e = check1(x10, p + '/' + i9))) return e;
  }
  return undefined;
}
