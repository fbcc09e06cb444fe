// Generated from spec/usdm/operations/get-position-risk-v2.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-position-risk-v2.json; the first error in `validate.errors`. */
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
  if (!matches(d['entryPrice'], pattern0)) return stringErrorAt(d, p, at2, 'entryPrice', source1);
  const x3: unknown = d['breakEvenPrice'];
  if (x3 !== undefined) {
    if (!matches(x3, pattern0)) return stringErrorAt(d, p, at2, 'breakEvenPrice', source1);
  }
  if (typeof d['marginType'] !== 'string') return typeErrorAt(d, p, at2, 'marginType', 'string');
  if (typeof d['isAutoAddMargin'] !== 'string') return typeErrorAt(d, p, at2, 'isAutoAddMargin', 'string');
  if (!matches(d['isolatedMargin'], pattern0)) return stringErrorAt(d, p, at2, 'isolatedMargin', source1);
  if (!matches(d['leverage'], pattern0)) return stringErrorAt(d, p, at2, 'leverage', source1);
  if (!matches(d['liquidationPrice'], pattern0)) return stringErrorAt(d, p, at2, 'liquidationPrice', source1);
  if (!matches(d['markPrice'], pattern0)) return stringErrorAt(d, p, at2, 'markPrice', source1);
  if (!matches(d['maxNotionalValue'], pattern0)) return stringErrorAt(d, p, at2, 'maxNotionalValue', source1);
  if (!matches(d['positionAmt'], pattern0)) return stringErrorAt(d, p, at2, 'positionAmt', source1);
  if (!matches(d['notional'], pattern0)) return stringErrorAt(d, p, at2, 'notional', source1);
  if (!matches(d['isolatedWallet'], pattern0)) return stringErrorAt(d, p, at2, 'isolatedWallet', source1);
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at2, 'symbol', 'string');
  if (!matches(d['unRealizedProfit'], pattern0)) return stringErrorAt(d, p, at2, 'unRealizedProfit', source1);
  if (typeof d['positionSide'] !== 'string') return typeErrorAt(d, p, at2, 'positionSide', 'string');
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, at2, 'updateTime', 'integer');
  return undefined;
}
