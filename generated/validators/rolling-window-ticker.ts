// Generated from spec/channels/rolling-window-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  enumErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/channels/rolling-window-ticker.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const allowed0: readonly unknown[] = ['1hTicker', '4hTicker', '1dTicker'];
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeErrorAt(d, p, '#', 'e', 'string');
  if (!allowed0.includes(x0)) return enumErrorAt(d, p, '#', 'e', allowed0);
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, '#', 's', 'string');
  if (!matches(d['p'], pattern1)) return stringErrorAt(d, p, '#', 'p', source2);
  if (!matches(d['P'], pattern1)) return stringErrorAt(d, p, '#', 'P', source2);
  if (!matches(d['o'], pattern1)) return stringErrorAt(d, p, '#', 'o', source2);
  if (!matches(d['h'], pattern1)) return stringErrorAt(d, p, '#', 'h', source2);
  if (!matches(d['l'], pattern1)) return stringErrorAt(d, p, '#', 'l', source2);
  if (!matches(d['c'], pattern1)) return stringErrorAt(d, p, '#', 'c', source2);
  if (!matches(d['w'], pattern1)) return stringErrorAt(d, p, '#', 'w', source2);
  if (!matches(d['v'], pattern1)) return stringErrorAt(d, p, '#', 'v', source2);
  if (!matches(d['q'], pattern1)) return stringErrorAt(d, p, '#', 'q', source2);
  if (!isInteger(d['O'])) return typeErrorAt(d, p, '#', 'O', 'integer');
  if (!isInteger(d['C'])) return typeErrorAt(d, p, '#', 'C', 'integer');
  if (!isInteger(d['F'])) return typeErrorAt(d, p, '#', 'F', 'integer');
  if (!isInteger(d['L'])) return typeErrorAt(d, p, '#', 'L', 'integer');
  if (!isInteger(d['n'])) return typeErrorAt(d, p, '#', 'n', 'integer');
  return undefined;
}
