// Generated from spec/operations/sapi/get-isolated-margin-fee-data.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/operations/get-isolated-margin-fee-data.json; the first error in `validate.errors`. */
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
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (d['vipLevel'] === undefined) return requiredError(p, '#/items/required', 'vipLevel');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['leverage'] === undefined) return requiredError(p, '#/items/required', 'leverage');
  if (d['data'] === undefined) return requiredError(p, '#/items/required', 'data');
  const x2: unknown = d['vipLevel'];
  if (!isInteger(x2)) return typeError(p + '/vipLevel', '#/items/properties/vipLevel/type', 'integer');
  const x3: unknown = d['symbol'];
  if (typeof x3 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x4: unknown = d['leverage'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/leverage', '#/items/properties/leverage', source1);
  const x5: unknown = d['data'];
  if (!Array.isArray(x5)) return typeError(p + '/data', '#/items/properties/data/type', 'array');
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7: unknown = x5[i6];
    if ((e = check2(x7, p + '/data/' + i6))) return e;
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/properties/data/items/type', 'object');
  if (d['coin'] === undefined) return requiredError(p, '#/items/properties/data/items/required', 'coin');
  if (d['dailyInterest'] === undefined) return requiredError(p, '#/items/properties/data/items/required', 'dailyInterest');
  if (d['borrowLimit'] === undefined) return requiredError(p, '#/items/properties/data/items/required', 'borrowLimit');
  const x8: unknown = d['coin'];
  if (typeof x8 !== 'string') return typeError(p + '/coin', '#/items/properties/data/items/properties/coin/type', 'string');
  const x9: unknown = d['dailyInterest'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/dailyInterest', '#/items/properties/data/items/properties/dailyInterest', source1);
  const x10: unknown = d['borrowLimit'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/borrowLimit', '#/items/properties/data/items/properties/borrowLimit', source1);
  return undefined;
}
