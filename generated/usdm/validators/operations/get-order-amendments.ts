// Generated from spec/usdm/operations/get-order-amendments.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-order-amendments.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/items';
const pattern1: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source2: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at3: string = '#/items/properties/amendment/properties/price';
const at4: string = '#/items/properties/amendment';

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
  if (!isInteger(d['amendmentId'])) return typeErrorAt(d, p, at0, 'amendmentId', 'integer');
  if (typeof d['symbol'] !== 'string') return typeErrorAt(d, p, at0, 'symbol', 'string');
  if (typeof d['pair'] !== 'string') return typeErrorAt(d, p, at0, 'pair', 'string');
  if (!isInteger(d['orderId'])) return typeErrorAt(d, p, at0, 'orderId', 'integer');
  if (typeof d['clientOrderId'] !== 'string') return typeErrorAt(d, p, at0, 'clientOrderId', 'string');
  if (!isInteger(d['time'])) return typeErrorAt(d, p, at0, 'time', 'integer');
  const x8: unknown = d['amendment'];
  if (x8 === undefined) return requiredError(p, '#/items/required', 'amendment');
  if ((e = check2(x8, p + '/amendment'))) return e;
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/items/properties/amendment/type', 'object');
  const x9: unknown = d['price'];
  if (x9 === undefined) return requiredError(p, '#/items/properties/amendment/required', 'price');
  if ((e = check3(x9, p + '/price'))) return e;
  const x12: unknown = d['origQty'];
  if (x12 === undefined) return requiredError(p, '#/items/properties/amendment/required', 'origQty');
  if ((e = check3(x12, p + '/origQty'))) return e;
  if (!isInteger(d['count'])) return typeErrorAt(d, p, at4, 'count', 'integer');
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/items/properties/amendment/properties/price/type', 'object');
  if (!matches(d['before'], pattern1)) return stringErrorAt(d, p, at3, 'before', source2);
  if (!matches(d['after'], pattern1)) return stringErrorAt(d, p, at3, 'after', source2);
  return undefined;
}
