// Generated from spec/usdm/operations/get-open-interest.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-open-interest.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['openInterest'] === undefined) return requiredError(p, '#/required', 'openInterest');
  if (d['symbol'] === undefined) return requiredError(p, '#/required', 'symbol');
  if (d['time'] === undefined) return requiredError(p, '#/required', 'time');
  const x0: unknown = d['openInterest'];
  if (!matches(x0, pattern0)) return stringError(x0, pattern0, p + '/openInterest', '#/properties/openInterest', source1);
  const x1: unknown = d['symbol'];
  if (typeof x1 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  const x2: unknown = d['time'];
  if (!isInteger(x2)) return typeError(p + '/time', '#/properties/time/type', 'integer');
  return undefined;
}
