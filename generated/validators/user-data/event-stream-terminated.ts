// Generated from spec/user-data/event-stream-terminated.yaml by codegen/. DO NOT EDIT.
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
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/user-data/event-stream-terminated.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'eventStreamTerminated') return constError(p + '/e', '#/properties/e/const', 'eventStreamTerminated');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  return undefined;
}
