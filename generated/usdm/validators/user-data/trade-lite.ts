// Generated from spec/usdm/user-data/trade-lite.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/trade-lite.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'TRADE_LITE') return stringConstErrorAt(d, p, '#', 'e', 'TRADE_LITE');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (!isInteger(d['T'])) return typeErrorAt(d, p, '#', 'T', 'integer');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, '#', 's', 'string');
  if (!matches(d['q'], pattern0)) return stringErrorAt(d, p, '#', 'q', source1);
  if (!matches(d['p'], pattern0)) return stringErrorAt(d, p, '#', 'p', source1);
  if (typeof d['m'] !== 'boolean') return typeErrorAt(d, p, '#', 'm', 'boolean');
  if (typeof d['c'] !== 'string') return typeErrorAt(d, p, '#', 'c', 'string');
  if (typeof d['S'] !== 'string') return typeErrorAt(d, p, '#', 'S', 'string');
  if (!matches(d['L'], pattern0)) return stringErrorAt(d, p, '#', 'L', source1);
  if (!matches(d['l'], pattern0)) return stringErrorAt(d, p, '#', 'l', source1);
  if (!isInteger(d['t'])) return typeErrorAt(d, p, '#', 't', 'integer');
  if (!isInteger(d['i'])) return typeErrorAt(d, p, '#', 'i', 'integer');
  return undefined;
}
