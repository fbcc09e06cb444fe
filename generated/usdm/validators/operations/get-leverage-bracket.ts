// Generated from spec/usdm/operations/get-leverage-bracket.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  isNumber,
  typeError,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-leverage-bracket.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  const first = check1(d, p);
  if (first === undefined) return undefined;
  if (check3(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/anyOf/0/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/anyOf/0/required', 'symbol');
  if (d['brackets'] === undefined) return requiredError(p, '#/anyOf/0/required', 'brackets');
  const x0: unknown = d['symbol'];
  if (typeof x0 !== 'string') return typeError(p + '/symbol', '#/anyOf/0/properties/symbol/type', 'string');
  const x1: unknown = d['notionalCoef'];
  if (x1 !== undefined) {
    if (!isNumber(x1)) return typeError(p + '/notionalCoef', '#/anyOf/0/properties/notionalCoef/type', 'number');
  }
  const x2: unknown = d['brackets'];
  if (!Array.isArray(x2)) return typeError(p + '/brackets', '#/anyOf/0/properties/brackets/type', 'array');
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4: unknown = x2[i3];
    if ((e = check2(x4, p + '/brackets/' + i3))) return e;
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/0/properties/brackets/items/type', 'object');
  if (d['bracket'] === undefined) return requiredError(p, '#/anyOf/0/properties/brackets/items/required', 'bracket');
  if (d['initialLeverage'] === undefined) return requiredError(p, '#/anyOf/0/properties/brackets/items/required', 'initialLeverage');
  if (d['notionalCap'] === undefined) return requiredError(p, '#/anyOf/0/properties/brackets/items/required', 'notionalCap');
  if (d['notionalFloor'] === undefined) return requiredError(p, '#/anyOf/0/properties/brackets/items/required', 'notionalFloor');
  if (d['maintMarginRatio'] === undefined) return requiredError(p, '#/anyOf/0/properties/brackets/items/required', 'maintMarginRatio');
  if (d['cum'] === undefined) return requiredError(p, '#/anyOf/0/properties/brackets/items/required', 'cum');
  const x5: unknown = d['bracket'];
  if (!isInteger(x5)) return typeError(p + '/bracket', '#/anyOf/0/properties/brackets/items/properties/bracket/type', 'integer');
  const x6: unknown = d['initialLeverage'];
  if (!isInteger(x6)) return typeError(p + '/initialLeverage', '#/anyOf/0/properties/brackets/items/properties/initialLeverage/type', 'integer');
  const x7: unknown = d['notionalCap'];
  if (!isNumber(x7)) return typeError(p + '/notionalCap', '#/anyOf/0/properties/brackets/items/properties/notionalCap/type', 'number');
  const x8: unknown = d['notionalFloor'];
  if (!isNumber(x8)) return typeError(p + '/notionalFloor', '#/anyOf/0/properties/brackets/items/properties/notionalFloor/type', 'number');
  const x9: unknown = d['maintMarginRatio'];
  if (!isNumber(x9)) return typeError(p + '/maintMarginRatio', '#/anyOf/0/properties/brackets/items/properties/maintMarginRatio/type', 'number');
  const x10: unknown = d['cum'];
  if (!isNumber(x10)) return typeError(p + '/cum', '#/anyOf/0/properties/brackets/items/properties/cum/type', 'number');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/anyOf/1/type', 'array');
  for (let i11 = 0; i11 < d.length; i11++) {
    const x12: unknown = d[i11];
    if ((e = check1(x12, p + '/' + i11))) return e;
  }
  return undefined;
}
