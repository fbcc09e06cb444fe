// Generated from spec/usdm/user-data/margin-call.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  stringConstErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/margin-call.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at2: string = '#/properties/p/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'MARGIN_CALL') return stringConstErrorAt(d, p, '#', 'e', 'MARGIN_CALL');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  const x2: unknown = d['cw'];
  if (x2 !== undefined) {
    if (!matches(x2, pattern0)) return stringErrorAt(d, p, '#', 'cw', source1);
  }
  const x3: unknown = d['p'];
  if (!Array.isArray(x3)) return typeErrorAt(d, p, '#', 'p', 'array');
  for (let i4 = 0; i4 < x3.length; i4++) {
    const x5: unknown = x3[i4];
    if ((e = check1(x5, p + '/p/' + i4))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/p/items/type', 'object');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, at2, 's', 'string');
  if (typeof d['ps'] !== 'string') return typeErrorAt(d, p, at2, 'ps', 'string');
  if (!matches(d['pa'], pattern0)) return stringErrorAt(d, p, at2, 'pa', source1);
  if (typeof d['mt'] !== 'string') return typeErrorAt(d, p, at2, 'mt', 'string');
  if (!matches(d['iw'], pattern0)) return stringErrorAt(d, p, at2, 'iw', source1);
  if (!matches(d['mp'], pattern0)) return stringErrorAt(d, p, at2, 'mp', source1);
  if (!matches(d['up'], pattern0)) return stringErrorAt(d, p, at2, 'up', source1);
  if (!matches(d['mm'], pattern0)) return stringErrorAt(d, p, at2, 'mm', source1);
  return undefined;
}
