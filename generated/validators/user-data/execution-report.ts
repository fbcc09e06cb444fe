// Generated from spec/user-data/execution-report.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/user-data/execution-report.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const allowed0: readonly unknown[] = ['BUY', 'SELL'];
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['c'] === undefined) return requiredError(p, '#/required', 'c');
  if (d['S'] === undefined) return requiredError(p, '#/required', 'S');
  if (d['o'] === undefined) return requiredError(p, '#/required', 'o');
  if (d['f'] === undefined) return requiredError(p, '#/required', 'f');
  if (d['q'] === undefined) return requiredError(p, '#/required', 'q');
  if (d['p'] === undefined) return requiredError(p, '#/required', 'p');
  if (d['P'] === undefined) return requiredError(p, '#/required', 'P');
  if (d['F'] === undefined) return requiredError(p, '#/required', 'F');
  if (d['g'] === undefined) return requiredError(p, '#/required', 'g');
  if (d['C'] === undefined) return requiredError(p, '#/required', 'C');
  if (d['x'] === undefined) return requiredError(p, '#/required', 'x');
  if (d['X'] === undefined) return requiredError(p, '#/required', 'X');
  if (d['r'] === undefined) return requiredError(p, '#/required', 'r');
  if (d['i'] === undefined) return requiredError(p, '#/required', 'i');
  if (d['l'] === undefined) return requiredError(p, '#/required', 'l');
  if (d['z'] === undefined) return requiredError(p, '#/required', 'z');
  if (d['L'] === undefined) return requiredError(p, '#/required', 'L');
  if (d['n'] === undefined) return requiredError(p, '#/required', 'n');
  if (d['N'] === undefined) return requiredError(p, '#/required', 'N');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  if (d['t'] === undefined) return requiredError(p, '#/required', 't');
  if (d['I'] === undefined) return requiredError(p, '#/required', 'I');
  if (d['w'] === undefined) return requiredError(p, '#/required', 'w');
  if (d['m'] === undefined) return requiredError(p, '#/required', 'm');
  if (d['M'] === undefined) return requiredError(p, '#/required', 'M');
  if (d['O'] === undefined) return requiredError(p, '#/required', 'O');
  if (d['Z'] === undefined) return requiredError(p, '#/required', 'Z');
  if (d['Y'] === undefined) return requiredError(p, '#/required', 'Y');
  if (d['Q'] === undefined) return requiredError(p, '#/required', 'Q');
  if (d['V'] === undefined) return requiredError(p, '#/required', 'V');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'executionReport') return constError(p + '/e', '#/properties/e/const', 'executionReport');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['s'];
  if (typeof x2 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x3: unknown = d['c'];
  if (typeof x3 !== 'string') return typeError(p + '/c', '#/properties/c/type', 'string');
  const x4: unknown = d['S'];
  if (typeof x4 !== 'string') return typeError(p + '/S', '#/properties/S/type', 'string');
  if (!allowed0.includes(x4)) return enumError(p + '/S', '#/properties/S/enum', allowed0);
  const x5: unknown = d['o'];
  if (typeof x5 !== 'string') return typeError(p + '/o', '#/properties/o/type', 'string');
  const x6: unknown = d['f'];
  if (typeof x6 !== 'string') return typeError(p + '/f', '#/properties/f/type', 'string');
  const x7: unknown = d['q'];
  if (!matches(x7, pattern1)) return stringError(x7, pattern1, p + '/q', '#/properties/q', source2);
  const x8: unknown = d['p'];
  if (!matches(x8, pattern1)) return stringError(x8, pattern1, p + '/p', '#/properties/p', source2);
  const x9: unknown = d['P'];
  if (!matches(x9, pattern1)) return stringError(x9, pattern1, p + '/P', '#/properties/P', source2);
  const x10: unknown = d['F'];
  if (!matches(x10, pattern1)) return stringError(x10, pattern1, p + '/F', '#/properties/F', source2);
  const x11: unknown = d['g'];
  if (!isInteger(x11)) return typeError(p + '/g', '#/properties/g/type', 'integer');
  const x12: unknown = d['C'];
  if (typeof x12 !== 'string') return typeError(p + '/C', '#/properties/C/type', 'string');
  const x13: unknown = d['x'];
  if (typeof x13 !== 'string') return typeError(p + '/x', '#/properties/x/type', 'string');
  const x14: unknown = d['X'];
  if (typeof x14 !== 'string') return typeError(p + '/X', '#/properties/X/type', 'string');
  const x15: unknown = d['r'];
  if (typeof x15 !== 'string') return typeError(p + '/r', '#/properties/r/type', 'string');
  const x16: unknown = d['i'];
  if (!isInteger(x16)) return typeError(p + '/i', '#/properties/i/type', 'integer');
  const x17: unknown = d['l'];
  if (!matches(x17, pattern1)) return stringError(x17, pattern1, p + '/l', '#/properties/l', source2);
  const x18: unknown = d['z'];
  if (!matches(x18, pattern1)) return stringError(x18, pattern1, p + '/z', '#/properties/z', source2);
  const x19: unknown = d['L'];
  if (!matches(x19, pattern1)) return stringError(x19, pattern1, p + '/L', '#/properties/L', source2);
  const x20: unknown = d['n'];
  if (!matches(x20, pattern1)) return stringError(x20, pattern1, p + '/n', '#/properties/n', source2);
  const x21: unknown = d['N'];
  if ((e = check1(x21, p + '/N'))) return e;
  const x22: unknown = d['T'];
  if (!isInteger(x22)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  const x23: unknown = d['t'];
  if (!isInteger(x23)) return typeError(p + '/t', '#/properties/t/type', 'integer');
  const x24: unknown = d['I'];
  if (!isInteger(x24)) return typeError(p + '/I', '#/properties/I/type', 'integer');
  const x25: unknown = d['w'];
  if (typeof x25 !== 'boolean') return typeError(p + '/w', '#/properties/w/type', 'boolean');
  const x26: unknown = d['m'];
  if (typeof x26 !== 'boolean') return typeError(p + '/m', '#/properties/m/type', 'boolean');
  const x27: unknown = d['M'];
  if (typeof x27 !== 'boolean') return typeError(p + '/M', '#/properties/M/type', 'boolean');
  const x28: unknown = d['O'];
  if (!isInteger(x28)) return typeError(p + '/O', '#/properties/O/type', 'integer');
  const x29: unknown = d['Z'];
  if (!matches(x29, pattern1)) return stringError(x29, pattern1, p + '/Z', '#/properties/Z', source2);
  const x30: unknown = d['Y'];
  if (!matches(x30, pattern1)) return stringError(x30, pattern1, p + '/Y', '#/properties/Y', source2);
  const x31: unknown = d['Q'];
  if (!matches(x31, pattern1)) return stringError(x31, pattern1, p + '/Q', '#/properties/Q', source2);
  const x32: unknown = d['V'];
  if (typeof x32 !== 'string') return typeError(p + '/V', '#/properties/V/type', 'string');
  const x33: unknown = d['d'];
  if (x33 !== undefined) {
    if (!isInteger(x33)) return typeError(p + '/d', '#/properties/d/type', 'integer');
  }
  const x34: unknown = d['D'];
  if (x34 !== undefined) {
    if (!isInteger(x34)) return typeError(p + '/D', '#/properties/D/type', 'integer');
  }
  const x35: unknown = d['j'];
  if (x35 !== undefined) {
    if (!isInteger(x35)) return typeError(p + '/j', '#/properties/j/type', 'integer');
  }
  const x36: unknown = d['J'];
  if (x36 !== undefined) {
    if (!isInteger(x36)) return typeError(p + '/J', '#/properties/J/type', 'integer');
  }
  const x37: unknown = d['v'];
  if (x37 !== undefined) {
    if (!isInteger(x37)) return typeError(p + '/v', '#/properties/v/type', 'integer');
  }
  const x38: unknown = d['A'];
  if (x38 !== undefined) {
    if (!matches(x38, pattern1)) return stringError(x38, pattern1, p + '/A', '#/properties/A', source2);
  }
  const x39: unknown = d['B'];
  if (x39 !== undefined) {
    if (!matches(x39, pattern1)) return stringError(x39, pattern1, p + '/B', '#/properties/B', source2);
  }
  const x40: unknown = d['u'];
  if (x40 !== undefined) {
    if (!isInteger(x40)) return typeError(p + '/u', '#/properties/u/type', 'integer');
  }
  const x41: unknown = d['U'];
  if (x41 !== undefined) {
    if (!isInteger(x41)) return typeError(p + '/U', '#/properties/U/type', 'integer');
  }
  const x42: unknown = d['Cs'];
  if (x42 !== undefined) {
    if (typeof x42 !== 'string') return typeError(p + '/Cs', '#/properties/Cs/type', 'string');
  }
  const x43: unknown = d['pl'];
  if (x43 !== undefined) {
    if (!matches(x43, pattern1)) return stringError(x43, pattern1, p + '/pl', '#/properties/pl', source2);
  }
  const x44: unknown = d['pL'];
  if (x44 !== undefined) {
    if (!matches(x44, pattern1)) return stringError(x44, pattern1, p + '/pL', '#/properties/pL', source2);
  }
  const x45: unknown = d['pY'];
  if (x45 !== undefined) {
    if (!matches(x45, pattern1)) return stringError(x45, pattern1, p + '/pY', '#/properties/pY', source2);
  }
  const x46: unknown = d['W'];
  if (x46 !== undefined) {
    if (!isInteger(x46)) return typeError(p + '/W', '#/properties/W/type', 'integer');
  }
  const x47: unknown = d['b'];
  if (x47 !== undefined) {
    if (typeof x47 !== 'string') return typeError(p + '/b', '#/properties/b/type', 'string');
  }
  const x48: unknown = d['a'];
  if (x48 !== undefined) {
    if (!isInteger(x48)) return typeError(p + '/a', '#/properties/a/type', 'integer');
  }
  const x49: unknown = d['k'];
  if (x49 !== undefined) {
    if (typeof x49 !== 'string') return typeError(p + '/k', '#/properties/k/type', 'string');
  }
  const x50: unknown = d['uS'];
  if (x50 !== undefined) {
    if (typeof x50 !== 'boolean') return typeError(p + '/uS', '#/properties/uS/type', 'boolean');
  }
  const x51: unknown = d['gP'];
  if (x51 !== undefined) {
    if (typeof x51 !== 'string') return typeError(p + '/gP', '#/properties/gP/type', 'string');
  }
  const x52: unknown = d['gOT'];
  if (x52 !== undefined) {
    if (typeof x52 !== 'string') return typeError(p + '/gOT', '#/properties/gOT/type', 'string');
  }
  const x53: unknown = d['gOV'];
  if (x53 !== undefined) {
    if (!isInteger(x53)) return typeError(p + '/gOV', '#/properties/gOV/type', 'integer');
  }
  const x54: unknown = d['gp'];
  if (x54 !== undefined) {
    if (!matches(x54, pattern1)) return stringError(x54, pattern1, p + '/gp', '#/properties/gp', source2);
  }
  const x55: unknown = d['eR'];
  if (x55 !== undefined) {
    if (typeof x55 !== 'string') return typeError(p + '/eR', '#/properties/eR/type', 'string');
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  const first = check2(d, p);
  if (first === undefined) return undefined;
  if (check3(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (typeof d !== 'string') return typeError(p, '#/properties/N/anyOf/0/type', 'string');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (d !== null) return typeError(p, '#/properties/N/anyOf/1/type', 'null');
  return undefined;
}
