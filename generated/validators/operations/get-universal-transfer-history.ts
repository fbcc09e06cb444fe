// Generated from spec/operations/sapi/get-universal-transfer-history.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-universal-transfer-history.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/rows/items';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (!isInteger(d['total'])) return typeErrorAt(d, p, '#', 'total', 'integer');
  const x1: unknown = d['rows'];
  if (x1 !== undefined) {
    if (!Array.isArray(x1)) return typeErrorAt(d, p, '#', 'rows', 'array');
    for (let i2 = 0; i2 < x1.length; i2++) {
      const x3: unknown = x1[i2];
      if ((e = check1(x3, p + '/rows/' + i2))) return e;
    }
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/rows/items/type', 'object');
  if (typeof d['asset'] !== 'string') return typeErrorAt(d, p, at0, 'asset', 'string');
  if (!matches(d['amount'], pattern1)) return stringErrorAt(d, p, at0, 'amount', source2);
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at0, 'type', 'string');
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at0, 'status', 'string');
  if (!isInteger(d['tranId'])) return typeErrorAt(d, p, at0, 'tranId', 'integer');
  if (!isInteger(d['timestamp'])) return typeErrorAt(d, p, at0, 'timestamp', 'integer');
  return undefined;
}
