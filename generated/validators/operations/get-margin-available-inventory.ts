// Generated from spec/operations/sapi/get-margin-available-inventory.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  stringError,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-margin-available-inventory.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['assets'];
  if (x0 === undefined) return requiredError(p, '#/required', 'assets');
  if ((e = check1(x0, p + '/assets'))) return e;
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, '#', 'updateTime', 'integer');
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/assets/type', 'object');
  for (const k1 in d) {
    const x2: unknown = d[k1];
    if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/' + k1.replace(/~/g, '~0').replace(/\//g, '~1'), '#/properties/assets/additionalProperties', source1);
  }
  return undefined;
}
