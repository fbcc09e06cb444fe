// Generated from spec/user-data/event-stream-terminated.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  stringConstErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/user-data/event-stream-terminated.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'eventStreamTerminated') return stringConstErrorAt(d, p, '#', 'e', 'eventStreamTerminated');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  return undefined;
}
