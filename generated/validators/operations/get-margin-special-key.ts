// Generated from spec/operations/sapi/get-margin-special-key.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  typeErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-special-key.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['apiName'] !== 'string') return typeErrorAt(d, p, '#', 'apiName', 'string');
  if (typeof d['apiKey'] !== 'string') return typeErrorAt(d, p, '#', 'apiKey', 'string');
  if (typeof d['ip'] !== 'string') return typeErrorAt(d, p, '#', 'ip', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, '#', 'type', 'string');
  if (typeof d['permissionMode'] !== 'string') return typeErrorAt(d, p, '#', 'permissionMode', 'string');
  return undefined;
}
