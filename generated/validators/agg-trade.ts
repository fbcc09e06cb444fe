// Generated from spec/channels/agg-trade.yaml by codegen/. DO NOT EDIT.
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
} from '../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/channels/agg-trade.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['a'] === undefined) return requiredError(p, '#/required', 'a');
  if (d['p'] === undefined) return requiredError(p, '#/required', 'p');
  if (d['q'] === undefined) return requiredError(p, '#/required', 'q');
  if (d['f'] === undefined) return requiredError(p, '#/required', 'f');
  if (d['l'] === undefined) return requiredError(p, '#/required', 'l');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  if (d['m'] === undefined) return requiredError(p, '#/required', 'm');
  if (d['M'] === undefined) return requiredError(p, '#/required', 'M');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'aggTrade') return constError(p + '/e', '#/properties/e/const', 'aggTrade');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['s'];
  if (typeof x2 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x3: unknown = d['a'];
  if (!isInteger(x3)) return typeError(p + '/a', '#/properties/a/type', 'integer');
  const x4: unknown = d['p'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/p', '#/properties/p', source1);
  const x5: unknown = d['q'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/q', '#/properties/q', source1);
  const x6: unknown = d['f'];
  if (!isInteger(x6)) return typeError(p + '/f', '#/properties/f/type', 'integer');
  const x7: unknown = d['l'];
  if (!isInteger(x7)) return typeError(p + '/l', '#/properties/l/type', 'integer');
  const x8: unknown = d['T'];
  if (!isInteger(x8)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  const x9: unknown = d['m'];
  if (typeof x9 !== 'boolean') return typeError(p + '/m', '#/properties/m/type', 'boolean');
  const x10: unknown = d['M'];
  if (typeof x10 !== 'boolean') return typeError(p + '/M', '#/properties/M/type', 'boolean');
  return undefined;
}
