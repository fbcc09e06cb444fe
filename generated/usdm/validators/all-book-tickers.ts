// Generated from spec/usdm/channels/all-book-tickers.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/all-book-tickers.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'bookTicker') return stringConstErrorAt(d, p, '#', 'e', 'bookTicker');
  if (!isInteger(d['u'])) return typeErrorAt(d, p, '#', 'u', 'integer');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (!isInteger(d['T'])) return typeErrorAt(d, p, '#', 'T', 'integer');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, '#', 's', 'string');
  const x5: unknown = d['ps'];
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') return typeErrorAt(d, p, '#', 'ps', 'string');
  }
  if (!matches(d['b'], pattern0)) return stringErrorAt(d, p, '#', 'b', source1);
  if (!matches(d['B'], pattern0)) return stringErrorAt(d, p, '#', 'B', source1);
  if (!matches(d['a'], pattern0)) return stringErrorAt(d, p, '#', 'a', source1);
  if (!matches(d['A'], pattern0)) return stringErrorAt(d, p, '#', 'A', source1);
  const x10: unknown = d['st'];
  if (x10 !== undefined) {
    if (!isInteger(x10)) return typeErrorAt(d, p, '#', 'st', 'integer');
  }
  return undefined;
}
