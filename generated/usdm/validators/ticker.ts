// Generated from spec/usdm/channels/ticker.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/ticker.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== '24hrTicker') return stringConstErrorAt(d, p, '#', 'e', '24hrTicker');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, '#', 's', 'string');
  if (!matches(d['p'], pattern0)) return stringErrorAt(d, p, '#', 'p', source1);
  if (!matches(d['P'], pattern0)) return stringErrorAt(d, p, '#', 'P', source1);
  if (!matches(d['w'], pattern0)) return stringErrorAt(d, p, '#', 'w', source1);
  if (!matches(d['c'], pattern0)) return stringErrorAt(d, p, '#', 'c', source1);
  if (!matches(d['Q'], pattern0)) return stringErrorAt(d, p, '#', 'Q', source1);
  if (!matches(d['o'], pattern0)) return stringErrorAt(d, p, '#', 'o', source1);
  if (!matches(d['h'], pattern0)) return stringErrorAt(d, p, '#', 'h', source1);
  if (!matches(d['l'], pattern0)) return stringErrorAt(d, p, '#', 'l', source1);
  if (!matches(d['v'], pattern0)) return stringErrorAt(d, p, '#', 'v', source1);
  if (!matches(d['q'], pattern0)) return stringErrorAt(d, p, '#', 'q', source1);
  if (!isInteger(d['O'])) return typeErrorAt(d, p, '#', 'O', 'integer');
  if (!isInteger(d['C'])) return typeErrorAt(d, p, '#', 'C', 'integer');
  if (!isInteger(d['F'])) return typeErrorAt(d, p, '#', 'F', 'integer');
  if (!isInteger(d['L'])) return typeErrorAt(d, p, '#', 'L', 'integer');
  if (!isInteger(d['n'])) return typeErrorAt(d, p, '#', 'n', 'integer');
  const x18: unknown = d['ps'];
  if (x18 !== undefined) {
    if (typeof x18 !== 'string') return typeErrorAt(d, p, '#', 'ps', 'string');
  }
  const x19: unknown = d['st'];
  if (x19 !== undefined) {
    if (!isInteger(x19)) return typeErrorAt(d, p, '#', 'st', 'integer');
  }
  return undefined;
}
