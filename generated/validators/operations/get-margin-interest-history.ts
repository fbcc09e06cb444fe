// Generated from spec/operations/sapi/get-margin-interest-history.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-interest-history.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['rows'] === undefined) return requiredError(p, '#/required', 'rows');
  if (d['total'] === undefined) return requiredError(p, '#/required', 'total');
  const x0: unknown = d['rows'];
  if (!Array.isArray(x0)) return typeError(p + '/rows', '#/properties/rows/type', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/rows/' + i1))) return e;
  }
  const x12: unknown = d['total'];
  if (!isInteger(x12)) return typeError(p + '/total', '#/properties/total/type', 'integer');
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/rows/items/type', 'object');
  if (d['txId'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'txId');
  if (d['interestAccuredTime'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'interestAccuredTime');
  if (d['asset'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'asset');
  if (d['principal'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'principal');
  if (d['interest'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'interest');
  if (d['interestRate'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'interestRate');
  if (d['type'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'type');
  const x3: unknown = d['txId'];
  if (!isInteger(x3)) return typeError(p + '/txId', '#/properties/rows/items/properties/txId/type', 'integer');
  const x4: unknown = d['interestAccuredTime'];
  if (!isInteger(x4)) return typeError(p + '/interestAccuredTime', '#/properties/rows/items/properties/interestAccuredTime/type', 'integer');
  const x5: unknown = d['asset'];
  if (typeof x5 !== 'string') return typeError(p + '/asset', '#/properties/rows/items/properties/asset/type', 'string');
  const x6: unknown = d['rawAsset'];
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') return typeError(p + '/rawAsset', '#/properties/rows/items/properties/rawAsset/type', 'string');
  }
  const x7: unknown = d['principal'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/principal', '#/properties/rows/items/properties/principal', source1);
  const x8: unknown = d['interest'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/interest', '#/properties/rows/items/properties/interest', source1);
  const x9: unknown = d['interestRate'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/interestRate', '#/properties/rows/items/properties/interestRate', source1);
  const x10: unknown = d['type'];
  if (typeof x10 !== 'string') return typeError(p + '/type', '#/properties/rows/items/properties/type/type', 'string');
  const x11: unknown = d['isolatedSymbol'];
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') return typeError(p + '/isolatedSymbol', '#/properties/rows/items/properties/isolatedSymbol/type', 'string');
  }
  return undefined;
}
