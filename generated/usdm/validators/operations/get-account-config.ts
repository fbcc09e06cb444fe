// Generated from spec/usdm/operations/get-account-config.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-account-config.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['feeTier'] === undefined) return requiredError(p, '#/required', 'feeTier');
  if (d['canTrade'] === undefined) return requiredError(p, '#/required', 'canTrade');
  if (d['canDeposit'] === undefined) return requiredError(p, '#/required', 'canDeposit');
  if (d['canWithdraw'] === undefined) return requiredError(p, '#/required', 'canWithdraw');
  if (d['dualSidePosition'] === undefined) return requiredError(p, '#/required', 'dualSidePosition');
  if (d['updateTime'] === undefined) return requiredError(p, '#/required', 'updateTime');
  if (d['multiAssetsMargin'] === undefined) return requiredError(p, '#/required', 'multiAssetsMargin');
  if (d['tradeGroupId'] === undefined) return requiredError(p, '#/required', 'tradeGroupId');
  const x0: unknown = d['feeTier'];
  if (!isInteger(x0)) return typeError(p + '/feeTier', '#/properties/feeTier/type', 'integer');
  const x1: unknown = d['canTrade'];
  if (typeof x1 !== 'boolean') return typeError(p + '/canTrade', '#/properties/canTrade/type', 'boolean');
  const x2: unknown = d['canDeposit'];
  if (typeof x2 !== 'boolean') return typeError(p + '/canDeposit', '#/properties/canDeposit/type', 'boolean');
  const x3: unknown = d['canWithdraw'];
  if (typeof x3 !== 'boolean') return typeError(p + '/canWithdraw', '#/properties/canWithdraw/type', 'boolean');
  const x4: unknown = d['dualSidePosition'];
  if (typeof x4 !== 'boolean') return typeError(p + '/dualSidePosition', '#/properties/dualSidePosition/type', 'boolean');
  const x5: unknown = d['updateTime'];
  if (!isInteger(x5)) return typeError(p + '/updateTime', '#/properties/updateTime/type', 'integer');
  const x6: unknown = d['multiAssetsMargin'];
  if (typeof x6 !== 'boolean') return typeError(p + '/multiAssetsMargin', '#/properties/multiAssetsMargin/type', 'boolean');
  const x7: unknown = d['tradeGroupId'];
  if (!isInteger(x7)) return typeError(p + '/tradeGroupId', '#/properties/tradeGroupId/type', 'integer');
  return undefined;
}
