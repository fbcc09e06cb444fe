// Generated from spec/operations/sapi/create-margin-listen-token.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/create-margin-listen-token.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['token'] !== 'string') return typeErrorAt(d, p, '#', 'token', 'string');
  if (!isInteger(d['expirationTime'])) return typeErrorAt(d, p, '#', 'expirationTime', 'integer');
  return undefined;
}
