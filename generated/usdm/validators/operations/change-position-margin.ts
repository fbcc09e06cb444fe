// Generated from spec/usdm/operations/change-position-margin.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  isNumber,
  typeError,
  typeErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/change-position-margin.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (!isNumber(d['amount'])) return typeErrorAt(d, p, '#', 'amount', 'number');
  if (!isInteger(d['code'])) return typeErrorAt(d, p, '#', 'code', 'integer');
  if (typeof d['msg'] !== 'string') return typeErrorAt(d, p, '#', 'msg', 'string');
  if (!isInteger(d['type'])) return typeErrorAt(d, p, '#', 'type', 'integer');
  return undefined;
}
