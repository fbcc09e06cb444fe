// Generated from spec/usdm/channels/ticker.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/ticker.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['p'] === undefined) return requiredError(p, '#/required', 'p');
  if (d['P'] === undefined) return requiredError(p, '#/required', 'P');
  if (d['w'] === undefined) return requiredError(p, '#/required', 'w');
  if (d['c'] === undefined) return requiredError(p, '#/required', 'c');
  if (d['Q'] === undefined) return requiredError(p, '#/required', 'Q');
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
  if (typeof x3 !== 'string') return typeError(p + '/p', '#/properties/p/type', 'string');
  if (!pattern0.test(x3)) return patternError(p + '/p', '#/properties/p/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x4: unknown = d['P'];
  if (typeof x4 !== 'string') return typeError(p + '/P', '#/properties/P/type', 'string');
  if (!pattern0.test(x4)) return patternError(p + '/P', '#/properties/P/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x5: unknown = d['w'];
  if (typeof x5 !== 'string') return typeError(p + '/w', '#/properties/w/type', 'string');
  if (!pattern0.test(x5)) return patternError(p + '/w', '#/properties/w/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x6: unknown = d['c'];
  if (typeof x6 !== 'string') return typeError(p + '/c', '#/properties/c/type', 'string');
  if (!pattern0.test(x6)) return patternError(p + '/c', '#/properties/c/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x7: unknown = d['Q'];
  if (typeof x7 !== 'string') return typeError(p + '/Q', '#/properties/Q/type', 'string');
  if (!pattern0.test(x7)) return patternError(p + '/Q', '#/properties/Q/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x8: unknown = d['o'];
  if (typeof x8 !== 'string') return typeError(p + '/o', '#/properties/o/type', 'string');
  if (!pattern0.test(x8)) return patternError(p + '/o', '#/properties/o/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x9: unknown = d['h'];
  if (typeof x9 !== 'string') return typeError(p + '/h', '#/properties/h/type', 'string');
  if (!pattern0.test(x9)) return patternError(p + '/h', '#/properties/h/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x10: unknown = d['l'];
  if (typeof x10 !== 'string') return typeError(p + '/l', '#/properties/l/type', 'string');
  if (!pattern0.test(x10)) return patternError(p + '/l', '#/properties/l/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x11: unknown = d['v'];
  if (typeof x11 !== 'string') return typeError(p + '/v', '#/properties/v/type', 'string');
  if (!pattern0.test(x11)) return patternError(p + '/v', '#/properties/v/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x12: unknown = d['q'];
  if (typeof x12 !== 'string') return typeError(p + '/q', '#/properties/q/type', 'string');
  if (!pattern0.test(x12)) return patternError(p + '/q', '#/properties/q/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x13: unknown = d['O'];
  if (!isInteger(x13)) return typeError(p + '/O', '#/properties/O/type', 'integer');
  const x14: unknown = d['C'];
  if (!isInteger(x14)) return typeError(p + '/C', '#/properties/C/type', 'integer');
  const x15: unknown = d['F'];
  if (!isInteger(x15)) return typeError(p + '/F', '#/properties/F/type', 'integer');
  const x16: unknown = d['L'];
  if (!isInteger(x16)) return typeError(p + '/L', '#/properties/L/type', 'integer');
  const x17: unknown = d['n'];
  if (!isInteger(x17)) return typeError(p + '/n', '#/properties/n/type', 'integer');
  const x18: unknown = d['ps'];
  if (x18 !== undefined) {
    if (typeof x18 !== 'string') return typeError(p + '/ps', '#/properties/ps/type', 'string');
  }
  const x19: unknown = d['st'];
  if (x19 !== undefined) {
    if (!isInteger(x19)) return typeError(p + '/st', '#/properties/st/type', 'integer');
  }
  return undefined;
}
