// Generated from spec/usdm/operations/change-position-margin.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  isNumber,
  typeError,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/change-position-margin.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['amount'] === undefined) return requiredError(p, '#/required', 'amount');
  if (d['code'] === undefined) return requiredError(p, '#/required', 'code');
  if (d['msg'] === undefined) return requiredError(p, '#/required', 'msg');
  if (d['type'] === undefined) return requiredError(p, '#/required', 'type');
  const x0: unknown = d['amount'];
  if (!isNumber(x0)) return typeError(p + '/amount', '#/properties/amount/type', 'number');
  const x1: unknown = d['code'];
  if (!isInteger(x1)) return typeError(p + '/code', '#/properties/code/type', 'integer');
  const x2: unknown = d['msg'];
  if (typeof x2 !== 'string') return typeError(p + '/msg', '#/properties/msg/type', 'string');
  const x3: unknown = d['type'];
  if (!isInteger(x3)) return typeError(p + '/type', '#/properties/type/type', 'integer');
  return undefined;
}
