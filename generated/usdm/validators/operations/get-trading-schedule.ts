// Generated from spec/usdm/operations/get-trading-schedule.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-trading-schedule.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/marketSchedules/additionalProperties';
const at1: string = '#/properties/marketSchedules/additionalProperties/properties/sessions/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, '#', 'updateTime', 'integer');
  const x1: unknown = d['marketSchedules'];
  if (x1 === undefined) return requiredError(p, '#/required', 'marketSchedules');
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
  const x4: unknown = d['sessions'];
  if (!Array.isArray(x4)) return typeErrorAt(d, p, at0, 'sessions', 'array');
  for (let i5 = 0; i5 < x4.length; i5++) {
    const x6: unknown = x4[i5];
    if ((e = check3(x6, p + '/sessions/' + i5))) return e;
  }
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/marketSchedules/additionalProperties/properties/sessions/items/type', 'object');
  if (!isInteger(d['startTime'])) return typeErrorAt(d, p, at1, 'startTime', 'integer');
  if (!isInteger(d['endTime'])) return typeErrorAt(d, p, at1, 'endTime', 'integer');
  if (typeof d['type'] !== 'string') return typeErrorAt(d, p, at1, 'type', 'string');
  return undefined;
}
