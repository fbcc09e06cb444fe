// Generated from spec/usdm/user-data/listen-key-expired.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  stringConstErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/listen-key-expired.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'listenKeyExpired') return stringConstErrorAt(d, p, '#', 'e', 'listenKeyExpired');
  const x1: unknown = d['E'];
  if (x1 === undefined) return requiredError(p, '#/required', 'E');
  if ((e = check1(x1, p + '/E'))) return e;
  if (typeof d['listenKey'] !== 'string') return typeErrorAt(d, p, '#', 'listenKey', 'string');
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
  if (!isInteger(d)) return typeError(p, '#/properties/E/anyOf/0/type', 'integer');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (typeof d !== 'string') return typeError(p, '#/properties/E/anyOf/1/type', 'string');
  return undefined;
}
