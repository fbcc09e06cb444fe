// Generated from spec/usdm/channels/composite-index.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/composite-index.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['s'] === undefined) return requiredError(p, '#/required', 's');
  if (d['p'] === undefined) return requiredError(p, '#/required', 'p');
  if (d['C'] === undefined) return requiredError(p, '#/required', 'C');
  if (d['c'] === undefined) return requiredError(p, '#/required', 'c');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'compositeIndex') return constError(p + '/e', '#/properties/e/const', 'compositeIndex');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['s'];
  if (typeof x2 !== 'string') return typeError(p + '/s', '#/properties/s/type', 'string');
  const x3: unknown = d['p'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/p', '#/properties/p', source1);
  const x4: unknown = d['C'];
  if (typeof x4 !== 'string') return typeError(p + '/C', '#/properties/C/type', 'string');
  const x5: unknown = d['c'];
  if (!Array.isArray(x5)) return typeError(p + '/c', '#/properties/c/type', 'array');
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7: unknown = x5[i6];
    if ((e = check1(x7, p + '/c/' + i6))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/c/items/type', 'object');
  if (d['b'] === undefined) return requiredError(p, '#/properties/c/items/required', 'b');
  if (d['q'] === undefined) return requiredError(p, '#/properties/c/items/required', 'q');
  if (d['w'] === undefined) return requiredError(p, '#/properties/c/items/required', 'w');
  if (d['W'] === undefined) return requiredError(p, '#/properties/c/items/required', 'W');
  if (d['i'] === undefined) return requiredError(p, '#/properties/c/items/required', 'i');
  const x8: unknown = d['b'];
  if (typeof x8 !== 'string') return typeError(p + '/b', '#/properties/c/items/properties/b/type', 'string');
  const x9: unknown = d['q'];
  if (typeof x9 !== 'string') return typeError(p + '/q', '#/properties/c/items/properties/q/type', 'string');
  const x10: unknown = d['w'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/w', '#/properties/c/items/properties/w', source1);
  const x11: unknown = d['W'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/W', '#/properties/c/items/properties/W', source1);
  const x12: unknown = d['i'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/i', '#/properties/c/items/properties/i', source1);
  return undefined;
}
