// Generated from spec/usdm/operations/cancel-algo-order.yaml by codegen/. DO NOT EDIT.
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

/** Checks a value against https://binance-rx.dev/schemas/usdm/operations/cancel-algo-order.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['algoId'] === undefined) return requiredError(p, '#/required', 'algoId');
  if (d['clientAlgoId'] === undefined) return requiredError(p, '#/required', 'clientAlgoId');
  if (d['code'] === undefined) return requiredError(p, '#/required', 'code');
  if (d['msg'] === undefined) return requiredError(p, '#/required', 'msg');
  const x0: unknown = d['algoId'];
  if (!isInteger(x0)) return typeError(p + '/algoId', '#/properties/algoId/type', 'integer');
  const x1: unknown = d['clientAlgoId'];
  if (typeof x1 !== 'string') return typeError(p + '/clientAlgoId', '#/properties/clientAlgoId/type', 'string');
  const x2: unknown = d['code'];
  if (typeof x2 !== 'string') return typeError(p + '/code', '#/properties/code/type', 'string');
  const x3: unknown = d['msg'];
  if (typeof x3 !== 'string') return typeError(p + '/msg', '#/properties/msg/type', 'string');
  return undefined;
}
