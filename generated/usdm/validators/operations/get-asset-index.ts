// Generated from spec/usdm/operations/get-asset-index.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-asset-index.json; the first error in `validate.errors`. */
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
  if (d['time'] === undefined) return requiredError(p, '#/anyOf/0/required', 'time');
  if (d['index'] === undefined) return requiredError(p, '#/anyOf/0/required', 'index');
  if (d['bidBuffer'] === undefined) return requiredError(p, '#/anyOf/0/required', 'bidBuffer');
  if (d['askBuffer'] === undefined) return requiredError(p, '#/anyOf/0/required', 'askBuffer');
  if (d['bidRate'] === undefined) return requiredError(p, '#/anyOf/0/required', 'bidRate');
  if (d['askRate'] === undefined) return requiredError(p, '#/anyOf/0/required', 'askRate');
  if (d['autoExchangeBidBuffer'] === undefined) return requiredError(p, '#/anyOf/0/required', 'autoExchangeBidBuffer');
  if (d['autoExchangeAskBuffer'] === undefined) return requiredError(p, '#/anyOf/0/required', 'autoExchangeAskBuffer');
  if (d['autoExchangeBidRate'] === undefined) return requiredError(p, '#/anyOf/0/required', 'autoExchangeBidRate');
  if (d['autoExchangeAskRate'] === undefined) return requiredError(p, '#/anyOf/0/required', 'autoExchangeAskRate');
  const x0: unknown = d['symbol'];
  if (typeof x0 !== 'string') return typeError(p + '/symbol', '#/anyOf/0/properties/symbol/type', 'string');
  const x1: unknown = d['time'];
  if (!isInteger(x1)) return typeError(p + '/time', '#/anyOf/0/properties/time/type', 'integer');
  const x2: unknown = d['index'];
  if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/index', '#/anyOf/0/properties/index', source1);
  const x3: unknown = d['bidBuffer'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/bidBuffer', '#/anyOf/0/properties/bidBuffer', source1);
  const x4: unknown = d['askBuffer'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/askBuffer', '#/anyOf/0/properties/askBuffer', source1);
  const x5: unknown = d['bidRate'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/bidRate', '#/anyOf/0/properties/bidRate', source1);
  const x6: unknown = d['askRate'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/askRate', '#/anyOf/0/properties/askRate', source1);
  const x7: unknown = d['autoExchangeBidBuffer'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/autoExchangeBidBuffer', '#/anyOf/0/properties/autoExchangeBidBuffer', source1);
  const x8: unknown = d['autoExchangeAskBuffer'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/autoExchangeAskBuffer', '#/anyOf/0/properties/autoExchangeAskBuffer', source1);
  const x9: unknown = d['autoExchangeBidRate'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/autoExchangeBidRate', '#/anyOf/0/properties/autoExchangeBidRate', source1);
  const x10: unknown = d['autoExchangeAskRate'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/autoExchangeAskRate', '#/anyOf/0/properties/autoExchangeAskRate', source1);
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/anyOf/1/type', 'array');
  for (let i11 = 0; i11 < d.length; i11++) {
    const x12: unknown = d[i11];
    if ((e = check1(x12, p + '/' + i11))) return e;
  }
  return undefined;
}
