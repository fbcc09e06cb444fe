// Generated from spec/operations/get-reference-price.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  stringError,
  matches,
  constErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-reference-price.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/anyOf/0';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at3: string = '#/anyOf/1';

function check0(d: unknown, p: string): ValidatorError | undefined {
  const first = check1(d, p);
  if (first === undefined) return undefined;
  if (check5(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/anyOf/0/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  const x1: unknown = d['referencePrice'];
  if (x1 === undefined) return requiredError(p, '#/anyOf/0/required', 'referencePrice');
  if ((e = check2(x1, p + '/referencePrice'))) return e;
  if (!isInteger(d['timestamp'])) return typeErrorAt(d, p, at0, 'timestamp', 'integer');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  const first = check3(d, p);
  if (first === undefined) return undefined;
  if (check4(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!matches(d, pattern1)) return stringError(d, pattern1, p, '#/anyOf/0/properties/referencePrice/anyOf/0', source2);
  return undefined;
}

function check4(d: unknown, p: string): ValidatorError | undefined {
  if (d !== null) return typeError(p, '#/anyOf/0/properties/referencePrice/anyOf/1/type', 'null');
  return undefined;
}

function check5(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/1/type', 'object');
  const x3: unknown = d['code'];
  if (!isInteger(x3)) return typeErrorAt(d, p, at3, 'code', 'integer');
  if (x3 !== -2043) return constErrorAt(d, p, at3, 'code', -2043);
  if (typeof d['msg'] !== 'string') return typeErrorAt(d, p, at3, 'msg', 'string');
  return undefined;
}
