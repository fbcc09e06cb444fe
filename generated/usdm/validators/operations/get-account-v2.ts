// Generated from spec/usdm/operations/get-account-v2.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-account-v2.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/assets/items';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at3: string = '#/properties/positions/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (!isInteger(d['feeTier'])) return typeErrorAt(d, p, '#', 'feeTier', 'integer');
  if (typeof d['canTrade'] !== 'boolean') return typeErrorAt(d, p, '#', 'canTrade', 'boolean');
  if (typeof d['canDeposit'] !== 'boolean') return typeErrorAt(d, p, '#', 'canDeposit', 'boolean');
  if (typeof d['canWithdraw'] !== 'boolean') return typeErrorAt(d, p, '#', 'canWithdraw', 'boolean');
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, '#', 'updateTime', 'integer');
  if (typeof d['multiAssetsMargin'] !== 'boolean') return typeErrorAt(d, p, '#', 'multiAssetsMargin', 'boolean');
  if (!isInteger(d['tradeGroupId'])) return typeErrorAt(d, p, '#', 'tradeGroupId', 'integer');
  const x7: unknown = d['assets'];
  if (!Array.isArray(x7)) return typeErrorAt(d, p, '#', 'assets', 'array');
  for (let i8 = 0; i8 < x7.length; i8++) {
    const x9: unknown = x7[i8];
    if ((e = check1(x9, p + '/assets/' + i8))) return e;
  }
  const x26: unknown = d['positions'];
  if (!Array.isArray(x26)) return typeErrorAt(d, p, '#', 'positions', 'array');
  for (let i27 = 0; i27 < x26.length; i27++) {
    const x28: unknown = x26[i27];
    if ((e = check2(x28, p + '/positions/' + i27))) return e;
  }
  if (!matches(d['totalInitialMargin'], pattern1)) return stringErrorAt(d, p, '#', 'totalInitialMargin', source2);
  if (!matches(d['totalMaintMargin'], pattern1)) return stringErrorAt(d, p, '#', 'totalMaintMargin', source2);
  if (!matches(d['totalWalletBalance'], pattern1)) return stringErrorAt(d, p, '#', 'totalWalletBalance', source2);
  if (!matches(d['totalUnrealizedProfit'], pattern1)) return stringErrorAt(d, p, '#', 'totalUnrealizedProfit', source2);
  if (!matches(d['totalMarginBalance'], pattern1)) return stringErrorAt(d, p, '#', 'totalMarginBalance', source2);
  if (!matches(d['totalPositionInitialMargin'], pattern1)) return stringErrorAt(d, p, '#', 'totalPositionInitialMargin', source2);
  if (!matches(d['totalOpenOrderInitialMargin'], pattern1)) return stringErrorAt(d, p, '#', 'totalOpenOrderInitialMargin', source2);
  if (!matches(d['totalCrossWalletBalance'], pattern1)) return stringErrorAt(d, p, '#', 'totalCrossWalletBalance', source2);
  if (!matches(d['totalCrossUnPnl'], pattern1)) return stringErrorAt(d, p, '#', 'totalCrossUnPnl', source2);
  if (!matches(d['availableBalance'], pattern1)) return stringErrorAt(d, p, '#', 'availableBalance', source2);
  if (!matches(d['maxWithdrawAmount'], pattern1)) return stringErrorAt(d, p, '#', 'maxWithdrawAmount', source2);
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/assets/items/type', 'object');
  if (typeof d['marginAvailable'] !== 'boolean') return typeErrorAt(d, p, at0, 'marginAvailable', 'boolean');
  if (typeof d['asset'] !== 'string') return typeErrorAt(d, p, at0, 'asset', 'string');
  if (!matches(d['walletBalance'], pattern1)) return stringErrorAt(d, p, at0, 'walletBalance', source2);
  if (!matches(d['unrealizedProfit'], pattern1)) return stringErrorAt(d, p, at0, 'unrealizedProfit', source2);
  if (!matches(d['marginBalance'], pattern1)) return stringErrorAt(d, p, at0, 'marginBalance', source2);
  if (!matches(d['maintMargin'], pattern1)) return stringErrorAt(d, p, at0, 'maintMargin', source2);
  if (!matches(d['initialMargin'], pattern1)) return stringErrorAt(d, p, at0, 'initialMargin', source2);
  if (!matches(d['positionInitialMargin'], pattern1)) return stringErrorAt(d, p, at0, 'positionInitialMargin', source2);
  if (!matches(d['openOrderInitialMargin'], pattern1)) return stringErrorAt(d, p, at0, 'openOrderInitialMargin', source2);
  if (!matches(d['crossWalletBalance'], pattern1)) return stringErrorAt(d, p, at0, 'crossWalletBalance', source2);
  if (!matches(d['crossUnPnl'], pattern1)) return stringErrorAt(d, p, at0, 'crossUnPnl', source2);
  if (!matches(d['availableBalance'], pattern1)) return stringErrorAt(d, p, at0, 'availableBalance', source2);
  if (!matches(d['maxWithdrawAmount'], pattern1)) return stringErrorAt(d, p, at0, 'maxWithdrawAmount', source2);
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, at0, 'updateTime', 'integer');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/positions/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at3, 'symbol', 'string');
  if (!matches(d['initialMargin'], pattern1)) return stringErrorAt(d, p, at3, 'initialMargin', source2);
  if (!matches(d['maintMargin'], pattern1)) return stringErrorAt(d, p, at3, 'maintMargin', source2);
  if (!matches(d['unrealizedProfit'], pattern1)) return stringErrorAt(d, p, at3, 'unrealizedProfit', source2);
  if (!matches(d['positionInitialMargin'], pattern1)) return stringErrorAt(d, p, at3, 'positionInitialMargin', source2);
  if (!matches(d['openOrderInitialMargin'], pattern1)) return stringErrorAt(d, p, at3, 'openOrderInitialMargin', source2);
  if (!matches(d['leverage'], pattern1)) return stringErrorAt(d, p, at3, 'leverage', source2);
  if (typeof d['isolated'] !== 'boolean') return typeErrorAt(d, p, at3, 'isolated', 'boolean');
  if (!matches(d['entryPrice'], pattern1)) return stringErrorAt(d, p, at3, 'entryPrice', source2);
  if (!matches(d['maxNotional'], pattern1)) return stringErrorAt(d, p, at3, 'maxNotional', source2);
  if (!matches(d['bidNotional'], pattern1)) return stringErrorAt(d, p, at3, 'bidNotional', source2);
  if (!matches(d['askNotional'], pattern1)) return stringErrorAt(d, p, at3, 'askNotional', source2);
  if (typeof d['positionSide'] !== 'string') return typeErrorAt(d, p, at3, 'positionSide', 'string');
  if (!matches(d['positionAmt'], pattern1)) return stringErrorAt(d, p, at3, 'positionAmt', source2);
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, at3, 'updateTime', 'integer');
  const x44: unknown = d['breakEvenPrice'];
  if (x44 !== undefined) {
    if (!matches(x44, pattern1)) return stringErrorAt(d, p, at3, 'breakEvenPrice', source2);
  }
  return undefined;
}
