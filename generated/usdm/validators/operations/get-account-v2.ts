// Generated from spec/usdm/operations/get-account-v2.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-account-v2.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['feeTier'] === undefined) return requiredError(p, '#/required', 'feeTier');
  if (d['canTrade'] === undefined) return requiredError(p, '#/required', 'canTrade');
  if (d['canDeposit'] === undefined) return requiredError(p, '#/required', 'canDeposit');
  if (d['canWithdraw'] === undefined) return requiredError(p, '#/required', 'canWithdraw');
  if (d['updateTime'] === undefined) return requiredError(p, '#/required', 'updateTime');
  if (d['multiAssetsMargin'] === undefined) return requiredError(p, '#/required', 'multiAssetsMargin');
  if (d['tradeGroupId'] === undefined) return requiredError(p, '#/required', 'tradeGroupId');
  if (d['assets'] === undefined) return requiredError(p, '#/required', 'assets');
  if (d['positions'] === undefined) return requiredError(p, '#/required', 'positions');
  if (d['totalInitialMargin'] === undefined) return requiredError(p, '#/required', 'totalInitialMargin');
  if (d['totalMaintMargin'] === undefined) return requiredError(p, '#/required', 'totalMaintMargin');
  if (d['totalWalletBalance'] === undefined) return requiredError(p, '#/required', 'totalWalletBalance');
  if (d['totalUnrealizedProfit'] === undefined) return requiredError(p, '#/required', 'totalUnrealizedProfit');
  if (d['totalMarginBalance'] === undefined) return requiredError(p, '#/required', 'totalMarginBalance');
  if (d['totalPositionInitialMargin'] === undefined) return requiredError(p, '#/required', 'totalPositionInitialMargin');
  if (d['totalOpenOrderInitialMargin'] === undefined) return requiredError(p, '#/required', 'totalOpenOrderInitialMargin');
  if (d['totalCrossWalletBalance'] === undefined) return requiredError(p, '#/required', 'totalCrossWalletBalance');
  if (d['totalCrossUnPnl'] === undefined) return requiredError(p, '#/required', 'totalCrossUnPnl');
  if (d['availableBalance'] === undefined) return requiredError(p, '#/required', 'availableBalance');
  if (d['maxWithdrawAmount'] === undefined) return requiredError(p, '#/required', 'maxWithdrawAmount');
  const x0: unknown = d['feeTier'];
  if (!isInteger(x0)) return typeError(p + '/feeTier', '#/properties/feeTier/type', 'integer');
  const x1: unknown = d['canTrade'];
  if (typeof x1 !== 'boolean') return typeError(p + '/canTrade', '#/properties/canTrade/type', 'boolean');
  const x2: unknown = d['canDeposit'];
  if (typeof x2 !== 'boolean') return typeError(p + '/canDeposit', '#/properties/canDeposit/type', 'boolean');
  const x3: unknown = d['canWithdraw'];
  if (typeof x3 !== 'boolean') return typeError(p + '/canWithdraw', '#/properties/canWithdraw/type', 'boolean');
  const x4: unknown = d['updateTime'];
  if (!isInteger(x4)) return typeError(p + '/updateTime', '#/properties/updateTime/type', 'integer');
  const x5: unknown = d['multiAssetsMargin'];
  if (typeof x5 !== 'boolean') return typeError(p + '/multiAssetsMargin', '#/properties/multiAssetsMargin/type', 'boolean');
  const x6: unknown = d['tradeGroupId'];
  if (!isInteger(x6)) return typeError(p + '/tradeGroupId', '#/properties/tradeGroupId/type', 'integer');
  const x7: unknown = d['assets'];
  if (!Array.isArray(x7)) return typeError(p + '/assets', '#/properties/assets/type', 'array');
  for (let i8 = 0; i8 < x7.length; i8++) {
    const x9: unknown = x7[i8];
    if ((e = check1(x9, p + '/assets/' + i8))) return e;
  }
  const x24: unknown = d['positions'];
  if (!Array.isArray(x24)) return typeError(p + '/positions', '#/properties/positions/type', 'array');
  for (let i25 = 0; i25 < x24.length; i25++) {
    const x26: unknown = x24[i25];
    if ((e = check2(x26, p + '/positions/' + i25))) return e;
  }
  const x43: unknown = d['totalInitialMargin'];
  if (!matches(x43, pattern0)) return stringError(x43, pattern0, p + '/totalInitialMargin', '#/properties/totalInitialMargin', source1);
  const x44: unknown = d['totalMaintMargin'];
  if (!matches(x44, pattern0)) return stringError(x44, pattern0, p + '/totalMaintMargin', '#/properties/totalMaintMargin', source1);
  const x45: unknown = d['totalWalletBalance'];
  if (!matches(x45, pattern0)) return stringError(x45, pattern0, p + '/totalWalletBalance', '#/properties/totalWalletBalance', source1);
  const x46: unknown = d['totalUnrealizedProfit'];
  if (!matches(x46, pattern0)) return stringError(x46, pattern0, p + '/totalUnrealizedProfit', '#/properties/totalUnrealizedProfit', source1);
  const x47: unknown = d['totalMarginBalance'];
  if (!matches(x47, pattern0)) return stringError(x47, pattern0, p + '/totalMarginBalance', '#/properties/totalMarginBalance', source1);
  const x48: unknown = d['totalPositionInitialMargin'];
  if (!matches(x48, pattern0)) return stringError(x48, pattern0, p + '/totalPositionInitialMargin', '#/properties/totalPositionInitialMargin', source1);
  const x49: unknown = d['totalOpenOrderInitialMargin'];
  if (!matches(x49, pattern0)) return stringError(x49, pattern0, p + '/totalOpenOrderInitialMargin', '#/properties/totalOpenOrderInitialMargin', source1);
  const x50: unknown = d['totalCrossWalletBalance'];
  if (!matches(x50, pattern0)) return stringError(x50, pattern0, p + '/totalCrossWalletBalance', '#/properties/totalCrossWalletBalance', source1);
  const x51: unknown = d['totalCrossUnPnl'];
  if (!matches(x51, pattern0)) return stringError(x51, pattern0, p + '/totalCrossUnPnl', '#/properties/totalCrossUnPnl', source1);
  const x52: unknown = d['availableBalance'];
  if (!matches(x52, pattern0)) return stringError(x52, pattern0, p + '/availableBalance', '#/properties/availableBalance', source1);
  const x53: unknown = d['maxWithdrawAmount'];
  if (!matches(x53, pattern0)) return stringError(x53, pattern0, p + '/maxWithdrawAmount', '#/properties/maxWithdrawAmount', source1);
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/assets/items/type', 'object');
  if (d['marginAvailable'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'marginAvailable');
  if (d['asset'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'asset');
  if (d['walletBalance'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'walletBalance');
  if (d['unrealizedProfit'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'unrealizedProfit');
  if (d['marginBalance'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'marginBalance');
  if (d['maintMargin'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'maintMargin');
  if (d['initialMargin'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'initialMargin');
  if (d['positionInitialMargin'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'positionInitialMargin');
  if (d['openOrderInitialMargin'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'openOrderInitialMargin');
  if (d['crossWalletBalance'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'crossWalletBalance');
  if (d['crossUnPnl'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'crossUnPnl');
  if (d['availableBalance'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'availableBalance');
  if (d['maxWithdrawAmount'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'maxWithdrawAmount');
  if (d['updateTime'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'updateTime');
  const x10: unknown = d['marginAvailable'];
  if (typeof x10 !== 'boolean') return typeError(p + '/marginAvailable', '#/properties/assets/items/properties/marginAvailable/type', 'boolean');
  const x11: unknown = d['asset'];
  if (typeof x11 !== 'string') return typeError(p + '/asset', '#/properties/assets/items/properties/asset/type', 'string');
  const x12: unknown = d['walletBalance'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/walletBalance', '#/properties/assets/items/properties/walletBalance', source1);
  const x13: unknown = d['unrealizedProfit'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/unrealizedProfit', '#/properties/assets/items/properties/unrealizedProfit', source1);
  const x14: unknown = d['marginBalance'];
  if (!matches(x14, pattern0)) return stringError(x14, pattern0, p + '/marginBalance', '#/properties/assets/items/properties/marginBalance', source1);
  const x15: unknown = d['maintMargin'];
  if (!matches(x15, pattern0)) return stringError(x15, pattern0, p + '/maintMargin', '#/properties/assets/items/properties/maintMargin', source1);
  const x16: unknown = d['initialMargin'];
  if (!matches(x16, pattern0)) return stringError(x16, pattern0, p + '/initialMargin', '#/properties/assets/items/properties/initialMargin', source1);
  const x17: unknown = d['positionInitialMargin'];
  if (!matches(x17, pattern0)) return stringError(x17, pattern0, p + '/positionInitialMargin', '#/properties/assets/items/properties/positionInitialMargin', source1);
  const x18: unknown = d['openOrderInitialMargin'];
  if (!matches(x18, pattern0)) return stringError(x18, pattern0, p + '/openOrderInitialMargin', '#/properties/assets/items/properties/openOrderInitialMargin', source1);
  const x19: unknown = d['crossWalletBalance'];
  if (!matches(x19, pattern0)) return stringError(x19, pattern0, p + '/crossWalletBalance', '#/properties/assets/items/properties/crossWalletBalance', source1);
  const x20: unknown = d['crossUnPnl'];
  if (!matches(x20, pattern0)) return stringError(x20, pattern0, p + '/crossUnPnl', '#/properties/assets/items/properties/crossUnPnl', source1);
  const x21: unknown = d['availableBalance'];
  if (!matches(x21, pattern0)) return stringError(x21, pattern0, p + '/availableBalance', '#/properties/assets/items/properties/availableBalance', source1);
  const x22: unknown = d['maxWithdrawAmount'];
  if (!matches(x22, pattern0)) return stringError(x22, pattern0, p + '/maxWithdrawAmount', '#/properties/assets/items/properties/maxWithdrawAmount', source1);
  const x23: unknown = d['updateTime'];
  if (!isInteger(x23)) return typeError(p + '/updateTime', '#/properties/assets/items/properties/updateTime/type', 'integer');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/positions/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'symbol');
  if (d['initialMargin'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'initialMargin');
  if (d['maintMargin'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'maintMargin');
  if (d['unrealizedProfit'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'unrealizedProfit');
  if (d['positionInitialMargin'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'positionInitialMargin');
  if (d['openOrderInitialMargin'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'openOrderInitialMargin');
  if (d['leverage'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'leverage');
  if (d['isolated'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'isolated');
  if (d['entryPrice'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'entryPrice');
  if (d['maxNotional'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'maxNotional');
  if (d['bidNotional'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'bidNotional');
  if (d['askNotional'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'askNotional');
  if (d['positionSide'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'positionSide');
  if (d['positionAmt'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'positionAmt');
  if (d['updateTime'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'updateTime');
  const x27: unknown = d['symbol'];
  if (typeof x27 !== 'string') return typeError(p + '/symbol', '#/properties/positions/items/properties/symbol/type', 'string');
  const x28: unknown = d['initialMargin'];
  if (!matches(x28, pattern0)) return stringError(x28, pattern0, p + '/initialMargin', '#/properties/positions/items/properties/initialMargin', source1);
  const x29: unknown = d['maintMargin'];
  if (!matches(x29, pattern0)) return stringError(x29, pattern0, p + '/maintMargin', '#/properties/positions/items/properties/maintMargin', source1);
  const x30: unknown = d['unrealizedProfit'];
  if (!matches(x30, pattern0)) return stringError(x30, pattern0, p + '/unrealizedProfit', '#/properties/positions/items/properties/unrealizedProfit', source1);
  const x31: unknown = d['positionInitialMargin'];
  if (!matches(x31, pattern0)) return stringError(x31, pattern0, p + '/positionInitialMargin', '#/properties/positions/items/properties/positionInitialMargin', source1);
  const x32: unknown = d['openOrderInitialMargin'];
  if (!matches(x32, pattern0)) return stringError(x32, pattern0, p + '/openOrderInitialMargin', '#/properties/positions/items/properties/openOrderInitialMargin', source1);
  const x33: unknown = d['leverage'];
  if (!matches(x33, pattern0)) return stringError(x33, pattern0, p + '/leverage', '#/properties/positions/items/properties/leverage', source1);
  const x34: unknown = d['isolated'];
  if (typeof x34 !== 'boolean') return typeError(p + '/isolated', '#/properties/positions/items/properties/isolated/type', 'boolean');
  const x35: unknown = d['entryPrice'];
  if (!matches(x35, pattern0)) return stringError(x35, pattern0, p + '/entryPrice', '#/properties/positions/items/properties/entryPrice', source1);
  const x36: unknown = d['maxNotional'];
  if (!matches(x36, pattern0)) return stringError(x36, pattern0, p + '/maxNotional', '#/properties/positions/items/properties/maxNotional', source1);
  const x37: unknown = d['bidNotional'];
  if (!matches(x37, pattern0)) return stringError(x37, pattern0, p + '/bidNotional', '#/properties/positions/items/properties/bidNotional', source1);
  const x38: unknown = d['askNotional'];
  if (!matches(x38, pattern0)) return stringError(x38, pattern0, p + '/askNotional', '#/properties/positions/items/properties/askNotional', source1);
  const x39: unknown = d['positionSide'];
  if (typeof x39 !== 'string') return typeError(p + '/positionSide', '#/properties/positions/items/properties/positionSide/type', 'string');
  const x40: unknown = d['positionAmt'];
  if (!matches(x40, pattern0)) return stringError(x40, pattern0, p + '/positionAmt', '#/properties/positions/items/properties/positionAmt', source1);
  const x41: unknown = d['updateTime'];
  if (!isInteger(x41)) return typeError(p + '/updateTime', '#/properties/positions/items/properties/updateTime/type', 'integer');
  const x42: unknown = d['breakEvenPrice'];
  if (x42 !== undefined) {
    if (!matches(x42, pattern0)) return stringError(x42, pattern0, p + '/breakEvenPrice', '#/properties/positions/items/properties/breakEvenPrice', source1);
  }
  return undefined;
}
