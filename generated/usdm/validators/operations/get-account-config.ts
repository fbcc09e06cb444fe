// Generated from spec/usdm/operations/get-account-config.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-account-config.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (!isInteger(d['feeTier'])) return typeErrorAt(d, p, '#', 'feeTier', 'integer');
  if (typeof d['canTrade'] !== 'boolean') return typeErrorAt(d, p, '#', 'canTrade', 'boolean');
  if (typeof d['canDeposit'] !== 'boolean') return typeErrorAt(d, p, '#', 'canDeposit', 'boolean');
  if (typeof d['canWithdraw'] !== 'boolean') return typeErrorAt(d, p, '#', 'canWithdraw', 'boolean');
  if (typeof d['dualSidePosition'] !== 'boolean') return typeErrorAt(d, p, '#', 'dualSidePosition', 'boolean');
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, '#', 'updateTime', 'integer');
  if (typeof d['multiAssetsMargin'] !== 'boolean') return typeErrorAt(d, p, '#', 'multiAssetsMargin', 'boolean');
  if (!isInteger(d['tradeGroupId'])) return typeErrorAt(d, p, '#', 'tradeGroupId', 'integer');
  return undefined;
}
