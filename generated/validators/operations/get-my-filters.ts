// Generated from spec/operations/get-my-filters.yaml by codegen/. DO NOT EDIT.
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
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-my-filters.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/exchangeFilters/items';
const at1: string = '#/properties/symbolFilters/items';
const at2: string = '#/properties/assetFilters/items';
const pattern3: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source4: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['exchangeFilters'];
  if (!Array.isArray(x0)) return typeErrorAt(d, p, '#', 'exchangeFilters', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/exchangeFilters/' + i1))) return e;
  }
  const x7: unknown = d['symbolFilters'];
  if (!Array.isArray(x7)) return typeErrorAt(d, p, '#', 'symbolFilters', 'array');
  for (let i8 = 0; i8 < x7.length; i8++) {
    const x9: unknown = x7[i8];
    if ((e = check2(x9, p + '/symbolFilters/' + i8))) return e;
  }
  const x14: unknown = d['assetFilters'];
  if (!Array.isArray(x14)) return typeErrorAt(d, p, '#', 'assetFilters', 'array');
  for (let i15 = 0; i15 < x14.length; i15++) {
    const x16: unknown = x14[i15];
    if ((e = check3(x16, p + '/assetFilters/' + i15))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/exchangeFilters/items/type', 'object');
  if (typeof d['filterType'] !== 'string') return typeErrorAt(d, p, at0, 'filterType', 'string');
  const x4: unknown = d['maxNumOrders'];
  if (x4 !== undefined) {
    if (!isInteger(x4)) return typeErrorAt(d, p, at0, 'maxNumOrders', 'integer');
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/symbolFilters/items/type', 'object');
  if (typeof d['filterType'] !== 'string') return typeErrorAt(d, p, at1, 'filterType', 'string');
  const x11: unknown = d['maxNumOrderLists'];
  if (x11 !== undefined) {
    if (!isInteger(x11)) return typeErrorAt(d, p, at1, 'maxNumOrderLists', 'integer');
  }
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/assetFilters/items/type', 'object');
  if (typeof d['filterType'] !== 'string') return typeErrorAt(d, p, at2, 'filterType', 'string');
  const x18: unknown = d['asset'];
  if (x18 !== undefined) {
    if (typeof x18 !== 'string') return typeErrorAt(d, p, at2, 'asset', 'string');
  }
  const x19: unknown = d['limit'];
  if (x19 !== undefined) {
    if (!matches(x19, pattern3)) return stringErrorAt(d, p, at2, 'limit', source4);
  }
  return undefined;
}
