// Generated from spec/channels/reference-price.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  stringError,
  matches,
  stringConstErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/channels/reference-price.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'referencePrice') return stringConstErrorAt(d, p, '#', 'e', 'referencePrice');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, '#', 's', 'string');
  const x2: unknown = d['r'];
  if (x2 === undefined) return requiredError(p, '#/required', 'r');
  if ((e = check1(x2, p + '/r'))) return e;
  if (!isInteger(d['t'])) return typeErrorAt(d, p, '#', 't', 'integer');
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  const first = check2(d, p);
  if (first === undefined) return undefined;
  if (check3(d, p) === undefined) return undefined;
  return first;
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!matches(d, pattern0)) return stringError(d, pattern0, p, '#/properties/r/anyOf/0', source1);
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (d !== null) return typeError(p, '#/properties/r/anyOf/1/type', 'null');
  return undefined;
}
