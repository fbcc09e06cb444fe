// Generated from spec/operations/sapi/get-margin-special-key-list.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-special-key-list.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/type', 'array');
  for (let i0 = 0; i0 < d.length; i0++) {
    const x1: unknown = d[i0];
    if ((e = check1(x1, p + '/' + i0))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (d['apiName'] === undefined) return requiredError(p, '#/items/required', 'apiName');
  if (d['apiKey'] === undefined) return requiredError(p, '#/items/required', 'apiKey');
  if (d['ip'] === undefined) return requiredError(p, '#/items/required', 'ip');
  if (d['type'] === undefined) return requiredError(p, '#/items/required', 'type');
  if (d['permissionMode'] === undefined) return requiredError(p, '#/items/required', 'permissionMode');
  const x2: unknown = d['apiName'];
  if (typeof x2 !== 'string') return typeError(p + '/apiName', '#/items/properties/apiName/type', 'string');
  const x3: unknown = d['apiKey'];
  if (typeof x3 !== 'string') return typeError(p + '/apiKey', '#/items/properties/apiKey/type', 'string');
  const x4: unknown = d['ip'];
  if (typeof x4 !== 'string') return typeError(p + '/ip', '#/items/properties/ip/type', 'string');
  const x5: unknown = d['type'];
  if (typeof x5 !== 'string') return typeError(p + '/type', '#/items/properties/type/type', 'string');
  const x6: unknown = d['permissionMode'];
  if (typeof x6 !== 'string') return typeError(p + '/permissionMode', '#/items/properties/permissionMode/type', 'string');
  return undefined;
}
