// Generated from spec/operations/sapi/get-margin-next-hourly-interest-rate.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-next-hourly-interest-rate.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/type', 'array');
  for (let i0 = 0; i0 < d.length; i0++) {
    const x1: unknown = d[i0];
    if ((e = check1(x1, p + '/' + i0))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (d['asset'] === undefined) return requiredError(p, '#/items/required', 'asset');
  if (d['nextHourlyInterestRate'] === undefined) return requiredError(p, '#/items/required', 'nextHourlyInterestRate');
  const x2: unknown = d['asset'];
  if (typeof x2 !== 'string') return typeError(p + '/asset', '#/items/properties/asset/type', 'string');
  const x3: unknown = d['nextHourlyInterestRate'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/nextHourlyInterestRate', '#/items/properties/nextHourlyInterestRate', source1);
  return undefined;
}
