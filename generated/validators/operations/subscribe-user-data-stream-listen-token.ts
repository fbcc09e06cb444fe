// Generated from spec/operations/subscribe-user-data-stream-listen-token.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/subscribe-user-data-stream-listen-token.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['subscriptionId'] === undefined) return requiredError(p, '#/required', 'subscriptionId');
  if (d['expirationTime'] === undefined) return requiredError(p, '#/required', 'expirationTime');
  const x0: unknown = d['subscriptionId'];
  if (!isInteger(x0)) return typeError(p + '/subscriptionId', '#/properties/subscriptionId/type', 'integer');
  const x1: unknown = d['expirationTime'];
  if (!isInteger(x1)) return typeError(p + '/expirationTime', '#/properties/expirationTime/type', 'integer');
  return undefined;
}
