// Generated from spec/channels/mini-ticker.yaml by codegen/. DO NOT EDIT.
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
} from '../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/channels/mini-ticker.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== '24hrMiniTicker') return stringConstErrorAt(d, p, '#', 'e', '24hrMiniTicker');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, '#', 's', 'string');
  if (!matches(d['c'], pattern0)) return stringErrorAt(d, p, '#', 'c', source1);
  if (!matches(d['o'], pattern0)) return stringErrorAt(d, p, '#', 'o', source1);
  if (!matches(d['h'], pattern0)) return stringErrorAt(d, p, '#', 'h', source1);
  if (!matches(d['l'], pattern0)) return stringErrorAt(d, p, '#', 'l', source1);
  if (!matches(d['v'], pattern0)) return stringErrorAt(d, p, '#', 'v', source1);
  if (!matches(d['q'], pattern0)) return stringErrorAt(d, p, '#', 'q', source1);
  return undefined;
}
