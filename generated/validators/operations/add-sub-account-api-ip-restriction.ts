// Generated from spec/operations/sapi/add-sub-account-api-ip-restriction.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/add-sub-account-api-ip-restriction.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['status'] === undefined) return requiredError(p, '#/required', 'status');
  if (d['ipList'] === undefined) return requiredError(p, '#/required', 'ipList');
  if (d['updateTime'] === undefined) return requiredError(p, '#/required', 'updateTime');
  if (d['apiKey'] === undefined) return requiredError(p, '#/required', 'apiKey');
  const x0: unknown = d['status'];
  if (typeof x0 !== 'string') return typeError(p + '/status', '#/properties/status/type', 'string');
  const x1: unknown = d['ipList'];
  if (!Array.isArray(x1)) return typeError(p + '/ipList', '#/properties/ipList/type', 'array');
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3: unknown = x1[i2];
    if (typeof x3 !== 'string') return typeError(p + '/ipList/' + i2, '#/properties/ipList/items/type', 'string');
  }
  const x4: unknown = d['updateTime'];
  if (!isInteger(x4)) return typeError(p + '/updateTime', '#/properties/updateTime/type', 'integer');
  const x5: unknown = d['apiKey'];
  if (typeof x5 !== 'string') return typeError(p + '/apiKey', '#/properties/apiKey/type', 'string');
  return undefined;
}
