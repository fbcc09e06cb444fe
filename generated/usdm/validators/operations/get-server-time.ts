// Generated from spec/usdm/operations/get-server-time.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-server-time.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['serverTime'] === undefined) return requiredError(p, '#/required', 'serverTime');
  const x0: unknown = d['serverTime'];
  if (!isInteger(x0)) return typeError(p + '/serverTime', '#/properties/serverTime/type', 'integer');
  return undefined;
}
