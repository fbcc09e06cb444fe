// Generated from spec/channels/rolling-window-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  stringError,
  matches,
  enumError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/channels/rolling-window-ticker.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const allowed0: readonly unknown[] = ['1hTicker', '4hTicker', '1dTicker'];
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['p'] === undefined) return requiredError(p, '#/required', 'p');
  if (d['P'] === undefined) return requiredError(p, '#/required', 'P');
  if (d['o'] === undefined) return requiredError(p, '#/required', 'o');
  if (d['h'] === undefined) return requiredError(p, '#/required', 'h');
  if (d['l'] === undefined) return requiredError(p, '#/required', 'l');
  if (d['c'] === undefined) return requiredError(p, '#/required', 'c');
  if (d['w'] === undefined) return requiredError(p, '#/required', 'w');
  if (d['v'] === undefined) return requiredError(p, '#/required', 'v');
  if (d['q'] === undefined) return requiredError(p, '#/required', 'q');
  if (d['O'] === undefined) return requiredError(p, '#/required', 'O');
  if (d['C'] === undefined) return requiredError(p, '#/required', 'C');
  if (d['F'] === undefined) return requiredError(p, '#/required', 'F');
  if (d['L'] === undefined) return requiredError(p, '#/required', 'L');
  if (d['n'] === undefined) return requiredError(p, '#/required', 'n');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (!allowed0.includes(x0)) return enumError(p + '/e', '#/properties/e/enum', allowed0);
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['s'];
  if (typeof x2 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x3: unknown = d['p'];
  if (!matches(x3, pattern1)) return stringError(x3, pattern1, p + '/p', '#/properties/p', source2);
  const x4: unknown = d['P'];
  if (!matches(x4, pattern1)) return stringError(x4, pattern1, p + '/P', '#/properties/P', source2);
  const x5: unknown = d['o'];
  if (!matches(x5, pattern1)) return stringError(x5, pattern1, p + '/o', '#/properties/o', source2);
  const x6: unknown = d['h'];
  if (!matches(x6, pattern1)) return stringError(x6, pattern1, p + '/h', '#/properties/h', source2);
  const x7: unknown = d['l'];
  if (!matches(x7, pattern1)) return stringError(x7, pattern1, p + '/l', '#/properties/l', source2);
  const x8: unknown = d['c'];
  if (!matches(x8, pattern1)) return stringError(x8, pattern1, p + '/c', '#/properties/c', source2);
  const x9: unknown = d['w'];
  if (!matches(x9, pattern1)) return stringError(x9, pattern1, p + '/w', '#/properties/w', source2);
  const x10: unknown = d['v'];
  if (!matches(x10, pattern1)) return stringError(x10, pattern1, p + '/v', '#/properties/v', source2);
  const x11: unknown = d['q'];
  if (!matches(x11, pattern1)) return stringError(x11, pattern1, p + '/q', '#/properties/q', source2);
  const x12: unknown = d['O'];
  if (!isInteger(x12)) return typeError(p + '/O', '#/properties/O/type', 'integer');
  const x13: unknown = d['C'];
  if (!isInteger(x13)) return typeError(p + '/C', '#/properties/C/type', 'integer');
  const x14: unknown = d['F'];
  if (!isInteger(x14)) return typeError(p + '/F', '#/properties/F/type', 'integer');
  const x15: unknown = d['L'];
  if (!isInteger(x15)) return typeError(p + '/L', '#/properties/L/type', 'integer');
  const x16: unknown = d['n'];
  if (!isInteger(x16)) return typeError(p + '/n', '#/properties/n/type', 'integer');
  return undefined;
}
