// Generated from spec/operations/get-avg-price.yaml by codegen/. DO NOT EDIT.
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
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-avg-price.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['mins'] === undefined) return requiredError(p, '#/required', 'mins');
  if (d['price'] === undefined) return requiredError(p, '#/required', 'price');
  const x0: unknown = d['mins'];
  if (!isInteger(x0)) return typeError(p + '/mins', '#/properties/mins/type', 'integer');
  const x1: unknown = d['price'];
  if (!matches(x1, pattern0)) return stringError(x1, pattern0, p + '/price', '#/properties/price', source1);
  const x2: unknown = d['closeTime'];
  if (x2 !== undefined) {
    if (!isInteger(x2)) return typeError(p + '/closeTime', '#/properties/closeTime/type', 'integer');
  }
  return undefined;
}
