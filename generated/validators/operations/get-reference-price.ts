// Generated from spec/operations/get-reference-price.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  stringError,
  matches,
  constError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-reference-price.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  if (d['symbol'] === undefined) return requiredError(p, '#/anyOf/0/required', 'symbol');
  if (d['referencePrice'] === undefined) return requiredError(p, '#/anyOf/0/required', 'referencePrice');
  if (d['timestamp'] === undefined) return requiredError(p, '#/anyOf/0/required', 'timestamp');
  const x0: unknown = d['symbol'];
  if (typeof x0 !== 'string') return typeError(p + '/symbol', '#/anyOf/0/properties/symbol/type', 'string');
  const x1: unknown = d['referencePrice'];
  if ((e = check2(x1, p + '/referencePrice'))) return e;
  const x2: unknown = d['timestamp'];
  if (!isInteger(x2)) return typeError(p + '/timestamp', '#/anyOf/0/properties/timestamp/type', 'integer');
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
  if (!matches(d, pattern0)) return stringError(d, pattern0, p, '#/anyOf/0/properties/referencePrice/anyOf/0', source1);
  return undefined;
}

function check4(d: unknown, p: string): ValidatorError | undefined {
  if (d !== null) return typeError(p, '#/anyOf/0/properties/referencePrice/anyOf/1/type', 'null');
  return undefined;
}

function check5(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/anyOf/1/type', 'object');
  if (d['code'] === undefined) return requiredError(p, '#/anyOf/1/required', 'code');
  if (d['msg'] === undefined) return requiredError(p, '#/anyOf/1/required', 'msg');
  const x3: unknown = d['code'];
  if (!isInteger(x3)) return typeError(p + '/code', '#/anyOf/1/properties/code/type', 'integer');
  if (x3 !== -2043) return constError(p + '/code', '#/anyOf/1/properties/code/const', -2043);
  const x4: unknown = d['msg'];
  if (typeof x4 !== 'string') return typeError(p + '/msg', '#/anyOf/1/properties/msg/type', 'string');
  return undefined;
}
