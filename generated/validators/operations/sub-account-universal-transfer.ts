// Generated from spec/operations/sapi/sub-account-universal-transfer.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/sub-account-universal-transfer.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (!isInteger(d['tranId'])) return typeErrorAt(d, p, '#', 'tranId', 'integer');
  const x1: unknown = d['clientTranId'];
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') return typeErrorAt(d, p, '#', 'clientTranId', 'string');
  }
  return undefined;
}
