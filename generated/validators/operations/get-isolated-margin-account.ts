// Generated from spec/operations/sapi/get-isolated-margin-account.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  typeErrorAt,
  requiredError,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-isolated-margin-account.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/assets/items/properties/baseAsset';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at3: string = '#/properties/assets/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['assets'];
  if (!Array.isArray(x0)) return typeErrorAt(d, p, '#', 'assets', 'array');
  for (let i1 = 0; i1 < x0.length; i1++) {
    const x2: unknown = x0[i1];
    if ((e = check1(x2, p + '/assets/' + i1))) return e;
  }
  const x27: unknown = d['totalAssetOfBtc'];
  if (x27 !== undefined) {
    if (!matches(x27, pattern1)) return stringErrorAt(d, p, '#', 'totalAssetOfBtc', source2);
  }
  const x28: unknown = d['totalLiabilityOfBtc'];
  if (x28 !== undefined) {
    if (!matches(x28, pattern1)) return stringErrorAt(d, p, '#', 'totalLiabilityOfBtc', source2);
  }
  const x29: unknown = d['totalNetAssetOfBtc'];
  if (x29 !== undefined) {
    if (!matches(x29, pattern1)) return stringErrorAt(d, p, '#', 'totalNetAssetOfBtc', source2);
  }
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/assets/items/type', 'object');
  const x3: unknown = d['baseAsset'];
  if (x3 === undefined) return requiredError(p, '#/properties/assets/items/required', 'baseAsset');
  if ((e = check2(x3, p + '/baseAsset'))) return e;
  const x14: unknown = d['quoteAsset'];
  if (x14 === undefined) return requiredError(p, '#/properties/assets/items/required', 'quoteAsset');
  if ((e = check2(x14, p + '/quoteAsset'))) return e;
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at3, 'symbol', 'string');
  if (typeof d['isolatedCreated'] !== 'boolean') return typeErrorAt(d, p, at3, 'isolatedCreated', 'boolean');
  if (typeof d['enabled'] !== 'boolean') return typeErrorAt(d, p, at3, 'enabled', 'boolean');
  if (!matches(d['marginLevel'], pattern1)) return stringErrorAt(d, p, at3, 'marginLevel', source2);
  if (typeof d['marginLevelStatus'] !== 'string') return typeErrorAt(d, p, at3, 'marginLevelStatus', 'string');
  if (!matches(d['marginRatio'], pattern1)) return stringErrorAt(d, p, at3, 'marginRatio', source2);
  if (!matches(d['indexPrice'], pattern1)) return stringErrorAt(d, p, at3, 'indexPrice', source2);
  if (!matches(d['liquidatePrice'], pattern1)) return stringErrorAt(d, p, at3, 'liquidatePrice', source2);
  if (!matches(d['liquidateRate'], pattern1)) return stringErrorAt(d, p, at3, 'liquidateRate', source2);
  if (typeof d['tradeEnabled'] !== 'boolean') return typeErrorAt(d, p, at3, 'tradeEnabled', 'boolean');
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/assets/items/properties/baseAsset/type', 'object');
  if (typeof d['asset'] !== 'string') return typeErrorAt(d, p, at0, 'asset', 'string');
  if (typeof d['borrowEnabled'] !== 'boolean') return typeErrorAt(d, p, at0, 'borrowEnabled', 'boolean');
  if (!matches(d['borrowed'], pattern1)) return stringErrorAt(d, p, at0, 'borrowed', source2);
  if (!matches(d['free'], pattern1)) return stringErrorAt(d, p, at0, 'free', source2);
  if (!matches(d['interest'], pattern1)) return stringErrorAt(d, p, at0, 'interest', source2);
  if (!matches(d['locked'], pattern1)) return stringErrorAt(d, p, at0, 'locked', source2);
  if (!matches(d['netAsset'], pattern1)) return stringErrorAt(d, p, at0, 'netAsset', source2);
  if (!matches(d['netAssetOfBtc'], pattern1)) return stringErrorAt(d, p, at0, 'netAssetOfBtc', source2);
  if (typeof d['repayEnabled'] !== 'boolean') return typeErrorAt(d, p, at0, 'repayEnabled', 'boolean');
  if (!matches(d['totalAsset'], pattern1)) return stringErrorAt(d, p, at0, 'totalAsset', source2);
  return undefined;
}
