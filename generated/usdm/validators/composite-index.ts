// Generated from spec/usdm/channels/composite-index.yaml by codegen/. DO NOT EDIT.
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
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/composite-index.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at2: string = '#/properties/c/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'compositeIndex') return stringConstErrorAt(d, p, '#', 'e', 'compositeIndex');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, '#', 's', 'string');
  if (!matches(d['p'], pattern0)) return stringErrorAt(d, p, '#', 'p', source1);
  if (typeof d['C'] !== 'string') return typeErrorAt(d, p, '#', 'C', 'string');
  const x5: unknown = d['c'];
  if (!Array.isArray(x5)) return typeErrorAt(d, p, '#', 'c', 'array');
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7: unknown = x5[i6];
    if ((e = check1(x7, p + '/c/' + i6))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/c/items/type', 'object');
  if (typeof d['b'] !== 'string') return typeErrorAt(d, p, at2, 'b', 'string');
  if (typeof d['q'] !== 'string') return typeErrorAt(d, p, at2, 'q', 'string');
  if (!matches(d['w'], pattern0)) return stringErrorAt(d, p, at2, 'w', source1);
  if (!matches(d['W'], pattern0)) return stringErrorAt(d, p, at2, 'W', source1);
  if (!matches(d['i'], pattern0)) return stringErrorAt(d, p, at2, 'i', source1);
  return undefined;
}
