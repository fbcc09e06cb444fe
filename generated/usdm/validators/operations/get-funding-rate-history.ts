// Generated from spec/usdm/operations/get-funding-rate-history.yaml by codegen/. DO NOT EDIT.
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
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-funding-rate-history.json; the first error in `validate.errors`. */
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
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['fundingRate'] === undefined) return requiredError(p, '#/items/required', 'fundingRate');
  if (d['fundingTime'] === undefined) return requiredError(p, '#/items/required', 'fundingTime');
  if (d['markPrice'] === undefined) return requiredError(p, '#/items/required', 'markPrice');
  const x2: unknown = d['symbol'];
  if (typeof x2 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x3: unknown = d['fundingRate'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/fundingRate', '#/items/properties/fundingRate', source1);
  const x4: unknown = d['fundingTime'];
  if (!isInteger(x4)) return typeError(p + '/fundingTime', '#/items/properties/fundingTime/type', 'integer');
  const x5: unknown = d['markPrice'];
  if (typeof x5 !== 'string') return typeError(p + '/markPrice', '#/items/properties/markPrice/type', 'string');
  const x6: unknown = d['rateType'];
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') return typeError(p + '/rateType', '#/items/properties/rateType/type', 'string');
  }
  return undefined;
}
