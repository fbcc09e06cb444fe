// Generated from spec/operations/sapi/get-portfolio-margin-pro-account.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-portfolio-margin-pro-account.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['uniMMR'] === undefined) return requiredError(p, '#/required', 'uniMMR');
  if (d['accountEquity'] === undefined) return requiredError(p, '#/required', 'accountEquity');
  if (d['actualEquity'] === undefined) return requiredError(p, '#/required', 'actualEquity');
  if (d['accountMaintMargin'] === undefined) return requiredError(p, '#/required', 'accountMaintMargin');
  if (d['accountInitialMargin'] === undefined) return requiredError(p, '#/required', 'accountInitialMargin');
  if (d['totalAvailableBalance'] === undefined) return requiredError(p, '#/required', 'totalAvailableBalance');
  if (d['accountStatus'] === undefined) return requiredError(p, '#/required', 'accountStatus');
  if (d['accountType'] === undefined) return requiredError(p, '#/required', 'accountType');
  const x0: unknown = d['uniMMR'];
  if (typeof x0 !== 'string') return typeError(p + '/uniMMR', '#/properties/uniMMR/type', 'string');
  if (!pattern0.test(x0)) return patternError(p + '/uniMMR', '#/properties/uniMMR/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x1: unknown = d['accountEquity'];
  if (typeof x1 !== 'string') return typeError(p + '/accountEquity', '#/properties/accountEquity/type', 'string');
  if (!pattern0.test(x1)) return patternError(p + '/accountEquity', '#/properties/accountEquity/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x2: unknown = d['actualEquity'];
  if (typeof x2 !== 'string') return typeError(p + '/actualEquity', '#/properties/actualEquity/type', 'string');
  if (!pattern0.test(x2)) return patternError(p + '/actualEquity', '#/properties/actualEquity/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x3: unknown = d['accountMaintMargin'];
  if (typeof x3 !== 'string') return typeError(p + '/accountMaintMargin', '#/properties/accountMaintMargin/type', 'string');
  if (!pattern0.test(x3)) return patternError(p + '/accountMaintMargin', '#/properties/accountMaintMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x4: unknown = d['accountInitialMargin'];
  if (typeof x4 !== 'string') return typeError(p + '/accountInitialMargin', '#/properties/accountInitialMargin/type', 'string');
  if (!pattern0.test(x4)) return patternError(p + '/accountInitialMargin', '#/properties/accountInitialMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x5: unknown = d['totalAvailableBalance'];
  if (typeof x5 !== 'string') return typeError(p + '/totalAvailableBalance', '#/properties/totalAvailableBalance/type', 'string');
  const x6: unknown = d['accountStatus'];
  if (typeof x6 !== 'string') return typeError(p + '/accountStatus', '#/properties/accountStatus/type', 'string');
  const x7: unknown = d['accountType'];
  if (typeof x7 !== 'string') return typeError(p + '/accountType', '#/properties/accountType/type', 'string');
  return undefined;
}
