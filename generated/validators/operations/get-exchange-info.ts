// Generated from spec/operations/get-exchange-info.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-exchange-info.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/rateLimits/items';
const at1: string = '#/properties/exchangeFilters/items';
const at2: string = '#/properties/symbols/items';
const at3: string = '#/properties/sors/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['timezone'] !== 'string') return typeErrorAt(d, p, '#', 'timezone', 'string');
  if (!isInteger(d['serverTime'])) return typeErrorAt(d, p, '#', 'serverTime', 'integer');
  const x2: unknown = d['rateLimits'];
  if (!Array.isArray(x2)) return typeErrorAt(d, p, '#', 'rateLimits', 'array');
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4: unknown = x2[i3];
    if ((e = check1(x4, p + '/rateLimits/' + i3))) return e;
  }
  const x11: unknown = d['exchangeFilters'];
  if (!Array.isArray(x11)) return typeErrorAt(d, p, '#', 'exchangeFilters', 'array');
  for (let i12 = 0; i12 < x11.length; i12++) {
    const x13: unknown = x11[i12];
    if ((e = check2(x13, p + '/exchangeFilters/' + i12))) return e;
  }
  const x17: unknown = d['symbols'];
  if (!Array.isArray(x17)) return typeErrorAt(d, p, '#', 'symbols', 'array');
  for (let i18 = 0; i18 < x17.length; i18++) {
    const x19: unknown = x17[i18];
    if ((e = check3(x19, p + '/symbols/' + i18))) return e;
  }
  const x68: unknown = d['sors'];
  if (x68 !== undefined) {
    if (!Array.isArray(x68)) return typeErrorAt(d, p, '#', 'sors', 'array');
    for (let i69 = 0; i69 < x68.length; i69++) {
      const x70: unknown = x68[i69];
      if ((e = check4(x70, p + '/sors/' + i69))) return e;
    }
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/rateLimits/items/type', 'object');
  if (typeof d['rateLimitType'] !== 'string') return typeErrorAt(d, p, at0, 'rateLimitType', 'string');
  if (typeof d['interval'] !== 'string') return typeErrorAt(d, p, at0, 'interval', 'string');
  if (!isInteger(d['intervalNum'])) return typeErrorAt(d, p, at0, 'intervalNum', 'integer');
  if (!isInteger(d['limit'])) return typeErrorAt(d, p, at0, 'limit', 'integer');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/exchangeFilters/items/type', 'object');
  if (typeof d['filterType'] !== 'string') return typeErrorAt(d, p, at1, 'filterType', 'string');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/symbols/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at2, 'symbol', 'string');
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at2, 'status', 'string');
  if (typeof d['baseAsset'] !== 'string') return typeErrorAt(d, p, at2, 'baseAsset', 'string');
  if (!isInteger(d['baseAssetPrecision'])) return typeErrorAt(d, p, at2, 'baseAssetPrecision', 'integer');
  if (typeof d['quoteAsset'] !== 'string') return typeErrorAt(d, p, at2, 'quoteAsset', 'string');
  if (!isInteger(d['quotePrecision'])) return typeErrorAt(d, p, at2, 'quotePrecision', 'integer');
  if (!isInteger(d['quoteAssetPrecision'])) return typeErrorAt(d, p, at2, 'quoteAssetPrecision', 'integer');
  if (!isInteger(d['baseCommissionPrecision'])) return typeErrorAt(d, p, at2, 'baseCommissionPrecision', 'integer');
  if (!isInteger(d['quoteCommissionPrecision'])) return typeErrorAt(d, p, at2, 'quoteCommissionPrecision', 'integer');
  const x29: unknown = d['orderTypes'];
  if (!Array.isArray(x29)) return typeErrorAt(d, p, at2, 'orderTypes', 'array');
  for (let i30 = 0; i30 < x29.length; i30++) {
    const x31: unknown = x29[i30];
    if (typeof x31 !== 'string') return typeError(p + '/orderTypes/' + i30, '#/properties/symbols/items/properties/orderTypes/items/type', 'string');
  }
  if (typeof d['icebergAllowed'] !== 'boolean') return typeErrorAt(d, p, at2, 'icebergAllowed', 'boolean');
  if (typeof d['ocoAllowed'] !== 'boolean') return typeErrorAt(d, p, at2, 'ocoAllowed', 'boolean');
  const x36: unknown = d['otoAllowed'];
  if (x36 !== undefined) {
    if (typeof x36 !== 'boolean') return typeErrorAt(d, p, at2, 'otoAllowed', 'boolean');
  }
  const x37: unknown = d['opoAllowed'];
  if (x37 !== undefined) {
    if (typeof x37 !== 'boolean') return typeErrorAt(d, p, at2, 'opoAllowed', 'boolean');
  }
  if (typeof d['quoteOrderQtyMarketAllowed'] !== 'boolean') return typeErrorAt(d, p, at2, 'quoteOrderQtyMarketAllowed', 'boolean');
  if (typeof d['allowTrailingStop'] !== 'boolean') return typeErrorAt(d, p, at2, 'allowTrailingStop', 'boolean');
  if (typeof d['cancelReplaceAllowed'] !== 'boolean') return typeErrorAt(d, p, at2, 'cancelReplaceAllowed', 'boolean');
  const x41: unknown = d['amendAllowed'];
  if (x41 !== undefined) {
    if (typeof x41 !== 'boolean') return typeErrorAt(d, p, at2, 'amendAllowed', 'boolean');
  }
  const x42: unknown = d['pegInstructionsAllowed'];
  if (x42 !== undefined) {
    if (typeof x42 !== 'boolean') return typeErrorAt(d, p, at2, 'pegInstructionsAllowed', 'boolean');
  }
  if (typeof d['isSpotTradingAllowed'] !== 'boolean') return typeErrorAt(d, p, at2, 'isSpotTradingAllowed', 'boolean');
  if (typeof d['isMarginTradingAllowed'] !== 'boolean') return typeErrorAt(d, p, at2, 'isMarginTradingAllowed', 'boolean');
  const x45: unknown = d['filters'];
  if (!Array.isArray(x45)) return typeErrorAt(d, p, at2, 'filters', 'array');
  for (let i46 = 0; i46 < x45.length; i46++) {
    const x47: unknown = x45[i46];
    if ((e = check2(x47, p + '/filters/' + i46))) return e;
  }
  const x50: unknown = d['permissions'];
  if (!Array.isArray(x50)) return typeErrorAt(d, p, at2, 'permissions', 'array');
  for (let i51 = 0; i51 < x50.length; i51++) {
    const x52: unknown = x50[i51];
    if (typeof x52 !== 'string') return typeError(p + '/permissions/' + i51, '#/properties/symbols/items/properties/permissions/items/type', 'string');
  }
  const x55: unknown = d['permissionSets'];
  if (x55 !== undefined) {
    if (!Array.isArray(x55)) return typeErrorAt(d, p, at2, 'permissionSets', 'array');
    for (let i56 = 0; i56 < x55.length; i56++) {
      const x57: unknown = x55[i56];
      if (!Array.isArray(x57)) return typeError(p + '/permissionSets/' + i56, '#/properties/symbols/items/properties/permissionSets/items/type', 'array');
      for (let i58 = 0; i58 < x57.length; i58++) {
        const x59: unknown = x57[i58];
        if (typeof x59 !== 'string') return typeError(p + '/permissionSets/' + i56 + '/' + i58, '#/properties/symbols/items/properties/permissionSets/items/items/type', 'string');
      }
    }
  }
  if (typeof d['defaultSelfTradePreventionMode'] !== 'string') return typeErrorAt(d, p, at2, 'defaultSelfTradePreventionMode', 'string');
  const x61: unknown = d['allowedSelfTradePreventionModes'];
  if (!Array.isArray(x61)) return typeErrorAt(d, p, at2, 'allowedSelfTradePreventionModes', 'array');
  for (let i62 = 0; i62 < x61.length; i62++) {
    const x63: unknown = x61[i62];
    if (typeof x63 !== 'string') return typeError(p + '/allowedSelfTradePreventionModes/' + i62, '#/properties/symbols/items/properties/allowedSelfTradePreventionModes/items/type', 'string');
  }
  return undefined;
}

function check4(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/sors/items/type', 'object');
  if (typeof d['baseAsset'] !== 'string') return typeErrorAt(d, p, at3, 'baseAsset', 'string');
  const x72: unknown = d['symbols'];
  if (!Array.isArray(x72)) return typeErrorAt(d, p, at3, 'symbols', 'array');
  for (let i73 = 0; i73 < x72.length; i73++) {
    const x74: unknown = x72[i73];
    if (typeof x74 !== 'string') return typeError(p + '/symbols/' + i73, '#/properties/sors/items/properties/symbols/items/type', 'string');
  }
  return undefined;
}
