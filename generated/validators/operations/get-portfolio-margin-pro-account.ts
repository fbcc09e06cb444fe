// Generated from spec/operations/sapi/get-portfolio-margin-pro-account.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  typeError,
  typeErrorAt,
  stringErrorAt,
  matches,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/operations/get-portfolio-margin-pro-account.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (!matches(d['uniMMR'], pattern0)) return stringErrorAt(d, p, '#', 'uniMMR', source1);
  if (!matches(d['accountEquity'], pattern0)) return stringErrorAt(d, p, '#', 'accountEquity', source1);
  if (!matches(d['actualEquity'], pattern0)) return stringErrorAt(d, p, '#', 'actualEquity', source1);
  if (!matches(d['accountMaintMargin'], pattern0)) return stringErrorAt(d, p, '#', 'accountMaintMargin', source1);
  if (!matches(d['accountInitialMargin'], pattern0)) return stringErrorAt(d, p, '#', 'accountInitialMargin', source1);
  if (typeof d['totalAvailableBalance'] !== 'string') return typeErrorAt(d, p, '#', 'totalAvailableBalance', 'string');
  if (typeof d['accountStatus'] !== 'string') return typeErrorAt(d, p, '#', 'accountStatus', 'string');
  if (typeof d['accountType'] !== 'string') return typeErrorAt(d, p, '#', 'accountType', 'string');
  return undefined;
}
