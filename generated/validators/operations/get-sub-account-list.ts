// Generated from spec/operations/sapi/get-sub-account-list.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-sub-account-list.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['subAccounts'] === undefined) return requiredError(p, '#/required', 'subAccounts');
  const x0: unknown = d['subAccounts'];
  if (!Array.isArray(x0)) return typeError(p + '/subAccounts', '#/properties/subAccounts/type', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/subAccounts/' + i1))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/subAccounts/items/type', 'object');
  if (d['email'] === undefined) return requiredError(p, '#/properties/subAccounts/items/required', 'email');
  if (d['isFreeze'] === undefined) return requiredError(p, '#/properties/subAccounts/items/required', 'isFreeze');
  if (d['createTime'] === undefined) return requiredError(p, '#/properties/subAccounts/items/required', 'createTime');
  if (d['isManagedSubAccount'] === undefined) return requiredError(p, '#/properties/subAccounts/items/required', 'isManagedSubAccount');
  if (d['isAssetManagementSubAccount'] === undefined) return requiredError(p, '#/properties/subAccounts/items/required', 'isAssetManagementSubAccount');
  const x3: unknown = d['subUserId'];
  if (x3 !== undefined) {
    if (!isInteger(x3)) return typeError(p + '/subUserId', '#/properties/subAccounts/items/properties/subUserId/type', 'integer');
  }
  const x4: unknown = d['email'];
  if (typeof x4 !== 'string') return typeError(p + '/email', '#/properties/subAccounts/items/properties/email/type', 'string');
  const x5: unknown = d['remark'];
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') return typeError(p + '/remark', '#/properties/subAccounts/items/properties/remark/type', 'string');
  }
  const x6: unknown = d['isFreeze'];
  if (typeof x6 !== 'boolean') return typeError(p + '/isFreeze', '#/properties/subAccounts/items/properties/isFreeze/type', 'boolean');
  const x7: unknown = d['createTime'];
  if (!isInteger(x7)) return typeError(p + '/createTime', '#/properties/subAccounts/items/properties/createTime/type', 'integer');
  const x8: unknown = d['isManagedSubAccount'];
  if (typeof x8 !== 'boolean') return typeError(p + '/isManagedSubAccount', '#/properties/subAccounts/items/properties/isManagedSubAccount/type', 'boolean');
  const x9: unknown = d['isAssetManagementSubAccount'];
  if (typeof x9 !== 'boolean') return typeError(p + '/isAssetManagementSubAccount', '#/properties/subAccounts/items/properties/isAssetManagementSubAccount/type', 'boolean');
  return undefined;
}
