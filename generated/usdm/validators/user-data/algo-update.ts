// Generated from spec/usdm/user-data/algo-update.yaml by codegen/. DO NOT EDIT.
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
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/algo-update.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['o'] === undefined) return requiredError(p, '#/required', 'o');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'ALGO_UPDATE') return constError(p + '/e', '#/properties/e/const', 'ALGO_UPDATE');
  const x1: unknown = d['T'];
  if (!isInteger(x1)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  const x2: unknown = d['E'];
  if (!isInteger(x2)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x3: unknown = d['o'];
  if ((e = check1(x3, p + '/o'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/o/type', 'object');
  if (d['caid'] === undefined) return requiredError(p, '#/properties/o/required', 'caid');
  if (d['aid'] === undefined) return requiredError(p, '#/properties/o/required', 'aid');
  if (d['at'] === undefined) return requiredError(p, '#/properties/o/required', 'at');
  if (d['o'] === undefined) return requiredError(p, '#/properties/o/required', 'o');
  if (d['s'] === undefined) return requiredError(p, '#/properties/o/required', 's');
  if (d['S'] === undefined) return requiredError(p, '#/properties/o/required', 'S');
  if (d['ps'] === undefined) return requiredError(p, '#/properties/o/required', 'ps');
  if (d['f'] === undefined) return requiredError(p, '#/properties/o/required', 'f');
  if (d['q'] === undefined) return requiredError(p, '#/properties/o/required', 'q');
  if (d['X'] === undefined) return requiredError(p, '#/properties/o/required', 'X');
  if (d['ai'] === undefined) return requiredError(p, '#/properties/o/required', 'ai');
  if (d['tp'] === undefined) return requiredError(p, '#/properties/o/required', 'tp');
  if (d['p'] === undefined) return requiredError(p, '#/properties/o/required', 'p');
  if (d['V'] === undefined) return requiredError(p, '#/properties/o/required', 'V');
  if (d['wt'] === undefined) return requiredError(p, '#/properties/o/required', 'wt');
  if (d['pm'] === undefined) return requiredError(p, '#/properties/o/required', 'pm');
  if (d['pP'] === undefined) return requiredError(p, '#/properties/o/required', 'pP');
  if (d['R'] === undefined) return requiredError(p, '#/properties/o/required', 'R');
  if (d['tt'] === undefined) return requiredError(p, '#/properties/o/required', 'tt');
  if (d['gtd'] === undefined) return requiredError(p, '#/properties/o/required', 'gtd');
  const x4: unknown = d['caid'];
  if (typeof x4 !== 'string') return typeError(p + '/caid', '#/properties/o/properties/caid/type', 'string');
  const x5: unknown = d['aid'];
  if (!isInteger(x5)) return typeError(p + '/aid', '#/properties/o/properties/aid/type', 'integer');
  const x6: unknown = d['at'];
  if (typeof x6 !== 'string') return typeError(p + '/at', '#/properties/o/properties/at/type', 'string');
  const x7: unknown = d['o'];
  if (typeof x7 !== 'string') return typeError(p + '/o', '#/properties/o/properties/o/type', 'string');
  const x8: unknown = d['s'];
  if (typeof x8 !== 'string') return typeError(p + '/s', '#/properties/o/properties/s/type', 'string');
  const x9: unknown = d['S'];
  if (typeof x9 !== 'string') return typeError(p + '/S', '#/properties/o/properties/S/type', 'string');
  const x10: unknown = d['ps'];
  if (typeof x10 !== 'string') return typeError(p + '/ps', '#/properties/o/properties/ps/type', 'string');
  const x11: unknown = d['f'];
  if (typeof x11 !== 'string') return typeError(p + '/f', '#/properties/o/properties/f/type', 'string');
  const x12: unknown = d['q'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/q', '#/properties/o/properties/q');
  const x13: unknown = d['X'];
  if (typeof x13 !== 'string') return typeError(p + '/X', '#/properties/o/properties/X/type', 'string');
  const x14: unknown = d['ai'];
  if (typeof x14 !== 'string') return typeError(p + '/ai', '#/properties/o/properties/ai/type', 'string');
  const x15: unknown = d['ap'];
  if (x15 !== undefined) {
    if (!matches(x15, pattern0)) return stringError(x15, pattern0, p + '/ap', '#/properties/o/properties/ap');
  }
  const x16: unknown = d['aq'];
  if (x16 !== undefined) {
    if (!matches(x16, pattern0)) return stringError(x16, pattern0, p + '/aq', '#/properties/o/properties/aq');
  }
  const x17: unknown = d['act'];
  if (x17 !== undefined) {
    if (typeof x17 !== 'string') return typeError(p + '/act', '#/properties/o/properties/act/type', 'string');
  }
  const x18: unknown = d['tp'];
  if (!matches(x18, pattern0)) return stringError(x18, pattern0, p + '/tp', '#/properties/o/properties/tp');
  const x19: unknown = d['p'];
  if (!matches(x19, pattern0)) return stringError(x19, pattern0, p + '/p', '#/properties/o/properties/p');
  const x20: unknown = d['V'];
  if (typeof x20 !== 'string') return typeError(p + '/V', '#/properties/o/properties/V/type', 'string');
  const x21: unknown = d['wt'];
  if (typeof x21 !== 'string') return typeError(p + '/wt', '#/properties/o/properties/wt/type', 'string');
  const x22: unknown = d['pm'];
  if (typeof x22 !== 'string') return typeError(p + '/pm', '#/properties/o/properties/pm/type', 'string');
  const x23: unknown = d['cp'];
  if (x23 !== undefined) {
    if (typeof x23 !== 'boolean') return typeError(p + '/cp', '#/properties/o/properties/cp/type', 'boolean');
  }
  const x24: unknown = d['pP'];
  if (typeof x24 !== 'boolean') return typeError(p + '/pP', '#/properties/o/properties/pP/type', 'boolean');
  const x25: unknown = d['R'];
  if (typeof x25 !== 'boolean') return typeError(p + '/R', '#/properties/o/properties/R/type', 'boolean');
  const x26: unknown = d['tt'];
  if (!isInteger(x26)) return typeError(p + '/tt', '#/properties/o/properties/tt/type', 'integer');
  const x27: unknown = d['gtd'];
  if (!isInteger(x27)) return typeError(p + '/gtd', '#/properties/o/properties/gtd/type', 'integer');
  const x28: unknown = d['rm'];
  if (x28 !== undefined) {
    if (typeof x28 !== 'string') return typeError(p + '/rm', '#/properties/o/properties/rm/type', 'string');
  }
  return undefined;
}
