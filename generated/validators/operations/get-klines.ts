// Generated from spec/operations/get-klines.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-klines.json',
  $comment:
    'Generated from spec/operations/get-klines.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Kline/Candlestick data (GET /api/v3/klines, klines)',
  description:
    "Candlestick bars of a symbol, oldest first; the most recent ones unless a time range is given. Each bar is an array in Binance's fixed order.",
  type: 'array',
  items: {
    description: 'One bar.',
    type: 'array',
    items: [
      { description: 'Open time.', type: 'integer' },
      { description: 'Open price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      { description: 'High price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      { description: 'Low price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      { description: 'Close price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      { description: 'Base asset volume.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      { description: 'Close time.', type: 'integer' },
      { description: 'Quote asset volume.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      { description: 'Number of trades.', type: 'integer' },
      {
        description: 'Taker buy base asset volume.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      {
        description: 'Taker buy quote asset volume.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      { description: 'Unused field; ignore it.', type: 'string' },
    ],
    minItems: 12,
    maxItems: 12,
  },
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-klines.json" */ let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (Array.isArray(data0)) {
        if (data0.length > 12) {
          const err0 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/maxItems',
            keyword: 'maxItems',
            params: { limit: 12 },
            message: 'must NOT have more than 12 items',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.length < 12) {
          const err1 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/minItems',
            keyword: 'minItems',
            params: { limit: 12 },
            message: 'must NOT have fewer than 12 items',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        const len1 = data0.length;
        if (len1 > 0) {
          let data1 = data0[0];
          if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
            const err2 = {
              instancePath: instancePath + '/' + i0 + '/0',
              schemaPath: '#/items/items/0/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (len1 > 1) {
          let data2 = data0[1];
          if (typeof data2 === 'string') {
            if (!pattern0.test(data2)) {
              const err3 = {
                instancePath: instancePath + '/' + i0 + '/1',
                schemaPath: '#/items/items/1/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = {
              instancePath: instancePath + '/' + i0 + '/1',
              schemaPath: '#/items/items/1/type',
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
        }
        if (len1 > 2) {
          let data3 = data0[2];
          if (typeof data3 === 'string') {
            if (!pattern0.test(data3)) {
              const err5 = {
                instancePath: instancePath + '/' + i0 + '/2',
                schemaPath: '#/items/items/2/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = {
              instancePath: instancePath + '/' + i0 + '/2',
              schemaPath: '#/items/items/2/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (len1 > 3) {
          let data4 = data0[3];
          if (typeof data4 === 'string') {
            if (!pattern0.test(data4)) {
              const err7 = {
                instancePath: instancePath + '/' + i0 + '/3',
                schemaPath: '#/items/items/3/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = {
              instancePath: instancePath + '/' + i0 + '/3',
              schemaPath: '#/items/items/3/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (len1 > 4) {
          let data5 = data0[4];
          if (typeof data5 === 'string') {
            if (!pattern0.test(data5)) {
              const err9 = {
                instancePath: instancePath + '/' + i0 + '/4',
                schemaPath: '#/items/items/4/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = {
              instancePath: instancePath + '/' + i0 + '/4',
              schemaPath: '#/items/items/4/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (len1 > 5) {
          let data6 = data0[5];
          if (typeof data6 === 'string') {
            if (!pattern0.test(data6)) {
              const err11 = {
                instancePath: instancePath + '/' + i0 + '/5',
                schemaPath: '#/items/items/5/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = {
              instancePath: instancePath + '/' + i0 + '/5',
              schemaPath: '#/items/items/5/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (len1 > 6) {
          let data7 = data0[6];
          if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
            const err13 = {
              instancePath: instancePath + '/' + i0 + '/6',
              schemaPath: '#/items/items/6/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (len1 > 7) {
          let data8 = data0[7];
          if (typeof data8 === 'string') {
            if (!pattern0.test(data8)) {
              const err14 = {
                instancePath: instancePath + '/' + i0 + '/7',
                schemaPath: '#/items/items/7/pattern',
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
              instancePath: instancePath + '/' + i0 + '/7',
              schemaPath: '#/items/items/7/type',
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
        if (len1 > 8) {
          let data9 = data0[8];
          if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
            const err16 = {
              instancePath: instancePath + '/' + i0 + '/8',
              schemaPath: '#/items/items/8/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (len1 > 9) {
          let data10 = data0[9];
          if (typeof data10 === 'string') {
            if (!pattern0.test(data10)) {
              const err17 = {
                instancePath: instancePath + '/' + i0 + '/9',
                schemaPath: '#/items/items/9/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = {
              instancePath: instancePath + '/' + i0 + '/9',
              schemaPath: '#/items/items/9/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (len1 > 10) {
          let data11 = data0[10];
          if (typeof data11 === 'string') {
            if (!pattern0.test(data11)) {
              const err19 = {
                instancePath: instancePath + '/' + i0 + '/10',
                schemaPath: '#/items/items/10/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = {
              instancePath: instancePath + '/' + i0 + '/10',
              schemaPath: '#/items/items/10/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (len1 > 11) {
          if (typeof data0[11] !== 'string') {
            const err21 = {
              instancePath: instancePath + '/' + i0 + '/11',
              schemaPath: '#/items/items/11/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
    };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
