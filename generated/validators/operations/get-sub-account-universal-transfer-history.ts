// Generated from spec/operations/sapi/get-sub-account-universal-transfer-history.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-sub-account-universal-transfer-history.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/result/items';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['result'];
  if (!Array.isArray(x0)) return typeErrorAt(d, p, '#', 'result', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/result/' + i1))) return e;
  }
  if (!isInteger(d['totalCount'])) return typeErrorAt(d, p, '#', 'totalCount', 'integer');
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/result/items/type', 'object');
  if (!isInteger(d['tranId'])) return typeErrorAt(d, p, at0, 'tranId', 'integer');
  if (typeof d['fromEmail'] !== 'string') return typeErrorAt(d, p, at0, 'fromEmail', 'string');
  if (typeof d['toEmail'] !== 'string') return typeErrorAt(d, p, at0, 'toEmail', 'string');
  if (typeof d['asset'] !== 'string') return typeErrorAt(d, p, at0, 'asset', 'string');
  if (!matches(d['amount'], pattern1)) return stringErrorAt(d, p, at0, 'amount', source2);
  if (!isInteger(d['createTimeStamp'])) return typeErrorAt(d, p, at0, 'createTimeStamp', 'integer');
  if (typeof d['fromAccountType'] !== 'string') return typeErrorAt(d, p, at0, 'fromAccountType', 'string');
  if (typeof d['toAccountType'] !== 'string') return typeErrorAt(d, p, at0, 'toAccountType', 'string');
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at0, 'status', 'string');
  const x12: unknown = d['clientTranId'];
  if (x12 !== undefined) {
    if (typeof x12 !== 'string') return typeErrorAt(d, p, at0, 'clientTranId', 'string');
  }
  return undefined;
}
