// Generated from spec/operations/sapi/get-sub-account-list.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-sub-account-list.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/subAccounts/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['subAccounts'];
  if (!Array.isArray(x0)) return typeErrorAt(d, p, '#', 'subAccounts', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/subAccounts/' + i1))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/subAccounts/items/type', 'object');
  const x3: unknown = d['subUserId'];
  if (x3 !== undefined) {
    if (!isInteger(x3)) return typeErrorAt(d, p, at0, 'subUserId', 'integer');
  }
  if (typeof d['email'] !== 'string') return typeErrorAt(d, p, at0, 'email', 'string');
  const x5: unknown = d['remark'];
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') return typeErrorAt(d, p, at0, 'remark', 'string');
  }
  if (typeof d['isFreeze'] !== 'boolean') return typeErrorAt(d, p, at0, 'isFreeze', 'boolean');
  if (!isInteger(d['createTime'])) return typeErrorAt(d, p, at0, 'createTime', 'integer');
  if (typeof d['isManagedSubAccount'] !== 'boolean') return typeErrorAt(d, p, at0, 'isManagedSubAccount', 'boolean');
  if (typeof d['isAssetManagementSubAccount'] !== 'boolean') return typeErrorAt(d, p, at0, 'isAssetManagementSubAccount', 'boolean');
  return undefined;
}
