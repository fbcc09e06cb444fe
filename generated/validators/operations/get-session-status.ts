// Generated from spec/operations/get-session-status.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-session-status.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['apiKey'];
  if (x0 === undefined) return requiredError(p, '#/required', 'apiKey');
  if ((e = check1(x0, p + '/apiKey'))) return e;
  const x1: unknown = d['authorizedSince'];
  if (x1 === undefined) return requiredError(p, '#/required', 'authorizedSince');
  if ((e = check4(x1, p + '/authorizedSince'))) return e;
  if (!isInteger(d['connectedSince'])) return typeErrorAt(d, p, '#', 'connectedSince', 'integer');
  if (typeof d['returnRateLimits'] !== 'boolean') return typeErrorAt(d, p, '#', 'returnRateLimits', 'boolean');
  if (!isInteger(d['serverTime'])) return typeErrorAt(d, p, '#', 'serverTime', 'integer');
  const x5: unknown = d['userDataStream'];
  if (x5 !== undefined) {
    if ((e = check6(x5, p + '/userDataStream'))) return e;
  }
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
  if (typeof d !== 'string') return typeError(p, '#/properties/apiKey/anyOf/0/type', 'string');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (d !== null) return typeError(p, '#/properties/apiKey/anyOf/1/type', 'null');
  return undefined;
}

function check4(d: unknown, p: string): ValidatorError | undefined {
  const first = check5(d, p);
  if (first === undefined) return undefined;
  if (check3(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check5(d: unknown, p: string): ValidatorError | undefined {
  if (!isInteger(d)) return typeError(p, '#/properties/authorizedSince/anyOf/0/type', 'integer');
  return undefined;
}

function check6(d: unknown, p: string): ValidatorError | undefined {
  const first = check7(d, p);
  if (first === undefined) return undefined;
  if (check3(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check7(d: unknown, p: string): ValidatorError | undefined {
  if (typeof d !== 'boolean') return typeError(p, '#/properties/userDataStream/anyOf/0/type', 'boolean');
  return undefined;
}
