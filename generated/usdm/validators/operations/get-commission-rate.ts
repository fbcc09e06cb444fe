// Generated from spec/usdm/operations/get-commission-rate.yaml by codegen/. DO NOT EDIT.
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
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-commission-rate.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/required', 'symbol');
  if (d['makerCommissionRate'] === undefined) return requiredError(p, '#/required', 'makerCommissionRate');
  if (d['takerCommissionRate'] === undefined) return requiredError(p, '#/required', 'takerCommissionRate');
  const x0: unknown = d['symbol'];
  if (typeof x0 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  const x1: unknown = d['makerCommissionRate'];
  if (!matches(x1, pattern0)) return stringError(x1, pattern0, p + '/makerCommissionRate', '#/properties/makerCommissionRate', source1);
  const x2: unknown = d['takerCommissionRate'];
  if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/takerCommissionRate', '#/properties/takerCommissionRate', source1);
  const x3: unknown = d['rpiCommissionRate'];
  if (x3 !== undefined) {
    if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/rpiCommissionRate', '#/properties/rpiCommissionRate', source1);
  }
  return undefined;
}
