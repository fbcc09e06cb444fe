// Generated from spec/usdm/channels/trading-session.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/trading-session.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['t'] === undefined) return requiredError(p, '#/required', 't');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  if (d['S'] === undefined) return requiredError(p, '#/required', 'S');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['t'];
  if (!isInteger(x2)) return typeError(p + '/t', '#/properties/t/type', 'integer');
  const x3: unknown = d['T'];
  if (!isInteger(x3)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  const x4: unknown = d['S'];
  if (typeof x4 !== 'string') return typeError(p + '/S', '#/properties/S/type', 'string');
  return undefined;
}
