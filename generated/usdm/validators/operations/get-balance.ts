// Generated from spec/usdm/operations/get-balance.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-balance.json; the first error in `validate.errors`. */
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
  if (d['accountAlias'] === undefined) return requiredError(p, '#/items/required', 'accountAlias');
  if (d['asset'] === undefined) return requiredError(p, '#/items/required', 'asset');
  if (d['balance'] === undefined) return requiredError(p, '#/items/required', 'balance');
  if (d['crossWalletBalance'] === undefined) return requiredError(p, '#/items/required', 'crossWalletBalance');
  if (d['crossUnPnl'] === undefined) return requiredError(p, '#/items/required', 'crossUnPnl');
  if (d['availableBalance'] === undefined) return requiredError(p, '#/items/required', 'availableBalance');
  if (d['maxWithdrawAmount'] === undefined) return requiredError(p, '#/items/required', 'maxWithdrawAmount');
  if (d['marginAvailable'] === undefined) return requiredError(p, '#/items/required', 'marginAvailable');
  if (d['updateTime'] === undefined) return requiredError(p, '#/items/required', 'updateTime');
  const x2: unknown = d['accountAlias'];
  if (typeof x2 !== 'string') return typeError(p + '/accountAlias', '#/items/properties/accountAlias/type', 'string');
  const x3: unknown = d['asset'];
  if (typeof x3 !== 'string') return typeError(p + '/asset', '#/items/properties/asset/type', 'string');
  const x4: unknown = d['balance'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/balance', '#/items/properties/balance', source1);
  const x5: unknown = d['crossWalletBalance'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/crossWalletBalance', '#/items/properties/crossWalletBalance', source1);
  const x6: unknown = d['crossUnPnl'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/crossUnPnl', '#/items/properties/crossUnPnl', source1);
  const x7: unknown = d['availableBalance'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/availableBalance', '#/items/properties/availableBalance', source1);
  const x8: unknown = d['maxWithdrawAmount'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/maxWithdrawAmount', '#/items/properties/maxWithdrawAmount', source1);
  const x9: unknown = d['marginAvailable'];
  if (typeof x9 !== 'boolean') return typeError(p + '/marginAvailable', '#/items/properties/marginAvailable/type', 'boolean');
  const x10: unknown = d['updateTime'];
  if (!isInteger(x10)) return typeError(p + '/updateTime', '#/items/properties/updateTime/type', 'integer');
  return undefined;
}
