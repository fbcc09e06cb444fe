// Generated from spec/operations/amend-order-keep-priority.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/amend-order-keep-priority.json',
  $comment:
    'Generated from spec/operations/amend-order-keep-priority.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title:
    'Order Amend Keep Priority (PUT /api/v3/order/amend/keepPriority, order.amend.keepPriority)',
  description:
    'Lowers the quantity of an open order without losing its place in the book; the order takes a new client order id.',
  type: 'object',
  required: ['transactTime', 'executionId', 'amendedOrder'],
  properties: {
    transactTime: { description: 'Transact time.', type: 'integer' },
    executionId: { description: 'Execution id.', type: 'integer' },
    amendedOrder: {
      description: 'Amended order.',
      type: 'object',
      required: [
        'symbol',
        'orderId',
        'orderListId',
        'origClientOrderId',
        'clientOrderId',
        'price',
        'qty',
        'executedQty',
        'preventedQty',
        'quoteOrderQty',
        'cumulativeQuoteQty',
        'status',
        'timeInForce',
        'type',
        'side',
        'selfTradePreventionMode',
      ],
      properties: {
        symbol: { description: 'Symbol.', type: 'string' },
        orderId: { description: 'Order id.', type: 'integer' },
        orderListId: { description: 'Order list id.', type: 'integer' },
        origClientOrderId: { description: 'Orig client order id.', type: 'string' },
        clientOrderId: { description: 'Client order id.', type: 'string' },
        price: { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        qty: { description: 'Qty.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        executedQty: {
          description: 'Executed qty.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        preventedQty: {
          description: 'Prevented qty.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        quoteOrderQty: {
          description: 'Quote order qty.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        cumulativeQuoteQty: {
          description: 'Cumulative quote qty.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        status: { description: 'Status.', type: 'string' },
        timeInForce: { description: 'Time in force.', type: 'string' },
        type: { description: 'Type.', type: 'string' },
        side: { description: 'Side.', type: 'string' },
        workingTime: { description: 'Working time.', type: 'integer' },
        selfTradePreventionMode: { description: 'Self trade prevention mode.', type: 'string' },
      },
    },
    listStatus: {
      description: 'List status.',
      type: 'object',
      required: [
        'orderListId',
        'contingencyType',
        'listOrderStatus',
        'listClientOrderId',
        'symbol',
        'orders',
      ],
      properties: {
        orderListId: { description: 'Order list id.', type: 'integer' },
        contingencyType: { description: 'Contingency type.', type: 'string' },
        listOrderStatus: { description: 'List order status.', type: 'string' },
        listClientOrderId: { description: 'List client order id.', type: 'string' },
        symbol: { description: 'Symbol.', type: 'string' },
        orders: {
          description: 'Orders.',
          type: 'array',
          items: {
            description: 'One entry.',
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
  },
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/amend-order-keep-priority.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.transactTime === undefined && (missing0 = 'transactTime')) ||
        (data.executionId === undefined && (missing0 = 'executionId')) ||
        (data.amendedOrder === undefined && (missing0 = 'amendedOrder'))
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
        if (data.transactTime !== undefined) {
          let data0 = data.transactTime;
          const _errs2 = errors;
          if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
            validate10.errors = [
              {
                instancePath: instancePath + '/transactTime',
                schemaPath: '#/properties/transactTime/type',
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
          if (data.executionId !== undefined) {
            let data1 = data.executionId;
            const _errs4 = errors;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
              validate10.errors = [
                {
                  instancePath: instancePath + '/executionId',
                  schemaPath: '#/properties/executionId/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                },
              ];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.amendedOrder !== undefined) {
              let data2 = data.amendedOrder;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                  let missing1;
                  if (
                    (data2.symbol === undefined && (missing1 = 'symbol')) ||
                    (data2.orderId === undefined && (missing1 = 'orderId')) ||
                    (data2.orderListId === undefined && (missing1 = 'orderListId')) ||
                    (data2.origClientOrderId === undefined && (missing1 = 'origClientOrderId')) ||
                    (data2.clientOrderId === undefined && (missing1 = 'clientOrderId')) ||
                    (data2.price === undefined && (missing1 = 'price')) ||
                    (data2.qty === undefined && (missing1 = 'qty')) ||
                    (data2.executedQty === undefined && (missing1 = 'executedQty')) ||
                    (data2.preventedQty === undefined && (missing1 = 'preventedQty')) ||
                    (data2.quoteOrderQty === undefined && (missing1 = 'quoteOrderQty')) ||
                    (data2.cumulativeQuoteQty === undefined && (missing1 = 'cumulativeQuoteQty')) ||
                    (data2.status === undefined && (missing1 = 'status')) ||
                    (data2.timeInForce === undefined && (missing1 = 'timeInForce')) ||
                    (data2.type === undefined && (missing1 = 'type')) ||
                    (data2.side === undefined && (missing1 = 'side')) ||
                    (data2.selfTradePreventionMode === undefined &&
                      (missing1 = 'selfTradePreventionMode'))
                  ) {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/amendedOrder',
                        schemaPath: '#/properties/amendedOrder/required',
                        keyword: 'required',
                        params: { missingProperty: missing1 },
                        message: "must have required property '" + missing1 + "'",
                      },
                    ];
                    return false;
                  } else {
                    if (data2.symbol !== undefined) {
                      const _errs8 = errors;
                      if (typeof data2.symbol !== 'string') {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/amendedOrder/symbol',
                            schemaPath: '#/properties/amendedOrder/properties/symbol/type',
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
                      if (data2.orderId !== undefined) {
                        let data4 = data2.orderId;
                        const _errs10 = errors;
                        if (!(
                          typeof data4 == 'number' &&
                          !(data4 % 1) &&
                          !isNaN(data4) &&
                          isFinite(data4)
                        )) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/amendedOrder/orderId',
                              schemaPath: '#/properties/amendedOrder/properties/orderId/type',
                              keyword: 'type',
                              params: { type: 'integer' },
                              message: 'must be integer',
                            },
                          ];
                          return false;
                        }
                        var valid1 = _errs10 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data2.orderListId !== undefined) {
                          let data5 = data2.orderListId;
                          const _errs12 = errors;
                          if (!(
                            typeof data5 == 'number' &&
                            !(data5 % 1) &&
                            !isNaN(data5) &&
                            isFinite(data5)
                          )) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/amendedOrder/orderListId',
                                schemaPath: '#/properties/amendedOrder/properties/orderListId/type',
                                keyword: 'type',
                                params: { type: 'integer' },
                                message: 'must be integer',
                              },
                            ];
                            return false;
                          }
                          var valid1 = _errs12 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data2.origClientOrderId !== undefined) {
                            const _errs14 = errors;
                            if (typeof data2.origClientOrderId !== 'string') {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/amendedOrder/origClientOrderId',
                                  schemaPath:
                                    '#/properties/amendedOrder/properties/origClientOrderId/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                            var valid1 = _errs14 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data2.clientOrderId !== undefined) {
                              const _errs16 = errors;
                              if (typeof data2.clientOrderId !== 'string') {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/amendedOrder/clientOrderId',
                                    schemaPath:
                                      '#/properties/amendedOrder/properties/clientOrderId/type',
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
                              if (data2.price !== undefined) {
                                let data8 = data2.price;
                                const _errs18 = errors;
                                if (errors === _errs18) {
                                  if (typeof data8 === 'string') {
                                    if (!pattern0.test(data8)) {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/amendedOrder/price',
                                          schemaPath:
                                            '#/properties/amendedOrder/properties/price/pattern',
                                          keyword: 'pattern',
                                          params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                          message:
                                            'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                        },
                                      ];
                                      return false;
                                    }
                                  } else {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/amendedOrder/price',
                                        schemaPath:
                                          '#/properties/amendedOrder/properties/price/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid1 = _errs18 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data2.qty !== undefined) {
                                  let data9 = data2.qty;
                                  const _errs20 = errors;
                                  if (errors === _errs20) {
                                    if (typeof data9 === 'string') {
                                      if (!pattern0.test(data9)) {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/amendedOrder/qty',
                                            schemaPath:
                                              '#/properties/amendedOrder/properties/qty/pattern',
                                            keyword: 'pattern',
                                            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                            message:
                                              'must match pattern "' +
                                              '^-?[0-9]+(\\.[0-9]+)?$' +
                                              '"',
                                          },
                                        ];
                                        return false;
                                      }
                                    } else {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/amendedOrder/qty',
                                          schemaPath:
                                            '#/properties/amendedOrder/properties/qty/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid1 = _errs20 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data2.executedQty !== undefined) {
                                    let data10 = data2.executedQty;
                                    const _errs22 = errors;
                                    if (errors === _errs22) {
                                      if (typeof data10 === 'string') {
                                        if (!pattern0.test(data10)) {
                                          validate10.errors = [
                                            {
                                              instancePath:
                                                instancePath + '/amendedOrder/executedQty',
                                              schemaPath:
                                                '#/properties/amendedOrder/properties/executedQty/pattern',
                                              keyword: 'pattern',
                                              params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                              message:
                                                'must match pattern "' +
                                                '^-?[0-9]+(\\.[0-9]+)?$' +
                                                '"',
                                            },
                                          ];
                                          return false;
                                        }
                                      } else {
                                        validate10.errors = [
                                          {
                                            instancePath:
                                              instancePath + '/amendedOrder/executedQty',
                                            schemaPath:
                                              '#/properties/amendedOrder/properties/executedQty/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid1 = _errs22 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    if (data2.preventedQty !== undefined) {
                                      let data11 = data2.preventedQty;
                                      const _errs24 = errors;
                                      if (errors === _errs24) {
                                        if (typeof data11 === 'string') {
                                          if (!pattern0.test(data11)) {
                                            validate10.errors = [
                                              {
                                                instancePath:
                                                  instancePath + '/amendedOrder/preventedQty',
                                                schemaPath:
                                                  '#/properties/amendedOrder/properties/preventedQty/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                                message:
                                                  'must match pattern "' +
                                                  '^-?[0-9]+(\\.[0-9]+)?$' +
                                                  '"',
                                              },
                                            ];
                                            return false;
                                          }
                                        } else {
                                          validate10.errors = [
                                            {
                                              instancePath:
                                                instancePath + '/amendedOrder/preventedQty',
                                              schemaPath:
                                                '#/properties/amendedOrder/properties/preventedQty/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                      var valid1 = _errs24 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                    if (valid1) {
                                      if (data2.quoteOrderQty !== undefined) {
                                        let data12 = data2.quoteOrderQty;
                                        const _errs26 = errors;
                                        if (errors === _errs26) {
                                          if (typeof data12 === 'string') {
                                            if (!pattern0.test(data12)) {
                                              validate10.errors = [
                                                {
                                                  instancePath:
                                                    instancePath + '/amendedOrder/quoteOrderQty',
                                                  schemaPath:
                                                    '#/properties/amendedOrder/properties/quoteOrderQty/pattern',
                                                  keyword: 'pattern',
                                                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                                  message:
                                                    'must match pattern "' +
                                                    '^-?[0-9]+(\\.[0-9]+)?$' +
                                                    '"',
                                                },
                                              ];
                                              return false;
                                            }
                                          } else {
                                            validate10.errors = [
                                              {
                                                instancePath:
                                                  instancePath + '/amendedOrder/quoteOrderQty',
                                                schemaPath:
                                                  '#/properties/amendedOrder/properties/quoteOrderQty/type',
                                                keyword: 'type',
                                                params: { type: 'string' },
                                                message: 'must be string',
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                        var valid1 = _errs26 === errors;
                                      } else {
                                        var valid1 = true;
                                      }
                                      if (valid1) {
                                        if (data2.cumulativeQuoteQty !== undefined) {
                                          let data13 = data2.cumulativeQuoteQty;
                                          const _errs28 = errors;
                                          if (errors === _errs28) {
                                            if (typeof data13 === 'string') {
                                              if (!pattern0.test(data13)) {
                                                validate10.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath +
                                                      '/amendedOrder/cumulativeQuoteQty',
                                                    schemaPath:
                                                      '#/properties/amendedOrder/properties/cumulativeQuoteQty/pattern',
                                                    keyword: 'pattern',
                                                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                                    message:
                                                      'must match pattern "' +
                                                      '^-?[0-9]+(\\.[0-9]+)?$' +
                                                      '"',
                                                  },
                                                ];
                                                return false;
                                              }
                                            } else {
                                              validate10.errors = [
                                                {
                                                  instancePath:
                                                    instancePath +
                                                    '/amendedOrder/cumulativeQuoteQty',
                                                  schemaPath:
                                                    '#/properties/amendedOrder/properties/cumulativeQuoteQty/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                },
                                              ];
                                              return false;
                                            }
                                          }
                                          var valid1 = _errs28 === errors;
                                        } else {
                                          var valid1 = true;
                                        }
                                        if (valid1) {
                                          if (data2.status !== undefined) {
                                            const _errs30 = errors;
                                            if (typeof data2.status !== 'string') {
                                              validate10.errors = [
                                                {
                                                  instancePath:
                                                    instancePath + '/amendedOrder/status',
                                                  schemaPath:
                                                    '#/properties/amendedOrder/properties/status/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid1 = _errs30 === errors;
                                          } else {
                                            var valid1 = true;
                                          }
                                          if (valid1) {
                                            if (data2.timeInForce !== undefined) {
                                              const _errs32 = errors;
                                              if (typeof data2.timeInForce !== 'string') {
                                                validate10.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath + '/amendedOrder/timeInForce',
                                                    schemaPath:
                                                      '#/properties/amendedOrder/properties/timeInForce/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid1 = _errs32 === errors;
                                            } else {
                                              var valid1 = true;
                                            }
                                            if (valid1) {
                                              if (data2.type !== undefined) {
                                                const _errs34 = errors;
                                                if (typeof data2.type !== 'string') {
                                                  validate10.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath + '/amendedOrder/type',
                                                      schemaPath:
                                                        '#/properties/amendedOrder/properties/type/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid1 = _errs34 === errors;
                                              } else {
                                                var valid1 = true;
                                              }
                                              if (valid1) {
                                                if (data2.side !== undefined) {
                                                  const _errs36 = errors;
                                                  if (typeof data2.side !== 'string') {
                                                    validate10.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath + '/amendedOrder/side',
                                                        schemaPath:
                                                          '#/properties/amendedOrder/properties/side/type',
                                                        keyword: 'type',
                                                        params: { type: 'string' },
                                                        message: 'must be string',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                  var valid1 = _errs36 === errors;
                                                } else {
                                                  var valid1 = true;
                                                }
                                                if (valid1) {
                                                  if (data2.workingTime !== undefined) {
                                                    let data18 = data2.workingTime;
                                                    const _errs38 = errors;
                                                    if (!(
                                                      typeof data18 == 'number' &&
                                                      !(data18 % 1) &&
                                                      !isNaN(data18) &&
                                                      isFinite(data18)
                                                    )) {
                                                      validate10.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            '/amendedOrder/workingTime',
                                                          schemaPath:
                                                            '#/properties/amendedOrder/properties/workingTime/type',
                                                          keyword: 'type',
                                                          params: { type: 'integer' },
                                                          message: 'must be integer',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                    var valid1 = _errs38 === errors;
                                                  } else {
                                                    var valid1 = true;
                                                  }
                                                  if (valid1) {
                                                    if (
                                                      data2.selfTradePreventionMode !== undefined
                                                    ) {
                                                      const _errs40 = errors;
                                                      if (
                                                        typeof data2.selfTradePreventionMode !==
                                                        'string'
                                                      ) {
                                                        validate10.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              '/amendedOrder/selfTradePreventionMode',
                                                            schemaPath:
                                                              '#/properties/amendedOrder/properties/selfTradePreventionMode/type',
                                                            keyword: 'type',
                                                            params: { type: 'string' },
                                                            message: 'must be string',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                      var valid1 = _errs40 === errors;
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
                      instancePath: instancePath + '/amendedOrder',
                      schemaPath: '#/properties/amendedOrder/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.listStatus !== undefined) {
                let data20 = data.listStatus;
                const _errs42 = errors;
                if (errors === _errs42) {
                  if (data20 && typeof data20 == 'object' && !Array.isArray(data20)) {
                    let missing2;
                    if (
                      (data20.orderListId === undefined && (missing2 = 'orderListId')) ||
                      (data20.contingencyType === undefined && (missing2 = 'contingencyType')) ||
                      (data20.listOrderStatus === undefined && (missing2 = 'listOrderStatus')) ||
                      (data20.listClientOrderId === undefined &&
                        (missing2 = 'listClientOrderId')) ||
                      (data20.symbol === undefined && (missing2 = 'symbol')) ||
                      (data20.orders === undefined && (missing2 = 'orders'))
                    ) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/listStatus',
                          schemaPath: '#/properties/listStatus/required',
                          keyword: 'required',
                          params: { missingProperty: missing2 },
                          message: "must have required property '" + missing2 + "'",
                        },
                      ];
                      return false;
                    } else {
                      if (data20.orderListId !== undefined) {
                        let data21 = data20.orderListId;
                        const _errs44 = errors;
                        if (!(
                          typeof data21 == 'number' &&
                          !(data21 % 1) &&
                          !isNaN(data21) &&
                          isFinite(data21)
                        )) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/listStatus/orderListId',
                              schemaPath: '#/properties/listStatus/properties/orderListId/type',
                              keyword: 'type',
                              params: { type: 'integer' },
                              message: 'must be integer',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs44 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data20.contingencyType !== undefined) {
                          const _errs46 = errors;
                          if (typeof data20.contingencyType !== 'string') {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/listStatus/contingencyType',
                                schemaPath:
                                  '#/properties/listStatus/properties/contingencyType/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                          var valid2 = _errs46 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data20.listOrderStatus !== undefined) {
                            const _errs48 = errors;
                            if (typeof data20.listOrderStatus !== 'string') {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/listStatus/listOrderStatus',
                                  schemaPath:
                                    '#/properties/listStatus/properties/listOrderStatus/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                            var valid2 = _errs48 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data20.listClientOrderId !== undefined) {
                              const _errs50 = errors;
                              if (typeof data20.listClientOrderId !== 'string') {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/listStatus/listClientOrderId',
                                    schemaPath:
                                      '#/properties/listStatus/properties/listClientOrderId/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                              var valid2 = _errs50 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data20.symbol !== undefined) {
                                const _errs52 = errors;
                                if (typeof data20.symbol !== 'string') {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/listStatus/symbol',
                                      schemaPath: '#/properties/listStatus/properties/symbol/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                                var valid2 = _errs52 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data20.orders !== undefined) {
                                  let data26 = data20.orders;
                                  const _errs54 = errors;
                                  if (errors === _errs54) {
                                    if (Array.isArray(data26)) {
                                      var valid3 = true;
                                      const len0 = data26.length;
                                      for (let i0 = 0; i0 < len0; i0++) {
                                        let data27 = data26[i0];
                                        const _errs56 = errors;
                                        if (errors === _errs56) {
                                          if (
                                            data27 &&
                                            typeof data27 == 'object' &&
                                            !Array.isArray(data27)
                                          ) {
                                            let missing3;
                                            if (
                                              (data27.symbol === undefined &&
                                                (missing3 = 'symbol')) ||
                                              (data27.orderId === undefined &&
                                                (missing3 = 'orderId')) ||
                                              (data27.clientOrderId === undefined &&
                                                (missing3 = 'clientOrderId'))
                                            ) {
                                              validate10.errors = [
                                                {
                                                  instancePath:
                                                    instancePath + '/listStatus/orders/' + i0,
                                                  schemaPath:
                                                    '#/properties/listStatus/properties/orders/items/required',
                                                  keyword: 'required',
                                                  params: { missingProperty: missing3 },
                                                  message:
                                                    "must have required property '" +
                                                    missing3 +
                                                    "'",
                                                },
                                              ];
                                              return false;
                                            } else {
                                              if (data27.symbol !== undefined) {
                                                const _errs58 = errors;
                                                if (typeof data27.symbol !== 'string') {
                                                  validate10.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath +
                                                        '/listStatus/orders/' +
                                                        i0 +
                                                        '/symbol',
                                                      schemaPath:
                                                        '#/properties/listStatus/properties/orders/items/properties/symbol/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid4 = _errs58 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                              if (valid4) {
                                                if (data27.orderId !== undefined) {
                                                  let data29 = data27.orderId;
                                                  const _errs60 = errors;
                                                  if (!(
                                                    typeof data29 == 'number' &&
                                                    !(data29 % 1) &&
                                                    !isNaN(data29) &&
                                                    isFinite(data29)
                                                  )) {
                                                    validate10.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath +
                                                          '/listStatus/orders/' +
                                                          i0 +
                                                          '/orderId',
                                                        schemaPath:
                                                          '#/properties/listStatus/properties/orders/items/properties/orderId/type',
                                                        keyword: 'type',
                                                        params: { type: 'integer' },
                                                        message: 'must be integer',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                  var valid4 = _errs60 === errors;
                                                } else {
                                                  var valid4 = true;
                                                }
                                                if (valid4) {
                                                  if (data27.clientOrderId !== undefined) {
                                                    const _errs62 = errors;
                                                    if (typeof data27.clientOrderId !== 'string') {
                                                      validate10.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            '/listStatus/orders/' +
                                                            i0 +
                                                            '/clientOrderId',
                                                          schemaPath:
                                                            '#/properties/listStatus/properties/orders/items/properties/clientOrderId/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                    var valid4 = _errs62 === errors;
                                                  } else {
                                                    var valid4 = true;
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate10.errors = [
                                              {
                                                instancePath:
                                                  instancePath + '/listStatus/orders/' + i0,
                                                schemaPath:
                                                  '#/properties/listStatus/properties/orders/items/type',
                                                keyword: 'type',
                                                params: { type: 'object' },
                                                message: 'must be object',
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs56 === errors;
                                        if (!valid3) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/listStatus/orders',
                                          schemaPath:
                                            '#/properties/listStatus/properties/orders/type',
                                          keyword: 'type',
                                          params: { type: 'array' },
                                          message: 'must be array',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs54 === errors;
                                } else {
                                  var valid2 = true;
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
                        instancePath: instancePath + '/listStatus',
                        schemaPath: '#/properties/listStatus/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs42 === errors;
              } else {
                var valid0 = true;
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
