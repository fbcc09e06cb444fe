// Generated from spec/operations/sapi/get-margin-borrow-repay-records.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-borrow-repay-records.json; the first error in `validate.errors`. */
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
  if (d['type'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'type');
  if (d['amount'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'amount');
  if (d['asset'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'asset');
  if (d['interest'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'interest');
  if (d['principal'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'principal');
  if (d['status'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'status');
  if (d['timestamp'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'timestamp');
  if (d['txId'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'txId');
  const x3: unknown = d['type'];
  if (typeof x3 !== 'string') return typeError(p + '/type', '#/properties/rows/items/properties/type/type', 'string');
  const x4: unknown = d['isolatedSymbol'];
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') return typeError(p + '/isolatedSymbol', '#/properties/rows/items/properties/isolatedSymbol/type', 'string');
  }
  const x5: unknown = d['amount'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/amount', '#/properties/rows/items/properties/amount', source1);
  const x6: unknown = d['asset'];
  if (typeof x6 !== 'string') return typeError(p + '/asset', '#/properties/rows/items/properties/asset/type', 'string');
  const x7: unknown = d['interest'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/interest', '#/properties/rows/items/properties/interest', source1);
  const x8: unknown = d['principal'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/principal', '#/properties/rows/items/properties/principal', source1);
  const x9: unknown = d['status'];
  if (typeof x9 !== 'string') return typeError(p + '/status', '#/properties/rows/items/properties/status/type', 'string');
  const x10: unknown = d['timestamp'];
  if (!isInteger(x10)) return typeError(p + '/timestamp', '#/properties/rows/items/properties/timestamp/type', 'integer');
  const x11: unknown = d['txId'];
  if (!isInteger(x11)) return typeError(p + '/txId', '#/properties/rows/items/properties/txId/type', 'integer');
  return undefined;
}
