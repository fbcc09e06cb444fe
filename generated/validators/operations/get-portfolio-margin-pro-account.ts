// Generated from spec/operations/sapi/get-portfolio-margin-pro-account.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-portfolio-margin-pro-account.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  if (!matches(x0, pattern0)) return stringError(x0, pattern0, p + '/uniMMR', '#/properties/uniMMR', source1);
  const x1: unknown = d['accountEquity'];
  if (!matches(x1, pattern0)) return stringError(x1, pattern0, p + '/accountEquity', '#/properties/accountEquity', source1);
  const x2: unknown = d['actualEquity'];
  if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/actualEquity', '#/properties/actualEquity', source1);
  const x3: unknown = d['accountMaintMargin'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/accountMaintMargin', '#/properties/accountMaintMargin', source1);
  const x4: unknown = d['accountInitialMargin'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/accountInitialMargin', '#/properties/accountInitialMargin', source1);
  const x5: unknown = d['totalAvailableBalance'];
  if (typeof x5 !== 'string') return typeError(p + '/totalAvailableBalance', '#/properties/totalAvailableBalance/type', 'string');
  const x6: unknown = d['accountStatus'];
  if (typeof x6 !== 'string') return typeError(p + '/accountStatus', '#/properties/accountStatus/type', 'string');
  const x7: unknown = d['accountType'];
  if (typeof x7 !== 'string') return typeError(p + '/accountType', '#/properties/accountType/type', 'string');
  return undefined;
}
