// Generated from spec/usdm/operations/get-book-ticker.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-book-ticker.json; the first error in `validate.errors`. */
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
  if (!matches(d['bidPrice'], pattern1)) return stringErrorAt(d, p, at0, 'bidPrice', source2);
  if (!matches(d['bidQty'], pattern1)) return stringErrorAt(d, p, at0, 'bidQty', source2);
  if (!matches(d['askPrice'], pattern1)) return stringErrorAt(d, p, at0, 'askPrice', source2);
  if (!matches(d['askQty'], pattern1)) return stringErrorAt(d, p, at0, 'askQty', source2);
  if (!isInteger(d['time'])) return typeErrorAt(d, p, at0, 'time', 'integer');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/anyOf/1/type', 'array');
  for (let i6 = 0; i6 < d.length; i6++) {
    const x7: unknown = d[i6];
    if ((e = check1(x7, p + '/' + i6))) return e;
  }
  return undefined;
}
