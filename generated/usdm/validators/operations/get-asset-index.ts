// Generated from spec/usdm/operations/get-asset-index.yaml by codegen/. DO NOT EDIT.
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
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-asset-index.json; the first error in `validate.errors`. */
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
  if (!isInteger(d['time'])) return typeErrorAt(d, p, at0, 'time', 'integer');
  if (!matches(d['index'], pattern1)) return stringErrorAt(d, p, at0, 'index', source2);
  if (!matches(d['bidBuffer'], pattern1)) return stringErrorAt(d, p, at0, 'bidBuffer', source2);
  if (!matches(d['askBuffer'], pattern1)) return stringErrorAt(d, p, at0, 'askBuffer', source2);
  if (!matches(d['bidRate'], pattern1)) return stringErrorAt(d, p, at0, 'bidRate', source2);
  if (!matches(d['askRate'], pattern1)) return stringErrorAt(d, p, at0, 'askRate', source2);
  if (!matches(d['autoExchangeBidBuffer'], pattern1)) return stringErrorAt(d, p, at0, 'autoExchangeBidBuffer', source2);
  if (!matches(d['autoExchangeAskBuffer'], pattern1)) return stringErrorAt(d, p, at0, 'autoExchangeAskBuffer', source2);
  if (!matches(d['autoExchangeBidRate'], pattern1)) return stringErrorAt(d, p, at0, 'autoExchangeBidRate', source2);
  if (!matches(d['autoExchangeAskRate'], pattern1)) return stringErrorAt(d, p, at0, 'autoExchangeAskRate', source2);
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
