// Generated from spec/operations/sapi/create-margin-listen-token.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/create-margin-listen-token.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['token'] === undefined) return requiredError(p, '#/required', 'token');
  if (d['expirationTime'] === undefined) return requiredError(p, '#/required', 'expirationTime');
  const x0: unknown = d['token'];
  if (typeof x0 !== 'string') return typeError(p + '/token', '#/properties/token/type', 'string');
  const x1: unknown = d['expirationTime'];
  if (!isInteger(x1)) return typeError(p + '/expirationTime', '#/properties/expirationTime/type', 'integer');
  return undefined;
}
