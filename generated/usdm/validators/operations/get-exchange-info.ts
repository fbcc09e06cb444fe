// Generated from spec/usdm/operations/get-exchange-info.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-exchange-info.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['exchangeFilters'] === undefined) return requiredError(p, '#/required', 'exchangeFilters');
  if (d['rateLimits'] === undefined) return requiredError(p, '#/required', 'rateLimits');
  if (d['serverTime'] === undefined) return requiredError(p, '#/required', 'serverTime');
  if (d['assets'] === undefined) return requiredError(p, '#/required', 'assets');
  if (d['symbols'] === undefined) return requiredError(p, '#/required', 'symbols');
  if (d['timezone'] === undefined) return requiredError(p, '#/required', 'timezone');
  const x0: unknown = d['exchangeFilters'];
  if (!Array.isArray(x0)) return typeError(p + '/exchangeFilters', '#/properties/exchangeFilters/type', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/exchangeFilters/' + i1))) return e;
  }
  const x3: unknown = d['rateLimits'];
  if (!Array.isArray(x3)) return typeError(p + '/rateLimits', '#/properties/rateLimits/type', 'array');
  for (let i4 = 0; i4 < x3.length; i4++) {
    const x5: unknown = x3[i4];
    if ((e = check2(x5, p + '/rateLimits/' + i4))) return e;
  }
  const x10: unknown = d['serverTime'];
  if (!isInteger(x10)) return typeError(p + '/serverTime', '#/properties/serverTime/type', 'integer');
  const x11: unknown = d['assets'];
  if (!Array.isArray(x11)) return typeError(p + '/assets', '#/properties/assets/type', 'array');
  for (let i12 = 0; i12 < x11.length; i12++) {
    const x13: unknown = x11[i12];
    if ((e = check3(x13, p + '/assets/' + i12))) return e;
  }
  const x17: unknown = d['symbols'];
  if (!Array.isArray(x17)) return typeError(p + '/symbols', '#/properties/symbols/type', 'array');
  for (let i18 = 0; i18 < x17.length; i18++) {
    const x19: unknown = x17[i18];
    if ((e = check7(x19, p + '/symbols/' + i18))) return e;
  }
  const x53: unknown = d['timezone'];
  if (typeof x53 !== 'string') return typeError(p + '/timezone', '#/properties/timezone/type', 'string');
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/exchangeFilters/items/type', 'object');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/rateLimits/items/type', 'object');
  if (d['interval'] === undefined) return requiredError(p, '#/properties/rateLimits/items/required', 'interval');
  if (d['intervalNum'] === undefined) return requiredError(p, '#/properties/rateLimits/items/required', 'intervalNum');
  if (d['limit'] === undefined) return requiredError(p, '#/properties/rateLimits/items/required', 'limit');
  if (d['rateLimitType'] === undefined) return requiredError(p, '#/properties/rateLimits/items/required', 'rateLimitType');
  const x6: unknown = d['interval'];
  if (typeof x6 !== 'string') return typeError(p + '/interval', '#/properties/rateLimits/items/properties/interval/type', 'string');
  const x7: unknown = d['intervalNum'];
  if (!isInteger(x7)) return typeError(p + '/intervalNum', '#/properties/rateLimits/items/properties/intervalNum/type', 'integer');
  const x8: unknown = d['limit'];
  if (!isInteger(x8)) return typeError(p + '/limit', '#/properties/rateLimits/items/properties/limit/type', 'integer');
  const x9: unknown = d['rateLimitType'];
  if (typeof x9 !== 'string') return typeError(p + '/rateLimitType', '#/properties/rateLimits/items/properties/rateLimitType/type', 'string');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/assets/items/type', 'object');
  if (d['asset'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'asset');
  if (d['marginAvailable'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'marginAvailable');
  if (d['autoAssetExchange'] === undefined) return requiredError(p, '#/properties/assets/items/required', 'autoAssetExchange');
  const x14: unknown = d['asset'];
  if (typeof x14 !== 'string') return typeError(p + '/asset', '#/properties/assets/items/properties/asset/type', 'string');
  const x15: unknown = d['marginAvailable'];
  if (typeof x15 !== 'boolean') return typeError(p + '/marginAvailable', '#/properties/assets/items/properties/marginAvailable/type', 'boolean');
  const x16: unknown = d['autoAssetExchange'];
  if ((e = check4(x16, p + '/autoAssetExchange'))) return e;
  return undefined;
}

function check4(d: unknown, p: string): ValidatorError | undefined {
  const first = check5(d, p);
  if (first === undefined) return undefined;
  if (check6(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check5(d: unknown, p: string): ValidatorError | undefined {
  if (!matches(d, pattern0)) return stringError(d, pattern0, p, '#/properties/assets/items/properties/autoAssetExchange/anyOf/0', source1);
  return undefined;
}

function check6(d: unknown, p: string): ValidatorError | undefined {
  if (d !== null) return typeError(p, '#/properties/assets/items/properties/autoAssetExchange/anyOf/1/type', 'null');
  return undefined;
}

function check7(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/symbols/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'symbol');
  if (d['pair'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'pair');
  if (d['contractType'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'contractType');
  if (d['deliveryDate'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'deliveryDate');
  if (d['onboardDate'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'onboardDate');
  if (d['status'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'status');
  if (d['maintMarginPercent'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'maintMarginPercent');
  if (d['requiredMarginPercent'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'requiredMarginPercent');
  if (d['baseAsset'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'baseAsset');
  if (d['quoteAsset'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'quoteAsset');
  if (d['marginAsset'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'marginAsset');
  if (d['pricePrecision'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'pricePrecision');
  if (d['quantityPrecision'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'quantityPrecision');
  if (d['baseAssetPrecision'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'baseAssetPrecision');
  if (d['quotePrecision'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'quotePrecision');
  if (d['underlyingType'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'underlyingType');
  if (d['underlyingSubType'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'underlyingSubType');
  if (d['triggerProtect'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'triggerProtect');
  if (d['liquidationFee'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'liquidationFee');
  if (d['marketTakeBound'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'marketTakeBound');
  if (d['filters'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'filters');
  if (d['orderTypes'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'orderTypes');
  if (d['timeInForce'] === undefined) return requiredError(p, '#/properties/symbols/items/required', 'timeInForce');
  const x20: unknown = d['symbol'];
  if (typeof x20 !== 'string') return typeError(p + '/symbol', '#/properties/symbols/items/properties/symbol/type', 'string');
  const x21: unknown = d['pair'];
  if (typeof x21 !== 'string') return typeError(p + '/pair', '#/properties/symbols/items/properties/pair/type', 'string');
  const x22: unknown = d['contractType'];
  if (typeof x22 !== 'string') return typeError(p + '/contractType', '#/properties/symbols/items/properties/contractType/type', 'string');
  const x23: unknown = d['deliveryDate'];
  if (!isInteger(x23)) return typeError(p + '/deliveryDate', '#/properties/symbols/items/properties/deliveryDate/type', 'integer');
  const x24: unknown = d['onboardDate'];
  if (!isInteger(x24)) return typeError(p + '/onboardDate', '#/properties/symbols/items/properties/onboardDate/type', 'integer');
  const x25: unknown = d['status'];
  if (typeof x25 !== 'string') return typeError(p + '/status', '#/properties/symbols/items/properties/status/type', 'string');
  const x26: unknown = d['maintMarginPercent'];
  if (!matches(x26, pattern0)) return stringError(x26, pattern0, p + '/maintMarginPercent', '#/properties/symbols/items/properties/maintMarginPercent', source1);
  const x27: unknown = d['requiredMarginPercent'];
  if (!matches(x27, pattern0)) return stringError(x27, pattern0, p + '/requiredMarginPercent', '#/properties/symbols/items/properties/requiredMarginPercent', source1);
  const x28: unknown = d['baseAsset'];
  if (typeof x28 !== 'string') return typeError(p + '/baseAsset', '#/properties/symbols/items/properties/baseAsset/type', 'string');
  const x29: unknown = d['quoteAsset'];
  if (typeof x29 !== 'string') return typeError(p + '/quoteAsset', '#/properties/symbols/items/properties/quoteAsset/type', 'string');
  const x30: unknown = d['marginAsset'];
  if (typeof x30 !== 'string') return typeError(p + '/marginAsset', '#/properties/symbols/items/properties/marginAsset/type', 'string');
  const x31: unknown = d['pricePrecision'];
  if (!isInteger(x31)) return typeError(p + '/pricePrecision', '#/properties/symbols/items/properties/pricePrecision/type', 'integer');
  const x32: unknown = d['quantityPrecision'];
  if (!isInteger(x32)) return typeError(p + '/quantityPrecision', '#/properties/symbols/items/properties/quantityPrecision/type', 'integer');
  const x33: unknown = d['baseAssetPrecision'];
  if (!isInteger(x33)) return typeError(p + '/baseAssetPrecision', '#/properties/symbols/items/properties/baseAssetPrecision/type', 'integer');
  const x34: unknown = d['quotePrecision'];
  if (!isInteger(x34)) return typeError(p + '/quotePrecision', '#/properties/symbols/items/properties/quotePrecision/type', 'integer');
  const x35: unknown = d['underlyingType'];
  if (typeof x35 !== 'string') return typeError(p + '/underlyingType', '#/properties/symbols/items/properties/underlyingType/type', 'string');
  const x36: unknown = d['underlyingSubType'];
  if (!Array.isArray(x36)) return typeError(p + '/underlyingSubType', '#/properties/symbols/items/properties/underlyingSubType/type', 'array');
  for (let i37 = 0; i37 < x36.length; i37++) {
    const x38: unknown = x36[i37];
    if (typeof x38 !== 'string') return typeError(p + '/underlyingSubType/' + i37, '#/properties/symbols/items/properties/underlyingSubType/items/type', 'string');
  }
  const x39: unknown = d['settlePlan'];
  if (x39 !== undefined) {
    if (!isInteger(x39)) return typeError(p + '/settlePlan', '#/properties/symbols/items/properties/settlePlan/type', 'integer');
  }
  const x40: unknown = d['triggerProtect'];
  if (!matches(x40, pattern0)) return stringError(x40, pattern0, p + '/triggerProtect', '#/properties/symbols/items/properties/triggerProtect', source1);
  const x41: unknown = d['liquidationFee'];
  if (!matches(x41, pattern0)) return stringError(x41, pattern0, p + '/liquidationFee', '#/properties/symbols/items/properties/liquidationFee', source1);
  const x42: unknown = d['marketTakeBound'];
  if (!matches(x42, pattern0)) return stringError(x42, pattern0, p + '/marketTakeBound', '#/properties/symbols/items/properties/marketTakeBound', source1);
  const x43: unknown = d['filters'];
  if (!Array.isArray(x43)) return typeError(p + '/filters', '#/properties/symbols/items/properties/filters/type', 'array');
  for (let i44 = 0; i44 < x43.length; i44++) {
    const x45: unknown = x43[i44];
    if ((e = check8(x45, p + '/filters/' + i44))) return e;
  }
  const x47: unknown = d['orderTypes'];
  if (!Array.isArray(x47)) return typeError(p + '/orderTypes', '#/properties/symbols/items/properties/orderTypes/type', 'array');
  for (let i48 = 0; i48 < x47.length; i48++) {
    const x49: unknown = x47[i48];
    if (typeof x49 !== 'string') return typeError(p + '/orderTypes/' + i48, '#/properties/symbols/items/properties/orderTypes/items/type', 'string');
  }
  const x50: unknown = d['timeInForce'];
  if (!Array.isArray(x50)) return typeError(p + '/timeInForce', '#/properties/symbols/items/properties/timeInForce/type', 'array');
  for (let i51 = 0; i51 < x50.length; i51++) {
    const x52: unknown = x50[i51];
    if (typeof x52 !== 'string') return typeError(p + '/timeInForce/' + i51, '#/properties/symbols/items/properties/timeInForce/items/type', 'string');
  }
  return undefined;
}

function check8(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/symbols/items/properties/filters/items/type', 'object');
  if (d['filterType'] === undefined) return requiredError(p, '#/properties/symbols/items/properties/filters/items/required', 'filterType');
  const x46: unknown = d['filterType'];
  if (typeof x46 !== 'string') return typeError(p + '/filterType', '#/properties/symbols/items/properties/filters/items/properties/filterType/type', 'string');
  return undefined;
}
