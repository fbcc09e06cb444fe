// Generated from spec/usdm/channels/all-mini-tickers.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  patternError,
  constError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/all-mini-tickers.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

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
  if (d['c'] === undefined) return requiredError(p, '#/items/required', 'c');
  if (d['o'] === undefined) return requiredError(p, '#/items/required', 'o');
  if (d['h'] === undefined) return requiredError(p, '#/items/required', 'h');
  if (d['l'] === undefined) return requiredError(p, '#/items/required', 'l');
  if (d['v'] === undefined) return requiredError(p, '#/items/required', 'v');
  if (d['q'] === undefined) return requiredError(p, '#/items/required', 'q');
  const x2: unknown = d['e'];
  if (typeof x2 !== 'string') return typeError(p + '/e', '#/items/properties/e/type', 'string');
  if (x2 !== '24hrMiniTicker') return constError(p + '/e', '#/items/properties/e/const', '24hrMiniTicker');
  const x3: unknown = d['E'];
  if (!isInteger(x3)) return typeError(p + '/E', '#/items/properties/E/type', 'integer');
  const x4: unknown = d['s'];
  if (typeof x4 !== 'string') return typeError(p + '/s', '#/items/properties/s/type', 'string');
  const x5: unknown = d['c'];
  if (typeof x5 !== 'string') return typeError(p + '/c', '#/items/properties/c/type', 'string');
  if (!pattern0.test(x5)) return patternError(p + '/c', '#/items/properties/c/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x6: unknown = d['o'];
  if (typeof x6 !== 'string') return typeError(p + '/o', '#/items/properties/o/type', 'string');
  if (!pattern0.test(x6)) return patternError(p + '/o', '#/items/properties/o/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x7: unknown = d['h'];
  if (typeof x7 !== 'string') return typeError(p + '/h', '#/items/properties/h/type', 'string');
  if (!pattern0.test(x7)) return patternError(p + '/h', '#/items/properties/h/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x8: unknown = d['l'];
  if (typeof x8 !== 'string') return typeError(p + '/l', '#/items/properties/l/type', 'string');
  if (!pattern0.test(x8)) return patternError(p + '/l', '#/items/properties/l/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x9: unknown = d['v'];
  if (typeof x9 !== 'string') return typeError(p + '/v', '#/items/properties/v/type', 'string');
  if (!pattern0.test(x9)) return patternError(p + '/v', '#/items/properties/v/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x10: unknown = d['q'];
  if (typeof x10 !== 'string') return typeError(p + '/q', '#/items/properties/q/type', 'string');
  if (!pattern0.test(x10)) return patternError(p + '/q', '#/items/properties/q/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x11: unknown = d['ps'];
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') return typeError(p + '/ps', '#/items/properties/ps/type', 'string');
  }
  const x12: unknown = d['st'];
  if (x12 !== undefined) {
    if (!isInteger(x12)) return typeError(p + '/st', '#/items/properties/st/type', 'integer');
  }
  return undefined;
}
