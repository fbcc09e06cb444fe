// Generated from spec/operations/get-my-trades.yaml by codegen/. DO NOT EDIT.
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
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-my-trades.json; the first error in `validate.errors`. */
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
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['id'] === undefined) return requiredError(p, '#/items/required', 'id');
  if (d['orderId'] === undefined) return requiredError(p, '#/items/required', 'orderId');
  if (d['orderListId'] === undefined) return requiredError(p, '#/items/required', 'orderListId');
  if (d['price'] === undefined) return requiredError(p, '#/items/required', 'price');
  if (d['qty'] === undefined) return requiredError(p, '#/items/required', 'qty');
  if (d['quoteQty'] === undefined) return requiredError(p, '#/items/required', 'quoteQty');
  if (d['commission'] === undefined) return requiredError(p, '#/items/required', 'commission');
  if (d['commissionAsset'] === undefined) return requiredError(p, '#/items/required', 'commissionAsset');
  if (d['time'] === undefined) return requiredError(p, '#/items/required', 'time');
  if (d['isBuyer'] === undefined) return requiredError(p, '#/items/required', 'isBuyer');
  if (d['isMaker'] === undefined) return requiredError(p, '#/items/required', 'isMaker');
  if (d['isBestMatch'] === undefined) return requiredError(p, '#/items/required', 'isBestMatch');
  const x2: unknown = d['symbol'];
  if (typeof x2 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x3: unknown = d['id'];
  if (!isInteger(x3)) return typeError(p + '/id', '#/items/properties/id/type', 'integer');
  const x4: unknown = d['orderId'];
  if (!isInteger(x4)) return typeError(p + '/orderId', '#/items/properties/orderId/type', 'integer');
  const x5: unknown = d['orderListId'];
  if (!isInteger(x5)) return typeError(p + '/orderListId', '#/items/properties/orderListId/type', 'integer');
  const x6: unknown = d['price'];
  if (!matches(x6, pattern0)) return stringError(x6, pattern0, p + '/price', '#/items/properties/price', source1);
  const x7: unknown = d['qty'];
  if (!matches(x7, pattern0)) return stringError(x7, pattern0, p + '/qty', '#/items/properties/qty', source1);
  const x8: unknown = d['quoteQty'];
  if (!matches(x8, pattern0)) return stringError(x8, pattern0, p + '/quoteQty', '#/items/properties/quoteQty', source1);
  const x9: unknown = d['commission'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/commission', '#/items/properties/commission', source1);
  const x10: unknown = d['commissionAsset'];
  if (typeof x10 !== 'string') return typeError(p + '/commissionAsset', '#/items/properties/commissionAsset/type', 'string');
  const x11: unknown = d['time'];
  if (!isInteger(x11)) return typeError(p + '/time', '#/items/properties/time/type', 'integer');
  const x12: unknown = d['isBuyer'];
  if (typeof x12 !== 'boolean') return typeError(p + '/isBuyer', '#/items/properties/isBuyer/type', 'boolean');
  const x13: unknown = d['isMaker'];
  if (typeof x13 !== 'boolean') return typeError(p + '/isMaker', '#/items/properties/isMaker/type', 'boolean');
  const x14: unknown = d['isBestMatch'];
  if (typeof x14 !== 'boolean') return typeError(p + '/isBestMatch', '#/items/properties/isBestMatch/type', 'boolean');
  return undefined;
}
