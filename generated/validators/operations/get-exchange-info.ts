// Generated from spec/operations/get-exchange-info.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-exchange-info.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['timezone'] === undefined) return requiredError(p, '#/required', 'timezone');
  if (d['serverTime'] === undefined) return requiredError(p, '#/required', 'serverTime');
  if (d['rateLimits'] === undefined) return requiredError(p, '#/required', 'rateLimits');
  if (d['exchangeFilters'] === undefined) return requiredError(p, '#/required', 'exchangeFilters');
  if (d['symbols'] === undefined) return requiredError(p, '#/required', 'symbols');
  const x0: unknown = d['timezone'];
  if (typeof x0 !== 'string') return typeError(p + '/timezone', '#/properties/timezone/type', 'string');
  const x1: unknown = d['serverTime'];
  if (!isInteger(x1)) return typeError(p + '/serverTime', '#/properties/serverTime/type', 'integer');
  const x2: unknown = d['rateLimits'];
  if (!Array.isArray(x2)) return typeError(p + '/rateLimits', '#/properties/rateLimits/type', 'array');
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4: unknown = x2[i3];
    if ((e = check1(x4, p + '/rateLimits/' + i3))) return e;
  }
  const x9: unknown = d['exchangeFilters'];
  if (!Array.isArray(x9)) return typeError(p + '/exchangeFilters', '#/properties/exchangeFilters/type', 'array');
  for (let i10 = 0; i10 < x9.length; i10++) {
    const x11: unknown = x9[i10];
    if ((e = check2(x11, p + '/exchangeFilters/' + i10))) return e;
  }
  const x13: unknown = d['symbols'];
  if (!Array.isArray(x13)) return typeError(p + '/symbols', '#/properties/symbols/type', 'array');
  for (let i14 = 0; i14 < x13.length; i14++) {
    const x15: unknown = x13[i14];
    if ((e = check3(x15, p + '/symbols/' + i14))) return e;
  }
  const x54: unknown = d['sors'];
  if (x54 !== undefined) {
    if (!Array.isArray(x54)) return typeError(p + '/sors', '#/properties/sors/type', 'array');
    for (let i55 = 0; i55 < x54.length; i55++) {
      const x56: unknown = x54[i55];
      if ((e = check4(x56, p + '/sors/' + i55))) return e;
    }
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/rateLimits/items/type', 'object');
  if (d['rateLimitType'] === undefined) return requiredError(p, '#/properties/rateLimits/items/required', 'rateLimitType');
  if (d['interval'] === undefined) return requiredError(p, '#/properties/rateLimits/items/required', 'interval');
  if (d['intervalNum'] === undefined) return requiredError(p, '#/properties/rateLimits/items/required', 'intervalNum');
  if (d['limit'] === undefined) return requiredError(p, '#/properties/rateLimits/items/required', 'limit');
  const x5: unknown = d['rateLimitType'];
  if (typeof x5 !== 'string') return typeError(p + '/rateLimitType', '#/properties/rateLimits/items/properties/rateLimitType/type', 'string');
  const x6: unknown = d['interval'];
  if (typeof x6 !== 'string') return typeError(p + '/interval', '#/properties/rateLimits/items/properties/interval/type', 'string');
  const x7: unknown = d['intervalNum'];
  if (!isInteger(x7)) return typeError(p + '/intervalNum', '#/properties/rateLimits/items/properties/intervalNum/type', 'integer');
  const x8: unknown = d['limit'];
  if (!isInteger(x8)) return typeError(p + '/limit', '#/properties/rateLimits/items/properties/limit/type', 'integer');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/exchangeFilters/items/type', 'object');
  if (d['filterType'] === undefined) return requiredError(p, '#/properties/exchangeFilters/items/required', 'filterType');
  const x12: unknown = d['filterType'];
  if (typeof x12 !== 'string') return typeError(p + '/filterType', '#/properties/exchangeFilters/items/properties/filterType/type', 'string');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/symbols/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'symbol');
  if (d['status'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'status');
  if (d['baseAsset'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'baseAsset');
  if (d['baseAssetPrecision'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'baseAssetPrecision');
  if (d['quoteAsset'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'quoteAsset');
  if (d['quotePrecision'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'quotePrecision');
  if (d['quoteAssetPrecision'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'quoteAssetPrecision');
  if (d['baseCommissionPrecision'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'baseCommissionPrecision');
  if (d['quoteCommissionPrecision'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'quoteCommissionPrecision');
  if (d['orderTypes'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'orderTypes');
  if (d['icebergAllowed'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'icebergAllowed');
  if (d['ocoAllowed'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'ocoAllowed');
  if (d['quoteOrderQtyMarketAllowed'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'quoteOrderQtyMarketAllowed');
  if (d['allowTrailingStop'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'allowTrailingStop');
  if (d['cancelReplaceAllowed'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'cancelReplaceAllowed');
  if (d['isSpotTradingAllowed'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'isSpotTradingAllowed');
  if (d['isMarginTradingAllowed'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'isMarginTradingAllowed');
  if (d['filters'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'filters');
  if (d['permissions'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'permissions');
  if (d['defaultSelfTradePreventionMode'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'defaultSelfTradePreventionMode');
  if (d['allowedSelfTradePreventionModes'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'allowedSelfTradePreventionModes');
  const x16: unknown = d['symbol'];
  if (typeof x16 !== 'string') return typeError(p + '/symbol', '#/properties/symbols/items/properties/symbol/type', 'string');
  const x17: unknown = d['status'];
  if (typeof x17 !== 'string') return typeError(p + '/status', '#/properties/symbols/items/properties/status/type', 'string');
  const x18: unknown = d['baseAsset'];
  if (typeof x18 !== 'string') return typeError(p + '/baseAsset', '#/properties/symbols/items/properties/baseAsset/type', 'string');
  const x19: unknown = d['baseAssetPrecision'];
  if (!isInteger(x19)) return typeError(p + '/baseAssetPrecision', '#/properties/symbols/items/properties/baseAssetPrecision/type', 'integer');
  const x20: unknown = d['quoteAsset'];
  if (typeof x20 !== 'string') return typeError(p + '/quoteAsset', '#/properties/symbols/items/properties/quoteAsset/type', 'string');
  const x21: unknown = d['quotePrecision'];
  if (!isInteger(x21)) return typeError(p + '/quotePrecision', '#/properties/symbols/items/properties/quotePrecision/type', 'integer');
  const x22: unknown = d['quoteAssetPrecision'];
  if (!isInteger(x22)) return typeError(p + '/quoteAssetPrecision', '#/properties/symbols/items/properties/quoteAssetPrecision/type', 'integer');
  const x23: unknown = d['baseCommissionPrecision'];
  if (!isInteger(x23)) return typeError(p + '/baseCommissionPrecision', '#/properties/symbols/items/properties/baseCommissionPrecision/type', 'integer');
  const x24: unknown = d['quoteCommissionPrecision'];
  if (!isInteger(x24)) return typeError(p + '/quoteCommissionPrecision', '#/properties/symbols/items/properties/quoteCommissionPrecision/type', 'integer');
  const x25: unknown = d['orderTypes'];
  if (!Array.isArray(x25)) return typeError(p + '/orderTypes', '#/properties/symbols/items/properties/orderTypes/type', 'array');
  for (let i26 = 0; i26 < x25.length; i26++) {
    const x27: unknown = x25[i26];
    if (typeof x27 !== 'string') return typeError(p + '/orderTypes/' + i26, '#/properties/symbols/items/properties/orderTypes/items/type', 'string');
  }
  const x28: unknown = d['icebergAllowed'];
  if (typeof x28 !== 'boolean') return typeError(p + '/icebergAllowed', '#/properties/symbols/items/properties/icebergAllowed/type', 'boolean');
  const x29: unknown = d['ocoAllowed'];
  if (typeof x29 !== 'boolean') return typeError(p + '/ocoAllowed', '#/properties/symbols/items/properties/ocoAllowed/type', 'boolean');
  const x30: unknown = d['otoAllowed'];
  if (x30 !== undefined) {
    if (typeof x30 !== 'boolean') return typeError(p + '/otoAllowed', '#/properties/symbols/items/properties/otoAllowed/type', 'boolean');
  }
  const x31: unknown = d['opoAllowed'];
  if (x31 !== undefined) {
    if (typeof x31 !== 'boolean') return typeError(p + '/opoAllowed', '#/properties/symbols/items/properties/opoAllowed/type', 'boolean');
  }
  const x32: unknown = d['quoteOrderQtyMarketAllowed'];
  if (typeof x32 !== 'boolean') return typeError(p + '/quoteOrderQtyMarketAllowed', '#/properties/symbols/items/properties/quoteOrderQtyMarketAllowed/type', 'boolean');
  const x33: unknown = d['allowTrailingStop'];
  if (typeof x33 !== 'boolean') return typeError(p + '/allowTrailingStop', '#/properties/symbols/items/properties/allowTrailingStop/type', 'boolean');
  const x34: unknown = d['cancelReplaceAllowed'];
  if (typeof x34 !== 'boolean') return typeError(p + '/cancelReplaceAllowed', '#/properties/symbols/items/properties/cancelReplaceAllowed/type', 'boolean');
  const x35: unknown = d['amendAllowed'];
  if (x35 !== undefined) {
    if (typeof x35 !== 'boolean') return typeError(p + '/amendAllowed', '#/properties/symbols/items/properties/amendAllowed/type', 'boolean');
  }
  const x36: unknown = d['pegInstructionsAllowed'];
  if (x36 !== undefined) {
    if (typeof x36 !== 'boolean') return typeError(p + '/pegInstructionsAllowed', '#/properties/symbols/items/properties/pegInstructionsAllowed/type', 'boolean');
  }
  const x37: unknown = d['isSpotTradingAllowed'];
  if (typeof x37 !== 'boolean') return typeError(p + '/isSpotTradingAllowed', '#/properties/symbols/items/properties/isSpotTradingAllowed/type', 'boolean');
  const x38: unknown = d['isMarginTradingAllowed'];
  if (typeof x38 !== 'boolean') return typeError(p + '/isMarginTradingAllowed', '#/properties/symbols/items/properties/isMarginTradingAllowed/type', 'boolean');
  const x39: unknown = d['filters'];
  if (!Array.isArray(x39)) return typeError(p + '/filters', '#/properties/symbols/items/properties/filters/type', 'array');
  for (let i40 = 0; i40 < x39.length; i40++) {
    const x41: unknown = x39[i40];
    if ((e = check2(x41, p + '/filters/' + i40))) return e;
  }
  const x42: unknown = d['permissions'];
  if (!Array.isArray(x42)) return typeError(p + '/permissions', '#/properties/symbols/items/properties/permissions/type', 'array');
  for (let i43 = 0; i43 < x42.length; i43++) {
    const x44: unknown = x42[i43];
    if (typeof x44 !== 'string') return typeError(p + '/permissions/' + i43, '#/properties/symbols/items/properties/permissions/items/type', 'string');
  }
  const x45: unknown = d['permissionSets'];
  if (x45 !== undefined) {
    if (!Array.isArray(x45)) return typeError(p + '/permissionSets', '#/properties/symbols/items/properties/permissionSets/type', 'array');
    for (let i46 = 0; i46 < x45.length; i46++) {
      const x47: unknown = x45[i46];
      if (!Array.isArray(x47)) return typeError(p + '/permissionSets/' + i46, '#/properties/symbols/items/properties/permissionSets/items/type', 'array');
      for (let i48 = 0; i48 < x47.length; i48++) {
        const x49: unknown = x47[i48];
        if (typeof x49 !== 'string') return typeError(p + '/permissionSets/' + i46 + '/' + i48, '#/properties/symbols/items/properties/permissionSets/items/items/type', 'string');
      }
    }
  }
  const x50: unknown = d['defaultSelfTradePreventionMode'];
  if (typeof x50 !== 'string') return typeError(p + '/defaultSelfTradePreventionMode', '#/properties/symbols/items/properties/defaultSelfTradePreventionMode/type', 'string');
  const x51: unknown = d['allowedSelfTradePreventionModes'];
  if (!Array.isArray(x51)) return typeError(p + '/allowedSelfTradePreventionModes', '#/properties/symbols/items/properties/allowedSelfTradePreventionModes/type', 'array');
  for (let i52 = 0; i52 < x51.length; i52++) {
    const x53: unknown = x51[i52];
    if (typeof x53 !== 'string') return typeError(p + '/allowedSelfTradePreventionModes/' + i52, '#/properties/symbols/items/properties/allowedSelfTradePreventionModes/items/type', 'string');
  }
  return undefined;
}

function check4(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/sors/items/type', 'object');
  if (d['baseAsset'] === undefined) return requiredError(p, '#/properties/sors/items/required', 'baseAsset');
  if (d['symbols'] === undefined) return requiredError(p, '#/properties/sors/items/required', 'symbols');
  const x57: unknown = d['baseAsset'];
  if (typeof x57 !== 'string') return typeError(p + '/baseAsset', '#/properties/sors/items/properties/baseAsset/type', 'string');
  const x58: unknown = d['symbols'];
  if (!Array.isArray(x58)) return typeError(p + '/symbols', '#/properties/sors/items/properties/symbols/type', 'array');
  for (let i59 = 0; i59 < x58.length; i59++) {
    const x60: unknown = x58[i59];
    if (typeof x60 !== 'string') return typeError(p + '/symbols/' + i59, '#/properties/sors/items/properties/symbols/items/type', 'string');
  }
  return undefined;
}
