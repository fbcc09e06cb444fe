// Generated from spec/usdm/operations/get-api-trading-status.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  isNumber,
  typeError,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-api-trading-status.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['indicators'] === undefined) return requiredError(p, '#/required', 'indicators');
  if (d['updateTime'] === undefined) return requiredError(p, '#/required', 'updateTime');
  const x0: unknown = d['indicators'];
  if ((e = check1(x0, p + '/indicators'))) return e;
  const x10: unknown = d['updateTime'];
  if (!isInteger(x10)) return typeError(p + '/updateTime', '#/properties/updateTime/type', 'integer');
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/indicators/type', 'object');
  for (const k1 in d) {
    const x2: unknown = d[k1];
    if (!Array.isArray(x2)) return typeError(p + '/' + k1.replace(/~/g, '~0').replace(/\//g, '~1'), '#/properties/indicators/additionalProperties/type', 'array');
    for (let i3 = 0; i3 < x2.length; i3++) {
      const x4: unknown = x2[i3];
      if ((e = check2(x4, p + '/' + k1.replace(/~/g, '~0').replace(/\//g, '~1') + '/' + i3))) return e;
    }
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/indicators/additionalProperties/items/type', 'object');
  if (d['isLocked'] === undefined) return requiredError(p, '#/properties/indicators/additionalProperties/items/required', 'isLocked');
  if (d['plannedRecoverTime'] === undefined) return requiredError(p, '#/properties/indicators/additionalProperties/items/required', 'plannedRecoverTime');
  if (d['indicator'] === undefined) return requiredError(p, '#/properties/indicators/additionalProperties/items/required', 'indicator');
  if (d['value'] === undefined) return requiredError(p, '#/properties/indicators/additionalProperties/items/required', 'value');
  if (d['triggerValue'] === undefined) return requiredError(p, '#/properties/indicators/additionalProperties/items/required', 'triggerValue');
  const x5: unknown = d['isLocked'];
  if (typeof x5 !== 'boolean') return typeError(p + '/isLocked', '#/properties/indicators/additionalProperties/items/properties/isLocked/type', 'boolean');
  const x6: unknown = d['plannedRecoverTime'];
  if (!isInteger(x6)) return typeError(p + '/plannedRecoverTime', '#/properties/indicators/additionalProperties/items/properties/plannedRecoverTime/type', 'integer');
  const x7: unknown = d['indicator'];
  if (typeof x7 !== 'string') return typeError(p + '/indicator', '#/properties/indicators/additionalProperties/items/properties/indicator/type', 'string');
  const x8: unknown = d['value'];
  if (!isNumber(x8)) return typeError(p + '/value', '#/properties/indicators/additionalProperties/items/properties/value/type', 'number');
  const x9: unknown = d['triggerValue'];
  if (!isNumber(x9)) return typeError(p + '/triggerValue', '#/properties/indicators/additionalProperties/items/properties/triggerValue/type', 'number');
  return undefined;
}
