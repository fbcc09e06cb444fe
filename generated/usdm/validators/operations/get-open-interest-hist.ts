// Generated from spec/usdm/operations/get-open-interest-hist.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-open-interest-hist.json; the first error in `validate.errors`. */
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
  if (d['sumOpenInterest'] === undefined) return requiredError(p, '#/items/required', 'sumOpenInterest');
  if (d['sumOpenInterestValue'] === undefined) return requiredError(p, '#/items/required', 'sumOpenInterestValue');
  if (d['timestamp'] === undefined) return requiredError(p, '#/items/required', 'timestamp');
  const x2: unknown = d['symbol'];
  if (typeof x2 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x3: unknown = d['sumOpenInterest'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/sumOpenInterest', '#/items/properties/sumOpenInterest', source1);
  const x4: unknown = d['sumOpenInterestValue'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/sumOpenInterestValue', '#/items/properties/sumOpenInterestValue', source1);
  const x5: unknown = d['CMCCirculatingSupply'];
  if (x5 !== undefined) {
    if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/CMCCirculatingSupply', '#/items/properties/CMCCirculatingSupply', source1);
  }
  const x6: unknown = d['timestamp'];
  if (!isInteger(x6)) return typeError(p + '/timestamp', '#/items/properties/timestamp/type', 'integer');
  return undefined;
}
