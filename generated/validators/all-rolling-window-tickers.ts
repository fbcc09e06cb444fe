// Generated from spec/channels/all-rolling-window-tickers.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  enumErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/channels/all-rolling-window-tickers.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/items';
const allowed1: readonly unknown[] = ['1hTicker', '4hTicker', '1dTicker'];
const pattern2: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source3: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  const x2: unknown = d['e'];
  if (typeof x2 !== 'string') return typeErrorAt(d, p, at0, 'e', 'string');
  if (!allowed1.includes(x2)) return enumErrorAt(d, p, at0, 'e', allowed1);
  if (!isInteger(d['E'])) return typeErrorAt(d, p, at0, 'E', 'integer');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, at0, 's', 'string');
  if (!matches(d['p'], pattern2)) return stringErrorAt(d, p, at0, 'p', source3);
  if (!matches(d['P'], pattern2)) return stringErrorAt(d, p, at0, 'P', source3);
  if (!matches(d['o'], pattern2)) return stringErrorAt(d, p, at0, 'o', source3);
  if (!matches(d['h'], pattern2)) return stringErrorAt(d, p, at0, 'h', source3);
  if (!matches(d['l'], pattern2)) return stringErrorAt(d, p, at0, 'l', source3);
  if (!matches(d['c'], pattern2)) return stringErrorAt(d, p, at0, 'c', source3);
  if (!matches(d['w'], pattern2)) return stringErrorAt(d, p, at0, 'w', source3);
  if (!matches(d['v'], pattern2)) return stringErrorAt(d, p, at0, 'v', source3);
  if (!matches(d['q'], pattern2)) return stringErrorAt(d, p, at0, 'q', source3);
  if (!isInteger(d['O'])) return typeErrorAt(d, p, at0, 'O', 'integer');
  if (!isInteger(d['C'])) return typeErrorAt(d, p, at0, 'C', 'integer');
  if (!isInteger(d['F'])) return typeErrorAt(d, p, at0, 'F', 'integer');
  if (!isInteger(d['L'])) return typeErrorAt(d, p, at0, 'L', 'integer');
  if (!isInteger(d['n'])) return typeErrorAt(d, p, at0, 'n', 'integer');
  return undefined;
}
