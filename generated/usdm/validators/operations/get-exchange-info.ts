// Generated from spec/usdm/operations/get-exchange-info.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  stringError,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-exchange-info.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/rateLimits/items';
const at1: string = '#/properties/assets/items';
const pattern2: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source3: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at4: string = '#/properties/symbols/items';
const at5: string = '#/properties/symbols/items/properties/filters/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['exchangeFilters'];
  if (!Array.isArray(x0)) return typeErrorAt(d, p, '#', 'exchangeFilters', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/exchangeFilters/' + i1))) return e;
  }
  const x5: unknown = d['rateLimits'];
  if (!Array.isArray(x5)) return typeErrorAt(d, p, '#', 'rateLimits', 'array');
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7: unknown = x5[i6];
    if ((e = check2(x7, p + '/rateLimits/' + i6))) return e;
  }
  if (!isInteger(d['serverTime'])) return typeErrorAt(d, p, '#', 'serverTime', 'integer');
  const x15: unknown = d['assets'];
  if (!Array.isArray(x15)) return typeErrorAt(d, p, '#', 'assets', 'array');
  for (let i16 = 0; i16 < x15.length; i16++) {
    const x17: unknown = x15[i16];
    if ((e = check3(x17, p + '/assets/' + i16))) return e;
  }
  const x23: unknown = d['symbols'];
  if (!Array.isArray(x23)) return typeErrorAt(d, p, '#', 'symbols', 'array');
  for (let i24 = 0; i24 < x23.length; i24++) {
    const x25: unknown = x23[i24];
    if ((e = check7(x25, p + '/symbols/' + i24))) return e;
  }
  if (typeof d['timezone'] !== 'string') return typeErrorAt(d, p, '#', 'timezone', 'string');
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/exchangeFilters/items/type', 'object');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/rateLimits/items/type', 'object');
  if (typeof d['interval'] !== 'string') return typeErrorAt(d, p, at0, 'interval', 'string');
  if (!isInteger(d['intervalNum'])) return typeErrorAt(d, p, at0, 'intervalNum', 'integer');
  if (!isInteger(d['limit'])) return typeErrorAt(d, p, at0, 'limit', 'integer');
  if (typeof d['rateLimitType'] !== 'string') return typeErrorAt(d, p, at0, 'rateLimitType', 'string');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/assets/items/type', 'object');
  if (typeof d['asset'] !== 'string') return typeErrorAt(d, p, at1, 'asset', 'string');
  if (typeof d['marginAvailable'] !== 'boolean') return typeErrorAt(d, p, at1, 'marginAvailable', 'boolean');
  const x20: unknown = d['autoAssetExchange'];
  if (x20 === undefined) return requiredError(p, '#/properties/assets/items/required', 'autoAssetExchange');
  if ((e = check4(x20, p + '/autoAssetExchange'))) return e;
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
  if (!matches(d, pattern2)) return stringError(d, pattern2, p, '#/properties/assets/items/properties/autoAssetExchange/anyOf/0', source3);
  return undefined;
}

function check6(d: unknown, p: string): ValidatorError | undefined {
  if (d !== null) return typeError(p, '#/properties/assets/items/properties/autoAssetExchange/anyOf/1/type', 'null');
  return undefined;
}

function check7(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/symbols/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at4, 'symbol', 'string');
  if (typeof d['pair'] !== 'string') return typeErrorAt(d, p, at4, 'pair', 'string');
  if (typeof d['contractType'] !== 'string') return typeErrorAt(d, p, at4, 'contractType', 'string');
  if (!isInteger(d['deliveryDate'])) return typeErrorAt(d, p, at4, 'deliveryDate', 'integer');
  if (!isInteger(d['onboardDate'])) return typeErrorAt(d, p, at4, 'onboardDate', 'integer');
  if (typeof d['status'] !== 'string') return typeErrorAt(d, p, at4, 'status', 'string');
  if (!matches(d['maintMarginPercent'], pattern2)) return stringErrorAt(d, p, at4, 'maintMarginPercent', source3);
  if (!matches(d['requiredMarginPercent'], pattern2)) return stringErrorAt(d, p, at4, 'requiredMarginPercent', source3);
  if (typeof d['baseAsset'] !== 'string') return typeErrorAt(d, p, at4, 'baseAsset', 'string');
  if (typeof d['quoteAsset'] !== 'string') return typeErrorAt(d, p, at4, 'quoteAsset', 'string');
  if (typeof d['marginAsset'] !== 'string') return typeErrorAt(d, p, at4, 'marginAsset', 'string');
  if (!isInteger(d['pricePrecision'])) return typeErrorAt(d, p, at4, 'pricePrecision', 'integer');
  if (!isInteger(d['quantityPrecision'])) return typeErrorAt(d, p, at4, 'quantityPrecision', 'integer');
  if (!isInteger(d['baseAssetPrecision'])) return typeErrorAt(d, p, at4, 'baseAssetPrecision', 'integer');
  if (!isInteger(d['quotePrecision'])) return typeErrorAt(d, p, at4, 'quotePrecision', 'integer');
  if (typeof d['underlyingType'] !== 'string') return typeErrorAt(d, p, at4, 'underlyingType', 'string');
  const x42: unknown = d['underlyingSubType'];
  if (!Array.isArray(x42)) return typeErrorAt(d, p, at4, 'underlyingSubType', 'array');
  for (let i43 = 0; i43 < x42.length; i43++) {
    const x44: unknown = x42[i43];
    if (typeof x44 !== 'string') return typeError(p + '/underlyingSubType/' + i43, '#/properties/symbols/items/properties/underlyingSubType/items/type', 'string');
  }
  const x47: unknown = d['settlePlan'];
  if (x47 !== undefined) {
    if (!isInteger(x47)) return typeErrorAt(d, p, at4, 'settlePlan', 'integer');
  }
  if (!matches(d['triggerProtect'], pattern2)) return stringErrorAt(d, p, at4, 'triggerProtect', source3);
  if (!matches(d['liquidationFee'], pattern2)) return stringErrorAt(d, p, at4, 'liquidationFee', source3);
  if (!matches(d['marketTakeBound'], pattern2)) return stringErrorAt(d, p, at4, 'marketTakeBound', source3);
  const x51: unknown = d['filters'];
  if (!Array.isArray(x51)) return typeErrorAt(d, p, at4, 'filters', 'array');
  for (let i52 = 0; i52 < x51.length; i52++) {
    const x53: unknown = x51[i52];
    if ((e = check8(x53, p + '/filters/' + i52))) return e;
  }
  const x57: unknown = d['orderTypes'];
  if (!Array.isArray(x57)) return typeErrorAt(d, p, at4, 'orderTypes', 'array');
  for (let i58 = 0; i58 < x57.length; i58++) {
    const x59: unknown = x57[i58];
    if (typeof x59 !== 'string') return typeError(p + '/orderTypes/' + i58, '#/properties/symbols/items/properties/orderTypes/items/type', 'string');
  }
  const x62: unknown = d['timeInForce'];
  if (!Array.isArray(x62)) return typeErrorAt(d, p, at4, 'timeInForce', 'array');
  for (let i63 = 0; i63 < x62.length; i63++) {
    const x64: unknown = x62[i63];
    if (typeof x64 !== 'string') return typeError(p + '/timeInForce/' + i63, '#/properties/symbols/items/properties/timeInForce/items/type', 'string');
  }
  return undefined;
}

function check8(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/symbols/items/properties/filters/items/type', 'object');
  if (typeof d['filterType'] !== 'string') return typeErrorAt(d, p, at5, 'filterType', 'string');
  return undefined;
}
