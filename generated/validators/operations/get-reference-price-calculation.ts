// Generated from spec/operations/get-reference-price-calculation.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-reference-price-calculation.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, '#', 'symbol', 'string');
  if (typeof d['calculationType'] !== 'string') return typeErrorAt(d, p, '#', 'calculationType', 'string');
  const x2: unknown = d['bucketCount'];
  if (x2 !== undefined) {
    if (!isInteger(x2)) return typeErrorAt(d, p, '#', 'bucketCount', 'integer');
  }
  const x3: unknown = d['bucketWidthMs'];
  if (x3 !== undefined) {
    if (!isInteger(x3)) return typeErrorAt(d, p, '#', 'bucketWidthMs', 'integer');
  }
  const x4: unknown = d['externalCalculationId'];
  if (x4 !== undefined) {
    if (!isInteger(x4)) return typeErrorAt(d, p, '#', 'externalCalculationId', 'integer');
  }
  return undefined;
}
