// Generated from spec/usdm/operations/get-premium-index.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-premium-index.json; the first error in `validate.errors`. */
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
  if (d['markPrice'] === undefined) return requiredError(p, '#/anyOf/0/required', 'markPrice');
  if (d['indexPrice'] === undefined) return requiredError(p, '#/anyOf/0/required', 'indexPrice');
  if (d['estimatedSettlePrice'] === undefined) return requiredError(p, '#/anyOf/0/required', 'estimatedSettlePrice');
  if (d['lastFundingRate'] === undefined) return requiredError(p, '#/anyOf/0/required', 'lastFundingRate');
  if (d['interestRate'] === undefined) return requiredError(p, '#/anyOf/0/required', 'interestRate');
  if (d['nextFundingTime'] === undefined) return requiredError(p, '#/anyOf/0/required', 'nextFundingTime');
  if (d['time'] === undefined) return requiredError(p, '#/anyOf/0/required', 'time');
  const x0: unknown = d['symbol'];
  if (typeof x0 !== 'string') return typeError(p + '/symbol', '#/anyOf/0/properties/symbol/type', 'string');
  const x1: unknown = d['markPrice'];
  if (!matches(x1, pattern0)) return stringError(x1, pattern0, p + '/markPrice', '#/anyOf/0/properties/markPrice', source1);
  const x2: unknown = d['indexPrice'];
  if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/indexPrice', '#/anyOf/0/properties/indexPrice', source1);
  const x3: unknown = d['estimatedSettlePrice'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/estimatedSettlePrice', '#/anyOf/0/properties/estimatedSettlePrice', source1);
  const x4: unknown = d['lastFundingRate'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/lastFundingRate', '#/anyOf/0/properties/lastFundingRate', source1);
  const x5: unknown = d['interestRate'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/interestRate', '#/anyOf/0/properties/interestRate', source1);
  const x6: unknown = d['nextFundingTime'];
  if (!isInteger(x6)) return typeError(p + '/nextFundingTime', '#/anyOf/0/properties/nextFundingTime/type', 'integer');
  const x7: unknown = d['time'];
  if (!isInteger(x7)) return typeError(p + '/time', '#/anyOf/0/properties/time/type', 'integer');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/anyOf/1/type', 'array');
  for (let i8 = 0; i8 < d.length; i8++) {
    const x9: unknown = d[i8];
    if ((e = check1(x9, p + '/' + i8))) return e;
  }
  return undefined;
}
