// Generated from spec/usdm/channels/asset-index.yaml by codegen/. DO NOT EDIT.
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
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/asset-index.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['i'] === undefined) return requiredError(p, '#/required', 'i');
  if (d['b'] === undefined) return requiredError(p, '#/required', 'b');
  if (d['a'] === undefined) return requiredError(p, '#/required', 'a');
  if (d['B'] === undefined) return requiredError(p, '#/required', 'B');
  if (d['A'] === undefined) return requiredError(p, '#/required', 'A');
  if (d['q'] === undefined) return requiredError(p, '#/required', 'q');
  if (d['g'] === undefined) return requiredError(p, '#/required', 'g');
  if (d['Q'] === undefined) return requiredError(p, '#/required', 'Q');
  if (d['G'] === undefined) return requiredError(p, '#/required', 'G');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'assetIndexUpdate') return constError(p + '/e', '#/properties/e/const', 'assetIndexUpdate');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['s'];
  if (typeof x2 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x3: unknown = d['i'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/i', '#/properties/i', source1);
  const x4: unknown = d['b'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/b', '#/properties/b', source1);
  const x5: unknown = d['a'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/a', '#/properties/a', source1);
  const x6: unknown = d['B'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/B', '#/properties/B', source1);
  const x7: unknown = d['A'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/A', '#/properties/A', source1);
  const x8: unknown = d['q'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/q', '#/properties/q', source1);
  const x9: unknown = d['g'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/g', '#/properties/g', source1);
  const x10: unknown = d['Q'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/Q', '#/properties/Q', source1);
  const x11: unknown = d['G'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/G', '#/properties/G', source1);
  return undefined;
}
