// Generated from spec/usdm/channels/mark-price.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/mark-price.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'markPriceUpdate') return stringConstErrorAt(d, p, '#', 'e', 'markPriceUpdate');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, '#', 's', 'string');
  if (!matches(d['p'], pattern0)) return stringErrorAt(d, p, '#', 'p', source1);
  const x4: unknown = d['ap'];
  if (x4 !== undefined) {
    if (!matches(x4, pattern0)) return stringErrorAt(d, p, '#', 'ap', source1);
  }
  if (!matches(d['i'], pattern0)) return stringErrorAt(d, p, '#', 'i', source1);
  if (!matches(d['P'], pattern0)) return stringErrorAt(d, p, '#', 'P', source1);
  if (typeof d['r'] !== 'string') return typeErrorAt(d, p, '#', 'r', 'string');
  if (!isInteger(d['T'])) return typeErrorAt(d, p, '#', 'T', 'integer');
  const x9: unknown = d['st'];
  if (x9 !== undefined) {
    if (!isInteger(x9)) return typeErrorAt(d, p, '#', 'st', 'integer');
  }
  return undefined;
}
