// Generated from spec/operations/get-open-order-lists.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-open-order-lists.json',
  $comment:
    'Generated from spec/operations/get-open-order-lists.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Query Open Order lists (GET /api/v3/openOrderList, openOrderLists.status)',
  description: 'The order lists of the account that still have open orders.',
  type: 'array',
  items: {
    description: 'One order list.',
    type: 'object',
    required: [
      'orderListId',
      'contingencyType',
      'listStatusType',
      'listOrderStatus',
      'listClientOrderId',
      'transactionTime',
      'symbol',
      'orders',
    ],
    properties: {
      orderListId: { description: 'Order list id.', type: 'integer' },
      contingencyType: { description: 'Kind of order list (OCO or OTO).', type: 'string' },
      listStatusType: {
        description: 'List status (RESPONSE, EXEC_STARTED, UPDATED or ALL_DONE).',
        type: 'string',
      },
      listOrderStatus: {
        description: 'Order status of the list (EXECUTING, ALL_DONE or REJECT).',
        type: 'string',
      },
      listClientOrderId: { description: 'Client id of the order list.', type: 'string' },
      transactionTime: { description: 'When the request took effect.', type: 'integer' },
      symbol: { description: 'Symbol.', type: 'string' },
      orders: {
        description: 'The orders of the list, by id.',
        type: 'array',
        items: {
          description: 'One order of the list.',
          type: 'object',
          required: ['symbol', 'orderId', 'clientOrderId'],
          properties: {
            symbol: { description: 'Symbol.', type: 'string' },
            orderId: { description: 'Order id.', type: 'integer' },
            clientOrderId: { description: 'Client order id.', type: 'string' },
          },
        },
      },
    },
  },
};
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-open-order-lists.json" */ let vErrors =
    null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.orderListId === undefined) {
          const err0 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'orderListId' },
            message: "must have required property '" + 'orderListId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.contingencyType === undefined) {
          const err1 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'contingencyType' },
            message: "must have required property '" + 'contingencyType' + "'",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.listStatusType === undefined) {
          const err2 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'listStatusType' },
            message: "must have required property '" + 'listStatusType' + "'",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.listOrderStatus === undefined) {
          const err3 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'listOrderStatus' },
            message: "must have required property '" + 'listOrderStatus' + "'",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.listClientOrderId === undefined) {
          const err4 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'listClientOrderId' },
            message: "must have required property '" + 'listClientOrderId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.transactionTime === undefined) {
          const err5 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'transactionTime' },
            message: "must have required property '" + 'transactionTime' + "'",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0.symbol === undefined) {
          const err6 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'symbol' },
            message: "must have required property '" + 'symbol' + "'",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0.orders === undefined) {
          const err7 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'orders' },
            message: "must have required property '" + 'orders' + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0.orderListId !== undefined) {
          let data1 = data0.orderListId;
          if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
            const err8 = {
              instancePath: instancePath + '/' + i0 + '/orderListId',
              schemaPath: '#/items/properties/orderListId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.contingencyType !== undefined) {
          if (typeof data0.contingencyType !== 'string') {
            const err9 = {
              instancePath: instancePath + '/' + i0 + '/contingencyType',
              schemaPath: '#/items/properties/contingencyType/type',
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
        if (data0.listStatusType !== undefined) {
          if (typeof data0.listStatusType !== 'string') {
            const err10 = {
              instancePath: instancePath + '/' + i0 + '/listStatusType',
              schemaPath: '#/items/properties/listStatusType/type',
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
        if (data0.listOrderStatus !== undefined) {
          if (typeof data0.listOrderStatus !== 'string') {
            const err11 = {
              instancePath: instancePath + '/' + i0 + '/listOrderStatus',
              schemaPath: '#/items/properties/listOrderStatus/type',
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
        if (data0.listClientOrderId !== undefined) {
          if (typeof data0.listClientOrderId !== 'string') {
            const err12 = {
              instancePath: instancePath + '/' + i0 + '/listClientOrderId',
              schemaPath: '#/items/properties/listClientOrderId/type',
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
        if (data0.transactionTime !== undefined) {
          let data6 = data0.transactionTime;
          if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
            const err13 = {
              instancePath: instancePath + '/' + i0 + '/transactionTime',
              schemaPath: '#/items/properties/transactionTime/type',
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
        if (data0.orders !== undefined) {
          let data8 = data0.orders;
          if (Array.isArray(data8)) {
            const len1 = data8.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data9 = data8[i1];
              if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
                if (data9.symbol === undefined) {
                  const err15 = {
                    instancePath: instancePath + '/' + i0 + '/orders/' + i1,
                    schemaPath: '#/items/properties/orders/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'symbol' },
                    message: "must have required property '" + 'symbol' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (data9.orderId === undefined) {
                  const err16 = {
                    instancePath: instancePath + '/' + i0 + '/orders/' + i1,
                    schemaPath: '#/items/properties/orders/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'orderId' },
                    message: "must have required property '" + 'orderId' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (data9.clientOrderId === undefined) {
                  const err17 = {
                    instancePath: instancePath + '/' + i0 + '/orders/' + i1,
                    schemaPath: '#/items/properties/orders/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'clientOrderId' },
                    message: "must have required property '" + 'clientOrderId' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (data9.symbol !== undefined) {
                  if (typeof data9.symbol !== 'string') {
                    const err18 = {
                      instancePath: instancePath + '/' + i0 + '/orders/' + i1 + '/symbol',
                      schemaPath: '#/items/properties/orders/items/properties/symbol/type',
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
                if (data9.orderId !== undefined) {
                  let data11 = data9.orderId;
                  if (!(
                    typeof data11 == 'number' &&
                    !(data11 % 1) &&
                    !isNaN(data11) &&
                    isFinite(data11)
                  )) {
                    const err19 = {
                      instancePath: instancePath + '/' + i0 + '/orders/' + i1 + '/orderId',
                      schemaPath: '#/items/properties/orders/items/properties/orderId/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data9.clientOrderId !== undefined) {
                  if (typeof data9.clientOrderId !== 'string') {
                    const err20 = {
                      instancePath: instancePath + '/' + i0 + '/orders/' + i1 + '/clientOrderId',
                      schemaPath: '#/items/properties/orders/items/properties/clientOrderId/type',
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
              } else {
                const err21 = {
                  instancePath: instancePath + '/' + i0 + '/orders/' + i1,
                  schemaPath: '#/items/properties/orders/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
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
              instancePath: instancePath + '/' + i0 + '/orders',
              schemaPath: '#/items/properties/orders/type',
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
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
    };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
