// Generated from spec/user-data/execution-report.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  stringErrorAt,
  matches,
  stringConstErrorAt,
  enumErrorAt,
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
  if (d['e'] !== 'executionReport') return stringConstErrorAt(d, p, '#', 'e', 'executionReport');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, '#', 's', 'string');
  if (typeof d['c'] !== 'string') return typeErrorAt(d, p, '#', 'c', 'string');
  const x4: unknown = d['S'];
  if (typeof x4 !== 'string') return typeErrorAt(d, p, '#', 'S', 'string');
  if (!allowed0.includes(x4)) return enumErrorAt(d, p, '#', 'S', allowed0);
  if (typeof d['o'] !== 'string') return typeErrorAt(d, p, '#', 'o', 'string');
  if (typeof d['f'] !== 'string') return typeErrorAt(d, p, '#', 'f', 'string');
  if (!matches(d['q'], pattern1)) return stringErrorAt(d, p, '#', 'q', source2);
  if (!matches(d['p'], pattern1)) return stringErrorAt(d, p, '#', 'p', source2);
  if (!matches(d['P'], pattern1)) return stringErrorAt(d, p, '#', 'P', source2);
  if (!matches(d['F'], pattern1)) return stringErrorAt(d, p, '#', 'F', source2);
  if (!isInteger(d['g'])) return typeErrorAt(d, p, '#', 'g', 'integer');
  if (typeof d['C'] !== 'string') return typeErrorAt(d, p, '#', 'C', 'string');
  if (typeof d['x'] !== 'string') return typeErrorAt(d, p, '#', 'x', 'string');
  if (typeof d['X'] !== 'string') return typeErrorAt(d, p, '#', 'X', 'string');
  if (typeof d['r'] !== 'string') return typeErrorAt(d, p, '#', 'r', 'string');
  if (!isInteger(d['i'])) return typeErrorAt(d, p, '#', 'i', 'integer');
  if (!matches(d['l'], pattern1)) return stringErrorAt(d, p, '#', 'l', source2);
  if (!matches(d['z'], pattern1)) return stringErrorAt(d, p, '#', 'z', source2);
  if (!matches(d['L'], pattern1)) return stringErrorAt(d, p, '#', 'L', source2);
  if (!matches(d['n'], pattern1)) return stringErrorAt(d, p, '#', 'n', source2);
  const x21: unknown = d['N'];
  if (x21 === undefined) return requiredError(p, '#/required', 'N');
  if ((e = check1(x21, p + '/N'))) return e;
  if (!isInteger(d['T'])) return typeErrorAt(d, p, '#', 'T', 'integer');
  if (!isInteger(d['t'])) return typeErrorAt(d, p, '#', 't', 'integer');
  if (!isInteger(d['I'])) return typeErrorAt(d, p, '#', 'I', 'integer');
  if (typeof d['w'] !== 'boolean') return typeErrorAt(d, p, '#', 'w', 'boolean');
  if (typeof d['m'] !== 'boolean') return typeErrorAt(d, p, '#', 'm', 'boolean');
  if (typeof d['M'] !== 'boolean') return typeErrorAt(d, p, '#', 'M', 'boolean');
  if (!isInteger(d['O'])) return typeErrorAt(d, p, '#', 'O', 'integer');
  if (!matches(d['Z'], pattern1)) return stringErrorAt(d, p, '#', 'Z', source2);
  if (!matches(d['Y'], pattern1)) return stringErrorAt(d, p, '#', 'Y', source2);
  if (!matches(d['Q'], pattern1)) return stringErrorAt(d, p, '#', 'Q', source2);
  if (typeof d['V'] !== 'string') return typeErrorAt(d, p, '#', 'V', 'string');
  const x33: unknown = d['d'];
  if (x33 !== undefined) {
    if (!isInteger(x33)) return typeErrorAt(d, p, '#', 'd', 'integer');
  }
  const x34: unknown = d['D'];
  if (x34 !== undefined) {
    if (!isInteger(x34)) return typeErrorAt(d, p, '#', 'D', 'integer');
  }
  const x35: unknown = d['j'];
  if (x35 !== undefined) {
    if (!isInteger(x35)) return typeErrorAt(d, p, '#', 'j', 'integer');
  }
  const x36: unknown = d['J'];
  if (x36 !== undefined) {
    if (!isInteger(x36)) return typeErrorAt(d, p, '#', 'J', 'integer');
  }
  const x37: unknown = d['v'];
  if (x37 !== undefined) {
    if (!isInteger(x37)) return typeErrorAt(d, p, '#', 'v', 'integer');
  }
  const x38: unknown = d['A'];
  if (x38 !== undefined) {
    if (!matches(x38, pattern1)) return stringErrorAt(d, p, '#', 'A', source2);
  }
  const x39: unknown = d['B'];
  if (x39 !== undefined) {
    if (!matches(x39, pattern1)) return stringErrorAt(d, p, '#', 'B', source2);
  }
  const x40: unknown = d['u'];
  if (x40 !== undefined) {
    if (!isInteger(x40)) return typeErrorAt(d, p, '#', 'u', 'integer');
  }
  const x41: unknown = d['U'];
  if (x41 !== undefined) {
    if (!isInteger(x41)) return typeErrorAt(d, p, '#', 'U', 'integer');
  }
  const x42: unknown = d['Cs'];
  if (x42 !== undefined) {
    if (typeof x42 !== 'string') return typeErrorAt(d, p, '#', 'Cs', 'string');
  }
  const x43: unknown = d['pl'];
  if (x43 !== undefined) {
    if (!matches(x43, pattern1)) return stringErrorAt(d, p, '#', 'pl', source2);
  }
  const x44: unknown = d['pL'];
  if (x44 !== undefined) {
    if (!matches(x44, pattern1)) return stringErrorAt(d, p, '#', 'pL', source2);
  }
  const x45: unknown = d['pY'];
  if (x45 !== undefined) {
    if (!matches(x45, pattern1)) return stringErrorAt(d, p, '#', 'pY', source2);
  }
  const x46: unknown = d['W'];
  if (x46 !== undefined) {
    if (!isInteger(x46)) return typeErrorAt(d, p, '#', 'W', 'integer');
  }
  const x47: unknown = d['b'];
  if (x47 !== undefined) {
    if (typeof x47 !== 'string') return typeErrorAt(d, p, '#', 'b', 'string');
  }
  const x48: unknown = d['a'];
  if (x48 !== undefined) {
    if (!isInteger(x48)) return typeErrorAt(d, p, '#', 'a', 'integer');
  }
  const x49: unknown = d['k'];
  if (x49 !== undefined) {
    if (typeof x49 !== 'string') return typeErrorAt(d, p, '#', 'k', 'string');
  }
  const x50: unknown = d['uS'];
  if (x50 !== undefined) {
    if (typeof x50 !== 'boolean') return typeErrorAt(d, p, '#', 'uS', 'boolean');
  }
  const x51: unknown = d['gP'];
  if (x51 !== undefined) {
    if (typeof x51 !== 'string') return typeErrorAt(d, p, '#', 'gP', 'string');
  }
  const x52: unknown = d['gOT'];
  if (x52 !== undefined) {
    if (typeof x52 !== 'string') return typeErrorAt(d, p, '#', 'gOT', 'string');
  }
  const x53: unknown = d['gOV'];
  if (x53 !== undefined) {
    if (!isInteger(x53)) return typeErrorAt(d, p, '#', 'gOV', 'integer');
  }
  const x54: unknown = d['gp'];
  if (x54 !== undefined) {
    if (!matches(x54, pattern1)) return stringErrorAt(d, p, '#', 'gp', source2);
  }
  const x55: unknown = d['eR'];
  if (x55 !== undefined) {
    if (typeof x55 !== 'string') return typeErrorAt(d, p, '#', 'eR', 'string');
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
