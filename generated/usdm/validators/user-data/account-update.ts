// Generated from spec/usdm/user-data/account-update.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  requiredError,
  stringError,
  matches,
  constError,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/account-update.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const pattern0: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source1: string = '^-?[0-9]+(\\.[0-9]+)?$';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] === undefined) return requiredError(p, '#/required', 'e');
  if (d['E'] === undefined) return requiredError(p, '#/required', 'E');
  if (d['T'] === undefined) return requiredError(p, '#/required', 'T');
  if (d['a'] === undefined) return requiredError(p, '#/required', 'a');
  const x0: unknown = d['e'];
  if (typeof x0 !== 'string') return typeError(p + '/e', '#/properties/e/type', 'string');
  if (x0 !== 'ACCOUNT_UPDATE') return constError(p + '/e', '#/properties/e/const', 'ACCOUNT_UPDATE');
  const x1: unknown = d['E'];
  if (!isInteger(x1)) return typeError(p + '/E', '#/properties/E/type', 'integer');
  const x2: unknown = d['T'];
  if (!isInteger(x2)) return typeError(p + '/T', '#/properties/T/type', 'integer');
  const x3: unknown = d['a'];
  if ((e = check1(x3, p + '/a'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/a/type', 'object');
  if (d['m'] === undefined) return requiredError(p, '#/properties/a/required', 'm');
  if (d['B'] === undefined) return requiredError(p, '#/properties/a/required', 'B');
  if (d['P'] === undefined) return requiredError(p, '#/properties/a/required', 'P');
  const x4: unknown = d['m'];
  if (typeof x4 !== 'string') return typeError(p + '/m', '#/properties/a/properties/m/type', 'string');
  const x5: unknown = d['B'];
  if (!Array.isArray(x5)) return typeError(p + '/B', '#/properties/a/properties/B/type', 'array');
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7: unknown = x5[i6];
    if ((e = check2(x7, p + '/B/' + i6))) return e;
  }
  const x12: unknown = d['P'];
  if (!Array.isArray(x12)) return typeError(p + '/P', '#/properties/a/properties/P/type', 'array');
  for (let i13 = 0; i13 < x12.length; i13++) {
    const x14: unknown = x12[i13];
    if ((e = check3(x14, p + '/P/' + i13))) return e;
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/a/properties/B/items/type', 'object');
  if (d['a'] === undefined) return requiredError(p, '#/properties/a/properties/B/items/required', 'a');
  if (d['wb'] === undefined) return requiredError(p, '#/properties/a/properties/B/items/required', 'wb');
  if (d['cw'] === undefined) return requiredError(p, '#/properties/a/properties/B/items/required', 'cw');
  const x8: unknown = d['a'];
  if (typeof x8 !== 'string') return typeError(p + '/a', '#/properties/a/properties/B/items/properties/a/type', 'string');
  const x9: unknown = d['wb'];
  if (!matches(x9, pattern0)) return stringError(x9, pattern0, p + '/wb', '#/properties/a/properties/B/items/properties/wb', source1);
  const x10: unknown = d['cw'];
  if (!matches(x10, pattern0)) return stringError(x10, pattern0, p + '/cw', '#/properties/a/properties/B/items/properties/cw', source1);
  const x11: unknown = d['bc'];
  if (x11 !== undefined) {
    if (!matches(x11, pattern0)) return stringError(x11, pattern0, p + '/bc', '#/properties/a/properties/B/items/properties/bc', source1);
  }
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/a/properties/P/items/type', 'object');
  if (d['s'] === undefined) return requiredError(p, '#/properties/a/properties/P/items/required', 's');
  if (d['pa'] === undefined) return requiredError(p, '#/properties/a/properties/P/items/required', 'pa');
  if (d['ep'] === undefined) return requiredError(p, '#/properties/a/properties/P/items/required', 'ep');
  if (d['cr'] === undefined) return requiredError(p, '#/properties/a/properties/P/items/required', 'cr');
  if (d['up'] === undefined) return requiredError(p, '#/properties/a/properties/P/items/required', 'up');
  if (d['mt'] === undefined) return requiredError(p, '#/properties/a/properties/P/items/required', 'mt');
  if (d['iw'] === undefined) return requiredError(p, '#/properties/a/properties/P/items/required', 'iw');
  if (d['ps'] === undefined) return requiredError(p, '#/properties/a/properties/P/items/required', 'ps');
  const x15: unknown = d['s'];
  if (typeof x15 !== 'string') return typeError(p + '/s', '#/properties/a/properties/P/items/properties/s/type', 'string');
  const x16: unknown = d['pa'];
  if (!matches(x16, pattern0)) return stringError(x16, pattern0, p + '/pa', '#/properties/a/properties/P/items/properties/pa', source1);
  const x17: unknown = d['ep'];
  if (!matches(x17, pattern0)) return stringError(x17, pattern0, p + '/ep', '#/properties/a/properties/P/items/properties/ep', source1);
  const x18: unknown = d['bep'];
  if (x18 !== undefined) {
    if (!matches(x18, pattern0)) return stringError(x18, pattern0, p + '/bep', '#/properties/a/properties/P/items/properties/bep', source1);
  }
  const x19: unknown = d['cr'];
  if (!matches(x19, pattern0)) return stringError(x19, pattern0, p + '/cr', '#/properties/a/properties/P/items/properties/cr', source1);
  const x20: unknown = d['up'];
  if (!matches(x20, pattern0)) return stringError(x20, pattern0, p + '/up', '#/properties/a/properties/P/items/properties/up', source1);
  const x21: unknown = d['mt'];
  if (typeof x21 !== 'string') return typeError(p + '/mt', '#/properties/a/properties/P/items/properties/mt/type', 'string');
  const x22: unknown = d['iw'];
  if (!matches(x22, pattern0)) return stringError(x22, pattern0, p + '/iw', '#/properties/a/properties/P/items/properties/iw', source1);
  const x23: unknown = d['ps'];
  if (typeof x23 !== 'string') return typeError(p + '/ps', '#/properties/a/properties/P/items/properties/ps/type', 'string');
  const x24: unknown = d['ma'];
  if (x24 !== undefined) {
    if (typeof x24 !== 'string') return typeError(p + '/ma', '#/properties/a/properties/P/items/properties/ma/type', 'string');
  }
  return undefined;
}
