// Generated from spec/operations/sapi/get-sub-account-margin-summary.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  requiredError,
  stringError,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-sub-account-margin-summary.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/totalAssetOfBtc', '#/properties/totalAssetOfBtc', source1);
  const x8: unknown = d['totalLiabilityOfBtc'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/totalLiabilityOfBtc', '#/properties/totalLiabilityOfBtc', source1);
  const x9: unknown = d['totalNetAssetOfBtc'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/totalNetAssetOfBtc', '#/properties/totalNetAssetOfBtc', source1);
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
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/totalAssetOfBtc', '#/properties/subAccountList/items/properties/totalAssetOfBtc', source1);
  const x5: unknown = d['totalLiabilityOfBtc'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/totalLiabilityOfBtc', '#/properties/subAccountList/items/properties/totalLiabilityOfBtc', source1);
  const x6: unknown = d['totalNetAssetOfBtc'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/totalNetAssetOfBtc', '#/properties/subAccountList/items/properties/totalNetAssetOfBtc', source1);
  return undefined;
}
