// Generated from spec/channels/mini-ticker.yaml by codegen/. DO NOT EDIT.
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
} from '../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/channels/mini-ticker.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['c'] === undefined) return requiredError(p, '#/required', 'c');
  if (d['o'] === undefined) return requiredError(p, '#/required', 'o');
  if (d['h'] === undefined) return requiredError(p, '#/required', 'h');
  if (d['l'] === undefined) return requiredError(p, '#/required', 'l');
  if (d['v'] === undefined) return requiredError(p, '#/required', 'v');
  if (d['q'] === undefined) return requiredError(p, '#/required', 'q');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== '24hrMiniTicker') return constError(p + '/e', '#/properties/e/const', '24hrMiniTicker');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['s'];
  if (typeof x2 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x3: unknown = d['c'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/c', '#/properties/c', source1);
  const x4: unknown = d['o'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/o', '#/properties/o', source1);
  const x5: unknown = d['h'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/h', '#/properties/h', source1);
  const x6: unknown = d['l'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/l', '#/properties/l', source1);
  const x7: unknown = d['v'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/v', '#/properties/v', source1);
  const x8: unknown = d['q'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/q', '#/properties/q', source1);
  return undefined;
}
