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
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.orderListId === undefined && (missing0 = 'orderListId')) ||
        (data.contingencyType === undefined && (missing0 = 'contingencyType')) ||
        (data.listStatusType === undefined && (missing0 = 'listStatusType')) ||
        (data.listOrderStatus === undefined && (missing0 = 'listOrderStatus')) ||
        (data.listClientOrderId === undefined && (missing0 = 'listClientOrderId')) ||
        (data.transactionTime === undefined && (missing0 = 'transactionTime')) ||
        (data.symbol === undefined && (missing0 = 'symbol')) ||
        (data.orders === undefined && (missing0 = 'orders'))
      ) {
        validate10.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.orderListId !== undefined) {
          let data0 = data.orderListId;
          const _errs2 = errors;
          if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
            validate10.errors = [
              {
                instancePath: instancePath + '/orderListId',
                schemaPath: '#/properties/orderListId/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              },
            ];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.contingencyType !== undefined) {
            const _errs4 = errors;
            if (typeof data.contingencyType !== 'string') {
              validate10.errors = [
                {
                  instancePath: instancePath + '/contingencyType',
                  schemaPath: '#/properties/contingencyType/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                },
              ];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.listStatusType !== undefined) {
              const _errs6 = errors;
              if (typeof data.listStatusType !== 'string') {
                validate10.errors = [
                  {
                    instancePath: instancePath + '/listStatusType',
                    schemaPath: '#/properties/listStatusType/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.listOrderStatus !== undefined) {
                const _errs8 = errors;
                if (typeof data.listOrderStatus !== 'string') {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/listOrderStatus',
                      schemaPath: '#/properties/listOrderStatus/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.listClientOrderId !== undefined) {
                  const _errs10 = errors;
                  if (typeof data.listClientOrderId !== 'string') {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/listClientOrderId',
                        schemaPath: '#/properties/listClientOrderId/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.transactionTime !== undefined) {
                    let data5 = data.transactionTime;
                    const _errs12 = errors;
                    if (!(
                      typeof data5 == 'number' &&
                      !(data5 % 1) &&
                      !isNaN(data5) &&
                      isFinite(data5)
                    )) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/transactionTime',
                          schemaPath: '#/properties/transactionTime/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.symbol !== undefined) {
                      const _errs14 = errors;
                      if (typeof data.symbol !== 'string') {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/symbol',
                            schemaPath: '#/properties/symbol/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.orders !== undefined) {
                        let data7 = data.orders;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (Array.isArray(data7)) {
                            var valid1 = true;
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              let data8 = data7[i0];
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                                  let missing1;
                                  if (
                                    (data8.symbol === undefined && (missing1 = 'symbol')) ||
                                    (data8.orderId === undefined && (missing1 = 'orderId')) ||
                                    (data8.clientOrderId === undefined &&
                                      (missing1 = 'clientOrderId'))
                                  ) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/orders/' + i0,
                                        schemaPath: '#/properties/orders/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: missing1 },
                                        message: "must have required property '" + missing1 + "'",
                                      },
                                    ];
                                    return false;
                                  } else {
                                    if (data8.symbol !== undefined) {
                                      const _errs20 = errors;
                                      if (typeof data8.symbol !== 'string') {
                                        validate10.errors = [
                                          {
                                            instancePath:
                                              instancePath + '/orders/' + i0 + '/symbol',
                                            schemaPath:
                                              '#/properties/orders/items/properties/symbol/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid2 = _errs20 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data8.orderId !== undefined) {
                                        let data10 = data8.orderId;
                                        const _errs22 = errors;
                                        if (!(
                                          typeof data10 == 'number' &&
                                          !(data10 % 1) &&
                                          !isNaN(data10) &&
                                          isFinite(data10)
                                        )) {
                                          validate10.errors = [
                                            {
                                              instancePath:
                                                instancePath + '/orders/' + i0 + '/orderId',
                                              schemaPath:
                                                '#/properties/orders/items/properties/orderId/type',
                                              keyword: 'type',
                                              params: { type: 'integer' },
                                              message: 'must be integer',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid2 = _errs22 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data8.clientOrderId !== undefined) {
                                          const _errs24 = errors;
                                          if (typeof data8.clientOrderId !== 'string') {
                                            validate10.errors = [
                                              {
                                                instancePath:
                                                  instancePath + '/orders/' + i0 + '/clientOrderId',
                                                schemaPath:
                                                  '#/properties/orders/items/properties/clientOrderId/type',
                                                keyword: 'type',
                                                params: { type: 'string' },
                                                message: 'must be string',
                                              },
                                            ];
                                            return false;
                                          }
                                          var valid2 = _errs24 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/orders/' + i0,
                                      schemaPath: '#/properties/orders/items/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object',
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid1 = _errs18 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          } else {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/orders',
                                schemaPath: '#/properties/orders/type',
                                keyword: 'type',
                                params: { type: 'array' },
                                message: 'must be array',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
