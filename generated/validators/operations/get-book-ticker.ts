// Generated from spec/operations/get-book-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  requiredError,
  stringError,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-book-ticker.json; the first error in `validate.errors`. */
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
  if (d['bidPrice'] === undefined) return requiredError(p, '#/anyOf/0/required', 'bidPrice');
  if (d['bidQty'] === undefined) return requiredError(p, '#/anyOf/0/required', 'bidQty');
  if (d['askPrice'] === undefined) return requiredError(p, '#/anyOf/0/required', 'askPrice');
  if (d['askQty'] === undefined) return requiredError(p, '#/anyOf/0/required', 'askQty');
  const x0: unknown = d['symbol'];
  if (typeof x0 !== 'string') return typeError(p + '/symbol', '#/anyOf/0/properties/symbol/type', 'string');
  const x1: unknown = d['bidPrice'];
  if (!matches(x1, pattern0)) return stringError(x1, pattern0, p + '/bidPrice', '#/anyOf/0/properties/bidPrice', source1);
  const x2: unknown = d['bidQty'];
  if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/bidQty', '#/anyOf/0/properties/bidQty', source1);
  const x3: unknown = d['askPrice'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/askPrice', '#/anyOf/0/properties/askPrice', source1);
  const x4: unknown = d['askQty'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/askQty', '#/anyOf/0/properties/askQty', source1);
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/anyOf/1/type', 'array');
  for (let i5 = 0; i5 < d.length; i5++) {
    const x6: unknown = d[i5];
    if ((e = check1(x6, p + '/' + i5))) return e;
  }
  return undefined;
}
