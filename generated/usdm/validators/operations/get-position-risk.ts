// Generated from spec/usdm/operations/get-position-risk.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-position-risk.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/items';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';

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
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  if (typeof d['positionSide'] !== 'string') return typeErrorAt(d, p, at0, 'positionSide', 'string');
  if (!matches(d['positionAmt'], pattern1)) return stringErrorAt(d, p, at0, 'positionAmt', source2);
  if (!matches(d['entryPrice'], pattern1)) return stringErrorAt(d, p, at0, 'entryPrice', source2);
  if (!matches(d['breakEvenPrice'], pattern1)) return stringErrorAt(d, p, at0, 'breakEvenPrice', source2);
  if (!matches(d['markPrice'], pattern1)) return stringErrorAt(d, p, at0, 'markPrice', source2);
  if (!matches(d['unRealizedProfit'], pattern1)) return stringErrorAt(d, p, at0, 'unRealizedProfit', source2);
  if (!matches(d['liquidationPrice'], pattern1)) return stringErrorAt(d, p, at0, 'liquidationPrice', source2);
  if (!matches(d['isolatedMargin'], pattern1)) return stringErrorAt(d, p, at0, 'isolatedMargin', source2);
  if (!matches(d['notional'], pattern1)) return stringErrorAt(d, p, at0, 'notional', source2);
  if (typeof d['marginAsset'] !== 'string') return typeErrorAt(d, p, at0, 'marginAsset', 'string');
  if (!matches(d['isolatedWallet'], pattern1)) return stringErrorAt(d, p, at0, 'isolatedWallet', source2);
  if (!matches(d['initialMargin'], pattern1)) return stringErrorAt(d, p, at0, 'initialMargin', source2);
  if (!matches(d['maintMargin'], pattern1)) return stringErrorAt(d, p, at0, 'maintMargin', source2);
  if (!matches(d['positionInitialMargin'], pattern1)) return stringErrorAt(d, p, at0, 'positionInitialMargin', source2);
  if (!matches(d['openOrderInitialMargin'], pattern1)) return stringErrorAt(d, p, at0, 'openOrderInitialMargin', source2);
  if (!isInteger(d['adl'])) return typeErrorAt(d, p, at0, 'adl', 'integer');
  if (!matches(d['bidNotional'], pattern1)) return stringErrorAt(d, p, at0, 'bidNotional', source2);
  if (!matches(d['askNotional'], pattern1)) return stringErrorAt(d, p, at0, 'askNotional', source2);
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, at0, 'updateTime', 'integer');
  return undefined;
}
