// Generated from spec/usdm/operations/cancel-algo-open-orders.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/cancel-algo-open-orders.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['code'] === undefined) return requiredError(p, '#/required', 'code');
  if (d['msg'] === undefined) return requiredError(p, '#/required', 'msg');
  const x0: unknown = d['code'];
  if (!isInteger(x0)) return typeError(p + '/code', '#/properties/code/type', 'integer');
  const x1: unknown = d['msg'];
  if (typeof x1 !== 'string') return typeError(p + '/msg', '#/properties/msg/type', 'string');
  return undefined;
}
