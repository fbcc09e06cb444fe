// Generated from spec/usdm/channels/asset-index.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/channels/asset-index.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'assetIndexUpdate') return stringConstErrorAt(d, p, '#', 'e', 'assetIndexUpdate');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, '#', 's', 'string');
  if (!matches(d['i'], pattern0)) return stringErrorAt(d, p, '#', 'i', source1);
  if (!matches(d['b'], pattern0)) return stringErrorAt(d, p, '#', 'b', source1);
  if (!matches(d['a'], pattern0)) return stringErrorAt(d, p, '#', 'a', source1);
  if (!matches(d['B'], pattern0)) return stringErrorAt(d, p, '#', 'B', source1);
  if (!matches(d['A'], pattern0)) return stringErrorAt(d, p, '#', 'A', source1);
  if (!matches(d['q'], pattern0)) return stringErrorAt(d, p, '#', 'q', source1);
  if (!matches(d['g'], pattern0)) return stringErrorAt(d, p, '#', 'g', source1);
  if (!matches(d['Q'], pattern0)) return stringErrorAt(d, p, '#', 'Q', source1);
  if (!matches(d['G'], pattern0)) return stringErrorAt(d, p, '#', 'G', source1);
  return undefined;
}
