// Generated from spec/operations/sapi/get-sub-account-margin-summary.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-sub-account-margin-summary.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/subAccountList/items';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['subAccountList'];
  if (!Array.isArray(x0)) return typeErrorAt(d, p, '#', 'subAccountList', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/subAccountList/' + i1))) return e;
  }
  if (!matches(d['totalAssetOfBtc'], pattern1)) return stringErrorAt(d, p, '#', 'totalAssetOfBtc', source2);
  if (!matches(d['totalLiabilityOfBtc'], pattern1)) return stringErrorAt(d, p, '#', 'totalLiabilityOfBtc', source2);
  if (!matches(d['totalNetAssetOfBtc'], pattern1)) return stringErrorAt(d, p, '#', 'totalNetAssetOfBtc', source2);
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/subAccountList/items/type', 'object');
  if (typeof d['email'] !== 'string') return typeErrorAt(d, p, at0, 'email', 'string');
  if (!matches(d['totalAssetOfBtc'], pattern1)) return stringErrorAt(d, p, at0, 'totalAssetOfBtc', source2);
  if (!matches(d['totalLiabilityOfBtc'], pattern1)) return stringErrorAt(d, p, at0, 'totalLiabilityOfBtc', source2);
  if (!matches(d['totalNetAssetOfBtc'], pattern1)) return stringErrorAt(d, p, at0, 'totalNetAssetOfBtc', source2);
  return undefined;
}
