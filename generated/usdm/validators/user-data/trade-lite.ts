// Generated from spec/usdm/user-data/trade-lite.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  stringError,
  matches,
  constError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/trade-lite.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['q'] === undefined) return requiredError(p, '#/required', 'q');
  if (d['p'] === undefined) return requiredError(p, '#/required', 'p');
  if (d['m'] === undefined) return requiredError(p, '#/required', 'm');
  if (d['c'] === undefined) return requiredError(p, '#/required', 'c');
  if (d['S'] === undefined) return requiredError(p, '#/required', 'S');
  if (d['L'] === undefined) return requiredError(p, '#/required', 'L');
  if (d['l'] === undefined) return requiredError(p, '#/required', 'l');
  if (d['t'] === undefined) return requiredError(p, '#/required', 't');
  if (d['i'] === undefined) return requiredError(p, '#/required', 'i');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'TRADE_LITE') return constError(p + '/e', '#/properties/e/const', 'TRADE_LITE');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['T'];
  if (!isInteger(x2)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  const x3: unknown = d['s'];
  if (typeof x3 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x4: unknown = d['q'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/q', '#/properties/q', source1);
  const x5: unknown = d['p'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/p', '#/properties/p', source1);
  const x6: unknown = d['m'];
  if (typeof x6 !== 'boolean') return typeError(p + '/m', '#/properties/m/type', 'boolean');
  const x7: unknown = d['c'];
  if (typeof x7 !== 'string') return typeError(p + '/c', '#/properties/c/type', 'string');
  const x8: unknown = d['S'];
  if (typeof x8 !== 'string') return typeError(p + '/S', '#/properties/S/type', 'string');
  const x9: unknown = d['L'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/L', '#/properties/L', source1);
  const x10: unknown = d['l'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/l', '#/properties/l', source1);
  const x11: unknown = d['t'];
  if (!isInteger(x11)) return typeError(p + '/t', '#/properties/t/type', 'integer');
  const x12: unknown = d['i'];
  if (!isInteger(x12)) return typeError(p + '/i', '#/properties/i/type', 'integer');
  return undefined;
}
