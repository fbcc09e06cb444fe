// Generated from spec/operations/sapi/get-cross-margin-fee-data.yaml by codegen/. DO NOT EDIT.
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
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-cross-margin-fee-data.json; the first error in `validate.errors`. */
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
  if (d['vipLevel'] === undefined) return requiredError(p, '#/items/required', 'vipLevel');
  if (d['coin'] === undefined) return requiredError(p, '#/items/required', 'coin');
  if (d['transferIn'] === undefined) return requiredError(p, '#/items/required', 'transferIn');
  if (d['borrowable'] === undefined) return requiredError(p, '#/items/required', 'borrowable');
  if (d['dailyInterest'] === undefined) return requiredError(p, '#/items/required', 'dailyInterest');
  if (d['yearlyInterest'] === undefined) return requiredError(p, '#/items/required', 'yearlyInterest');
  if (d['borrowLimit'] === undefined) return requiredError(p, '#/items/required', 'borrowLimit');
  if (d['marginablePairs'] === undefined) return requiredError(p, '#/items/required', 'marginablePairs');
  const x2: unknown = d['vipLevel'];
  if (!isInteger(x2)) return typeError(p + '/vipLevel', '#/items/properties/vipLevel/type', 'integer');
  const x3: unknown = d['coin'];
  if (typeof x3 !== 'string') return typeError(p + '/coin', '#/items/properties/coin/type', 'string');
  const x4: unknown = d['transferIn'];
  if (typeof x4 !== 'boolean') return typeError(p + '/transferIn', '#/items/properties/transferIn/type', 'boolean');
  const x5: unknown = d['borrowable'];
  if (typeof x5 !== 'boolean') return typeError(p + '/borrowable', '#/items/properties/borrowable/type', 'boolean');
  const x6: unknown = d['dailyInterest'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/dailyInterest', '#/items/properties/dailyInterest', source1);
  const x7: unknown = d['yearlyInterest'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/yearlyInterest', '#/items/properties/yearlyInterest', source1);
  const x8: unknown = d['borrowLimit'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/borrowLimit', '#/items/properties/borrowLimit', source1);
  const x9: unknown = d['marginablePairs'];
  if (!Array.isArray(x9)) return typeError(p + '/marginablePairs', '#/items/properties/marginablePairs/type', 'array');
  for (let i10 = 0; i10 < x9.length; i10++) {
    const x11: unknown = x9[i10];
    if (typeof x11 !== 'string') return typeError(p + '/marginablePairs/' + i10, '#/items/properties/marginablePairs/items/type', 'string');
  }
  return undefined;
}
