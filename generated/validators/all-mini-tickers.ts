// Generated from spec/channels/all-mini-tickers.yaml by codegen/. DO NOT EDIT.
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
} from '../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/channels/all-mini-tickers.json; the first error in `validate.errors`. */
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
  if (d['e'] !== '24hrMiniTicker') return stringConstErrorAt(d, p, at0, 'e', '24hrMiniTicker');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, at0, 'E', 'integer');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, at0, 's', 'string');
  if (!matches(d['c'], pattern1)) return stringErrorAt(d, p, at0, 'c', source2);
  if (!matches(d['o'], pattern1)) return stringErrorAt(d, p, at0, 'o', source2);
  if (!matches(d['h'], pattern1)) return stringErrorAt(d, p, at0, 'h', source2);
  if (!matches(d['l'], pattern1)) return stringErrorAt(d, p, at0, 'l', source2);
  if (!matches(d['v'], pattern1)) return stringErrorAt(d, p, at0, 'v', source2);
  if (!matches(d['q'], pattern1)) return stringErrorAt(d, p, at0, 'q', source2);
  return undefined;
}
