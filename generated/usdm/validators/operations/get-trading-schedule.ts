// Generated from spec/usdm/operations/get-trading-schedule.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-trading-schedule.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['updateTime'] === undefined) return requiredError(p, '#/required', 'updateTime');
  if (d['marketSchedules'] === undefined) return requiredError(p, '#/required', 'marketSchedules');
  const x0: unknown = d['updateTime'];
  if (!isInteger(x0)) return typeError(p + '/updateTime', '#/properties/updateTime/type', 'integer');
  const x1: unknown = d['marketSchedules'];
  if ((e = check1(x1, p + '/marketSchedules'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/marketSchedules/type', 'object');
  for (const k2 in d) {
    const x3: unknown = d[k2];
    if ((e = check2(x3, p + '/' + k2.replace(/~/g, '~0').replace(/\//g, '~1')))) return e;
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/marketSchedules/additionalProperties/type', 'object');
  if (d['sessions'] === undefined) return requiredError(p, '#/properties/marketSchedules/additionalProperties/required', 'sessions');
  const x4: unknown = d['sessions'];
  if (!Array.isArray(x4)) return typeError(p + '/sessions', '#/properties/marketSchedules/additionalProperties/properties/sessions/type', 'array');
  for (let i5 = 0; i5 < x4.length; i5++) {
    const x6: unknown = x4[i5];
    if ((e = check3(x6, p + '/sessions/' + i5))) return e;
  }
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/marketSchedules/additionalProperties/properties/sessions/items/type', 'object');
  if (d['startTime'] === undefined) return requiredError(p, '#/properties/marketSchedules/additionalProperties/properties/sessions/items/required', 'startTime');
  if (d['endTime'] === undefined) return requiredError(p, '#/properties/marketSchedules/additionalProperties/properties/sessions/items/required', 'endTime');
  if (d['type'] === undefined) return requiredError(p, '#/properties/marketSchedules/additionalProperties/properties/sessions/items/required', 'type');
  const x7: unknown = d['startTime'];
  if (!isInteger(x7)) return typeError(p + '/startTime', '#/properties/marketSchedules/additionalProperties/properties/sessions/items/properties/startTime/type', 'integer');
  const x8: unknown = d['endTime'];
  if (!isInteger(x8)) return typeError(p + '/endTime', '#/properties/marketSchedules/additionalProperties/properties/sessions/items/properties/endTime/type', 'integer');
  const x9: unknown = d['type'];
  if (typeof x9 !== 'string') return typeError(p + '/type', '#/properties/marketSchedules/additionalProperties/properties/sessions/items/properties/type/type', 'string');
  return undefined;
}
