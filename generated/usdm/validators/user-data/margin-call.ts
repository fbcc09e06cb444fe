// Generated from spec/usdm/user-data/margin-call.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/margin-call.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['p'] === undefined) return requiredError(p, '#/required', 'p');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'MARGIN_CALL') return constError(p + '/e', '#/properties/e/const', 'MARGIN_CALL');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['cw'];
  if (x2 !== undefined) {
    if (!matches(x2, pattern0)) return stringError(x2, pattern0, p + '/cw', '#/properties/cw', source1);
  }
  const x3: unknown = d['p'];
  if (!Array.isArray(x3)) return typeError(p + '/p', '#/properties/p/type', 'array');
  for (let i4 = 0; i4 < x3.length; i4++) {
    const x5: unknown = x3[i4];
    if ((e = check1(x5, p + '/p/' + i4))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/p/items/type', 'object');
  if (d['s'] === undefined) return requiredError(p, '#/properties/p/items/required', 's');
  if (d['ps'] === undefined) return requiredError(p, '#/properties/p/items/required', 'ps');
  if (d['pa'] === undefined) return requiredError(p, '#/properties/p/items/required', 'pa');
  if (d['mt'] === undefined) return requiredError(p, '#/properties/p/items/required', 'mt');
  if (d['iw'] === undefined) return requiredError(p, '#/properties/p/items/required', 'iw');
  if (d['mp'] === undefined) return requiredError(p, '#/properties/p/items/required', 'mp');
  if (d['up'] === undefined) return requiredError(p, '#/properties/p/items/required', 'up');
  if (d['mm'] === undefined) return requiredError(p, '#/properties/p/items/required', 'mm');
  const x6: unknown = d['s'];
  if (typeof x6 !== 'string') return typeError(p + '/s', '#/properties/p/items/properties/s/type', 'string');
  const x7: unknown = d['ps'];
  if (typeof x7 !== 'string') return typeError(p + '/ps', '#/properties/p/items/properties/ps/type', 'string');
  const x8: unknown = d['pa'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/pa', '#/properties/p/items/properties/pa', source1);
  const x9: unknown = d['mt'];
  if (typeof x9 !== 'string') return typeError(p + '/mt', '#/properties/p/items/properties/mt/type', 'string');
  const x10: unknown = d['iw'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/iw', '#/properties/p/items/properties/iw', source1);
  const x11: unknown = d['mp'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/mp', '#/properties/p/items/properties/mp', source1);
  const x12: unknown = d['up'];
  if (!matches(x12, pattern0)) return stringError(x12, pattern0, p + '/up', '#/properties/p/items/properties/up', source1);
  const x13: unknown = d['mm'];
  if (!matches(x13, pattern0)) return stringError(x13, pattern0, p + '/mm', '#/properties/p/items/properties/mm', source1);
  return undefined;
}
