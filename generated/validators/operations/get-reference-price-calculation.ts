// Generated from spec/operations/get-reference-price-calculation.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-reference-price-calculation.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/required', 'symbol');
  if (d['calculationType'] === undefined) return requiredError(p, '#/required', 'calculationType');
  const x0: unknown = d['symbol'];
  if (typeof x0 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  const x1: unknown = d['calculationType'];
  if (typeof x1 !== 'string') return typeError(p + '/calculationType', '#/properties/calculationType/type', 'string');
  const x2: unknown = d['bucketCount'];
  if (x2 !== undefined) {
    if (!isInteger(x2)) return typeError(p + '/bucketCount', '#/properties/bucketCount/type', 'integer');
  }
  const x3: unknown = d['bucketWidthMs'];
  if (x3 !== undefined) {
    if (!isInteger(x3)) return typeError(p + '/bucketWidthMs', '#/properties/bucketWidthMs/type', 'integer');
  }
  const x4: unknown = d['externalCalculationId'];
  if (x4 !== undefined) {
    if (!isInteger(x4)) return typeError(p + '/externalCalculationId', '#/properties/externalCalculationId/type', 'integer');
  }
  return undefined;
}
