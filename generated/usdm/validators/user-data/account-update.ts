// Generated from spec/usdm/user-data/account-update.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import {
  isObject,
  isInteger,
  typeError,
  typeErrorAt,
  requiredError,
  stringErrorAt,
  matches,
  stringConstErrorAt,
  validatorOf,
  type Validator,
  type ValidatorError,
} from '../../../../src/generated-runtime';

/** Checks a value against https://binance-rx.dev/schemas/usdm/user-data/account-update.json; the first error in `validate.errors`. */
export const validate: Validator = /* @__PURE__ */ validatorOf(check0);

const at0: string = '#/properties/a';
const at1: string = '#/properties/a/properties/B/items';
const pattern2: RegExp = /* @__PURE__ */ new RegExp('^-?[0-9]+(?:\\.[0-9]+)?$', 'u');
const source3: string = '^-?[0-9]+(\\.[0-9]+)?$';
const at4: string = '#/properties/a/properties/P/items';

function check0(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/type', 'object');
  if (d['e'] !== 'ACCOUNT_UPDATE') return stringConstErrorAt(d, p, '#', 'e', 'ACCOUNT_UPDATE');
  if (!isInteger(d['E'])) return typeErrorAt(d, p, '#', 'E', 'integer');
  if (!isInteger(d['T'])) return typeErrorAt(d, p, '#', 'T', 'integer');
  const x3: unknown = d['a'];
  if (x3 === undefined) return requiredError(p, '#/required', 'a');
  if ((e = check1(x3, p + '/a'))) return e;
  return undefined;
}

function check1(d: unknown, p: string): ValidatorError | undefined {
  let e: ValidatorError | undefined;
  if (!isObject(d)) return typeError(p, '#/properties/a/type', 'object');
  if (typeof d['m'] !== 'string') return typeErrorAt(d, p, at0, 'm', 'string');
  const x5: unknown = d['B'];
  if (!Array.isArray(x5)) return typeErrorAt(d, p, at0, 'B', 'array');
  for (let i6 = 0; i6 < x5.length; i6++) {
    const x7: unknown = x5[i6];
    if ((e = check2(x7, p + '/B/' + i6))) return e;
  }
  const x14: unknown = d['P'];
  if (!Array.isArray(x14)) return typeErrorAt(d, p, at0, 'P', 'array');
  for (let i15 = 0; i15 < x14.length; i15++) {
    const x16: unknown = x14[i15];
    if ((e = check3(x16, p + '/P/' + i15))) return e;
  }
  return undefined;
}

function check2(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/a/properties/B/items/type', 'object');
  if (typeof d['a'] !== 'string') return typeErrorAt(d, p, at1, 'a', 'string');
  if (!matches(d['wb'], pattern2)) return stringErrorAt(d, p, at1, 'wb', source3);
  if (!matches(d['cw'], pattern2)) return stringErrorAt(d, p, at1, 'cw', source3);
  const x11: unknown = d['bc'];
  if (x11 !== undefined) {
    if (!matches(x11, pattern2)) return stringErrorAt(d, p, at1, 'bc', source3);
  }
  return undefined;
}

function check3(d: unknown, p: string): ValidatorError | undefined {
  if (!isObject(d)) return typeError(p, '#/properties/a/properties/P/items/type', 'object');
  if (typeof d['s'] !== 'string') return typeErrorAt(d, p, at4, 's', 'string');
  if (!matches(d['pa'], pattern2)) return stringErrorAt(d, p, at4, 'pa', source3);
  if (!matches(d['ep'], pattern2)) return stringErrorAt(d, p, at4, 'ep', source3);
  const x20: unknown = d['bep'];
  if (x20 !== undefined) {
    if (!matches(x20, pattern2)) return stringErrorAt(d, p, at4, 'bep', source3);
  }
  if (!matches(d['cr'], pattern2)) return stringErrorAt(d, p, at4, 'cr', source3);
  if (!matches(d['up'], pattern2)) return stringErrorAt(d, p, at4, 'up', source3);
  if (typeof d['mt'] !== 'string') return typeErrorAt(d, p, at4, 'mt', 'string');
  if (!matches(d['iw'], pattern2)) return stringErrorAt(d, p, at4, 'iw', source3);
  if (typeof d['ps'] !== 'string') return typeErrorAt(d, p, at4, 'ps', 'string');
  const x26: unknown = d['ma'];
  if (x26 !== undefined) {
    if (typeof x26 !== 'string') return typeErrorAt(d, p, at4, 'ma', 'string');
  }
  return undefined;
}
