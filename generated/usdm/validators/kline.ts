// Generated from spec/usdm/channels/kline.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/kline.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['k'] === undefined) return requiredError(p, '#/required', 'k');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'kline') return constError(p + '/e', '#/properties/e/const', 'kline');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['s'];
  if (typeof x2 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x3: unknown = d['k'];
  if ((e = check1(x3, p + '/k'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/k/type', 'object');
  if (d['t'] === undefined) return requiredError(p, '#/properties/k/required', 't');
  if (d['T'] === undefined) return requiredError(p, '#/properties/k/required', 'T');
  if (d['s'] === undefined) return requiredError(p, '#/properties/k/required', 's');
  if (d['i'] === undefined) return requiredError(p, '#/properties/k/required', 'i');
  if (d['f'] === undefined) return requiredError(p, '#/properties/k/required', 'f');
  if (d['L'] === undefined) return requiredError(p, '#/properties/k/required', 'L');
  if (d['o'] === undefined) return requiredError(p, '#/properties/k/required', 'o');
  if (d['c'] === undefined) return requiredError(p, '#/properties/k/required', 'c');
  if (d['h'] === undefined) return requiredError(p, '#/properties/k/required', 'h');
  if (d['l'] === undefined) return requiredError(p, '#/properties/k/required', 'l');
  if (d['v'] === undefined) return requiredError(p, '#/properties/k/required', 'v');
  if (d['n'] === undefined) return requiredError(p, '#/properties/k/required', 'n');
  if (d['x'] === undefined) return requiredError(p, '#/properties/k/required', 'x');
  if (d['q'] === undefined) return requiredError(p, '#/properties/k/required', 'q');
  if (d['V'] === undefined) return requiredError(p, '#/properties/k/required', 'V');
  if (d['Q'] === undefined) return requiredError(p, '#/properties/k/required', 'Q');
  if (d['B'] === undefined) return requiredError(p, '#/properties/k/required', 'B');
  const x4: unknown = d['t'];
  if (!isInteger(x4)) return typeError(p + '/t', '#/properties/k/properties/t/type', 'integer');
  const x5: unknown = d['T'];
  if (!isInteger(x5)) return typeError(p + '/T', '#/properties/k/properties/T/type', 'integer');
  const x6: unknown = d['s'];
  if (typeof x6 !== 'string') return typeError(p + '/s', '#/properties/k/properties/s/type', 'string');
  const x7: unknown = d['i'];
  if (typeof x7 !== 'string') return typeError(p + '/i', '#/properties/k/properties/i/type', 'string');
  const x8: unknown = d['f'];
  if (!isInteger(x8)) return typeError(p + '/f', '#/properties/k/properties/f/type', 'integer');
  const x9: unknown = d['L'];
  if (!isInteger(x9)) return typeError(p + '/L', '#/properties/k/properties/L/type', 'integer');
  const x10: unknown = d['o'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/o', '#/properties/k/properties/o', source1);
  const x11: unknown = d['c'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/c', '#/properties/k/properties/c', source1);
  const x12: unknown = d['h'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/h', '#/properties/k/properties/h', source1);
  const x13: unknown = d['l'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/l', '#/properties/k/properties/l', source1);
  const x14: unknown = d['v'];
  if (!matches(x14, pattern0)) return stringError(x14, pattern0, p + '/v', '#/properties/k/properties/v', source1);
  const x15: unknown = d['n'];
  if (!isInteger(x15)) return typeError(p + '/n', '#/properties/k/properties/n/type', 'integer');
  const x16: unknown = d['x'];
  if (typeof x16 !== 'boolean') return typeError(p + '/x', '#/properties/k/properties/x/type', 'boolean');
  const x17: unknown = d['q'];
  if (!matches(x17, pattern0)) return stringError(x17, pattern0, p + '/q', '#/properties/k/properties/q', source1);
  const x18: unknown = d['V'];
  if (!matches(x18, pattern0)) return stringError(x18, pattern0, p + '/V', '#/properties/k/properties/V', source1);
  const x19: unknown = d['Q'];
  if (!matches(x19, pattern0)) return stringError(x19, pattern0, p + '/Q', '#/properties/k/properties/Q', source1);
  const x20: unknown = d['B'];
  if (typeof x20 !== 'string') return typeError(p + '/B', '#/properties/k/properties/B/type', 'string');
  return undefined;
}
