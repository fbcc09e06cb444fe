// Generated from spec/usdm/operations/get-order-amendments.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-order-amendments.json; the first error in `validate.errors`. */
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
  if (d['amendmentId'] === undefined) return requiredError(p, '#/items/required', 'amendmentId');
  if (d['symbol'] === undefined) return requiredError(p, '#/items/required', 'symbol');
  if (d['pair'] === undefined) return requiredError(p, '#/items/required', 'pair');
  if (d['orderId'] === undefined) return requiredError(p, '#/items/required', 'orderId');
  if (d['clientOrderId'] === undefined) return requiredError(p, '#/items/required', 'clientOrderId');
  if (d['time'] === undefined) return requiredError(p, '#/items/required', 'time');
  if (d['amendment'] === undefined) return requiredError(p, '#/items/required', 'amendment');
  const x2: unknown = d['amendmentId'];
  if (!isInteger(x2)) return typeError(p + '/amendmentId', '#/items/properties/amendmentId/type', 'integer');
  const x3: unknown = d['symbol'];
  if (typeof x3 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x4: unknown = d['pair'];
  if (typeof x4 !== 'string') return typeError(p + '/pair', '#/items/properties/pair/type', 'string');
  const x5: unknown = d['orderId'];
  if (!isInteger(x5)) return typeError(p + '/orderId', '#/items/properties/orderId/type', 'integer');
  const x6: unknown = d['clientOrderId'];
  if (typeof x6 !== 'string') return typeError(p + '/clientOrderId', '#/items/properties/clientOrderId/type', 'string');
  const x7: unknown = d['time'];
  if (!isInteger(x7)) return typeError(p + '/time', '#/items/properties/time/type', 'integer');
  const x8: unknown = d['amendment'];
  if ((e = check2(x8, p + '/amendment'))) return e;
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/items/properties/amendment/type', 'object');
  if (d['price'] === undefined) return requiredError(p, '#/items/properties/amendment/required', 'price');
  if (d['origQty'] === undefined) return requiredError(p, '#/items/properties/amendment/required', 'origQty');
  if (d['count'] === undefined) return requiredError(p, '#/items/properties/amendment/required', 'count');
  const x9: unknown = d['price'];
  if ((e = check3(x9, p + '/price'))) return e;
  const x12: unknown = d['origQty'];
  if ((e = check3(x12, p + '/origQty'))) return e;
  const x13: unknown = d['count'];
  if (!isInteger(x13)) return typeError(p + '/count', '#/items/properties/amendment/properties/count/type', 'integer');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/properties/amendment/properties/price/type', 'object');
  if (d['before'] === undefined) return requiredError(p, '#/items/properties/amendment/properties/price/required', 'before');
  if (d['after'] === undefined) return requiredError(p, '#/items/properties/amendment/properties/price/required', 'after');
  const x10: unknown = d['before'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/before', '#/items/properties/amendment/properties/price/properties/before', source1);
  const x11: unknown = d['after'];
  if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/after', '#/items/properties/amendment/properties/price/properties/after', source1);
  return undefined;
}
