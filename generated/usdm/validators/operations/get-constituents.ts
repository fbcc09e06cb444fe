// Generated from spec/usdm/operations/get-constituents.yaml by codegen/. DO NOT EDIT.
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
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-constituents.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/constituents/items';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, '#', 'symbol', 'string');
  if (!isInteger(d['time'])) return typeErrorAt(d, p, '#', 'time', 'integer');
  const x2: unknown = d['constituents'];
  if (!Array.isArray(x2)) return typeErrorAt(d, p, '#', 'constituents', 'array');
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4: unknown = x2[i3];
    if ((e = check1(x4, p + '/constituents/' + i3))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/constituents/items/type', 'object');
  if (typeof d['exchange'] !== 'string') return typeErrorAt(d, p, at0, 'exchange', 'string');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  const x7: unknown = d['price'];
  if (x7 !== undefined) {
    if (!matches(x7, pattern1)) return stringErrorAt(d, p, at0, 'price', source2);
  }
  const x8: unknown = d['weight'];
  if (x8 !== undefined) {
    if (!matches(x8, pattern1)) return stringErrorAt(d, p, at0, 'weight', source2);
  }
  return undefined;
}
