// Generated from spec/operations/get-my-prevented-matches.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-my-prevented-matches.json',
  $comment:
    'Generated from spec/operations/get-my-prevented-matches.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Query Prevented Matches (GET /api/v3/myPreventedMatches, myPreventedMatches)',
  description: 'Orders expired by self-trade prevention, by prevented match id or order id.',
  type: 'array',
  items: {
    description: 'One entry.',
    type: 'object',
    required: [
      'symbol',
      'takerOrderId',
      'makerSymbol',
      'makerOrderId',
      'tradeGroupId',
      'selfTradePreventionMode',
      'price',
      'transactTime',
    ],
    properties: {
      symbol: { description: 'Symbol.', type: 'string' },
      preventedMatchId: { description: 'Prevented match id.', type: 'integer' },
      takerOrderId: { description: 'Order id of the taker.', type: 'integer' },
      makerSymbol: { description: 'Symbol of the maker order.', type: 'string' },
      makerOrderId: { description: 'Order id of the maker.', type: 'integer' },
      tradeGroupId: { description: 'Trade group id.', type: 'integer' },
      selfTradePreventionMode: { description: 'Mode that prevented the match.', type: 'string' },
      price: {
        description: 'Price the prevented trade would have had.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      takerPreventedQuantity: {
        description: 'Taker quantity that expired.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      makerPreventedQuantity: {
        description: 'Maker quantity that expired.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      transactTime: { description: 'When the match was prevented.', type: 'integer' },
    },
  },
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-my-prevented-matches.json" */ let vErrors =
    null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.symbol === undefined) {
          const err0 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'symbol' },
            message: "must have required property '" + 'symbol' + "'",
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.takerOrderId === undefined) {
          const err1 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'takerOrderId' },
            message: "must have required property '" + 'takerOrderId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.makerSymbol === undefined) {
          const err2 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'makerSymbol' },
            message: "must have required property '" + 'makerSymbol' + "'",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.makerOrderId === undefined) {
          const err3 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'makerOrderId' },
            message: "must have required property '" + 'makerOrderId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.tradeGroupId === undefined) {
          const err4 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'tradeGroupId' },
            message: "must have required property '" + 'tradeGroupId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.selfTradePreventionMode === undefined) {
          const err5 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'selfTradePreventionMode' },
            message: "must have required property '" + 'selfTradePreventionMode' + "'",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0.price === undefined) {
          const err6 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'price' },
            message: "must have required property '" + 'price' + "'",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0.transactTime === undefined) {
          const err7 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'transactTime' },
            message: "must have required property '" + 'transactTime' + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0.symbol !== undefined) {
          if (typeof data0.symbol !== 'string') {
            const err8 = {
              instancePath: instancePath + '/' + i0 + '/symbol',
              schemaPath: '#/items/properties/symbol/type',
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
        if (data0.preventedMatchId !== undefined) {
          let data2 = data0.preventedMatchId;
          if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
            const err9 = {
              instancePath: instancePath + '/' + i0 + '/preventedMatchId',
              schemaPath: '#/items/properties/preventedMatchId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.takerOrderId !== undefined) {
          let data3 = data0.takerOrderId;
          if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
            const err10 = {
              instancePath: instancePath + '/' + i0 + '/takerOrderId',
              schemaPath: '#/items/properties/takerOrderId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.makerSymbol !== undefined) {
          if (typeof data0.makerSymbol !== 'string') {
            const err11 = {
              instancePath: instancePath + '/' + i0 + '/makerSymbol',
              schemaPath: '#/items/properties/makerSymbol/type',
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
        if (data0.makerOrderId !== undefined) {
          let data5 = data0.makerOrderId;
          if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
            const err12 = {
              instancePath: instancePath + '/' + i0 + '/makerOrderId',
              schemaPath: '#/items/properties/makerOrderId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.tradeGroupId !== undefined) {
          let data6 = data0.tradeGroupId;
          if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
            const err13 = {
              instancePath: instancePath + '/' + i0 + '/tradeGroupId',
              schemaPath: '#/items/properties/tradeGroupId/type',
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
        if (data0.selfTradePreventionMode !== undefined) {
          if (typeof data0.selfTradePreventionMode !== 'string') {
            const err14 = {
              instancePath: instancePath + '/' + i0 + '/selfTradePreventionMode',
              schemaPath: '#/items/properties/selfTradePreventionMode/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.price !== undefined) {
          let data8 = data0.price;
          if (typeof data8 === 'string') {
            if (!pattern0.test(data8)) {
              const err15 = {
                instancePath: instancePath + '/' + i0 + '/price',
                schemaPath: '#/items/properties/price/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = {
              instancePath: instancePath + '/' + i0 + '/price',
              schemaPath: '#/items/properties/price/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data0.takerPreventedQuantity !== undefined) {
          let data9 = data0.takerPreventedQuantity;
          if (typeof data9 === 'string') {
            if (!pattern0.test(data9)) {
              const err17 = {
                instancePath: instancePath + '/' + i0 + '/takerPreventedQuantity',
                schemaPath: '#/items/properties/takerPreventedQuantity/pattern',
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
              instancePath: instancePath + '/' + i0 + '/takerPreventedQuantity',
              schemaPath: '#/items/properties/takerPreventedQuantity/type',
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
        if (data0.makerPreventedQuantity !== undefined) {
          let data10 = data0.makerPreventedQuantity;
          if (typeof data10 === 'string') {
            if (!pattern0.test(data10)) {
              const err19 = {
                instancePath: instancePath + '/' + i0 + '/makerPreventedQuantity',
                schemaPath: '#/items/properties/makerPreventedQuantity/pattern',
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
              instancePath: instancePath + '/' + i0 + '/makerPreventedQuantity',
              schemaPath: '#/items/properties/makerPreventedQuantity/type',
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
        if (data0.transactTime !== undefined) {
          let data11 = data0.transactTime;
          if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
            const err21 = {
              instancePath: instancePath + '/' + i0 + '/transactTime',
              schemaPath: '#/items/properties/transactTime/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
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
          params: { type: 'object' },
          message: 'must be object',
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
