// Generated from spec/usdm/channels/all-force-orders.yaml by codegen/. DO NOT EDIT.
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
  enumErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/all-force-orders.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/o';
const allowed1: readonly unknown[] = ['BUY', 'SELL'];
const pattern2: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source3: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'forceOrder') return stringConstErrorAt(d, p, '#', 'e', 'forceOrder');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  const x2: unknown = d['o'];
  if (x2 === undefined) return requiredError(p, '#/required', 'o');
  if ((e = check1(x2, p + '/o'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/o/type', 'object');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, at0, 's', 'string');
  const x4: unknown = d['S'];
  if (typeof x4 !== 'string') return typeErrorAt(d, p, at0, 'S', 'string');
  if (!allowed1.includes(x4)) return enumErrorAt(d, p, at0, 'S', allowed1);
  if (typeof d['o'] !== 'string') return typeErrorAt(d, p, at0, 'o', 'string');
  if (typeof d['f'] !== 'string') return typeErrorAt(d, p, at0, 'f', 'string');
  if (!matches(d['q'], pattern2)) return stringErrorAt(d, p, at0, 'q', source3);
  if (!matches(d['p'], pattern2)) return stringErrorAt(d, p, at0, 'p', source3);
  if (!matches(d['ap'], pattern2)) return stringErrorAt(d, p, at0, 'ap', source3);
  if (typeof d['X'] !== 'string') return typeErrorAt(d, p, at0, 'X', 'string');
  if (!matches(d['l'], pattern2)) return stringErrorAt(d, p, at0, 'l', source3);
  if (!matches(d['z'], pattern2)) return stringErrorAt(d, p, at0, 'z', source3);
  if (!isInteger(d['T'])) return typeErrorAt(d, p, at0, 'T', 'integer');
  return undefined;
}
