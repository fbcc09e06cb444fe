// Generated from spec/usdm/operations/get-balance.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  patternError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-balance.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

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
  if (typeof x4 !== 'string') return typeError(p + '/balance', '#/items/properties/balance/type', 'string');
  if (!pattern0.test(x4)) return patternError(p + '/balance', '#/items/properties/balance/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x5: unknown = d['crossWalletBalance'];
  if (typeof x5 !== 'string') return typeError(p + '/crossWalletBalance', '#/items/properties/crossWalletBalance/type', 'string');
  if (!pattern0.test(x5)) return patternError(p + '/crossWalletBalance', '#/items/properties/crossWalletBalance/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x6: unknown = d['crossUnPnl'];
  if (typeof x6 !== 'string') return typeError(p + '/crossUnPnl', '#/items/properties/crossUnPnl/type', 'string');
  if (!pattern0.test(x6)) return patternError(p + '/crossUnPnl', '#/items/properties/crossUnPnl/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x7: unknown = d['availableBalance'];
  if (typeof x7 !== 'string') return typeError(p + '/availableBalance', '#/items/properties/availableBalance/type', 'string');
  if (!pattern0.test(x7)) return patternError(p + '/availableBalance', '#/items/properties/availableBalance/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x8: unknown = d['maxWithdrawAmount'];
  if (typeof x8 !== 'string') return typeError(p + '/maxWithdrawAmount', '#/items/properties/maxWithdrawAmount/type', 'string');
  if (!pattern0.test(x8)) return patternError(p + '/maxWithdrawAmount', '#/items/properties/maxWithdrawAmount/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x9: unknown = d['marginAvailable'];
  if (typeof x9 !== 'boolean') return typeError(p + '/marginAvailable', '#/items/properties/marginAvailable/type', 'boolean');
  const x10: unknown = d['updateTime'];
  if (!isInteger(x10)) return typeError(p + '/updateTime', '#/items/properties/updateTime/type', 'integer');
  return undefined;
}
