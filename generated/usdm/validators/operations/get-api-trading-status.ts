// Generated from spec/usdm/operations/get-api-trading-status.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  isNumber,
  typeError,
  typeErrorAt,
  requiredError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/get-api-trading-status.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/indicators/additionalProperties/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  const x0: unknown = d['indicators'];
  if (x0 === undefined) return requiredError(p, '#/required', 'indicators');
  if ((e = check1(x0, p + '/indicators'))) return e;
  if (!isInteger(d['updateTime'])) return typeErrorAt(d, p, '#', 'updateTime', 'integer');
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
  if (typeof d['isLocked'] !== 'boolean') return typeErrorAt(d, p, at0, 'isLocked', 'boolean');
  if (!isInteger(d['plannedRecoverTime'])) return typeErrorAt(d, p, at0, 'plannedRecoverTime', 'integer');
  if (typeof d['indicator'] !== 'string') return typeErrorAt(d, p, at0, 'indicator', 'string');
  if (!isNumber(d['value'])) return typeErrorAt(d, p, at0, 'value', 'number');
  if (!isNumber(d['triggerValue'])) return typeErrorAt(d, p, at0, 'triggerValue', 'number');
  return undefined;
}
