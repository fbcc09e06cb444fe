// Generated from spec/operations/sapi/get-cross-margin-fee-data.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-cross-margin-fee-data.json; the first error in `validate.errors`. */
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
  if (!isInteger(d['vipLevel'])) return typeErrorAt(d, p, at0, 'vipLevel', 'integer');
  if (typeof d['coin'] !== 'string') return typeErrorAt(d, p, at0, 'coin', 'string');
  if (typeof d['transferIn'] !== 'boolean') return typeErrorAt(d, p, at0, 'transferIn', 'boolean');
  if (typeof d['borrowable'] !== 'boolean') return typeErrorAt(d, p, at0, 'borrowable', 'boolean');
  if (!matches(d['dailyInterest'], pattern1)) return stringErrorAt(d, p, at0, 'dailyInterest', source2);
  if (!matches(d['yearlyInterest'], pattern1)) return stringErrorAt(d, p, at0, 'yearlyInterest', source2);
  if (!matches(d['borrowLimit'], pattern1)) return stringErrorAt(d, p, at0, 'borrowLimit', source2);
  const x9: unknown = d['marginablePairs'];
  if (!Array.isArray(x9)) return typeErrorAt(d, p, at0, 'marginablePairs', 'array');
  for (let i10 = 0; i10 < x9.length; i10++) {
    const x11: unknown = x9[i10];
    if (typeof x11 !== 'string') return typeError(p + '/marginablePairs/' + i10, '#/items/properties/marginablePairs/items/type', 'string');
  }
  return undefined;
}
