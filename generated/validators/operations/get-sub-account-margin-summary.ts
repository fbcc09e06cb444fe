// Generated from spec/operations/sapi/get-sub-account-margin-summary.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  requiredError,
  patternError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-sub-account-margin-summary.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['subAccountList'] === undefined) return requiredError(p, '#/required', 'subAccountList');
  if (d['totalAssetOfBtc'] === undefined) return requiredError(p, '#/required', 'totalAssetOfBtc');
  if (d['totalLiabilityOfBtc'] === undefined) return requiredError(p, '#/required', 'totalLiabilityOfBtc');
  if (d['totalNetAssetOfBtc'] === undefined) return requiredError(p, '#/required', 'totalNetAssetOfBtc');
  const x0: unknown = d['subAccountList'];
  if (!Array.isArray(x0)) return typeError(p + '/subAccountList', '#/properties/subAccountList/type', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/subAccountList/' + i1))) return e;
  }
  const x7: unknown = d['totalAssetOfBtc'];
  if (typeof x7 !== 'string') return typeError(p + '/totalAssetOfBtc', '#/properties/totalAssetOfBtc/type', 'string');
  if (!pattern0.test(x7)) return patternError(p + '/totalAssetOfBtc', '#/properties/totalAssetOfBtc/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x8: unknown = d['totalLiabilityOfBtc'];
  if (typeof x8 !== 'string') return typeError(p + '/totalLiabilityOfBtc', '#/properties/totalLiabilityOfBtc/type', 'string');
  if (!pattern0.test(x8)) return patternError(p + '/totalLiabilityOfBtc', '#/properties/totalLiabilityOfBtc/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x9: unknown = d['totalNetAssetOfBtc'];
  if (typeof x9 !== 'string') return typeError(p + '/totalNetAssetOfBtc', '#/properties/totalNetAssetOfBtc/type', 'string');
  if (!pattern0.test(x9)) return patternError(p + '/totalNetAssetOfBtc', '#/properties/totalNetAssetOfBtc/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/subAccountList/items/type', 'object');
  if (d['email'] === undefined) return requiredError(p, '#/properties/subAccountList/items/required', 'email');
  if (d['totalAssetOfBtc'] === undefined) return requiredError(p, '#/properties/subAccountList/items/required', 'totalAssetOfBtc');
  if (d['totalLiabilityOfBtc'] === undefined) return requiredError(p, '#/properties/subAccountList/items/required', 'totalLiabilityOfBtc');
  if (d['totalNetAssetOfBtc'] === undefined) return requiredError(p, '#/properties/subAccountList/items/required', 'totalNetAssetOfBtc');
  const x3: unknown = d['email'];
  if (typeof x3 !== 'string') return typeError(p + '/email', '#/properties/subAccountList/items/properties/email/type', 'string');
  const x4: unknown = d['totalAssetOfBtc'];
  if (typeof x4 !== 'string') return typeError(p + '/totalAssetOfBtc', '#/properties/subAccountList/items/properties/totalAssetOfBtc/type', 'string');
  if (!pattern0.test(x4)) return patternError(p + '/totalAssetOfBtc', '#/properties/subAccountList/items/properties/totalAssetOfBtc/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x5: unknown = d['totalLiabilityOfBtc'];
  if (typeof x5 !== 'string') return typeError(p + '/totalLiabilityOfBtc', '#/properties/subAccountList/items/properties/totalLiabilityOfBtc/type', 'string');
  if (!pattern0.test(x5)) return patternError(p + '/totalLiabilityOfBtc', '#/properties/subAccountList/items/properties/totalLiabilityOfBtc/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x6: unknown = d['totalNetAssetOfBtc'];
  if (typeof x6 !== 'string') return typeError(p + '/totalNetAssetOfBtc', '#/properties/subAccountList/items/properties/totalNetAssetOfBtc/type', 'string');
  if (!pattern0.test(x6)) return patternError(p + '/totalNetAssetOfBtc', '#/properties/subAccountList/items/properties/totalNetAssetOfBtc/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  return undefined;
}
