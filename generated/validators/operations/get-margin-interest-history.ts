// Generated from spec/operations/sapi/get-margin-interest-history.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-interest-history.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/rows/items';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['rows'];
  if (!Array.isArray(x0)) return typeErrorAt(d, p, '#', 'rows', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/rows/' + i1))) return e;
  }
  if (!isInteger(d['total'])) return typeErrorAt(d, p, '#', 'total', 'integer');
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/rows/items/type', 'object');
  if (!isInteger(d['txId'])) return typeErrorAt(d, p, at0, 'txId', 'integer');
  if (!isInteger(d['interestAccuredTime'])) return typeErrorAt(d, p, at0, 'interestAccuredTime', 'integer');
  if (typeof d['asset'] !== 'string') return typeErrorAt(d, p, at0, 'asset', 'string');
  const x6: unknown = d['rawAsset'];
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') return typeErrorAt(d, p, at0, 'rawAsset', 'string');
  }
  if (!matches(d['principal'], pattern1)) return stringErrorAt(d, p, at0, 'principal', source2);
  if (!matches(d['interest'], pattern1)) return stringErrorAt(d, p, at0, 'interest', source2);
  if (!matches(d['interestRate'], pattern1)) return stringErrorAt(d, p, at0, 'interestRate', source2);
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at0, 'type', 'string');
  const x11: unknown = d['isolatedSymbol'];
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') return typeErrorAt(d, p, at0, 'isolatedSymbol', 'string');
  }
  return undefined;
}
