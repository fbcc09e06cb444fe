// Generated from spec/operations/get-execution-rules.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  requiredError,
  stringError,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-execution-rules.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['symbolRules'] === undefined) return requiredError(p, '#/required', 'symbolRules');
  const x0: unknown = d['symbolRules'];
  if (!Array.isArray(x0)) return typeError(p + '/symbolRules', '#/properties/symbolRules/type', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/symbolRules/' + i1))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/symbolRules/items/type', 'object');
  if (d['symbol'] === undefined) return requiredError(p, '#/properties/symbolRules/items/required', 'symbol');
  if (d['rules'] === undefined) return requiredError(p, '#/properties/symbolRules/items/required', 'rules');
  const x3: unknown = d['symbol'];
  if (typeof x3 !== 'string') return typeError(p + '/symbol', '#/properties/symbolRules/items/properties/symbol/type', 'string');
  const x4: unknown = d['rules'];
  if (!Array.isArray(x4)) return typeError(p + '/rules', '#/properties/symbolRules/items/properties/rules/type', 'array');
  for (let i5 = 0; i5 < x4.length; i5++) {
    const x6: unknown = x4[i5];
    if ((e = check2(x6, p + '/rules/' + i5))) return e;
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/symbolRules/items/properties/rules/items/type', 'object');
  if (d['ruleType'] === undefined) return requiredError(p, '#/properties/symbolRules/items/properties/rules/items/required', 'ruleType');
  if (d['bidLimitMultUp'] === undefined) return requiredError(p, '#/properties/symbolRules/items/properties/rules/items/required', 'bidLimitMultUp');
  if (d['bidLimitMultDown'] === undefined) return requiredError(p, '#/properties/symbolRules/items/properties/rules/items/required', 'bidLimitMultDown');
  if (d['askLimitMultUp'] === undefined) return requiredError(p, '#/properties/symbolRules/items/properties/rules/items/required', 'askLimitMultUp');
  if (d['askLimitMultDown'] === undefined) return requiredError(p, '#/properties/symbolRules/items/properties/rules/items/required', 'askLimitMultDown');
  const x7: unknown = d['ruleType'];
  if (typeof x7 !== 'string') return typeError(p + '/ruleType', '#/properties/symbolRules/items/properties/rules/items/properties/ruleType/type', 'string');
  const x8: unknown = d['bidLimitMultUp'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/bidLimitMultUp', '#/properties/symbolRules/items/properties/rules/items/properties/bidLimitMultUp', source1);
  const x9: unknown = d['bidLimitMultDown'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/bidLimitMultDown', '#/properties/symbolRules/items/properties/rules/items/properties/bidLimitMultDown', source1);
  const x10: unknown = d['askLimitMultUp'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/askLimitMultUp', '#/properties/symbolRules/items/properties/rules/items/properties/askLimitMultUp', source1);
  const x11: unknown = d['askLimitMultDown'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/askLimitMultDown', '#/properties/symbolRules/items/properties/rules/items/properties/askLimitMultDown', source1);
  return undefined;
}
