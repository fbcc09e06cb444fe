// Generated from spec/usdm/channels/all-force-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  stringError,
  matches,
  constError,
  enumError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/all-force-orders.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const allowed0: readonly unknown[] = ['BUY', 'SELL'];
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['o'] === undefined) return requiredError(p, '#/required', 'o');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'forceOrder') return constError(p + '/e', '#/properties/e/const', 'forceOrder');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['o'];
  if ((e = check1(x2, p + '/o'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/o/type', 'object');
  if (d['s'] === undefined) return requiredError(p, '#/properties/o/required', 's');
  if (d['S'] === undefined) return requiredError(p, '#/properties/o/required', 'S');
  if (d['o'] === undefined) return requiredError(p, '#/properties/o/required', 'o');
  if (d['f'] === undefined) return requiredError(p, '#/properties/o/required', 'f');
  if (d['q'] === undefined) return requiredError(p, '#/properties/o/required', 'q');
  if (d['p'] === undefined) return requiredError(p, '#/properties/o/required', 'p');
  if (d['ap'] === undefined) return requiredError(p, '#/properties/o/required', 'ap');
  if (d['X'] === undefined) return requiredError(p, '#/properties/o/required', 'X');
  if (d['l'] === undefined) return requiredError(p, '#/properties/o/required', 'l');
  if (d['z'] === undefined) return requiredError(p, '#/properties/o/required', 'z');
  if (d['T'] === undefined) return requiredError(p, '#/properties/o/required', 'T');
  const x3: unknown = d['s'];
  if (typeof x3 !== 'string') return typeError(p + '/s', '#/properties/o/properties/s/type', 'string');
  const x4: unknown = d['S'];
  if (typeof x4 !== 'string') return typeError(p + '/S', '#/properties/o/properties/S/type', 'string');
  if (!allowed0.includes(x4)) return enumError(p + '/S', '#/properties/o/properties/S/enum', allowed0);
  const x5: unknown = d['o'];
  if (typeof x5 !== 'string') return typeError(p + '/o', '#/properties/o/properties/o/type', 'string');
  const x6: unknown = d['f'];
  if (typeof x6 !== 'string') return typeError(p + '/f', '#/properties/o/properties/f/type', 'string');
  const x7: unknown = d['q'];
  if (!matches(x7, pattern1)) return stringError(x7, pattern1, p + '/q', '#/properties/o/properties/q', source2);
  const x8: unknown = d['p'];
  if (!matches(x8, pattern1)) return stringError(x8, pattern1, p + '/p', '#/properties/o/properties/p', source2);
  const x9: unknown = d['ap'];
  if (!matches(x9, pattern1)) return stringError(x9, pattern1, p + '/ap', '#/properties/o/properties/ap', source2);
  const x10: unknown = d['X'];
  if (typeof x10 !== 'string') return typeError(p + '/X', '#/properties/o/properties/X/type', 'string');
  const x11: unknown = d['l'];
  if (!matches(x11, pattern1)) return stringError(x11, pattern1, p + '/l', '#/properties/o/properties/l', source2);
  const x12: unknown = d['z'];
  if (!matches(x12, pattern1)) return stringError(x12, pattern1, p + '/z', '#/properties/o/properties/z', source2);
  const x13: unknown = d['T'];
  if (!isInteger(x13)) return typeError(p + '/T', '#/properties/o/properties/T/type', 'integer');
  return undefined;
}
