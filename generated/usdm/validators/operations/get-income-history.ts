// Generated from spec/usdm/operations/get-income-history.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-income-history.json; the first error in `validate.errors`. */
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
  if (d['incomeType'] === undefined) return requiredError(p, '#/items/required', 'incomeType');
  if (d['income'] === undefined) return requiredError(p, '#/items/required', 'income');
  if (d['asset'] === undefined) return requiredError(p, '#/items/required', 'asset');
  if (d['info'] === undefined) return requiredError(p, '#/items/required', 'info');
  if (d['time'] === undefined) return requiredError(p, '#/items/required', 'time');
  if (d['tranId'] === undefined) return requiredError(p, '#/items/required', 'tranId');
  if (d['tradeId'] === undefined) return requiredError(p, '#/items/required', 'tradeId');
  const x2: unknown = d['symbol'];
  if (typeof x2 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x3: unknown = d['incomeType'];
  if (typeof x3 !== 'string') return typeError(p + '/incomeType', '#/items/properties/incomeType/type', 'string');
  const x4: unknown = d['income'];
  if (!matches(x4, pattern0)) return stringError(x4, pattern0, p + '/income', '#/items/properties/income', source1);
  const x5: unknown = d['asset'];
  if (typeof x5 !== 'string') return typeError(p + '/asset', '#/items/properties/asset/type', 'string');
  const x6: unknown = d['info'];
  if (typeof x6 !== 'string') return typeError(p + '/info', '#/items/properties/info/type', 'string');
  const x7: unknown = d['time'];
  if (!isInteger(x7)) return typeError(p + '/time', '#/items/properties/time/type', 'integer');
  const x8: unknown = d['tranId'];
  if (!isInteger(x8)) return typeError(p + '/tranId', '#/items/properties/tranId/type', 'integer');
  const x9: unknown = d['tradeId'];
  if (typeof x9 !== 'string') return typeError(p + '/tradeId', '#/items/properties/tradeId/type', 'string');
  return undefined;
}
