// Generated from spec/usdm/operations/get-my-trades.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-my-trades.json; the first error in `validate.errors`. */
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
  if (!isObject(d)) return typeError(p, '#/items/type', 'object');
  if (d['buyer'] === undefined) return requiredError(p, '#/items/required', 'buyer');
  if (d['commission'] === undefined) return requiredError(p, '#/items/required', 'commission');
  if (d['commissionAsset'] === undefined) return requiredError(p, '#/items/required', 'commissionAsset');
  if (d['id'] === undefined) return requiredError(p, '#/items/required', 'id');
  if (d['maker'] === undefined) return requiredError(p, '#/items/required', 'maker');
  if (d['orderId'] === undefined) return requiredError(p, '#/items/required', 'orderId');
  if (d['price'] === undefined) return requiredError(p, '#/items/required', 'price');
  if (d['qty'] === undefined) return requiredError(p, '#/items/required', 'qty');
  if (d['quoteQty'] === undefined) return requiredError(p, '#/items/required', 'quoteQty');
  if (d['realizedPnl'] === undefined) return requiredError(p, '#/items/required', 'realizedPnl');
  if (d['side'] === undefined) return requiredError(p, '#/items/required', 'side');
  if (d['positionSide'] === undefined) return requiredError(p, '#/items/required', 'positionSide');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['time'] === undefined) return requiredError(p, '#/items/required', 'time');
  const x2: unknown = d['buyer'];
  if (typeof x2 !== 'boolean') return typeError(p + '/buyer', '#/items/properties/buyer/type', 'boolean');
  const x3: unknown = d['commission'];
  if (!matches(x3, pattern0)) return stringError(x3, pattern0, p + '/commission', '#/items/properties/commission', source1);
  const x4: unknown = d['commissionAsset'];
  if (typeof x4 !== 'string') return typeError(p + '/commissionAsset', '#/items/properties/commissionAsset/type', 'string');
  const x5: unknown = d['id'];
  if (!isInteger(x5)) return typeError(p + '/id', '#/items/properties/id/type', 'integer');
  const x6: unknown = d['maker'];
  if (typeof x6 !== 'boolean') return typeError(p + '/maker', '#/items/properties/maker/type', 'boolean');
  const x7: unknown = d['orderId'];
  if (!isInteger(x7)) return typeError(p + '/orderId', '#/items/properties/orderId/type', 'integer');
  const x8: unknown = d['price'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/price', '#/items/properties/price', source1);
  const x9: unknown = d['qty'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/qty', '#/items/properties/qty', source1);
  const x10: unknown = d['quoteQty'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/quoteQty', '#/items/properties/quoteQty', source1);
  const x11: unknown = d['realizedPnl'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/realizedPnl', '#/items/properties/realizedPnl', source1);
  const x12: unknown = d['side'];
  if (typeof x12 !== 'string') return typeError(p + '/side', '#/items/properties/side/type', 'string');
  const x13: unknown = d['positionSide'];
  if (typeof x13 !== 'string') return typeError(p + '/positionSide', '#/items/properties/positionSide/type', 'string');
  const x14: unknown = d['symbol'];
  if (typeof x14 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x15: unknown = d['time'];
  if (!isInteger(x15)) return typeError(p + '/time', '#/items/properties/time/type', 'integer');
  return undefined;
}
