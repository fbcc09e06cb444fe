// Generated from spec/operations/sapi/get-margin-max-borrowable.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-max-borrowable.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['amount'] === undefined) return requiredError(p, '#/required', 'amount');
  if (d['borrowLimit'] === undefined) return requiredError(p, '#/required', 'borrowLimit');
  const x0: unknown = d['amount'];
  if (!matches(x0, pattern0)) return stringError(x0, pattern0, p + '/amount', '#/properties/amount', source1);
  const x1: unknown = d['borrowLimit'];
  if (!matches(x1, pattern0)) return stringError(x1, pattern0, p + '/borrowLimit', '#/properties/borrowLimit', source1);
  return undefined;
}
