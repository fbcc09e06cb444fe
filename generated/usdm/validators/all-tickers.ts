// Generated from spec/usdm/channels/all-tickers.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/all-tickers.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/type', 'array');
  for (let i0 = 0; i0 < d.length; i0++) {
    const x1: unknown = d[i0];
    if ((e = check1(x1, p + '/' + i0))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/items/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/items/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/items/required', 's');
  if (d['p'] === undefined) return requiredError(p, '#/items/required', 'p');
  if (d['P'] === undefined) return requiredError(p, '#/items/required', 'P');
  if (d['w'] === undefined) return requiredError(p, '#/items/required', 'w');
  if (d['c'] === undefined) return requiredError(p, '#/items/required', 'c');
  if (d['Q'] === undefined) return requiredError(p, '#/items/required', 'Q');
  if (d['o'] === undefined) return requiredError(p, '#/items/required', 'o');
  if (d['h'] === undefined) return requiredError(p, '#/items/required', 'h');
  if (d['l'] === undefined) return requiredError(p, '#/items/required', 'l');
  if (d['v'] === undefined) return requiredError(p, '#/items/required', 'v');
  if (d['q'] === undefined) return requiredError(p, '#/items/required', 'q');
  if (d['O'] === undefined) return requiredError(p, '#/items/required', 'O');
  if (d['C'] === undefined) return requiredError(p, '#/items/required', 'C');
  if (d['F'] === undefined) return requiredError(p, '#/items/required', 'F');
  if (d['L'] === undefined) return requiredError(p, '#/items/required', 'L');
  if (d['n'] === undefined) return requiredError(p, '#/items/required', 'n');
  const x2: unknown = d['e'];
  if (typeof x2 !== 'string') return typeError(p + '/e', '#/items/properties/e/type', 'string');
  if (x2 !== '24hrTicker') return constError(p + '/e', '#/items/properties/e/const', '24hrTicker');
  const x3: unknown = d['E'];
  if (!isInteger(x3)) return typeError(p + '/E', '#/items/properties/E/type', 'integer');
  const x4: unknown = d['s'];
  if (typeof x4 !== 'string') return typeError(p + '/s', '#/items/properties/s/type', 'string');
  const x5: unknown = d['p'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/p', '#/items/properties/p', source1);
  const x6: unknown = d['P'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/P', '#/items/properties/P', source1);
  const x7: unknown = d['w'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/w', '#/items/properties/w', source1);
  const x8: unknown = d['c'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/c', '#/items/properties/c', source1);
  const x9: unknown = d['Q'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/Q', '#/items/properties/Q', source1);
  const x10: unknown = d['o'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/o', '#/items/properties/o', source1);
  const x11: unknown = d['h'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/h', '#/items/properties/h', source1);
  const x12: unknown = d['l'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/l', '#/items/properties/l', source1);
  const x13: unknown = d['v'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/v', '#/items/properties/v', source1);
  const x14: unknown = d['q'];
  if (!matches(x14, pattern0)) return stringError(x14, pattern0, p + '/q', '#/items/properties/q', source1);
  const x15: unknown = d['O'];
  if (!isInteger(x15)) return typeError(p + '/O', '#/items/properties/O/type', 'integer');
  const x16: unknown = d['C'];
  if (!isInteger(x16)) return typeError(p + '/C', '#/items/properties/C/type', 'integer');
  const x17: unknown = d['F'];
  if (!isInteger(x17)) return typeError(p + '/F', '#/items/properties/F/type', 'integer');
  const x18: unknown = d['L'];
  if (!isInteger(x18)) return typeError(p + '/L', '#/items/properties/L/type', 'integer');
  const x19: unknown = d['n'];
  if (!isInteger(x19)) return typeError(p + '/n', '#/items/properties/n/type', 'integer');
  const x20: unknown = d['ps'];
  if (x20 !== undefined) {
    if (typeof x20 !== 'string') return typeError(p + '/ps', '#/items/properties/ps/type', 'string');
  }
  const x21: unknown = d['st'];
  if (x21 !== undefined) {
    if (!isInteger(x21)) return typeError(p + '/st', '#/items/properties/st/type', 'integer');
  }
  return undefined;
}
