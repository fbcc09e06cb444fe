// Generated from spec/usdm/operations/get-account.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-account.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
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
  if (d['assets'] === undefined) return requiredError(p, '#/required', 'assets');
  if (d['positions'] === undefined) return requiredError(p, '#/required', 'positions');
  const x0: unknown = d['totalInitialMargin'];
  if (typeof x0 !== 'string') return typeError(p + '/totalInitialMargin', '#/properties/totalInitialMargin/type', 'string');
  if (!pattern0.test(x0)) return patternError(p + '/totalInitialMargin', '#/properties/totalInitialMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x1: unknown = d['totalMaintMargin'];
  if (typeof x1 !== 'string') return typeError(p + '/totalMaintMargin', '#/properties/totalMaintMargin/type', 'string');
  if (!pattern0.test(x1)) return patternError(p + '/totalMaintMargin', '#/properties/totalMaintMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x2: unknown = d['totalWalletBalance'];
  if (typeof x2 !== 'string') return typeError(p + '/totalWalletBalance', '#/properties/totalWalletBalance/type', 'string');
  if (!pattern0.test(x2)) return patternError(p + '/totalWalletBalance', '#/properties/totalWalletBalance/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x3: unknown = d['totalUnrealizedProfit'];
  if (typeof x3 !== 'string') return typeError(p + '/totalUnrealizedProfit', '#/properties/totalUnrealizedProfit/type', 'string');
  if (!pattern0.test(x3)) return patternError(p + '/totalUnrealizedProfit', '#/properties/totalUnrealizedProfit/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x4: unknown = d['totalMarginBalance'];
  if (typeof x4 !== 'string') return typeError(p + '/totalMarginBalance', '#/properties/totalMarginBalance/type', 'string');
  if (!pattern0.test(x4)) return patternError(p + '/totalMarginBalance', '#/properties/totalMarginBalance/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x5: unknown = d['totalPositionInitialMargin'];
  if (typeof x5 !== 'string') return typeError(p + '/totalPositionInitialMargin', '#/properties/totalPositionInitialMargin/type', 'string');
  if (!pattern0.test(x5)) return patternError(p + '/totalPositionInitialMargin', '#/properties/totalPositionInitialMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x6: unknown = d['totalOpenOrderInitialMargin'];
  if (typeof x6 !== 'string') return typeError(p + '/totalOpenOrderInitialMargin', '#/properties/totalOpenOrderInitialMargin/type', 'string');
  if (!pattern0.test(x6)) return patternError(p + '/totalOpenOrderInitialMargin', '#/properties/totalOpenOrderInitialMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x7: unknown = d['totalCrossWalletBalance'];
  if (typeof x7 !== 'string') return typeError(p + '/totalCrossWalletBalance', '#/properties/totalCrossWalletBalance/type', 'string');
  if (!pattern0.test(x7)) return patternError(p + '/totalCrossWalletBalance', '#/properties/totalCrossWalletBalance/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x8: unknown = d['totalCrossUnPnl'];
  if (typeof x8 !== 'string') return typeError(p + '/totalCrossUnPnl', '#/properties/totalCrossUnPnl/type', 'string');
  if (!pattern0.test(x8)) return patternError(p + '/totalCrossUnPnl', '#/properties/totalCrossUnPnl/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x9: unknown = d['availableBalance'];
  if (typeof x9 !== 'string') return typeError(p + '/availableBalance', '#/properties/availableBalance/type', 'string');
  if (!pattern0.test(x9)) return patternError(p + '/availableBalance', '#/properties/availableBalance/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x10: unknown = d['maxWithdrawAmount'];
  if (typeof x10 !== 'string') return typeError(p + '/maxWithdrawAmount', '#/properties/maxWithdrawAmount/type', 'string');
  if (!pattern0.test(x10)) return patternError(p + '/maxWithdrawAmount', '#/properties/maxWithdrawAmount/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x11: unknown = d['assets'];
  if (!Array.isArray(x11)) return typeError(p + '/assets', '#/properties/assets/type', 'array');
  for (let i12 = 0; i12 < x11.length; i12++) {
    const x13: unknown = x11[i12];
    if ((e = check1(x13, p + '/assets/' + i12))) return e;
  }
  const x27: unknown = d['positions'];
  if (!Array.isArray(x27)) return typeError(p + '/positions', '#/properties/positions/type', 'array');
  for (let i28 = 0; i28 < x27.length; i28++) {
    const x29: unknown = x27[i28];
    if ((e = check2(x29, p + '/positions/' + i28))) return e;
  }
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
  const x14: unknown = d['asset'];
  if (typeof x14 !== 'string') return typeError(p + '/asset', '#/properties/assets/items/properties/asset/type', 'string');
  const x15: unknown = d['walletBalance'];
  if (typeof x15 !== 'string') return typeError(p + '/walletBalance', '#/properties/assets/items/properties/walletBalance/type', 'string');
  if (!pattern0.test(x15)) return patternError(p + '/walletBalance', '#/properties/assets/items/properties/walletBalance/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x16: unknown = d['unrealizedProfit'];
  if (typeof x16 !== 'string') return typeError(p + '/unrealizedProfit', '#/properties/assets/items/properties/unrealizedProfit/type', 'string');
  if (!pattern0.test(x16)) return patternError(p + '/unrealizedProfit', '#/properties/assets/items/properties/unrealizedProfit/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x17: unknown = d['marginBalance'];
  if (typeof x17 !== 'string') return typeError(p + '/marginBalance', '#/properties/assets/items/properties/marginBalance/type', 'string');
  if (!pattern0.test(x17)) return patternError(p + '/marginBalance', '#/properties/assets/items/properties/marginBalance/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x18: unknown = d['maintMargin'];
  if (typeof x18 !== 'string') return typeError(p + '/maintMargin', '#/properties/assets/items/properties/maintMargin/type', 'string');
  if (!pattern0.test(x18)) return patternError(p + '/maintMargin', '#/properties/assets/items/properties/maintMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x19: unknown = d['initialMargin'];
  if (typeof x19 !== 'string') return typeError(p + '/initialMargin', '#/properties/assets/items/properties/initialMargin/type', 'string');
  if (!pattern0.test(x19)) return patternError(p + '/initialMargin', '#/properties/assets/items/properties/initialMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x20: unknown = d['positionInitialMargin'];
  if (typeof x20 !== 'string') return typeError(p + '/positionInitialMargin', '#/properties/assets/items/properties/positionInitialMargin/type', 'string');
  if (!pattern0.test(x20)) return patternError(p + '/positionInitialMargin', '#/properties/assets/items/properties/positionInitialMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x21: unknown = d['openOrderInitialMargin'];
  if (typeof x21 !== 'string') return typeError(p + '/openOrderInitialMargin', '#/properties/assets/items/properties/openOrderInitialMargin/type', 'string');
  if (!pattern0.test(x21)) return patternError(p + '/openOrderInitialMargin', '#/properties/assets/items/properties/openOrderInitialMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x22: unknown = d['crossWalletBalance'];
  if (typeof x22 !== 'string') return typeError(p + '/crossWalletBalance', '#/properties/assets/items/properties/crossWalletBalance/type', 'string');
  if (!pattern0.test(x22)) return patternError(p + '/crossWalletBalance', '#/properties/assets/items/properties/crossWalletBalance/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x23: unknown = d['crossUnPnl'];
  if (typeof x23 !== 'string') return typeError(p + '/crossUnPnl', '#/properties/assets/items/properties/crossUnPnl/type', 'string');
  if (!pattern0.test(x23)) return patternError(p + '/crossUnPnl', '#/properties/assets/items/properties/crossUnPnl/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x24: unknown = d['availableBalance'];
  if (typeof x24 !== 'string') return typeError(p + '/availableBalance', '#/properties/assets/items/properties/availableBalance/type', 'string');
  if (!pattern0.test(x24)) return patternError(p + '/availableBalance', '#/properties/assets/items/properties/availableBalance/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x25: unknown = d['maxWithdrawAmount'];
  if (typeof x25 !== 'string') return typeError(p + '/maxWithdrawAmount', '#/properties/assets/items/properties/maxWithdrawAmount/type', 'string');
  if (!pattern0.test(x25)) return patternError(p + '/maxWithdrawAmount', '#/properties/assets/items/properties/maxWithdrawAmount/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x26: unknown = d['updateTime'];
  if (!isInteger(x26)) return typeError(p + '/updateTime', '#/properties/assets/items/properties/updateTime/type', 'integer');
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
  const x30: unknown = d['symbol'];
  if (typeof x30 !== 'string') return typeError(p + '/symbol', '#/properties/positions/items/properties/symbol/type', 'string');
  const x31: unknown = d['positionSide'];
  if (typeof x31 !== 'string') return typeError(p + '/positionSide', '#/properties/positions/items/properties/positionSide/type', 'string');
  const x32: unknown = d['positionAmt'];
  if (typeof x32 !== 'string') return typeError(p + '/positionAmt', '#/properties/positions/items/properties/positionAmt/type', 'string');
  if (!pattern0.test(x32)) return patternError(p + '/positionAmt', '#/properties/positions/items/properties/positionAmt/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x33: unknown = d['unrealizedProfit'];
  if (typeof x33 !== 'string') return typeError(p + '/unrealizedProfit', '#/properties/positions/items/properties/unrealizedProfit/type', 'string');
  if (!pattern0.test(x33)) return patternError(p + '/unrealizedProfit', '#/properties/positions/items/properties/unrealizedProfit/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x34: unknown = d['isolatedMargin'];
  if (typeof x34 !== 'string') return typeError(p + '/isolatedMargin', '#/properties/positions/items/properties/isolatedMargin/type', 'string');
  if (!pattern0.test(x34)) return patternError(p + '/isolatedMargin', '#/properties/positions/items/properties/isolatedMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x35: unknown = d['notional'];
  if (typeof x35 !== 'string') return typeError(p + '/notional', '#/properties/positions/items/properties/notional/type', 'string');
  if (!pattern0.test(x35)) return patternError(p + '/notional', '#/properties/positions/items/properties/notional/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x36: unknown = d['isolatedWallet'];
  if (typeof x36 !== 'string') return typeError(p + '/isolatedWallet', '#/properties/positions/items/properties/isolatedWallet/type', 'string');
  if (!pattern0.test(x36)) return patternError(p + '/isolatedWallet', '#/properties/positions/items/properties/isolatedWallet/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x37: unknown = d['initialMargin'];
  if (typeof x37 !== 'string') return typeError(p + '/initialMargin', '#/properties/positions/items/properties/initialMargin/type', 'string');
  if (!pattern0.test(x37)) return patternError(p + '/initialMargin', '#/properties/positions/items/properties/initialMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x38: unknown = d['maintMargin'];
  if (typeof x38 !== 'string') return typeError(p + '/maintMargin', '#/properties/positions/items/properties/maintMargin/type', 'string');
  if (!pattern0.test(x38)) return patternError(p + '/maintMargin', '#/properties/positions/items/properties/maintMargin/pattern', '^-?[0-9]+(\\.[0-9]+)?$');
  const x39: unknown = d['updateTime'];
  if (!isInteger(x39)) return typeError(p + '/updateTime', '#/properties/positions/items/properties/updateTime/type', 'integer');
  return undefined;
}
