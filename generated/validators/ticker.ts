// Generated from spec/channels/ticker.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/channels/ticker.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['p'] === undefined) return requiredError(p, '#/required', 'p');
  if (d['P'] === undefined) return requiredError(p, '#/required', 'P');
  if (d['w'] === undefined) return requiredError(p, '#/required', 'w');
  if (d['x'] === undefined) return requiredError(p, '#/required', 'x');
  if (d['c'] === undefined) return requiredError(p, '#/required', 'c');
  if (d['Q'] === undefined) return requiredError(p, '#/required', 'Q');
  if (d['b'] === undefined) return requiredError(p, '#/required', 'b');
  if (d['B'] === undefined) return requiredError(p, '#/required', 'B');
  if (d['a'] === undefined) return requiredError(p, '#/required', 'a');
  if (d['A'] === undefined) return requiredError(p, '#/required', 'A');
  if (d['o'] === undefined) return requiredError(p, '#/required', 'o');
  if (d['h'] === undefined) return requiredError(p, '#/required', 'h');
  if (d['l'] === undefined) return requiredError(p, '#/required', 'l');
  if (d['v'] === undefined) return requiredError(p, '#/required', 'v');
  if (d['q'] === undefined) return requiredError(p, '#/required', 'q');
  if (d['O'] === undefined) return requiredError(p, '#/required', 'O');
  if (d['C'] === undefined) return requiredError(p, '#/required', 'C');
  if (d['F'] === undefined) return requiredError(p, '#/required', 'F');
  if (d['L'] === undefined) return requiredError(p, '#/required', 'L');
  if (d['n'] === undefined) return requiredError(p, '#/required', 'n');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== '24hrTicker') return constError(p + '/e', '#/properties/e/const', '24hrTicker');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['s'];
  if (typeof x2 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x3: unknown = d['p'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/p', '#/properties/p', source1);
  const x4: unknown = d['P'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/P', '#/properties/P', source1);
  const x5: unknown = d['w'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/w', '#/properties/w', source1);
  const x6: unknown = d['x'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/x', '#/properties/x', source1);
  const x7: unknown = d['c'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/c', '#/properties/c', source1);
  const x8: unknown = d['Q'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/Q', '#/properties/Q', source1);
  const x9: unknown = d['b'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/b', '#/properties/b', source1);
  const x10: unknown = d['B'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/B', '#/properties/B', source1);
  const x11: unknown = d['a'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/a', '#/properties/a', source1);
  const x12: unknown = d['A'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/A', '#/properties/A', source1);
  const x13: unknown = d['o'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/o', '#/properties/o', source1);
  const x14: unknown = d['h'];
  if (!matches(x14, pattern0)) return stringError(x14, pattern0, p + '/h', '#/properties/h', source1);
  const x15: unknown = d['l'];
  if (!matches(x15, pattern0)) return stringError(x15, pattern0, p + '/l', '#/properties/l', source1);
  const x16: unknown = d['v'];
  if (!matches(x16, pattern0)) return stringError(x16, pattern0, p + '/v', '#/properties/v', source1);
  const x17: unknown = d['q'];
  if (!matches(x17, pattern0)) return stringError(x17, pattern0, p + '/q', '#/properties/q', source1);
  const x18: unknown = d['O'];
  if (!isInteger(x18)) return typeError(p + '/O', '#/properties/O/type', 'integer');
  const x19: unknown = d['C'];
  if (!isInteger(x19)) return typeError(p + '/C', '#/properties/C/type', 'integer');
  const x20: unknown = d['F'];
  if (!isInteger(x20)) return typeError(p + '/F', '#/properties/F/type', 'integer');
  const x21: unknown = d['L'];
  if (!isInteger(x21)) return typeError(p + '/L', '#/properties/L/type', 'integer');
  const x22: unknown = d['n'];
  if (!isInteger(x22)) return typeError(p + '/n', '#/properties/n/type', 'integer');
  return undefined;
}
