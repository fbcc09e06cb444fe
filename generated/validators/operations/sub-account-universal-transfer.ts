// Generated from spec/operations/sapi/sub-account-universal-transfer.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/sub-account-universal-transfer.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['tranId'] === undefined) return requiredError(p, '#/required', 'tranId');
  const x0: unknown = d['tranId'];
  if (!isInteger(x0)) return typeError(p + '/tranId', '#/properties/tranId/type', 'integer');
  const x1: unknown = d['clientTranId'];
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') return typeError(p + '/clientTranId', '#/properties/clientTranId/type', 'string');
  }
  return undefined;
}
