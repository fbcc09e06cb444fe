// Generated from spec/operations/sapi/get-margin-special-key-list.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  typeErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-special-key-list.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/items';

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
  if (typeof d['apiName'] !== 'string') return typeErrorAt(d, p, at0, 'apiName', 'string');
  if (typeof d['apiKey'] !== 'string') return typeErrorAt(d, p, at0, 'apiKey', 'string');
  if (typeof d['ip'] !== 'string') return typeErrorAt(d, p, at0, 'ip', 'string');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at0, 'type', 'string');
  if (typeof d['permissionMode'] !== 'string') return typeErrorAt(d, p, at0, 'permissionMode', 'string');
  return undefined;
}
