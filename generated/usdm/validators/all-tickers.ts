// Generated from spec/usdm/channels/all-tickers.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  stringConstErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/all-tickers.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/items';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  if (d['e'] !== '24hrTicker') return stringConstErrorAt(d, p, at0, 'e', '24hrTicker');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, at0, 'E', 'integer');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, at0, 's', 'string');
  if (!matches(d['p'], pattern1)) return stringErrorAt(d, p, at0, 'p', source2);
  if (!matches(d['P'], pattern1)) return stringErrorAt(d, p, at0, 'P', source2);
  if (!matches(d['w'], pattern1)) return stringErrorAt(d, p, at0, 'w', source2);
  if (!matches(d['c'], pattern1)) return stringErrorAt(d, p, at0, 'c', source2);
  if (!matches(d['Q'], pattern1)) return stringErrorAt(d, p, at0, 'Q', source2);
  if (!matches(d['o'], pattern1)) return stringErrorAt(d, p, at0, 'o', source2);
  if (!matches(d['h'], pattern1)) return stringErrorAt(d, p, at0, 'h', source2);
  if (!matches(d['l'], pattern1)) return stringErrorAt(d, p, at0, 'l', source2);
  if (!matches(d['v'], pattern1)) return stringErrorAt(d, p, at0, 'v', source2);
  if (!matches(d['q'], pattern1)) return stringErrorAt(d, p, at0, 'q', source2);
  if (!isInteger(d['O'])) return typeErrorAt(d, p, at0, 'O', 'integer');
  if (!isInteger(d['C'])) return typeErrorAt(d, p, at0, 'C', 'integer');
  if (!isInteger(d['F'])) return typeErrorAt(d, p, at0, 'F', 'integer');
  if (!isInteger(d['L'])) return typeErrorAt(d, p, at0, 'L', 'integer');
  if (!isInteger(d['n'])) return typeErrorAt(d, p, at0, 'n', 'integer');
  const x20: unknown = d['ps'];
  if (x20 !== undefined) {
    if (typeof x20 !== 'string') return typeErrorAt(d, p, at0, 'ps', 'string');
  }
  const x21: unknown = d['st'];
  if (x21 !== undefined) {
    if (!isInteger(x21)) return typeErrorAt(d, p, at0, 'st', 'integer');
  }
  return undefined;
}
