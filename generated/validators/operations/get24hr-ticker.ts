// Generated from spec/operations/get24hr-ticker.yaml by codegen/. DO NOT EDIT.
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
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get24hr-ticker.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/anyOf/0';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  const first = check1(d, p);
  if (first === undefined) return undefined;
  if (check2(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/0/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  const x1: unknown = d['priceChange'];
  if (x1 !== undefined) {
    if (!matches(x1, pattern1)) return stringErrorAt(d, p, at0, 'priceChange', source2);
  }
  const x2: unknown = d['priceChangePercent'];
  if (x2 !== undefined) {
    if (!matches(x2, pattern1)) return stringErrorAt(d, p, at0, 'priceChangePercent', source2);
  }
  const x3: unknown = d['weightedAvgPrice'];
  if (x3 !== undefined) {
    if (!matches(x3, pattern1)) return stringErrorAt(d, p, at0, 'weightedAvgPrice', source2);
  }
  const x4: unknown = d['prevClosePrice'];
  if (x4 !== undefined) {
    if (!matches(x4, pattern1)) return stringErrorAt(d, p, at0, 'prevClosePrice', source2);
  }
  if (!matches(d['lastPrice'], pattern1)) return stringErrorAt(d, p, at0, 'lastPrice', source2);
  const x6: unknown = d['lastQty'];
  if (x6 !== undefined) {
    if (!matches(x6, pattern1)) return stringErrorAt(d, p, at0, 'lastQty', source2);
  }
  const x7: unknown = d['bidPrice'];
  if (x7 !== undefined) {
    if (!matches(x7, pattern1)) return stringErrorAt(d, p, at0, 'bidPrice', source2);
  }
  const x8: unknown = d['bidQty'];
  if (x8 !== undefined) {
    if (!matches(x8, pattern1)) return stringErrorAt(d, p, at0, 'bidQty', source2);
  }
  const x9: unknown = d['askPrice'];
  if (x9 !== undefined) {
    if (!matches(x9, pattern1)) return stringErrorAt(d, p, at0, 'askPrice', source2);
  }
  const x10: unknown = d['askQty'];
  if (x10 !== undefined) {
    if (!matches(x10, pattern1)) return stringErrorAt(d, p, at0, 'askQty', source2);
  }
  if (!matches(d['openPrice'], pattern1)) return stringErrorAt(d, p, at0, 'openPrice', source2);
  if (!matches(d['highPrice'], pattern1)) return stringErrorAt(d, p, at0, 'highPrice', source2);
  if (!matches(d['lowPrice'], pattern1)) return stringErrorAt(d, p, at0, 'lowPrice', source2);
  if (!matches(d['volume'], pattern1)) return stringErrorAt(d, p, at0, 'volume', source2);
  if (!matches(d['quoteVolume'], pattern1)) return stringErrorAt(d, p, at0, 'quoteVolume', source2);
  if (!isInteger(d['openTime'])) return typeErrorAt(d, p, at0, 'openTime', 'integer');
  if (!isInteger(d['closeTime'])) return typeErrorAt(d, p, at0, 'closeTime', 'integer');
  if (!isInteger(d['firstId'])) return typeErrorAt(d, p, at0, 'firstId', 'integer');
  if (!isInteger(d['lastId'])) return typeErrorAt(d, p, at0, 'lastId', 'integer');
  if (!isInteger(d['count'])) return typeErrorAt(d, p, at0, 'count', 'integer');
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
