// Generated from spec/operations/sapi/get-sub-account-universal-transfer-history.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-sub-account-universal-transfer-history.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['result'] === undefined) return requiredError(p, '#/required', 'result');
  if (d['totalCount'] === undefined) return requiredError(p, '#/required', 'totalCount');
  const x0: unknown = d['result'];
  if (!Array.isArray(x0)) return typeError(p + '/result', '#/properties/result/type', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/result/' + i1))) return e;
  }
  const x13: unknown = d['totalCount'];
  if (!isInteger(x13)) return typeError(p + '/totalCount', '#/properties/totalCount/type', 'integer');
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/result/items/type', 'object');
  if (d['tranId'] === undefined) return requiredError(p, '#/properties/result/items/required', 'tranId');
  if (d['fromEmail'] === undefined) return requiredError(p, '#/properties/result/items/required', 'fromEmail');
  if (d['toEmail'] === undefined) return requiredError(p, '#/properties/result/items/required', 'toEmail');
  if (d['asset'] === undefined) return requiredError(p, '#/properties/result/items/required', 'asset');
  if (d['amount'] === undefined) return requiredError(p, '#/properties/result/items/required', 'amount');
  if (d['createTimeStamp'] === undefined) return requiredError(p, '#/properties/result/items/required', 'createTimeStamp');
  if (d['fromAccountType'] === undefined) return requiredError(p, '#/properties/result/items/required', 'fromAccountType');
  if (d['toAccountType'] === undefined) return requiredError(p, '#/properties/result/items/required', 'toAccountType');
  if (d['status'] === undefined) return requiredError(p, '#/properties/result/items/required', 'status');
  const x3: unknown = d['tranId'];
  if (!isInteger(x3)) return typeError(p + '/tranId', '#/properties/result/items/properties/tranId/type', 'integer');
  const x4: unknown = d['fromEmail'];
  if (typeof x4 !== 'string') return typeError(p + '/fromEmail', '#/properties/result/items/properties/fromEmail/type', 'string');
  const x5: unknown = d['toEmail'];
  if (typeof x5 !== 'string') return typeError(p + '/toEmail', '#/properties/result/items/properties/toEmail/type', 'string');
  const x6: unknown = d['asset'];
  if (typeof x6 !== 'string') return typeError(p + '/asset', '#/properties/result/items/properties/asset/type', 'string');
  const x7: unknown = d['amount'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/amount', '#/properties/result/items/properties/amount', source1);
  const x8: unknown = d['createTimeStamp'];
  if (!isInteger(x8)) return typeError(p + '/createTimeStamp', '#/properties/result/items/properties/createTimeStamp/type', 'integer');
  const x9: unknown = d['fromAccountType'];
  if (typeof x9 !== 'string') return typeError(p + '/fromAccountType', '#/properties/result/items/properties/fromAccountType/type', 'string');
  const x10: unknown = d['toAccountType'];
  if (typeof x10 !== 'string') return typeError(p + '/toAccountType', '#/properties/result/items/properties/toAccountType/type', 'string');
  const x11: unknown = d['status'];
  if (typeof x11 !== 'string') return typeError(p + '/status', '#/properties/result/items/properties/status/type', 'string');
  const x12: unknown = d['clientTranId'];
  if (x12 !== undefined) {
    if (typeof x12 !== 'string') return typeError(p + '/clientTranId', '#/properties/result/items/properties/clientTranId/type', 'string');
  }
  return undefined;
}
