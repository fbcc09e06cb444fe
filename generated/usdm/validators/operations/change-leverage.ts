// Generated from spec/usdm/operations/change-leverage.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/change-leverage.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['leverage'] === undefined) return requiredError(p, '#/required', 'leverage');
  if (d['maxNotionalValue'] === undefined) return requiredError(p, '#/required', 'maxNotionalValue');
  if (d['symbol'] === undefined) return requiredError(p, '#/required', 'symbol');
  const x0: unknown = d['leverage'];
  if (!isInteger(x0)) return typeError(p + '/leverage', '#/properties/leverage/type', 'integer');
  const x1: unknown = d['maxNotionalValue'];
  if (!matches(x1, pattern0)) return stringError(x1, pattern0, p + '/maxNotionalValue', '#/properties/maxNotionalValue', source1);
  const x2: unknown = d['symbol'];
  if (typeof x2 !== 'string') return typeError(p + '/symbol', '#/properties/symbol/type', 'string');
  return undefined;
}
