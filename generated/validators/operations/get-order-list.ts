// Generated from spec/operations/get-order-list.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-order-list.json',
  $comment:
    'Generated from spec/operations/get-order-list.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Query Order list (GET /api/v3/orderList, orderList.status)',
  description: 'Where an order list stands, by id or client id.',
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
};
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-order-list.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.orderListId === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
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
    if (data.contingencyType === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
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
    if (data.listStatusType === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
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
    if (data.listOrderStatus === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
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
    if (data.listClientOrderId === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
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
    if (data.transactionTime === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
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
    if (data.symbol === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
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
    if (data.orders === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
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
    if (data.orderListId !== undefined) {
      let data0 = data.orderListId;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err8 = {
          instancePath: instancePath + '/orderListId',
          schemaPath: '#/properties/orderListId/type',
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
    if (data.contingencyType !== undefined) {
      if (typeof data.contingencyType !== 'string') {
        const err9 = {
          instancePath: instancePath + '/contingencyType',
          schemaPath: '#/properties/contingencyType/type',
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
    if (data.listStatusType !== undefined) {
      if (typeof data.listStatusType !== 'string') {
        const err10 = {
          instancePath: instancePath + '/listStatusType',
          schemaPath: '#/properties/listStatusType/type',
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
    if (data.listOrderStatus !== undefined) {
      if (typeof data.listOrderStatus !== 'string') {
        const err11 = {
          instancePath: instancePath + '/listOrderStatus',
          schemaPath: '#/properties/listOrderStatus/type',
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
    if (data.listClientOrderId !== undefined) {
      if (typeof data.listClientOrderId !== 'string') {
        const err12 = {
          instancePath: instancePath + '/listClientOrderId',
          schemaPath: '#/properties/listClientOrderId/type',
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
    if (data.transactionTime !== undefined) {
      let data5 = data.transactionTime;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
        const err13 = {
          instancePath: instancePath + '/transactionTime',
          schemaPath: '#/properties/transactionTime/type',
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
    if (data.symbol !== undefined) {
      if (typeof data.symbol !== 'string') {
        const err14 = {
          instancePath: instancePath + '/symbol',
          schemaPath: '#/properties/symbol/type',
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
    if (data.orders !== undefined) {
      let data7 = data.orders;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
            if (data8.symbol === undefined) {
              const err15 = {
                instancePath: instancePath + '/orders/' + i0,
                schemaPath: '#/properties/orders/items/required',
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
            if (data8.orderId === undefined) {
              const err16 = {
                instancePath: instancePath + '/orders/' + i0,
                schemaPath: '#/properties/orders/items/required',
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
            if (data8.clientOrderId === undefined) {
              const err17 = {
                instancePath: instancePath + '/orders/' + i0,
                schemaPath: '#/properties/orders/items/required',
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
            if (data8.symbol !== undefined) {
              if (typeof data8.symbol !== 'string') {
                const err18 = {
                  instancePath: instancePath + '/orders/' + i0 + '/symbol',
                  schemaPath: '#/properties/orders/items/properties/symbol/type',
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
            if (data8.orderId !== undefined) {
              let data10 = data8.orderId;
              if (!(
                typeof data10 == 'number' &&
                !(data10 % 1) &&
                !isNaN(data10) &&
                isFinite(data10)
              )) {
                const err19 = {
                  instancePath: instancePath + '/orders/' + i0 + '/orderId',
                  schemaPath: '#/properties/orders/items/properties/orderId/type',
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
            if (data8.clientOrderId !== undefined) {
              if (typeof data8.clientOrderId !== 'string') {
                const err20 = {
                  instancePath: instancePath + '/orders/' + i0 + '/clientOrderId',
                  schemaPath: '#/properties/orders/items/properties/clientOrderId/type',
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
              instancePath: instancePath + '/orders/' + i0,
              schemaPath: '#/properties/orders/items/type',
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
          instancePath: instancePath + '/orders',
          schemaPath: '#/properties/orders/type',
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
  validate10.errors = vErrors;
  return errors === 0;
}
