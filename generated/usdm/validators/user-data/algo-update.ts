// Generated from spec/usdm/user-data/algo-update.yaml by codegen/. DO NOT EDIT.
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
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/algo-update.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/o';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'ALGO_UPDATE') return stringConstErrorAt(d, p, '#', 'e', 'ALGO_UPDATE');
  if (!isInteger(d['T'])) return typeErrorAt(d, p, '#', 'T', 'integer');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  const x3: unknown = d['o'];
  if (x3 === undefined) return requiredError(p, '#/required', 'o');
  if ((e = check1(x3, p + '/o'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/o/type', 'object');
  if (typeof d['caid'] !== 'string') return typeErrorAt(d, p, at0, 'caid', 'string');
  if (!isInteger(d['aid'])) return typeErrorAt(d, p, at0, 'aid', 'integer');
  if (typeof d['at'] !== 'string') return typeErrorAt(d, p, at0, 'at', 'string');
  if (typeof d['o'] !== 'string') return typeErrorAt(d, p, at0, 'o', 'string');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, at0, 's', 'string');
  if (typeof d['S'] !== 'string') return typeErrorAt(d, p, at0, 'S', 'string');
  if (typeof d['ps'] !== 'string') return typeErrorAt(d, p, at0, 'ps', 'string');
  if (typeof d['f'] !== 'string') return typeErrorAt(d, p, at0, 'f', 'string');
  if (!matches(d['q'], pattern1)) return stringErrorAt(d, p, at0, 'q', source2);
  if (typeof d['X'] !== 'string') return typeErrorAt(d, p, at0, 'X', 'string');
  if (typeof d['ai'] !== 'string') return typeErrorAt(d, p, at0, 'ai', 'string');
  const x15: unknown = d['ap'];
  if (x15 !== undefined) {
    if (!matches(x15, pattern1)) return stringErrorAt(d, p, at0, 'ap', source2);
  }
  const x16: unknown = d['aq'];
  if (x16 !== undefined) {
    if (!matches(x16, pattern1)) return stringErrorAt(d, p, at0, 'aq', source2);
  }
  const x17: unknown = d['act'];
  if (x17 !== undefined) {
    if (typeof x17 !== 'string') return typeErrorAt(d, p, at0, 'act', 'string');
  }
  if (!matches(d['tp'], pattern1)) return stringErrorAt(d, p, at0, 'tp', source2);
  if (!matches(d['p'], pattern1)) return stringErrorAt(d, p, at0, 'p', source2);
  if (typeof d['V'] !== 'string') return typeErrorAt(d, p, at0, 'V', 'string');
  if (typeof d['wt'] !== 'string') return typeErrorAt(d, p, at0, 'wt', 'string');
  if (typeof d['pm'] !== 'string') return typeErrorAt(d, p, at0, 'pm', 'string');
  const x23: unknown = d['cp'];
  if (x23 !== undefined) {
    if (typeof x23 !== 'boolean') return typeErrorAt(d, p, at0, 'cp', 'boolean');
  }
  if (typeof d['pP'] !== 'boolean') return typeErrorAt(d, p, at0, 'pP', 'boolean');
  if (typeof d['R'] !== 'boolean') return typeErrorAt(d, p, at0, 'R', 'boolean');
  if (!isInteger(d['tt'])) return typeErrorAt(d, p, at0, 'tt', 'integer');
  if (!isInteger(d['gtd'])) return typeErrorAt(d, p, at0, 'gtd', 'integer');
  const x28: unknown = d['rm'];
  if (x28 !== undefined) {
    if (typeof x28 !== 'string') return typeErrorAt(d, p, at0, 'rm', 'string');
  }
  return undefined;
}
