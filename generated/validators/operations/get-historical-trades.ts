// Generated from spec/operations/get-historical-trades.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-historical-trades.json',
  $comment:
    'Generated from spec/operations/get-historical-trades.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Old trade lookup (GET /api/v3/historicalTrades, trades.historical)',
  description: 'Older trades of a symbol, from a trade id on (or the latest ones).',
  type: 'array',
  items: {
    description: 'One entry.',
    type: 'object',
    required: ['id', 'price', 'qty', 'quoteQty', 'time', 'isBuyerMaker', 'isBestMatch'],
    properties: {
      id: { description: 'Trade id.', type: 'integer' },
      price: { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      qty: { description: 'Quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      quoteQty: {
        description: 'Quote amount (price × quantity).',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      time: { description: 'Trade time.', type: 'integer' },
      isBuyerMaker: { description: 'Whether the buyer was the maker.', type: 'boolean' },
      isBestMatch: {
        description: 'Whether the trade matched at the best price available.',
        type: 'boolean',
      },
    },
  },
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-historical-trades.json" */ let vErrors =
    null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.id === undefined) {
          const err0 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
            message: "must have required property '" + 'id' + "'",
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.price === undefined) {
          const err1 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'price' },
            message: "must have required property '" + 'price' + "'",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.qty === undefined) {
          const err2 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'qty' },
            message: "must have required property '" + 'qty' + "'",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.quoteQty === undefined) {
          const err3 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'quoteQty' },
            message: "must have required property '" + 'quoteQty' + "'",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.time === undefined) {
          const err4 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'time' },
            message: "must have required property '" + 'time' + "'",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.isBuyerMaker === undefined) {
          const err5 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'isBuyerMaker' },
            message: "must have required property '" + 'isBuyerMaker' + "'",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0.isBestMatch === undefined) {
          const err6 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'isBestMatch' },
            message: "must have required property '" + 'isBestMatch' + "'",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0.id !== undefined) {
          let data1 = data0.id;
          if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
            const err7 = {
              instancePath: instancePath + '/' + i0 + '/id',
              schemaPath: '#/items/properties/id/type',
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
        if (data0.price !== undefined) {
          let data2 = data0.price;
          if (typeof data2 === 'string') {
            if (!pattern0.test(data2)) {
              const err8 = {
                instancePath: instancePath + '/' + i0 + '/price',
                schemaPath: '#/items/properties/price/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = {
              instancePath: instancePath + '/' + i0 + '/price',
              schemaPath: '#/items/properties/price/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.qty !== undefined) {
          let data3 = data0.qty;
          if (typeof data3 === 'string') {
            if (!pattern0.test(data3)) {
              const err10 = {
                instancePath: instancePath + '/' + i0 + '/qty',
                schemaPath: '#/items/properties/qty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = {
              instancePath: instancePath + '/' + i0 + '/qty',
              schemaPath: '#/items/properties/qty/type',
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
        if (data0.quoteQty !== undefined) {
          let data4 = data0.quoteQty;
          if (typeof data4 === 'string') {
            if (!pattern0.test(data4)) {
              const err12 = {
                instancePath: instancePath + '/' + i0 + '/quoteQty',
                schemaPath: '#/items/properties/quoteQty/pattern',
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
              instancePath: instancePath + '/' + i0 + '/quoteQty',
              schemaPath: '#/items/properties/quoteQty/type',
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
        if (data0.time !== undefined) {
          let data5 = data0.time;
          if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
            const err14 = {
              instancePath: instancePath + '/' + i0 + '/time',
              schemaPath: '#/items/properties/time/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.isBuyerMaker !== undefined) {
          if (typeof data0.isBuyerMaker !== 'boolean') {
            const err15 = {
              instancePath: instancePath + '/' + i0 + '/isBuyerMaker',
              schemaPath: '#/items/properties/isBuyerMaker/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0.isBestMatch !== undefined) {
          if (typeof data0.isBestMatch !== 'boolean') {
            const err16 = {
              instancePath: instancePath + '/' + i0 + '/isBestMatch',
              schemaPath: '#/items/properties/isBestMatch/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
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
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
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
      params: { type: 'array' },
      message: 'must be array',
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
