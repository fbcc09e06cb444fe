// Generated from spec/operations/get-avg-price.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  stringErrorAt,
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
  if (!isInteger(d['mins'])) return typeErrorAt(d, p, '#', 'mins', 'integer');
  if (!matches(d['price'], pattern0)) return stringErrorAt(d, p, '#', 'price', source1);
  const x2: unknown = d['closeTime'];
  if (x2 !== undefined) {
    if (!isInteger(x2)) return typeErrorAt(d, p, '#', 'closeTime', 'integer');
  }
  return undefined;
}
