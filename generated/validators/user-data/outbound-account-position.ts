// Generated from spec/user-data/outbound-account-position.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/user-data/outbound-account-position.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/B/items';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'outboundAccountPosition') return stringConstErrorAt(d, p, '#', 'e', 'outboundAccountPosition');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (!isInteger(d['u'])) return typeErrorAt(d, p, '#', 'u', 'integer');
  const x3: unknown = d['B'];
  if (!Array.isArray(x3)) return typeErrorAt(d, p, '#', 'B', 'array');
  for (let i4 = 0; i4 < x3.length; i4++) {
    const x5: unknown = x3[i4];
    if ((e = check1(x5, p + '/B/' + i4))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/B/items/type', 'object');
  if (typeof d['a'] !== 'string') return typeErrorAt(d, p, at0, 'a', 'string');
  if (!matches(d['f'], pattern1)) return stringErrorAt(d, p, at0, 'f', source2);
  if (!matches(d['l'], pattern1)) return stringErrorAt(d, p, at0, 'l', source2);
  return undefined;
}
