// Generated from spec/usdm/operations/get-constituents.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  stringError,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-constituents.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/required', 'symbol');
  if (d['time'] === undefined) return requiredError(p, '#/required', 'time');
  if (d['constituents'] === undefined) return requiredError(p, '#/required', 'constituents');
  const x0: unknown = d['symbol'];
  if (typeof x0 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  const x1: unknown = d['time'];
  if (!isInteger(x1)) return typeError(p + '/time', '#/properties/time/type', 'integer');
  const x2: unknown = d['constituents'];
  if (!Array.isArray(x2)) return typeError(p + '/constituents', '#/properties/constituents/type', 'array');
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4: unknown = x2[i3];
    if ((e = check1(x4, p + '/constituents/' + i3))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/constituents/items/type', 'object');
  if (d['exchange'] === undefined) return requiredError(p, '#/properties/constituents/items/required', 'exchange');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/constituents/items/required', 'symbol');
  const x5: unknown = d['exchange'];
  if (typeof x5 !== 'string') return typeError(p + '/exchange', '#/properties/constituents/items/properties/exchange/type', 'string');
  const x6: unknown = d['symbol'];
  if (typeof x6 !== 'string') return typeError(p + '/symbol', '#/properties/constituents/items/properties/symbol/type', 'string');
  const x7: unknown = d['price'];
  if (x7 !== undefined) {
    if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/price', '#/properties/constituents/items/properties/price', source1);
  }
  const x8: unknown = d['weight'];
  if (x8 !== undefined) {
    if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/weight', '#/properties/constituents/items/properties/weight', source1);
  }
  return undefined;
}
