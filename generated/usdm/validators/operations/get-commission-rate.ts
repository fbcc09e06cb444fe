// Generated from spec/usdm/operations/get-commission-rate.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-commission-rate.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, '#', 'symbol', 'string');
  if (!matches(d['makerCommissionRate'], pattern0)) return stringErrorAt(d, p, '#', 'makerCommissionRate', source1);
  if (!matches(d['takerCommissionRate'], pattern0)) return stringErrorAt(d, p, '#', 'takerCommissionRate', source1);
  const x3: unknown = d['rpiCommissionRate'];
  if (x3 !== undefined) {
    if (!matches(x3, pattern0)) return stringErrorAt(d, p, '#', 'rpiCommissionRate', source1);
  }
  return undefined;
}
