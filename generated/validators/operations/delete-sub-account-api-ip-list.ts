// Generated from spec/operations/sapi/delete-sub-account-api-ip-list.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/delete-sub-account-api-ip-list.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['ipRestrict'] !== 'string') return typeErrorAt(d, p, '#', 'ipRestrict', 'string');
  const x1: unknown = d['ipList'];
  if (!Array.isArray(x1)) return typeErrorAt(d, p, '#', 'ipList', 'array');
  for (let i2 = 0; i2 < x1.length; i2++) {
    const x3: unknown = x1[i2];
    if (typeof x3 !== 'string') return typeError(p + '/ipList/' + i2, '#/properties/ipList/items/type', 'string');
  }
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, '#', 'updateTime', 'integer');
  if (typeof d['apiKey'] !== 'string') return typeErrorAt(d, p, '#', 'apiKey', 'string');
  return undefined;
}
