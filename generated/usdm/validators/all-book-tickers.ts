// Generated from spec/usdm/channels/all-book-tickers.yaml by codegen/. DO NOT EDIT.
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
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/all-book-tickers.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['u'] === undefined) return requiredError(p, '#/required', 'u');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['b'] === undefined) return requiredError(p, '#/required', 'b');
  if (d['B'] === undefined) return requiredError(p, '#/required', 'B');
  if (d['a'] === undefined) return requiredError(p, '#/required', 'a');
  if (d['A'] === undefined) return requiredError(p, '#/required', 'A');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'bookTicker') return constError(p + '/e', '#/properties/e/const', 'bookTicker');
  const x1: unknown = d['u'];
  if (!isInteger(x1)) return typeError(p + '/u', '#/properties/u/type', 'integer');
  const x2: unknown = d['E'];
  if (!isInteger(x2)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x3: unknown = d['T'];
  if (!isInteger(x3)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  const x4: unknown = d['s'];
  if (typeof x4 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x5: unknown = d['ps'];
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') return typeError(p + '/ps', '#/properties/ps/type', 'string');
  }
  const x6: unknown = d['b'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/b', '#/properties/b', source1);
  const x7: unknown = d['B'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/B', '#/properties/B', source1);
  const x8: unknown = d['a'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/a', '#/properties/a', source1);
  const x9: unknown = d['A'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/A', '#/properties/A', source1);
  const x10: unknown = d['st'];
  if (x10 !== undefined) {
    if (!isInteger(x10)) return typeError(p + '/st', '#/properties/st/type', 'integer');
  }
  return undefined;
}
