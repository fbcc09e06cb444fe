// Generated from spec/usdm/operations/get-leverage-bracket.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  isNumber,
  typeError,
  typeErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-leverage-bracket.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/anyOf/0';
const at1: string = '#/anyOf/0/properties/brackets/items';

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
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  const x1: unknown = d['notionalCoef'];
  if (x1 !== undefined) {
    if (!isNumber(x1)) return typeErrorAt(d, p, at0, 'notionalCoef', 'number');
  }
  const x2: unknown = d['brackets'];
  if (!Array.isArray(x2)) return typeErrorAt(d, p, at0, 'brackets', 'array');
  for (let i3 = 0; i3 < x2.length; i3++) {
    const x4: unknown = x2[i3];
    if ((e = check2(x4, p + '/brackets/' + i3))) return e;
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/0/properties/brackets/items/type', 'object');
  if (!isInteger(d['bracket'])) return typeErrorAt(d, p, at1, 'bracket', 'integer');
  if (!isInteger(d['initialLeverage'])) return typeErrorAt(d, p, at1, 'initialLeverage', 'integer');
  if (!isNumber(d['notionalCap'])) return typeErrorAt(d, p, at1, 'notionalCap', 'number');
  if (!isNumber(d['notionalFloor'])) return typeErrorAt(d, p, at1, 'notionalFloor', 'number');
  if (!isNumber(d['maintMarginRatio'])) return typeErrorAt(d, p, at1, 'maintMarginRatio', 'number');
  if (!isNumber(d['cum'])) return typeErrorAt(d, p, at1, 'cum', 'number');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/anyOf/1/type', 'array');
  for (let i13 = 0; i13 < d.length; i13++) {
    const x14: unknown = d[i13];
    if ((e = check1(x14, p + '/' + i13))) return e;
  }
  return undefined;
}
