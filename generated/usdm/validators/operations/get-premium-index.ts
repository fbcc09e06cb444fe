// Generated from spec/usdm/operations/get-premium-index.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-premium-index.json; the first error in `validate.errors`. */
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
  if (!matches(d['markPrice'], pattern1)) return stringErrorAt(d, p, at0, 'markPrice', source2);
  if (!matches(d['indexPrice'], pattern1)) return stringErrorAt(d, p, at0, 'indexPrice', source2);
  if (!matches(d['estimatedSettlePrice'], pattern1)) return stringErrorAt(d, p, at0, 'estimatedSettlePrice', source2);
  if (!matches(d['lastFundingRate'], pattern1)) return stringErrorAt(d, p, at0, 'lastFundingRate', source2);
  if (!matches(d['interestRate'], pattern1)) return stringErrorAt(d, p, at0, 'interestRate', source2);
  if (!isInteger(d['nextFundingTime'])) return typeErrorAt(d, p, at0, 'nextFundingTime', 'integer');
  if (!isInteger(d['time'])) return typeErrorAt(d, p, at0, 'time', 'integer');
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
