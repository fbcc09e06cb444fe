// Generated from spec/usdm/user-data/conditional-order-trigger-reject.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/conditional-order-trigger-reject.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/or';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'CONDITIONAL_ORDER_TRIGGER_REJECT') return stringConstErrorAt(d, p, '#', 'e', 'CONDITIONAL_ORDER_TRIGGER_REJECT');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (!isInteger(d['T'])) return typeErrorAt(d, p, '#', 'T', 'integer');
  const x3: unknown = d['or'];
  if (x3 === undefined) return requiredError(p, '#/required', 'or');
  if ((e = check1(x3, p + '/or'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/or/type', 'object');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, at0, 's', 'string');
  if (!isInteger(d['i'])) return typeErrorAt(d, p, at0, 'i', 'integer');
  if (typeof d['r'] !== 'string') return typeErrorAt(d, p, at0, 'r', 'string');
  return undefined;
}
