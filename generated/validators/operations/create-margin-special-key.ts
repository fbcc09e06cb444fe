// Generated from spec/operations/sapi/create-margin-special-key.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  typeErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/create-margin-special-key.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['apiKey'] !== 'string') return typeErrorAt(d, p, '#', 'apiKey', 'string');
  const x1: unknown = d['secretKey'];
  if (x1 !== undefined) {
    if ((e = check1(x1, p + '/secretKey'))) return e;
  }
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, '#', 'type', 'string');
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  const first = check2(d, p);
  if (first === undefined) return undefined;
  if (check3(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (typeof d !== 'string') return typeError(p, '#/properties/secretKey/anyOf/0/type', 'string');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (d !== null) return typeError(p, '#/properties/secretKey/anyOf/1/type', 'null');
  return undefined;
}
