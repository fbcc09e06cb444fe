// Generated from spec/usdm/operations/get-index-info.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  stringError,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-index-info.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['time'] === undefined) return requiredError(p, '#/items/required', 'time');
  if (d['component'] === undefined) return requiredError(p, '#/items/required', 'component');
  if (d['baseAssetList'] === undefined) return requiredError(p, '#/items/required', 'baseAssetList');
  const x2: unknown = d['symbol'];
  if (typeof x2 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x3: unknown = d['time'];
  if (!isInteger(x3)) return typeError(p + '/time', '#/items/properties/time/type', 'integer');
  const x4: unknown = d['component'];
  if (typeof x4 !== 'string') return typeError(p + '/component', '#/items/properties/component/type', 'string');
  const x5: unknown = d['baseAssetList'];
  if (!Array.isArray(x5)) return typeError(p + '/baseAssetList', '#/items/properties/baseAssetList/type', 'array');
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7: unknown = x5[i6];
    if ((e = check2(x7, p + '/baseAssetList/' + i6))) return e;
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/properties/baseAssetList/items/type', 'object');
  if (d['baseAsset'] === undefined) return requiredError(p, '#/items/properties/baseAssetList/items/required', 'baseAsset');
  if (d['quoteAsset'] === undefined) return requiredError(p, '#/items/properties/baseAssetList/items/required', 'quoteAsset');
  if (d['weightInQuantity'] === undefined) return requiredError(p, '#/items/properties/baseAssetList/items/required', 'weightInQuantity');
  if (d['weightInPercentage'] === undefined) return requiredError(p, '#/items/properties/baseAssetList/items/required', 'weightInPercentage');
  const x8: unknown = d['baseAsset'];
  if (typeof x8 !== 'string') return typeError(p + '/baseAsset', '#/items/properties/baseAssetList/items/properties/baseAsset/type', 'string');
  const x9: unknown = d['quoteAsset'];
  if (typeof x9 !== 'string') return typeError(p + '/quoteAsset', '#/items/properties/baseAssetList/items/properties/quoteAsset/type', 'string');
  const x10: unknown = d['weightInQuantity'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/weightInQuantity', '#/items/properties/baseAssetList/items/properties/weightInQuantity', source1);
  const x11: unknown = d['weightInPercentage'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/weightInPercentage', '#/items/properties/baseAssetList/items/properties/weightInPercentage', source1);
  return undefined;
}
