// Generated from spec/usdm/channels/continuous-kline.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  stringErrorAt,
  matches,
  stringConstErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/continuous-kline.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/k';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'continuous_kline') return stringConstErrorAt(d, p, '#', 'e', 'continuous_kline');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (typeof d['ps'] !== 'string') return typeErrorAt(d, p, '#', 'ps', 'string');
  if (typeof d['ct'] !== 'string') return typeErrorAt(d, p, '#', 'ct', 'string');
  const x4: unknown = d['k'];
  if (x4 === undefined) return requiredError(p, '#/required', 'k');
  if ((e = check1(x4, p + '/k'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/k/type', 'object');
  if (!isInteger(d['t'])) return typeErrorAt(d, p, at0, 't', 'integer');
  if (!isInteger(d['T'])) return typeErrorAt(d, p, at0, 'T', 'integer');
  if (typeof d['i'] !== 'string') return typeErrorAt(d, p, at0, 'i', 'string');
  if (!isInteger(d['f'])) return typeErrorAt(d, p, at0, 'f', 'integer');
  if (!isInteger(d['L'])) return typeErrorAt(d, p, at0, 'L', 'integer');
  if (!matches(d['o'], pattern1)) return stringErrorAt(d, p, at0, 'o', source2);
  if (!matches(d['c'], pattern1)) return stringErrorAt(d, p, at0, 'c', source2);
  if (!matches(d['h'], pattern1)) return stringErrorAt(d, p, at0, 'h', source2);
  if (!matches(d['l'], pattern1)) return stringErrorAt(d, p, at0, 'l', source2);
  if (!matches(d['v'], pattern1)) return stringErrorAt(d, p, at0, 'v', source2);
  if (!isInteger(d['n'])) return typeErrorAt(d, p, at0, 'n', 'integer');
  if (typeof d['x'] !== 'boolean') return typeErrorAt(d, p, at0, 'x', 'boolean');
  if (!matches(d['q'], pattern1)) return stringErrorAt(d, p, at0, 'q', source2);
  if (!matches(d['V'], pattern1)) return stringErrorAt(d, p, at0, 'V', source2);
  if (!matches(d['Q'], pattern1)) return stringErrorAt(d, p, at0, 'Q', source2);
  if (typeof d['B'] !== 'string') return typeErrorAt(d, p, at0, 'B', 'string');
  return undefined;
}
