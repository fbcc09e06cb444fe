// Generated from spec/usdm/operations/get-position-margin-history.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-position-margin-history.json; the first error in `validate.errors`. */
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
  if (d['type'] === undefined) return requiredError(p, '#/items/required', 'type');
  if (d['amount'] === undefined) return requiredError(p, '#/items/required', 'amount');
  if (d['asset'] === undefined) return requiredError(p, '#/items/required', 'asset');
  if (d['time'] === undefined) return requiredError(p, '#/items/required', 'time');
  if (d['positionSide'] === undefined) return requiredError(p, '#/items/required', 'positionSide');
  const x2: unknown = d['symbol'];
  if (typeof x2 !== 'string') return typeError(p + '/symbol', '#/items/properties/symbol/type', 'string');
  const x3: unknown = d['type'];
  if (!isInteger(x3)) return typeError(p + '/type', '#/items/properties/type/type', 'integer');
  const x4: unknown = d['deltaType'];
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') return typeError(p + '/deltaType', '#/items/properties/deltaType/type', 'string');
  }
  const x5: unknown = d['amount'];
  if (!matches(x5, pattern0)) return stringError(x5, pattern0, p + '/amount', '#/items/properties/amount', source1);
  const x6: unknown = d['asset'];
  if (typeof x6 !== 'string') return typeError(p + '/asset', '#/items/properties/asset/type', 'string');
  const x7: unknown = d['time'];
  if (!isInteger(x7)) return typeError(p + '/time', '#/items/properties/time/type', 'integer');
  const x8: unknown = d['positionSide'];
  if (typeof x8 !== 'string') return typeError(p + '/positionSide', '#/items/properties/positionSide/type', 'string');
  return undefined;
}
