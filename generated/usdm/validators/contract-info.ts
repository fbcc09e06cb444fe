// Generated from spec/usdm/channels/contract-info.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  isNumber,
  typeError,
  requiredError,
  constError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/contract-info.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['ct'] === undefined) return requiredError(p, '#/required', 'ct');
  if (d['dt'] === undefined) return requiredError(p, '#/required', 'dt');
  if (d['ot'] === undefined) return requiredError(p, '#/required', 'ot');
  if (d['cs'] === undefined) return requiredError(p, '#/required', 'cs');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'contractInfo') return constError(p + '/e', '#/properties/e/const', 'contractInfo');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['s'];
  if (typeof x2 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x3: unknown = d['ps'];
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') return typeError(p + '/ps', '#/properties/ps/type', 'string');
  }
  const x4: unknown = d['ct'];
  if (typeof x4 !== 'string') return typeError(p + '/ct', '#/properties/ct/type', 'string');
  const x5: unknown = d['dt'];
  if (!isInteger(x5)) return typeError(p + '/dt', '#/properties/dt/type', 'integer');
  const x6: unknown = d['ot'];
  if (!isInteger(x6)) return typeError(p + '/ot', '#/properties/ot/type', 'integer');
  const x7: unknown = d['cs'];
  if (typeof x7 !== 'string') return typeError(p + '/cs', '#/properties/cs/type', 'string');
  const x8: unknown = d['bks'];
  if (x8 !== undefined) {
    if (!Array.isArray(x8)) return typeError(p + '/bks', '#/properties/bks/type', 'array');
    for (let i9 = 0; i9 < x8.length; i9++) {
      const x10: unknown = x8[i9];
      if ((e = check1(x10, p + '/bks/' + i9))) return e;
    }
  }
  const x18: unknown = d['st'];
  if (x18 !== undefined) {
    if (!isInteger(x18)) return typeError(p + '/st', '#/properties/st/type', 'integer');
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/bks/items/type', 'object');
  if (d['bs'] === undefined) return requiredError(p, '#/properties/bks/items/required', 'bs');
  if (d['bnf'] === undefined) return requiredError(p, '#/properties/bks/items/required', 'bnf');
  if (d['bnc'] === undefined) return requiredError(p, '#/properties/bks/items/required', 'bnc');
  if (d['mmr'] === undefined) return requiredError(p, '#/properties/bks/items/required', 'mmr');
  if (d['cf'] === undefined) return requiredError(p, '#/properties/bks/items/required', 'cf');
  if (d['mi'] === undefined) return requiredError(p, '#/properties/bks/items/required', 'mi');
  if (d['ma'] === undefined) return requiredError(p, '#/properties/bks/items/required', 'ma');
  const x11: unknown = d['bs'];
  if (!isInteger(x11)) return typeError(p + '/bs', '#/properties/bks/items/properties/bs/type', 'integer');
  const x12: unknown = d['bnf'];
  if (!isInteger(x12)) return typeError(p + '/bnf', '#/properties/bks/items/properties/bnf/type', 'integer');
  const x13: unknown = d['bnc'];
  if (!isInteger(x13)) return typeError(p + '/bnc', '#/properties/bks/items/properties/bnc/type', 'integer');
  const x14: unknown = d['mmr'];
  if (!isNumber(x14)) return typeError(p + '/mmr', '#/properties/bks/items/properties/mmr/type', 'number');
  const x15: unknown = d['cf'];
  if (!isNumber(x15)) return typeError(p + '/cf', '#/properties/bks/items/properties/cf/type', 'number');
  const x16: unknown = d['mi'];
  if (!isInteger(x16)) return typeError(p + '/mi', '#/properties/bks/items/properties/mi/type', 'integer');
  const x17: unknown = d['ma'];
  if (!isInteger(x17)) return typeError(p + '/ma', '#/properties/bks/items/properties/ma/type', 'integer');
  return undefined;
}
