// Generated from spec/usdm/operations/get-taker-long-short-ratio.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-taker-long-short-ratio.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at2: string = '#/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!Array.isArray(d)) return typeError(p, '#/type', 'array');
  for (let i0 = 0; i0 < d.length; i0++) {
    const x1: unknown = d[i0];
    if ((e = check1(x1, p + '/' + i0))) return e;
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (!matches(d['buySellRatio'], pattern0)) return stringErrorAt(d, p, at2, 'buySellRatio', source1);
  if (!matches(d['buyVol'], pattern0)) return stringErrorAt(d, p, at2, 'buyVol', source1);
  if (!matches(d['sellVol'], pattern0)) return stringErrorAt(d, p, at2, 'sellVol', source1);
  if (!isInteger(d['timestamp'])) return typeErrorAt(d, p, at2, 'timestamp', 'integer');
  return undefined;
}
