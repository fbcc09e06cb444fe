// Generated from spec/operations/get-my-allocations.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-my-allocations.json',
  $comment:
    'Generated from spec/operations/get-my-allocations.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Query Allocations (GET /api/v3/myAllocations, myAllocations)',
  description: 'Allocations from smart order routing for a symbol.',
  type: 'array',
  items: {
    description: 'One entry.',
    type: 'object',
    required: [
      'symbol',
      'allocationId',
      'allocationType',
      'orderId',
      'orderListId',
      'price',
      'qty',
      'quoteQty',
      'commission',
      'commissionAsset',
      'time',
      'isBuyer',
      'isMaker',
      'isAllocator',
    ],
    properties: {
      symbol: { description: 'Symbol.', type: 'string' },
      allocationId: { description: 'Allocation id.', type: 'integer' },
      allocationType: { description: 'Allocation type (SOR).', type: 'string' },
      orderId: { description: "Id of the account's order in the trade.", type: 'integer' },
      orderListId: {
        description: 'Order list id; -1 unless the order is part of an order list.',
        type: 'integer',
      },
      price: { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      qty: {
        description: 'Quantity allocated.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      quoteQty: {
        description: 'Quote amount allocated.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      commission: {
        description: 'Commission paid.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      commissionAsset: { description: 'Asset the commission was paid in.', type: 'string' },
      time: { description: 'Allocation time.', type: 'integer' },
      isBuyer: { description: 'Whether the account was the buyer.', type: 'boolean' },
      isMaker: { description: 'Whether the account was the maker.', type: 'boolean' },
      isAllocator: { description: 'Whether the account was the allocator.', type: 'boolean' },
    },
  },
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-my-allocations.json" */ let vErrors =
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
        if (data0.allocationId === undefined) {
          const err1 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'allocationId' },
            message: "must have required property '" + 'allocationId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.allocationType === undefined) {
          const err2 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'allocationType' },
            message: "must have required property '" + 'allocationType' + "'",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.orderId === undefined) {
          const err3 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'orderId' },
            message: "must have required property '" + 'orderId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.orderListId === undefined) {
          const err4 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'orderListId' },
            message: "must have required property '" + 'orderListId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.price === undefined) {
          const err5 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'price' },
            message: "must have required property '" + 'price' + "'",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0.qty === undefined) {
          const err6 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'qty' },
            message: "must have required property '" + 'qty' + "'",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0.quoteQty === undefined) {
          const err7 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'quoteQty' },
            message: "must have required property '" + 'quoteQty' + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0.commission === undefined) {
          const err8 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'commission' },
            message: "must have required property '" + 'commission' + "'",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data0.commissionAsset === undefined) {
          const err9 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'commissionAsset' },
            message: "must have required property '" + 'commissionAsset' + "'",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data0.time === undefined) {
          const err10 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'time' },
            message: "must have required property '" + 'time' + "'",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data0.isBuyer === undefined) {
          const err11 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'isBuyer' },
            message: "must have required property '" + 'isBuyer' + "'",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data0.isMaker === undefined) {
          const err12 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'isMaker' },
            message: "must have required property '" + 'isMaker' + "'",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data0.isAllocator === undefined) {
          const err13 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'isAllocator' },
            message: "must have required property '" + 'isAllocator' + "'",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data0.symbol !== undefined) {
          if (typeof data0.symbol !== 'string') {
            const err14 = {
              instancePath: instancePath + '/' + i0 + '/symbol',
              schemaPath: '#/items/properties/symbol/type',
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
        if (data0.allocationId !== undefined) {
          let data2 = data0.allocationId;
          if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
            const err15 = {
              instancePath: instancePath + '/' + i0 + '/allocationId',
              schemaPath: '#/items/properties/allocationId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0.allocationType !== undefined) {
          if (typeof data0.allocationType !== 'string') {
            const err16 = {
              instancePath: instancePath + '/' + i0 + '/allocationType',
              schemaPath: '#/items/properties/allocationType/type',
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
        if (data0.orderId !== undefined) {
          let data4 = data0.orderId;
          if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
            const err17 = {
              instancePath: instancePath + '/' + i0 + '/orderId',
              schemaPath: '#/items/properties/orderId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data0.orderListId !== undefined) {
          let data5 = data0.orderListId;
          if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
            const err18 = {
              instancePath: instancePath + '/' + i0 + '/orderListId',
              schemaPath: '#/items/properties/orderListId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data0.price !== undefined) {
          let data6 = data0.price;
          if (typeof data6 === 'string') {
            if (!pattern0.test(data6)) {
              const err19 = {
                instancePath: instancePath + '/' + i0 + '/price',
                schemaPath: '#/items/properties/price/pattern',
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
              instancePath: instancePath + '/' + i0 + '/price',
              schemaPath: '#/items/properties/price/type',
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
        if (data0.qty !== undefined) {
          let data7 = data0.qty;
          if (typeof data7 === 'string') {
            if (!pattern0.test(data7)) {
              const err21 = {
                instancePath: instancePath + '/' + i0 + '/qty',
                schemaPath: '#/items/properties/qty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = {
              instancePath: instancePath + '/' + i0 + '/qty',
              schemaPath: '#/items/properties/qty/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data0.quoteQty !== undefined) {
          let data8 = data0.quoteQty;
          if (typeof data8 === 'string') {
            if (!pattern0.test(data8)) {
              const err23 = {
                instancePath: instancePath + '/' + i0 + '/quoteQty',
                schemaPath: '#/items/properties/quoteQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = {
              instancePath: instancePath + '/' + i0 + '/quoteQty',
              schemaPath: '#/items/properties/quoteQty/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data0.commission !== undefined) {
          let data9 = data0.commission;
          if (typeof data9 === 'string') {
            if (!pattern0.test(data9)) {
              const err25 = {
                instancePath: instancePath + '/' + i0 + '/commission',
                schemaPath: '#/items/properties/commission/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = {
              instancePath: instancePath + '/' + i0 + '/commission',
              schemaPath: '#/items/properties/commission/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data0.commissionAsset !== undefined) {
          if (typeof data0.commissionAsset !== 'string') {
            const err27 = {
              instancePath: instancePath + '/' + i0 + '/commissionAsset',
              schemaPath: '#/items/properties/commissionAsset/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data0.time !== undefined) {
          let data11 = data0.time;
          if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
            const err28 = {
              instancePath: instancePath + '/' + i0 + '/time',
              schemaPath: '#/items/properties/time/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data0.isBuyer !== undefined) {
          if (typeof data0.isBuyer !== 'boolean') {
            const err29 = {
              instancePath: instancePath + '/' + i0 + '/isBuyer',
              schemaPath: '#/items/properties/isBuyer/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data0.isMaker !== undefined) {
          if (typeof data0.isMaker !== 'boolean') {
            const err30 = {
              instancePath: instancePath + '/' + i0 + '/isMaker',
              schemaPath: '#/items/properties/isMaker/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data0.isAllocator !== undefined) {
          if (typeof data0.isAllocator !== 'boolean') {
            const err31 = {
              instancePath: instancePath + '/' + i0 + '/isAllocator',
              schemaPath: '#/items/properties/isAllocator/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
    };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
