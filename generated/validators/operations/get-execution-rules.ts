// Generated from spec/operations/get-execution-rules.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-execution-rules.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/symbolRules/items';
const at1: string = '#/properties/symbolRules/items/properties/rules/items';
const pattern2: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source3: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['symbolRules'];
  if (!Array.isArray(x0)) return typeErrorAt(d, p, '#', 'symbolRules', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/symbolRules/' + i1))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/symbolRules/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  const x4: unknown = d['rules'];
  if (!Array.isArray(x4)) return typeErrorAt(d, p, at0, 'rules', 'array');
  for (let i5 = 0; i5 < x4.length; i5++) {
    const x6: unknown = x4[i5];
    if ((e = check2(x6, p + '/rules/' + i5))) return e;
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/symbolRules/items/properties/rules/items/type', 'object');
  if (typeof d['ruleType'] !== 'string') return typeErrorAt(d, p, at1, 'ruleType', 'string');
  if (!matches(d['bidLimitMultUp'], pattern2)) return stringErrorAt(d, p, at1, 'bidLimitMultUp', source3);
  if (!matches(d['bidLimitMultDown'], pattern2)) return stringErrorAt(d, p, at1, 'bidLimitMultDown', source3);
  if (!matches(d['askLimitMultUp'], pattern2)) return stringErrorAt(d, p, at1, 'askLimitMultUp', source3);
  if (!matches(d['askLimitMultDown'], pattern2)) return stringErrorAt(d, p, at1, 'askLimitMultDown', source3);
  return undefined;
}
