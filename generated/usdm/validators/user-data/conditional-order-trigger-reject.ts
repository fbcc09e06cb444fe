// Generated from spec/usdm/user-data/conditional-order-trigger-reject.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  constError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/conditional-order-trigger-reject.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  if (d['or'] === undefined) return requiredError(p, '#/required', 'or');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'CONDITIONAL_ORDER_TRIGGER_REJECT') return constError(p + '/e', '#/properties/e/const', 'CONDITIONAL_ORDER_TRIGGER_REJECT');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['T'];
  if (!isInteger(x2)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  const x3: unknown = d['or'];
  if ((e = check1(x3, p + '/or'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/or/type', 'object');
  if (d['s'] === undefined) return requiredError(p, '#/properties/or/required', 's');
  if (d['i'] === undefined) return requiredError(p, '#/properties/or/required', 'i');
  if (d['r'] === undefined) return requiredError(p, '#/properties/or/required', 'r');
  const x4: unknown = d['s'];
  if (typeof x4 !== 'string') return typeError(p + '/s', '#/properties/or/properties/s/type', 'string');
  const x5: unknown = d['i'];
  if (!isInteger(x5)) return typeError(p + '/i', '#/properties/or/properties/i/type', 'integer');
  const x6: unknown = d['r'];
  if (typeof x6 !== 'string') return typeError(p + '/r', '#/properties/or/properties/r/type', 'string');
  return undefined;
}
