// Generated from spec/usdm/channels/contract-info.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  isNumber,
  typeError,
  typeErrorAt,
  stringConstErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/contract-info.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/bks/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'contractInfo') return stringConstErrorAt(d, p, '#', 'e', 'contractInfo');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, '#', 's', 'string');
  const x3: unknown = d['ps'];
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') return typeErrorAt(d, p, '#', 'ps', 'string');
  }
  if (typeof d['ct'] !== 'string') return typeErrorAt(d, p, '#', 'ct', 'string');
  if (!isInteger(d['dt'])) return typeErrorAt(d, p, '#', 'dt', 'integer');
  if (!isInteger(d['ot'])) return typeErrorAt(d, p, '#', 'ot', 'integer');
  if (typeof d['cs'] !== 'string') return typeErrorAt(d, p, '#', 'cs', 'string');
  const x8: unknown = d['bks'];
  if (x8 !== undefined) {
    if (!Array.isArray(x8)) return typeErrorAt(d, p, '#', 'bks', 'array');
    for (let i9 = 0; i9 < x8.length; i9++) {
      const x10: unknown = x8[i9];
      if ((e = check1(x10, p + '/bks/' + i9))) return e;
    }
  }
  const x18: unknown = d['st'];
  if (x18 !== undefined) {
    if (!isInteger(x18)) return typeErrorAt(d, p, '#', 'st', 'integer');
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/bks/items/type', 'object');
  if (!isInteger(d['bs'])) return typeErrorAt(d, p, at0, 'bs', 'integer');
  if (!isInteger(d['bnf'])) return typeErrorAt(d, p, at0, 'bnf', 'integer');
  if (!isInteger(d['bnc'])) return typeErrorAt(d, p, at0, 'bnc', 'integer');
  if (!isNumber(d['mmr'])) return typeErrorAt(d, p, at0, 'mmr', 'number');
  if (!isNumber(d['cf'])) return typeErrorAt(d, p, at0, 'cf', 'number');
  if (!isInteger(d['mi'])) return typeErrorAt(d, p, at0, 'mi', 'integer');
  if (!isInteger(d['ma'])) return typeErrorAt(d, p, at0, 'ma', 'integer');
  return undefined;
}
