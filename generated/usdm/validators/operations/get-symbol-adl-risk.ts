// Generated from spec/usdm/operations/get-symbol-adl-risk.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-symbol-adl-risk.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/anyOf/0';

function check0(d: unknown, p: string): ValidatorError | undefined {
  const first = check1(d, p);
  if (first === undefined) return undefined;
  if (check2(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/0/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  if (typeof d['adlRisk'] !== 'string') return typeErrorAt(d, p, at0, 'adlRisk', 'string');
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, at0, 'updateTime', 'integer');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/anyOf/1/type', 'array');
  for (let i3 = 0; i3 < d.length; i3++) {
    const x4: unknown = d[i3];
    if ((e = check1(x4, p + '/' + i3))) return e;
  }
  return undefined;
}
