// Generated from spec/operations/sapi/get-margin-special-key.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-special-key.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['apiName'] === undefined) return requiredError(p, '#/required', 'apiName');
  if (d['apiKey'] === undefined) return requiredError(p, '#/required', 'apiKey');
  if (d['ip'] === undefined) return requiredError(p, '#/required', 'ip');
  if (d['type'] === undefined) return requiredError(p, '#/required', 'type');
  if (d['permissionMode'] === undefined) return requiredError(p, '#/required', 'permissionMode');
  const x0: unknown = d['apiName'];
  if (typeof x0 !== 'string') return typeError(p + '/apiName', '#/properties/apiName/type', 'string');
  const x1: unknown = d['apiKey'];
  if (typeof x1 !== 'string') return typeError(p + '/apiKey', '#/properties/apiKey/type', 'string');
  const x2: unknown = d['ip'];
  if (typeof x2 !== 'string') return typeError(p + '/ip', '#/properties/ip/type', 'string');
  const x3: unknown = d['type'];
  if (typeof x3 !== 'string') return typeError(p + '/type', '#/properties/type/type', 'string');
  const x4: unknown = d['permissionMode'];
  if (typeof x4 !== 'string') return typeError(p + '/permissionMode', '#/properties/permissionMode/type', 'string');
  return undefined;
}
