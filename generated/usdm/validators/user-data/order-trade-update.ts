// Generated from spec/usdm/user-data/order-trade-update.yaml by codegen/. DO NOT EDIT.
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
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/order-trade-update.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/o';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'ORDER_TRADE_UPDATE') return stringConstErrorAt(d, p, '#', 'e', 'ORDER_TRADE_UPDATE');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (!isInteger(d['T'])) return typeErrorAt(d, p, '#', 'T', 'integer');
  const x3: unknown = d['o'];
  if (x3 === undefined) return requiredError(p, '#/required', 'o');
  if ((e = check1(x3, p + '/o'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/o/type', 'object');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, at0, 's', 'string');
  if (typeof d['c'] !== 'string') return typeErrorAt(d, p, at0, 'c', 'string');
  if (typeof d['S'] !== 'string') return typeErrorAt(d, p, at0, 'S', 'string');
  if (typeof d['o'] !== 'string') return typeErrorAt(d, p, at0, 'o', 'string');
  if (typeof d['f'] !== 'string') return typeErrorAt(d, p, at0, 'f', 'string');
  if (!matches(d['q'], pattern1)) return stringErrorAt(d, p, at0, 'q', source2);
  if (!matches(d['p'], pattern1)) return stringErrorAt(d, p, at0, 'p', source2);
  if (!matches(d['ap'], pattern1)) return stringErrorAt(d, p, at0, 'ap', source2);
  if (!matches(d['sp'], pattern1)) return stringErrorAt(d, p, at0, 'sp', source2);
  if (typeof d['x'] !== 'string') return typeErrorAt(d, p, at0, 'x', 'string');
  if (typeof d['X'] !== 'string') return typeErrorAt(d, p, at0, 'X', 'string');
  if (!isInteger(d['i'])) return typeErrorAt(d, p, at0, 'i', 'integer');
  if (!matches(d['l'], pattern1)) return stringErrorAt(d, p, at0, 'l', source2);
  if (!matches(d['z'], pattern1)) return stringErrorAt(d, p, at0, 'z', source2);
  if (!matches(d['L'], pattern1)) return stringErrorAt(d, p, at0, 'L', source2);
  const x19: unknown = d['N'];
  if (x19 !== undefined) {
    if (typeof x19 !== 'string') return typeErrorAt(d, p, at0, 'N', 'string');
  }
  const x20: unknown = d['n'];
  if (x20 !== undefined) {
    if (!matches(x20, pattern1)) return stringErrorAt(d, p, at0, 'n', source2);
  }
  if (!isInteger(d['T'])) return typeErrorAt(d, p, at0, 'T', 'integer');
  if (!isInteger(d['t'])) return typeErrorAt(d, p, at0, 't', 'integer');
  if (!matches(d['b'], pattern1)) return stringErrorAt(d, p, at0, 'b', source2);
  if (!matches(d['a'], pattern1)) return stringErrorAt(d, p, at0, 'a', source2);
  if (typeof d['m'] !== 'boolean') return typeErrorAt(d, p, at0, 'm', 'boolean');
  if (typeof d['R'] !== 'boolean') return typeErrorAt(d, p, at0, 'R', 'boolean');
  if (typeof d['wt'] !== 'string') return typeErrorAt(d, p, at0, 'wt', 'string');
  if (typeof d['ot'] !== 'string') return typeErrorAt(d, p, at0, 'ot', 'string');
  if (typeof d['ps'] !== 'string') return typeErrorAt(d, p, at0, 'ps', 'string');
  if (typeof d['cp'] !== 'boolean') return typeErrorAt(d, p, at0, 'cp', 'boolean');
  const x31: unknown = d['AP'];
  if (x31 !== undefined) {
    if (!matches(x31, pattern1)) return stringErrorAt(d, p, at0, 'AP', source2);
  }
  const x32: unknown = d['cr'];
  if (x32 !== undefined) {
    if (!matches(x32, pattern1)) return stringErrorAt(d, p, at0, 'cr', source2);
  }
  if (typeof d['pP'] !== 'boolean') return typeErrorAt(d, p, at0, 'pP', 'boolean');
  if (!isInteger(d['si'])) return typeErrorAt(d, p, at0, 'si', 'integer');
  if (!isInteger(d['ss'])) return typeErrorAt(d, p, at0, 'ss', 'integer');
  if (!matches(d['rp'], pattern1)) return stringErrorAt(d, p, at0, 'rp', source2);
  const x37: unknown = d['V'];
  if (x37 !== undefined) {
    if (typeof x37 !== 'string') return typeErrorAt(d, p, at0, 'V', 'string');
  }
  const x38: unknown = d['pm'];
  if (x38 !== undefined) {
    if (typeof x38 !== 'string') return typeErrorAt(d, p, at0, 'pm', 'string');
  }
  const x39: unknown = d['gtd'];
  if (x39 !== undefined) {
    if (!isInteger(x39)) return typeErrorAt(d, p, at0, 'gtd', 'integer');
  }
  const x40: unknown = d['er'];
  if (x40 !== undefined) {
    if (typeof x40 !== 'string') return typeErrorAt(d, p, at0, 'er', 'string');
  }
  return undefined;
}
