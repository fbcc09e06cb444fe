// Generated from spec/usdm/operations/get-basis.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-basis.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/type', 'array');
  for (let i0 = 0; i0 < d.length; i0++) {
    const x1: unknown = d[i0];
    if ((e = check1(x1, p + '/' + i0))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (d['indexPrice'] === undefined) return requiredError(p, '#/items/required', 'indexPrice');
  if (d['contractType'] === undefined) return requiredError(p, '#/items/required', 'contractType');
  if (d['basisRate'] === undefined) return requiredError(p, '#/items/required', 'basisRate');
  if (d['futuresPrice'] === undefined) return requiredError(p, '#/items/required', 'futuresPrice');
  if (d['annualizedBasisRate'] === undefined) return requiredError(p, '#/items/required', 'annualizedBasisRate');
  if (d['basis'] === undefined) return requiredError(p, '#/items/required', 'basis');
  if (d['pair'] === undefined) return requiredError(p, '#/items/required', 'pair');
  if (d['timestamp'] === undefined) return requiredError(p, '#/items/required', 'timestamp');
  const x2: unknown = d['indexPrice'];
  if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/indexPrice', '#/items/properties/indexPrice', source1);
  const x3: unknown = d['contractType'];
  if (typeof x3 !== 'string') return typeError(p + '/contractType', '#/items/properties/contractType/type', 'string');
  const x4: unknown = d['basisRate'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/basisRate', '#/items/properties/basisRate', source1);
  const x5: unknown = d['futuresPrice'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/futuresPrice', '#/items/properties/futuresPrice', source1);
  const x6: unknown = d['annualizedBasisRate'];
  if (typeof x6 !== 'string') return typeError(p + '/annualizedBasisRate', '#/items/properties/annualizedBasisRate/type', 'string');
  const x7: unknown = d['basis'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/basis', '#/items/properties/basis', source1);
  const x8: unknown = d['pair'];
  if (typeof x8 !== 'string') return typeError(p + '/pair', '#/items/properties/pair/type', 'string');
  const x9: unknown = d['timestamp'];
  if (!isInteger(x9)) return typeError(p + '/timestamp', '#/items/properties/timestamp/type', 'integer');
  return undefined;
}
