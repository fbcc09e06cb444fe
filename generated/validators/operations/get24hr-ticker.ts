// Generated from spec/operations/get24hr-ticker.yaml by codegen/. DO NOT EDIT.
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
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get24hr-ticker.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  const first = check1(d, p);
  if (first === undefined) return undefined;
  if (check2(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/0/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/anyOf/0/required', 'symbol');
  if (d['lastPrice'] === undefined) return requiredError(p, '#/anyOf/0/required', 'lastPrice');
  if (d['openPrice'] === undefined) return requiredError(p, '#/anyOf/0/required', 'openPrice');
  if (d['highPrice'] === undefined) return requiredError(p, '#/anyOf/0/required', 'highPrice');
  if (d['lowPrice'] === undefined) return requiredError(p, '#/anyOf/0/required', 'lowPrice');
  if (d['volume'] === undefined) return requiredError(p, '#/anyOf/0/required', 'volume');
  if (d['quoteVolume'] === undefined) return requiredError(p, '#/anyOf/0/required', 'quoteVolume');
  if (d['openTime'] === undefined) return requiredError(p, '#/anyOf/0/required', 'openTime');
  if (d['closeTime'] === undefined) return requiredError(p, '#/anyOf/0/required', 'closeTime');
  if (d['firstId'] === undefined) return requiredError(p, '#/anyOf/0/required', 'firstId');
  if (d['lastId'] === undefined) return requiredError(p, '#/anyOf/0/required', 'lastId');
  if (d['count'] === undefined) return requiredError(p, '#/anyOf/0/required', 'count');
  const x0: unknown = d['symbol'];
  if (typeof x0 !== 'string') return typeError(p + '/symbol', '#/anyOf/0/properties/symbol/type', 'string');
  const x1: unknown = d['priceChange'];
  if (x1 !== undefined) {
    if (!matches(x1, pattern0)) return stringError(x1, pattern0, p + '/priceChange', '#/anyOf/0/properties/priceChange', source1);
  }
  const x2: unknown = d['priceChangePercent'];
  if (x2 !== undefined) {
    if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/priceChangePercent', '#/anyOf/0/properties/priceChangePercent', source1);
  }
  const x3: unknown = d['weightedAvgPrice'];
  if (x3 !== undefined) {
    if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/weightedAvgPrice', '#/anyOf/0/properties/weightedAvgPrice', source1);
  }
  const x4: unknown = d['prevClosePrice'];
  if (x4 !== undefined) {
    if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/prevClosePrice', '#/anyOf/0/properties/prevClosePrice', source1);
  }
  const x5: unknown = d['lastPrice'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/lastPrice', '#/anyOf/0/properties/lastPrice', source1);
  const x6: unknown = d['lastQty'];
  if (x6 !== undefined) {
    if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/lastQty', '#/anyOf/0/properties/lastQty', source1);
  }
  const x7: unknown = d['bidPrice'];
  if (x7 !== undefined) {
    if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/bidPrice', '#/anyOf/0/properties/bidPrice', source1);
  }
  const x8: unknown = d['bidQty'];
  if (x8 !== undefined) {
    if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/bidQty', '#/anyOf/0/properties/bidQty', source1);
  }
  const x9: unknown = d['askPrice'];
  if (x9 !== undefined) {
    if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/askPrice', '#/anyOf/0/properties/askPrice', source1);
  }
  const x10: unknown = d['askQty'];
  if (x10 !== undefined) {
    if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/askQty', '#/anyOf/0/properties/askQty', source1);
  }
  const x11: unknown = d['openPrice'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/openPrice', '#/anyOf/0/properties/openPrice', source1);
  const x12: unknown = d['highPrice'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/highPrice', '#/anyOf/0/properties/highPrice', source1);
  const x13: unknown = d['lowPrice'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/lowPrice', '#/anyOf/0/properties/lowPrice', source1);
  const x14: unknown = d['volume'];
  if (!matches(x14, pattern0)) return stringError(x14, pattern0, p + '/volume', '#/anyOf/0/properties/volume', source1);
  const x15: unknown = d['quoteVolume'];
  if (!matches(x15, pattern0)) return stringError(x15, pattern0, p + '/quoteVolume', '#/anyOf/0/properties/quoteVolume', source1);
  const x16: unknown = d['openTime'];
  if (!isInteger(x16)) return typeError(p + '/openTime', '#/anyOf/0/properties/openTime/type', 'integer');
  const x17: unknown = d['closeTime'];
  if (!isInteger(x17)) return typeError(p + '/closeTime', '#/anyOf/0/properties/closeTime/type', 'integer');
  const x18: unknown = d['firstId'];
  if (!isInteger(x18)) return typeError(p + '/firstId', '#/anyOf/0/properties/firstId/type', 'integer');
  const x19: unknown = d['lastId'];
  if (!isInteger(x19)) return typeError(p + '/lastId', '#/anyOf/0/properties/lastId/type', 'integer');
  const x20: unknown = d['count'];
  if (!isInteger(x20)) return typeError(p + '/count', '#/anyOf/0/properties/count/type', 'integer');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/anyOf/1/type', 'array');
  for (let i21 = 0; i21 < d.length; i21++) {
    const x22: unknown = d[i21];
    if ((e = check1(x22, p + '/' + i21))) return e;
  }
  return undefined;
}
