// Generated from spec/operations/sapi/get-isolated-margin-fee-data.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-isolated-margin-fee-data.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/items';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at3: string = '#/items/properties/data/items';

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
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (!isInteger(d['vipLevel'])) return typeErrorAt(d, p, at0, 'vipLevel', 'integer');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  if (!matches(d['leverage'], pattern1)) return stringErrorAt(d, p, at0, 'leverage', source2);
  const x5: unknown = d['data'];
  if (!Array.isArray(x5)) return typeErrorAt(d, p, at0, 'data', 'array');
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7: unknown = x5[i6];
    if ((e = check2(x7, p + '/data/' + i6))) return e;
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/properties/data/items/type', 'object');
  if (typeof d['coin'] !== 'string') return typeErrorAt(d, p, at3, 'coin', 'string');
  if (!matches(d['dailyInterest'], pattern1)) return stringErrorAt(d, p, at3, 'dailyInterest', source2);
  if (!matches(d['borrowLimit'], pattern1)) return stringErrorAt(d, p, at3, 'borrowLimit', source2);
  return undefined;
}
