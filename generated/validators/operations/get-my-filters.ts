// Generated from spec/operations/get-my-filters.yaml by codegen/. DO NOT EDIT.
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
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-my-filters.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['exchangeFilters'] === undefined) return requiredError(p, '#/required', 'exchangeFilters');
  if (d['symbolFilters'] === undefined) return requiredError(p, '#/required', 'symbolFilters');
  if (d['assetFilters'] === undefined) return requiredError(p, '#/required', 'assetFilters');
  const x0: unknown = d['exchangeFilters'];
  if (!Array.isArray(x0)) return typeError(p + '/exchangeFilters', '#/properties/exchangeFilters/type', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/exchangeFilters/' + i1))) return e;
  }
  const x5: unknown = d['symbolFilters'];
  if (!Array.isArray(x5)) return typeError(p + '/symbolFilters', '#/properties/symbolFilters/type', 'array');
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7: unknown = x5[i6];
    if ((e = check2(x7, p + '/symbolFilters/' + i6))) return e;
  }
  const x10: unknown = d['assetFilters'];
  if (!Array.isArray(x10)) return typeError(p + '/assetFilters', '#/properties/assetFilters/type', 'array');
  for (let i11 = 0; i11 < x10.length; i11++) {
    const x12: unknown = x10[i11];
    if ((e = check3(x12, p + '/assetFilters/' + i11))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/exchangeFilters/items/type', 'object');
  if (d['filterType'] === undefined) return requiredError(p, '#/properties/exchangeFilters/items/required', 'filterType');
  const x3: unknown = d['filterType'];
  if (typeof x3 !== 'string') return typeError(p + '/filterType', '#/properties/exchangeFilters/items/properties/filterType/type', 'string');
  const x4: unknown = d['maxNumOrders'];
  if (x4 !== undefined) {
    if (!isInteger(x4)) return typeError(p + '/maxNumOrders', '#/properties/exchangeFilters/items/properties/maxNumOrders/type', 'integer');
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/symbolFilters/items/type', 'object');
  if (d['filterType'] === undefined) return requiredError(p, '#/properties/symbolFilters/items/required', 'filterType');
  const x8: unknown = d['filterType'];
  if (typeof x8 !== 'string') return typeError(p + '/filterType', '#/properties/symbolFilters/items/properties/filterType/type', 'string');
  const x9: unknown = d['maxNumOrderLists'];
  if (x9 !== undefined) {
    if (!isInteger(x9)) return typeError(p + '/maxNumOrderLists', '#/properties/symbolFilters/items/properties/maxNumOrderLists/type', 'integer');
  }
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/assetFilters/items/type', 'object');
  if (d['filterType'] === undefined) return requiredError(p, '#/properties/assetFilters/items/required', 'filterType');
  const x13: unknown = d['filterType'];
  if (typeof x13 !== 'string') return typeError(p + '/filterType', '#/properties/assetFilters/items/properties/filterType/type', 'string');
  const x14: unknown = d['asset'];
  if (x14 !== undefined) {
    if (typeof x14 !== 'string') return typeError(p + '/asset', '#/properties/assetFilters/items/properties/asset/type', 'string');
  }
  const x15: unknown = d['limit'];
  if (x15 !== undefined) {
    if (!matches(x15, pattern0)) return stringError(x15, pattern0, p + '/limit', '#/properties/assetFilters/items/properties/limit', source1);
  }
  return undefined;
}
