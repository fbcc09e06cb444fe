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
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs2 = errors;
        if (errors === _errs2) {
          if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
            let missing0;
            if (
              (data0.orderListId === undefined && (missing0 = 'orderListId')) ||
              (data0.contingencyType === undefined && (missing0 = 'contingencyType')) ||
              (data0.listStatusType === undefined && (missing0 = 'listStatusType')) ||
              (data0.listOrderStatus === undefined && (missing0 = 'listOrderStatus')) ||
              (data0.listClientOrderId === undefined && (missing0 = 'listClientOrderId')) ||
              (data0.transactionTime === undefined && (missing0 = 'transactionTime')) ||
              (data0.symbol === undefined && (missing0 = 'symbol')) ||
              (data0.orders === undefined && (missing0 = 'orders'))
            ) {
              validate10.errors = [
                {
                  instancePath: instancePath + '/' + i0,
                  schemaPath: '#/items/required',
                  keyword: 'required',
                  params: { missingProperty: missing0 },
                  message: "must have required property '" + missing0 + "'",
                },
              ];
              return false;
            } else {
              if (data0.orderListId !== undefined) {
                let data1 = data0.orderListId;
                const _errs4 = errors;
                if (!(
                  typeof data1 == 'number' &&
                  !(data1 % 1) &&
                  !isNaN(data1) &&
                  isFinite(data1)
                )) {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/' + i0 + '/orderListId',
                      schemaPath: '#/items/properties/orderListId/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    },
                  ];
                  return false;
                }
                var valid1 = _errs4 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data0.contingencyType !== undefined) {
                  const _errs6 = errors;
                  if (typeof data0.contingencyType !== 'string') {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/' + i0 + '/contingencyType',
                        schemaPath: '#/items/properties/contingencyType/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                  var valid1 = _errs6 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.listStatusType !== undefined) {
                    const _errs8 = errors;
                    if (typeof data0.listStatusType !== 'string') {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/' + i0 + '/listStatusType',
                          schemaPath: '#/items/properties/listStatusType/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid1 = _errs8 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.listOrderStatus !== undefined) {
                      const _errs10 = errors;
                      if (typeof data0.listOrderStatus !== 'string') {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/' + i0 + '/listOrderStatus',
                            schemaPath: '#/items/properties/listOrderStatus/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                      var valid1 = _errs10 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.listClientOrderId !== undefined) {
                        const _errs12 = errors;
                        if (typeof data0.listClientOrderId !== 'string') {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/' + i0 + '/listClientOrderId',
                              schemaPath: '#/items/properties/listClientOrderId/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid1 = _errs12 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data0.transactionTime !== undefined) {
                          let data6 = data0.transactionTime;
                          const _errs14 = errors;
                          if (!(
                            typeof data6 == 'number' &&
                            !(data6 % 1) &&
                            !isNaN(data6) &&
                            isFinite(data6)
                          )) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/' + i0 + '/transactionTime',
                                schemaPath: '#/items/properties/transactionTime/type',
                                keyword: 'type',
                                params: { type: 'integer' },
                                message: 'must be integer',
                              },
                            ];
                            return false;
                          }
                          var valid1 = _errs14 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data0.symbol !== undefined) {
                            const _errs16 = errors;
                            if (typeof data0.symbol !== 'string') {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/' + i0 + '/symbol',
                                  schemaPath: '#/items/properties/symbol/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                            var valid1 = _errs16 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data0.orders !== undefined) {
                              let data8 = data0.orders;
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (Array.isArray(data8)) {
                                  var valid2 = true;
                                  const len1 = data8.length;
                                  for (let i1 = 0; i1 < len1; i1++) {
                                    let data9 = data8[i1];
                                    const _errs20 = errors;
                                    if (errors === _errs20) {
                                      if (
                                        data9 &&
                                        typeof data9 == 'object' &&
                                        !Array.isArray(data9)
                                      ) {
                                        let missing1;
                                        if (
                                          (data9.symbol === undefined && (missing1 = 'symbol')) ||
                                          (data9.orderId === undefined && (missing1 = 'orderId')) ||
                                          (data9.clientOrderId === undefined &&
                                            (missing1 = 'clientOrderId'))
                                        ) {
                                          validate10.errors = [
                                            {
                                              instancePath:
                                                instancePath + '/' + i0 + '/orders/' + i1,
                                              schemaPath:
                                                '#/items/properties/orders/items/required',
                                              keyword: 'required',
                                              params: { missingProperty: missing1 },
                                              message:
                                                "must have required property '" + missing1 + "'",
                                            },
                                          ];
                                          return false;
                                        } else {
                                          if (data9.symbol !== undefined) {
                                            const _errs22 = errors;
                                            if (typeof data9.symbol !== 'string') {
                                              validate10.errors = [
                                                {
                                                  instancePath:
                                                    instancePath +
                                                    '/' +
                                                    i0 +
                                                    '/orders/' +
                                                    i1 +
                                                    '/symbol',
                                                  schemaPath:
                                                    '#/items/properties/orders/items/properties/symbol/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid3 = _errs22 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data9.orderId !== undefined) {
                                              let data11 = data9.orderId;
                                              const _errs24 = errors;
                                              if (!(
                                                typeof data11 == 'number' &&
                                                !(data11 % 1) &&
                                                !isNaN(data11) &&
                                                isFinite(data11)
                                              )) {
                                                validate10.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath +
                                                      '/' +
                                                      i0 +
                                                      '/orders/' +
                                                      i1 +
                                                      '/orderId',
                                                    schemaPath:
                                                      '#/items/properties/orders/items/properties/orderId/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid3 = _errs24 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                            if (valid3) {
                                              if (data9.clientOrderId !== undefined) {
                                                const _errs26 = errors;
                                                if (typeof data9.clientOrderId !== 'string') {
                                                  validate10.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath +
                                                        '/' +
                                                        i0 +
                                                        '/orders/' +
                                                        i1 +
                                                        '/clientOrderId',
                                                      schemaPath:
                                                        '#/items/properties/orders/items/properties/clientOrderId/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid3 = _errs26 === errors;
                                              } else {
                                                var valid3 = true;
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/' + i0 + '/orders/' + i1,
                                            schemaPath: '#/items/properties/orders/items/type',
                                            keyword: 'type',
                                            params: { type: 'object' },
                                            message: 'must be object',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs20 === errors;
                                    if (!valid2) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/' + i0 + '/orders',
                                      schemaPath: '#/items/properties/orders/type',
                                      keyword: 'type',
                                      params: { type: 'array' },
                                      message: 'must be array',
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid1 = _errs18 === errors;
                            } else {
                              var valid1 = true;
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
                instancePath: instancePath + '/' + i0,
                schemaPath: '#/items/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
              },
            ];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate10.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        },
      ];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
