// Generated from spec/usdm/operations/get-index-info.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-index-info.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/items';
const at1: string = '#/items/properties/baseAssetList/items';
const pattern2: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source3: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  if (!isInteger(d['time'])) return typeErrorAt(d, p, at0, 'time', 'integer');
  if (typeof d['component'] !== 'string') return typeErrorAt(d, p, at0, 'component', 'string');
  const x5: unknown = d['baseAssetList'];
  if (!Array.isArray(x5)) return typeErrorAt(d, p, at0, 'baseAssetList', 'array');
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7: unknown = x5[i6];
    if ((e = check2(x7, p + '/baseAssetList/' + i6))) return e;
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/properties/baseAssetList/items/type', 'object');
  if (typeof d['baseAsset'] !== 'string') return typeErrorAt(d, p, at1, 'baseAsset', 'string');
  if (typeof d['quoteAsset'] !== 'string') return typeErrorAt(d, p, at1, 'quoteAsset', 'string');
  if (!matches(d['weightInQuantity'], pattern2)) return stringErrorAt(d, p, at1, 'weightInQuantity', source3);
  if (!matches(d['weightInPercentage'], pattern2)) return stringErrorAt(d, p, at1, 'weightInPercentage', source3);
  return undefined;
}
