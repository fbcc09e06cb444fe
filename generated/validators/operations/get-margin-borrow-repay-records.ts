// Generated from spec/operations/sapi/get-margin-borrow-repay-records.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-borrow-repay-records.json; the first error in `validate.errors`. */
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
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at0, 'type', 'string');
  const x4: unknown = d['isolatedSymbol'];
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') return typeErrorAt(d, p, at0, 'isolatedSymbol', 'string');
  }
  if (!matches(d['amount'], pattern1)) return stringErrorAt(d, p, at0, 'amount', source2);
  if (typeof d['asset'] !== 'string') return typeErrorAt(d, p, at0, 'asset', 'string');
  if (!matches(d['interest'], pattern1)) return stringErrorAt(d, p, at0, 'interest', source2);
  if (!matches(d['principal'], pattern1)) return stringErrorAt(d, p, at0, 'principal', source2);
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at0, 'status', 'string');
  if (!isInteger(d['timestamp'])) return typeErrorAt(d, p, at0, 'timestamp', 'integer');
  if (!isInteger(d['txId'])) return typeErrorAt(d, p, at0, 'txId', 'integer');
  return undefined;
}
