// Generated from spec/usdm/user-data/order-trade-update.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/order-trade-update.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  if (d['o'] === undefined) return requiredError(p, '#/required', 'o');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'ORDER_TRADE_UPDATE') return constError(p + '/e', '#/properties/e/const', 'ORDER_TRADE_UPDATE');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['T'];
  if (!isInteger(x2)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  const x3: unknown = d['o'];
  if ((e = check1(x3, p + '/o'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/o/type', 'object');
  if (d['s'] === undefined) return requiredError(p, '#/properties/o/required', 's');
  if (d['c'] === undefined) return requiredError(p, '#/properties/o/required', 'c');
  if (d['S'] === undefined) return requiredError(p, '#/properties/o/required', 'S');
  if (d['o'] === undefined) return requiredError(p, '#/properties/o/required', 'o');
  if (d['f'] === undefined) return requiredError(p, '#/properties/o/required', 'f');
  if (d['q'] === undefined) return requiredError(p, '#/properties/o/required', 'q');
  if (d['p'] === undefined) return requiredError(p, '#/properties/o/required', 'p');
  if (d['ap'] === undefined) return requiredError(p, '#/properties/o/required', 'ap');
  if (d['sp'] === undefined) return requiredError(p, '#/properties/o/required', 'sp');
  if (d['x'] === undefined) return requiredError(p, '#/properties/o/required', 'x');
  if (d['X'] === undefined) return requiredError(p, '#/properties/o/required', 'X');
  if (d['i'] === undefined) return requiredError(p, '#/properties/o/required', 'i');
  if (d['l'] === undefined) return requiredError(p, '#/properties/o/required', 'l');
  if (d['z'] === undefined) return requiredError(p, '#/properties/o/required', 'z');
  if (d['L'] === undefined) return requiredError(p, '#/properties/o/required', 'L');
  if (d['T'] === undefined) return requiredError(p, '#/properties/o/required', 'T');
  if (d['t'] === undefined) return requiredError(p, '#/properties/o/required', 't');
  if (d['b'] === undefined) return requiredError(p, '#/properties/o/required', 'b');
  if (d['a'] === undefined) return requiredError(p, '#/properties/o/required', 'a');
  if (d['m'] === undefined) return requiredError(p, '#/properties/o/required', 'm');
  if (d['R'] === undefined) return requiredError(p, '#/properties/o/required', 'R');
  if (d['wt'] === undefined) return requiredError(p, '#/properties/o/required', 'wt');
  if (d['ot'] === undefined) return requiredError(p, '#/properties/o/required', 'ot');
  if (d['ps'] === undefined) return requiredError(p, '#/properties/o/required', 'ps');
  if (d['cp'] === undefined) return requiredError(p, '#/properties/o/required', 'cp');
  if (d['pP'] === undefined) return requiredError(p, '#/properties/o/required', 'pP');
  if (d['si'] === undefined) return requiredError(p, '#/properties/o/required', 'si');
  if (d['ss'] === undefined) return requiredError(p, '#/properties/o/required', 'ss');
  if (d['rp'] === undefined) return requiredError(p, '#/properties/o/required', 'rp');
  const x4: unknown = d['s'];
  if (typeof x4 !== 'string') return typeError(p + '/s', '#/properties/o/properties/s/type', 'string');
  const x5: unknown = d['c'];
  if (typeof x5 !== 'string') return typeError(p + '/c', '#/properties/o/properties/c/type', 'string');
  const x6: unknown = d['S'];
  if (typeof x6 !== 'string') return typeError(p + '/S', '#/properties/o/properties/S/type', 'string');
  const x7: unknown = d['o'];
  if (typeof x7 !== 'string') return typeError(p + '/o', '#/properties/o/properties/o/type', 'string');
  const x8: unknown = d['f'];
  if (typeof x8 !== 'string') return typeError(p + '/f', '#/properties/o/properties/f/type', 'string');
  const x9: unknown = d['q'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/q', '#/properties/o/properties/q', source1);
  const x10: unknown = d['p'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/p', '#/properties/o/properties/p', source1);
  const x11: unknown = d['ap'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/ap', '#/properties/o/properties/ap', source1);
  const x12: unknown = d['sp'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/sp', '#/properties/o/properties/sp', source1);
  const x13: unknown = d['x'];
  if (typeof x13 !== 'string') return typeError(p + '/x', '#/properties/o/properties/x/type', 'string');
  const x14: unknown = d['X'];
  if (typeof x14 !== 'string') return typeError(p + '/X', '#/properties/o/properties/X/type', 'string');
  const x15: unknown = d['i'];
  if (!isInteger(x15)) return typeError(p + '/i', '#/properties/o/properties/i/type', 'integer');
  const x16: unknown = d['l'];
  if (!matches(x16, pattern0)) return stringError(x16, pattern0, p + '/l', '#/properties/o/properties/l', source1);
  const x17: unknown = d['z'];
  if (!matches(x17, pattern0)) return stringError(x17, pattern0, p + '/z', '#/properties/o/properties/z', source1);
  const x18: unknown = d['L'];
  if (!matches(x18, pattern0)) return stringError(x18, pattern0, p + '/L', '#/properties/o/properties/L', source1);
  const x19: unknown = d['N'];
  if (x19 !== undefined) {
    if (typeof x19 !== 'string') return typeError(p + '/N', '#/properties/o/properties/N/type', 'string');
  }
  const x20: unknown = d['n'];
  if (x20 !== undefined) {
    if (!matches(x20, pattern0)) return stringError(x20, pattern0, p + '/n', '#/properties/o/properties/n', source1);
  }
  const x21: unknown = d['T'];
  if (!isInteger(x21)) return typeError(p + '/T', '#/properties/o/properties/T/type', 'integer');
  const x22: unknown = d['t'];
  if (!isInteger(x22)) return typeError(p + '/t', '#/properties/o/properties/t/type', 'integer');
  const x23: unknown = d['b'];
  if (!matches(x23, pattern0)) return stringError(x23, pattern0, p + '/b', '#/properties/o/properties/b', source1);
  const x24: unknown = d['a'];
  if (!matches(x24, pattern0)) return stringError(x24, pattern0, p + '/a', '#/properties/o/properties/a', source1);
  const x25: unknown = d['m'];
  if (typeof x25 !== 'boolean') return typeError(p + '/m', '#/properties/o/properties/m/type', 'boolean');
  const x26: unknown = d['R'];
  if (typeof x26 !== 'boolean') return typeError(p + '/R', '#/properties/o/properties/R/type', 'boolean');
  const x27: unknown = d['wt'];
  if (typeof x27 !== 'string') return typeError(p + '/wt', '#/properties/o/properties/wt/type', 'string');
  const x28: unknown = d['ot'];
  if (typeof x28 !== 'string') return typeError(p + '/ot', '#/properties/o/properties/ot/type', 'string');
  const x29: unknown = d['ps'];
  if (typeof x29 !== 'string') return typeError(p + '/ps', '#/properties/o/properties/ps/type', 'string');
  const x30: unknown = d['cp'];
  if (typeof x30 !== 'boolean') return typeError(p + '/cp', '#/properties/o/properties/cp/type', 'boolean');
  const x31: unknown = d['AP'];
  if (x31 !== undefined) {
    if (!matches(x31, pattern0)) return stringError(x31, pattern0, p + '/AP', '#/properties/o/properties/AP', source1);
  }
  const x32: unknown = d['cr'];
  if (x32 !== undefined) {
    if (!matches(x32, pattern0)) return stringError(x32, pattern0, p + '/cr', '#/properties/o/properties/cr', source1);
  }
  const x33: unknown = d['pP'];
  if (typeof x33 !== 'boolean') return typeError(p + '/pP', '#/properties/o/properties/pP/type', 'boolean');
  const x34: unknown = d['si'];
  if (!isInteger(x34)) return typeError(p + '/si', '#/properties/o/properties/si/type', 'integer');
  const x35: unknown = d['ss'];
  if (!isInteger(x35)) return typeError(p + '/ss', '#/properties/o/properties/ss/type', 'integer');
  const x36: unknown = d['rp'];
  if (!matches(x36, pattern0)) return stringError(x36, pattern0, p + '/rp', '#/properties/o/properties/rp', source1);
  const x37: unknown = d['V'];
  if (x37 !== undefined) {
    if (typeof x37 !== 'string') return typeError(p + '/V', '#/properties/o/properties/V/type', 'string');
  }
  const x38: unknown = d['pm'];
  if (x38 !== undefined) {
    if (typeof x38 !== 'string') return typeError(p + '/pm', '#/properties/o/properties/pm/type', 'string');
  }
  const x39: unknown = d['gtd'];
  if (x39 !== undefined) {
    if (!isInteger(x39)) return typeError(p + '/gtd', '#/properties/o/properties/gtd/type', 'integer');
  }
  const x40: unknown = d['er'];
  if (x40 !== undefined) {
    if (typeof x40 !== 'string') return typeError(p + '/er', '#/properties/o/properties/er/type', 'string');
  }
  return undefined;
}
