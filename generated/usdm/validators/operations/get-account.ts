// Generated from spec/usdm/operations/get-account.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-account.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
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
  const x0: unknown = d['assets'];
  if (!Array.isArray(x0)) return typeError(p + '/assets', '#/properties/assets/type', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/assets/' + i1))) return e;
  }
  const x16: unknown = d['positions'];
  if (!Array.isArray(x16)) return typeError(p + '/positions', '#/properties/positions/type', 'array');
  for (let i17 = 0; i17 < x16.length; i17++) {
    const x18: unknown = x16[i17];
    if ((e = check2(x18, p + '/positions/' + i17))) return e;
  }
  const x29: unknown = d['totalInitialMargin'];
  if (!matches(x29, pattern0)) return stringError(x29, pattern0, p + '/totalInitialMargin', '#/properties/totalInitialMargin');
  const x30: unknown = d['totalMaintMargin'];
  if (!matches(x30, pattern0)) return stringError(x30, pattern0, p + '/totalMaintMargin', '#/properties/totalMaintMargin');
  const x31: unknown = d['totalWalletBalance'];
  if (!matches(x31, pattern0)) return stringError(x31, pattern0, p + '/totalWalletBalance', '#/properties/totalWalletBalance');
  const x32: unknown = d['totalUnrealizedProfit'];
  if (!matches(x32, pattern0)) return stringError(x32, pattern0, p + '/totalUnrealizedProfit', '#/properties/totalUnrealizedProfit');
  const x33: unknown = d['totalMarginBalance'];
  if (!matches(x33, pattern0)) return stringError(x33, pattern0, p + '/totalMarginBalance', '#/properties/totalMarginBalance');
  const x34: unknown = d['totalPositionInitialMargin'];
  if (!matches(x34, pattern0)) return stringError(x34, pattern0, p + '/totalPositionInitialMargin', '#/properties/totalPositionInitialMargin');
  const x35: unknown = d['totalOpenOrderInitialMargin'];
  if (!matches(x35, pattern0)) return stringError(x35, pattern0, p + '/totalOpenOrderInitialMargin', '#/properties/totalOpenOrderInitialMargin');
  const x36: unknown = d['totalCrossWalletBalance'];
  if (!matches(x36, pattern0)) return stringError(x36, pattern0, p + '/totalCrossWalletBalance', '#/properties/totalCrossWalletBalance');
  const x37: unknown = d['totalCrossUnPnl'];
  if (!matches(x37, pattern0)) return stringError(x37, pattern0, p + '/totalCrossUnPnl', '#/properties/totalCrossUnPnl');
  const x38: unknown = d['availableBalance'];
  if (!matches(x38, pattern0)) return stringError(x38, pattern0, p + '/availableBalance', '#/properties/availableBalance');
  const x39: unknown = d['maxWithdrawAmount'];
  if (!matches(x39, pattern0)) return stringError(x39, pattern0, p + '/maxWithdrawAmount', '#/properties/maxWithdrawAmount');
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/assets/items/type', 'object');
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
  const x3: unknown = d['asset'];
  if (typeof x3 !== 'string') return typeError(p + '/asset', '#/properties/assets/items/properties/asset/type', 'string');
  const x4: unknown = d['walletBalance'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/walletBalance', '#/properties/assets/items/properties/walletBalance');
  const x5: unknown = d['unrealizedProfit'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/unrealizedProfit', '#/properties/assets/items/properties/unrealizedProfit');
  const x6: unknown = d['marginBalance'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/marginBalance', '#/properties/assets/items/properties/marginBalance');
  const x7: unknown = d['maintMargin'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/maintMargin', '#/properties/assets/items/properties/maintMargin');
  const x8: unknown = d['initialMargin'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/initialMargin', '#/properties/assets/items/properties/initialMargin');
  const x9: unknown = d['positionInitialMargin'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/positionInitialMargin', '#/properties/assets/items/properties/positionInitialMargin');
  const x10: unknown = d['openOrderInitialMargin'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/openOrderInitialMargin', '#/properties/assets/items/properties/openOrderInitialMargin');
  const x11: unknown = d['crossWalletBalance'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/crossWalletBalance', '#/properties/assets/items/properties/crossWalletBalance');
  const x12: unknown = d['crossUnPnl'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/crossUnPnl', '#/properties/assets/items/properties/crossUnPnl');
  const x13: unknown = d['availableBalance'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/availableBalance', '#/properties/assets/items/properties/availableBalance');
  const x14: unknown = d['maxWithdrawAmount'];
  if (!matches(x14, pattern0)) return stringError(x14, pattern0, p + '/maxWithdrawAmount', '#/properties/assets/items/properties/maxWithdrawAmount');
  const x15: unknown = d['updateTime'];
  if (!isInteger(x15)) return typeError(p + '/updateTime', '#/properties/assets/items/properties/updateTime/type', 'integer');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/positions/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'symbol');
  if (d['positionSide'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'positionSide');
  if (d['positionAmt'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'positionAmt');
  if (d['unrealizedProfit'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'unrealizedProfit');
  if (d['isolatedMargin'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'isolatedMargin');
  if (d['notional'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'notional');
  if (d['isolatedWallet'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'isolatedWallet');
  if (d['initialMargin'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'initialMargin');
  if (d['maintMargin'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'maintMargin');
  if (d['updateTime'] === undefined) return requiredError(p, '#/properties/positions/items/required', 'updateTime');
  const x19: unknown = d['symbol'];
  if (typeof x19 !== 'string') return typeError(p + '/symbol', '#/properties/positions/items/properties/symbol/type', 'string');
  const x20: unknown = d['positionSide'];
  if (typeof x20 !== 'string') return typeError(p + '/positionSide', '#/properties/positions/items/properties/positionSide/type', 'string');
  const x21: unknown = d['positionAmt'];
  if (!matches(x21, pattern0)) return stringError(x21, pattern0, p + '/positionAmt', '#/properties/positions/items/properties/positionAmt');
  const x22: unknown = d['unrealizedProfit'];
  if (!matches(x22, pattern0)) return stringError(x22, pattern0, p + '/unrealizedProfit', '#/properties/positions/items/properties/unrealizedProfit');
  const x23: unknown = d['isolatedMargin'];
  if (!matches(x23, pattern0)) return stringError(x23, pattern0, p + '/isolatedMargin', '#/properties/positions/items/properties/isolatedMargin');
  const x24: unknown = d['notional'];
  if (!matches(x24, pattern0)) return stringError(x24, pattern0, p + '/notional', '#/properties/positions/items/properties/notional');
  const x25: unknown = d['isolatedWallet'];
  if (!matches(x25, pattern0)) return stringError(x25, pattern0, p + '/isolatedWallet', '#/properties/positions/items/properties/isolatedWallet');
  const x26: unknown = d['initialMargin'];
  if (!matches(x26, pattern0)) return stringError(x26, pattern0, p + '/initialMargin', '#/properties/positions/items/properties/initialMargin');
  const x27: unknown = d['maintMargin'];
  if (!matches(x27, pattern0)) return stringError(x27, pattern0, p + '/maintMargin', '#/properties/positions/items/properties/maintMargin');
  const x28: unknown = d['updateTime'];
  if (!isInteger(x28)) return typeError(p + '/updateTime', '#/properties/positions/items/properties/updateTime/type', 'integer');
  return undefined;
}
