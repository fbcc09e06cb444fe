// Generated from spec/usdm/operations/get-symbol-config.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-symbol-config.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['marginType'] === undefined) return requiredError(p, '#/items/required', 'marginType');
  if (d['isAutoAddMargin'] === undefined) return requiredError(p, '#/items/required', 'isAutoAddMargin');
  if (d['leverage'] === undefined) return requiredError(p, '#/items/required', 'leverage');
  if (d['maxNotionalValue'] === undefined) return requiredError(p, '#/items/required', 'maxNotionalValue');
  const x2: unknown = d['symbol'];
  if (typeof x2 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x3: unknown = d['marginType'];
  if (typeof x3 !== 'string') return typeError(p + '/marginType', '#/items/properties/marginType/type', 'string');
  const x4: unknown = d['isAutoAddMargin'];
  if (typeof x4 !== 'boolean') return typeError(p + '/isAutoAddMargin', '#/items/properties/isAutoAddMargin/type', 'boolean');
  const x5: unknown = d['leverage'];
  if (!isInteger(x5)) return typeError(p + '/leverage', '#/items/properties/leverage/type', 'integer');
  const x6: unknown = d['maxNotionalValue'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/maxNotionalValue', '#/items/properties/maxNotionalValue', source1);
  return undefined;
}
