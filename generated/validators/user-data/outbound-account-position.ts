// Generated from spec/user-data/outbound-account-position.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/user-data/outbound-account-position.json',
  $comment:
    'Generated from spec/user-data/outbound-account-position.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Account Update (user data stream, e = outboundAccountPosition)',
  description:
    'The balances that changed, free and locked, sent after every change of the account.',
  type: 'object',
  required: ['e', 'E', 'u', 'B'],
  properties: {
    e: { description: 'Event type.', type: 'string', const: 'outboundAccountPosition' },
    E: { description: 'Event time.', type: 'integer' },
    u: { description: 'Time of the last account update.', type: 'integer' },
    B: {
      description: 'The balances that changed.',
      type: 'array',
      items: {
        description: 'One asset.',
        type: 'object',
        required: ['a', 'f', 'l'],
        properties: {
          a: { description: 'Asset.', type: 'string' },
          f: { description: 'Free amount.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
          l: { description: 'Locked amount.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        },
      },
    },
  },
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/user-data/outbound-account-position.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.e === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'e' },
        message: "must have required property '" + 'e' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.E === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'E' },
        message: "must have required property '" + 'E' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.u === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'u' },
        message: "must have required property '" + 'u' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.B === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'B' },
        message: "must have required property '" + 'B' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.e !== undefined) {
      let data0 = data.e;
      if (typeof data0 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/e',
          schemaPath: '#/properties/e/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if ('outboundAccountPosition' !== data0) {
        const err5 = {
          instancePath: instancePath + '/e',
          schemaPath: '#/properties/e/const',
          keyword: 'const',
          params: { allowedValue: 'outboundAccountPosition' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.E !== undefined) {
      let data1 = data.E;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err6 = {
          instancePath: instancePath + '/E',
          schemaPath: '#/properties/E/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.u !== undefined) {
      let data2 = data.u;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err7 = {
          instancePath: instancePath + '/u',
          schemaPath: '#/properties/u/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.B !== undefined) {
      let data3 = data.B;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
            if (data4.a === undefined) {
              const err8 = {
                instancePath: instancePath + '/B/' + i0,
                schemaPath: '#/properties/B/items/required',
                keyword: 'required',
                params: { missingProperty: 'a' },
                message: "must have required property '" + 'a' + "'",
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data4.f === undefined) {
              const err9 = {
                instancePath: instancePath + '/B/' + i0,
                schemaPath: '#/properties/B/items/required',
                keyword: 'required',
                params: { missingProperty: 'f' },
                message: "must have required property '" + 'f' + "'",
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data4.l === undefined) {
              const err10 = {
                instancePath: instancePath + '/B/' + i0,
                schemaPath: '#/properties/B/items/required',
                keyword: 'required',
                params: { missingProperty: 'l' },
                message: "must have required property '" + 'l' + "'",
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data4.a !== undefined) {
              if (typeof data4.a !== 'string') {
                const err11 = {
                  instancePath: instancePath + '/B/' + i0 + '/a',
                  schemaPath: '#/properties/B/items/properties/a/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data4.f !== undefined) {
              let data6 = data4.f;
              if (typeof data6 === 'string') {
                if (!pattern0.test(data6)) {
                  const err12 = {
                    instancePath: instancePath + '/B/' + i0 + '/f',
                    schemaPath: '#/properties/B/items/properties/f/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                    message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = {
                  instancePath: instancePath + '/B/' + i0 + '/f',
                  schemaPath: '#/properties/B/items/properties/f/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data4.l !== undefined) {
              let data7 = data4.l;
              if (typeof data7 === 'string') {
                if (!pattern0.test(data7)) {
                  const err14 = {
                    instancePath: instancePath + '/B/' + i0 + '/l',
                    schemaPath: '#/properties/B/items/properties/l/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                    message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = {
                  instancePath: instancePath + '/B/' + i0 + '/l',
                  schemaPath: '#/properties/B/items/properties/l/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = {
              instancePath: instancePath + '/B/' + i0,
              schemaPath: '#/properties/B/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/B',
          schemaPath: '#/properties/B/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
