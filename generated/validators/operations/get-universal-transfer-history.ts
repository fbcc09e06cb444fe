// Generated from spec/operations/sapi/get-universal-transfer-history.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-universal-transfer-history.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['total'] === undefined) return requiredError(p, '#/required', 'total');
  const x0: unknown = d['total'];
  if (!isInteger(x0)) return typeError(p + '/total', '#/properties/total/type', 'integer');
  const x1: unknown = d['rows'];
  if (x1 !== undefined) {
    if (!Array.isArray(x1)) return typeError(p + '/rows', '#/properties/rows/type', 'array');
    for (let i2 = 0; i2 < x1.length; i2++) {
      const x3: unknown = x1[i2];
      if ((e = check1(x3, p + '/rows/' + i2))) return e;
    }
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/rows/items/type', 'object');
  if (d['asset'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'asset');
  if (d['amount'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'amount');
  if (d['type'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'type');
  if (d['status'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'status');
  if (d['tranId'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'tranId');
  if (d['timestamp'] === undefined) return requiredError(p, '#/properties/rows/items/required', 'timestamp');
  const x4: unknown = d['asset'];
  if (typeof x4 !== 'string') return typeError(p + '/asset', '#/properties/rows/items/properties/asset/type', 'string');
  const x5: unknown = d['amount'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/amount', '#/properties/rows/items/properties/amount', source1);
  const x6: unknown = d['type'];
  if (typeof x6 !== 'string') return typeError(p + '/type', '#/properties/rows/items/properties/type/type', 'string');
  const x7: unknown = d['status'];
  if (typeof x7 !== 'string') return typeError(p + '/status', '#/properties/rows/items/properties/status/type', 'string');
  const x8: unknown = d['tranId'];
  if (!isInteger(x8)) return typeError(p + '/tranId', '#/properties/rows/items/properties/tranId/type', 'integer');
  const x9: unknown = d['timestamp'];
  if (!isInteger(x9)) return typeError(p + '/timestamp', '#/properties/rows/items/properties/timestamp/type', 'integer');
  return undefined;
}
