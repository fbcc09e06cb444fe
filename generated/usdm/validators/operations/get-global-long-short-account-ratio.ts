// Generated from spec/usdm/operations/get-global-long-short-account-ratio.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-global-long-short-account-ratio.json; the first error in `validate.errors`. */
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
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['longShortRatio'] === undefined) return requiredError(p, '#/items/required', 'longShortRatio');
  if (d['longAccount'] === undefined) return requiredError(p, '#/items/required', 'longAccount');
  if (d['shortAccount'] === undefined) return requiredError(p, '#/items/required', 'shortAccount');
  if (d['timestamp'] === undefined) return requiredError(p, '#/items/required', 'timestamp');
  const x2: unknown = d['symbol'];
  if (typeof x2 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x3: unknown = d['longShortRatio'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/longShortRatio', '#/items/properties/longShortRatio', source1);
  const x4: unknown = d['longAccount'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/longAccount', '#/items/properties/longAccount', source1);
  const x5: unknown = d['shortAccount'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/shortAccount', '#/items/properties/shortAccount', source1);
  const x6: unknown = d['timestamp'];
  if (!isInteger(x6)) return typeError(p + '/timestamp', '#/items/properties/timestamp/type', 'integer');
  return undefined;
}
