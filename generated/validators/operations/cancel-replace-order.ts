// Generated from spec/operations/cancel-replace-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/cancel-replace-order.json',
  $comment:
    'Generated from spec/operations/cancel-replace-order.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title:
    'Cancel an Existing Order and Send a New Order (POST /api/v3/order/cancelReplace, order.cancelReplace)',
  description:
    'Cancels an order and places a new one in a single request; the answer tells how each half went.',
  type: 'object',
  required: ['cancelResult', 'newOrderResult', 'cancelResponse', 'newOrderResponse'],
  properties: {
    cancelResult: { description: 'Cancel result.', type: 'string' },
    newOrderResult: { description: 'New order result.', type: 'string' },
    cancelResponse: {
      description: 'Cancel response.',
      type: 'object',
      required: [
        'symbol',
        'origClientOrderId',
        'orderId',
        'orderListId',
        'clientOrderId',
        'transactTime',
        'price',
        'origQty',
        'executedQty',
        'origQuoteOrderQty',
        'cummulativeQuoteQty',
        'status',
        'timeInForce',
        'type',
        'side',
        'selfTradePreventionMode',
      ],
      properties: {
        symbol: { description: 'Symbol.', type: 'string' },
        origClientOrderId: { description: 'Orig client order id.', type: 'string' },
        orderId: { description: 'Order id.', type: 'integer' },
        orderListId: { description: 'Order list id.', type: 'integer' },
        clientOrderId: { description: 'Client order id.', type: 'string' },
        transactTime: { description: 'Transact time.', type: 'integer' },
        price: { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        origQty: { description: 'Orig qty.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        executedQty: {
          description: 'Executed qty.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        origQuoteOrderQty: {
          description: 'Orig quote order qty.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        cummulativeQuoteQty: {
          description: 'Cumulative quote qty.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        status: { description: 'Status.', type: 'string' },
        timeInForce: { description: 'Time in force.', type: 'string' },
        type: { description: 'Type.', type: 'string' },
        side: { description: 'Side.', type: 'string' },
        selfTradePreventionMode: { description: 'Self trade prevention mode.', type: 'string' },
      },
    },
    newOrderResponse: {
      description: 'New order response.',
      type: 'object',
      required: [
        'symbol',
        'orderId',
        'orderListId',
        'clientOrderId',
        'transactTime',
        'price',
        'origQty',
        'executedQty',
        'origQuoteOrderQty',
        'cummulativeQuoteQty',
        'status',
        'timeInForce',
        'type',
        'side',
        'workingTime',
        'fills',
        'selfTradePreventionMode',
      ],
      properties: {
        symbol: { description: 'Symbol.', type: 'string' },
        orderId: { description: 'Order id.', type: 'integer' },
        orderListId: { description: 'Order list id.', type: 'integer' },
        clientOrderId: { description: 'Client order id.', type: 'string' },
        transactTime: { description: 'Transact time.', type: 'integer' },
        price: { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        origQty: { description: 'Orig qty.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        executedQty: {
          description: 'Executed qty.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        origQuoteOrderQty: {
          description: 'Orig quote order qty.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        cummulativeQuoteQty: {
          description: 'Cumulative quote qty.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        status: { description: 'Status.', type: 'string' },
        timeInForce: { description: 'Time in force.', type: 'string' },
        type: { description: 'Type.', type: 'string' },
        side: { description: 'Side.', type: 'string' },
        workingTime: { description: 'Working time.', type: 'integer' },
        fills: {
          description: 'Fills.',
          type: 'array',
          items: { description: 'One entry.', type: 'string' },
        },
        selfTradePreventionMode: { description: 'Self trade prevention mode.', type: 'string' },
      },
    },
  },
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/cancel-replace-order.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.cancelResult === undefined && (missing0 = 'cancelResult')) ||
        (data.newOrderResult === undefined && (missing0 = 'newOrderResult')) ||
        (data.cancelResponse === undefined && (missing0 = 'cancelResponse')) ||
        (data.newOrderResponse === undefined && (missing0 = 'newOrderResponse'))
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
        if (data.cancelResult !== undefined) {
          const _errs2 = errors;
          if (typeof data.cancelResult !== 'string') {
            validate10.errors = [
              {
                instancePath: instancePath + '/cancelResult',
                schemaPath: '#/properties/cancelResult/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.newOrderResult !== undefined) {
            const _errs4 = errors;
            if (typeof data.newOrderResult !== 'string') {
              validate10.errors = [
                {
                  instancePath: instancePath + '/newOrderResult',
                  schemaPath: '#/properties/newOrderResult/type',
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
            if (data.cancelResponse !== undefined) {
              let data2 = data.cancelResponse;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                  let missing1;
                  if (
                    (data2.symbol === undefined && (missing1 = 'symbol')) ||
                    (data2.origClientOrderId === undefined && (missing1 = 'origClientOrderId')) ||
                    (data2.orderId === undefined && (missing1 = 'orderId')) ||
                    (data2.orderListId === undefined && (missing1 = 'orderListId')) ||
                    (data2.clientOrderId === undefined && (missing1 = 'clientOrderId')) ||
                    (data2.transactTime === undefined && (missing1 = 'transactTime')) ||
                    (data2.price === undefined && (missing1 = 'price')) ||
                    (data2.origQty === undefined && (missing1 = 'origQty')) ||
                    (data2.executedQty === undefined && (missing1 = 'executedQty')) ||
                    (data2.origQuoteOrderQty === undefined && (missing1 = 'origQuoteOrderQty')) ||
                    (data2.cummulativeQuoteQty === undefined &&
                      (missing1 = 'cummulativeQuoteQty')) ||
                    (data2.status === undefined && (missing1 = 'status')) ||
                    (data2.timeInForce === undefined && (missing1 = 'timeInForce')) ||
                    (data2.type === undefined && (missing1 = 'type')) ||
                    (data2.side === undefined && (missing1 = 'side')) ||
                    (data2.selfTradePreventionMode === undefined &&
                      (missing1 = 'selfTradePreventionMode'))
                  ) {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/cancelResponse',
                        schemaPath: '#/properties/cancelResponse/required',
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
                            instancePath: instancePath + '/cancelResponse/symbol',
                            schemaPath: '#/properties/cancelResponse/properties/symbol/type',
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
                      if (data2.origClientOrderId !== undefined) {
                        const _errs10 = errors;
                        if (typeof data2.origClientOrderId !== 'string') {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/cancelResponse/origClientOrderId',
                              schemaPath:
                                '#/properties/cancelResponse/properties/origClientOrderId/type',
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
                        if (data2.orderId !== undefined) {
                          let data5 = data2.orderId;
                          const _errs12 = errors;
                          if (!(
                            typeof data5 == 'number' &&
                            !(data5 % 1) &&
                            !isNaN(data5) &&
                            isFinite(data5)
                          )) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/cancelResponse/orderId',
                                schemaPath: '#/properties/cancelResponse/properties/orderId/type',
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
                          if (data2.orderListId !== undefined) {
                            let data6 = data2.orderListId;
                            const _errs14 = errors;
                            if (!(
                              typeof data6 == 'number' &&
                              !(data6 % 1) &&
                              !isNaN(data6) &&
                              isFinite(data6)
                            )) {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/cancelResponse/orderListId',
                                  schemaPath:
                                    '#/properties/cancelResponse/properties/orderListId/type',
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
                            if (data2.clientOrderId !== undefined) {
                              const _errs16 = errors;
                              if (typeof data2.clientOrderId !== 'string') {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/cancelResponse/clientOrderId',
                                    schemaPath:
                                      '#/properties/cancelResponse/properties/clientOrderId/type',
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
                              if (data2.transactTime !== undefined) {
                                let data8 = data2.transactTime;
                                const _errs18 = errors;
                                if (!(
                                  typeof data8 == 'number' &&
                                  !(data8 % 1) &&
                                  !isNaN(data8) &&
                                  isFinite(data8)
                                )) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/cancelResponse/transactTime',
                                      schemaPath:
                                        '#/properties/cancelResponse/properties/transactTime/type',
                                      keyword: 'type',
                                      params: { type: 'integer' },
                                      message: 'must be integer',
                                    },
                                  ];
                                  return false;
                                }
                                var valid1 = _errs18 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data2.price !== undefined) {
                                  let data9 = data2.price;
                                  const _errs20 = errors;
                                  if (errors === _errs20) {
                                    if (typeof data9 === 'string') {
                                      if (!pattern0.test(data9)) {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/cancelResponse/price',
                                            schemaPath:
                                              '#/properties/cancelResponse/properties/price/pattern',
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
                                          instancePath: instancePath + '/cancelResponse/price',
                                          schemaPath:
                                            '#/properties/cancelResponse/properties/price/type',
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
                                  if (data2.origQty !== undefined) {
                                    let data10 = data2.origQty;
                                    const _errs22 = errors;
                                    if (errors === _errs22) {
                                      if (typeof data10 === 'string') {
                                        if (!pattern0.test(data10)) {
                                          validate10.errors = [
                                            {
                                              instancePath:
                                                instancePath + '/cancelResponse/origQty',
                                              schemaPath:
                                                '#/properties/cancelResponse/properties/origQty/pattern',
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
                                            instancePath: instancePath + '/cancelResponse/origQty',
                                            schemaPath:
                                              '#/properties/cancelResponse/properties/origQty/type',
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
                                    if (data2.executedQty !== undefined) {
                                      let data11 = data2.executedQty;
                                      const _errs24 = errors;
                                      if (errors === _errs24) {
                                        if (typeof data11 === 'string') {
                                          if (!pattern0.test(data11)) {
                                            validate10.errors = [
                                              {
                                                instancePath:
                                                  instancePath + '/cancelResponse/executedQty',
                                                schemaPath:
                                                  '#/properties/cancelResponse/properties/executedQty/pattern',
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
                                                instancePath + '/cancelResponse/executedQty',
                                              schemaPath:
                                                '#/properties/cancelResponse/properties/executedQty/type',
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
                                      if (data2.origQuoteOrderQty !== undefined) {
                                        let data12 = data2.origQuoteOrderQty;
                                        const _errs26 = errors;
                                        if (errors === _errs26) {
                                          if (typeof data12 === 'string') {
                                            if (!pattern0.test(data12)) {
                                              validate10.errors = [
                                                {
                                                  instancePath:
                                                    instancePath +
                                                    '/cancelResponse/origQuoteOrderQty',
                                                  schemaPath:
                                                    '#/properties/cancelResponse/properties/origQuoteOrderQty/pattern',
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
                                                  '/cancelResponse/origQuoteOrderQty',
                                                schemaPath:
                                                  '#/properties/cancelResponse/properties/origQuoteOrderQty/type',
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
                                        if (data2.cummulativeQuoteQty !== undefined) {
                                          let data13 = data2.cummulativeQuoteQty;
                                          const _errs28 = errors;
                                          if (errors === _errs28) {
                                            if (typeof data13 === 'string') {
                                              if (!pattern0.test(data13)) {
                                                validate10.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath +
                                                      '/cancelResponse/cummulativeQuoteQty',
                                                    schemaPath:
                                                      '#/properties/cancelResponse/properties/cummulativeQuoteQty/pattern',
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
                                                    '/cancelResponse/cummulativeQuoteQty',
                                                  schemaPath:
                                                    '#/properties/cancelResponse/properties/cummulativeQuoteQty/type',
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
                                                    instancePath + '/cancelResponse/status',
                                                  schemaPath:
                                                    '#/properties/cancelResponse/properties/status/type',
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
                                                      instancePath + '/cancelResponse/timeInForce',
                                                    schemaPath:
                                                      '#/properties/cancelResponse/properties/timeInForce/type',
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
                                                        instancePath + '/cancelResponse/type',
                                                      schemaPath:
                                                        '#/properties/cancelResponse/properties/type/type',
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
                                                          instancePath + '/cancelResponse/side',
                                                        schemaPath:
                                                          '#/properties/cancelResponse/properties/side/type',
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
                                                  if (data2.selfTradePreventionMode !== undefined) {
                                                    const _errs38 = errors;
                                                    if (
                                                      typeof data2.selfTradePreventionMode !==
                                                      'string'
                                                    ) {
                                                      validate10.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            '/cancelResponse/selfTradePreventionMode',
                                                          schemaPath:
                                                            '#/properties/cancelResponse/properties/selfTradePreventionMode/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                    var valid1 = _errs38 === errors;
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
                } else {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/cancelResponse',
                      schemaPath: '#/properties/cancelResponse/type',
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
              if (data.newOrderResponse !== undefined) {
                let data19 = data.newOrderResponse;
                const _errs40 = errors;
                if (errors === _errs40) {
                  if (data19 && typeof data19 == 'object' && !Array.isArray(data19)) {
                    let missing2;
                    if (
                      (data19.symbol === undefined && (missing2 = 'symbol')) ||
                      (data19.orderId === undefined && (missing2 = 'orderId')) ||
                      (data19.orderListId === undefined && (missing2 = 'orderListId')) ||
                      (data19.clientOrderId === undefined && (missing2 = 'clientOrderId')) ||
                      (data19.transactTime === undefined && (missing2 = 'transactTime')) ||
                      (data19.price === undefined && (missing2 = 'price')) ||
                      (data19.origQty === undefined && (missing2 = 'origQty')) ||
                      (data19.executedQty === undefined && (missing2 = 'executedQty')) ||
                      (data19.origQuoteOrderQty === undefined &&
                        (missing2 = 'origQuoteOrderQty')) ||
                      (data19.cummulativeQuoteQty === undefined &&
                        (missing2 = 'cummulativeQuoteQty')) ||
                      (data19.status === undefined && (missing2 = 'status')) ||
                      (data19.timeInForce === undefined && (missing2 = 'timeInForce')) ||
                      (data19.type === undefined && (missing2 = 'type')) ||
                      (data19.side === undefined && (missing2 = 'side')) ||
                      (data19.workingTime === undefined && (missing2 = 'workingTime')) ||
                      (data19.fills === undefined && (missing2 = 'fills')) ||
                      (data19.selfTradePreventionMode === undefined &&
                        (missing2 = 'selfTradePreventionMode'))
                    ) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/newOrderResponse',
                          schemaPath: '#/properties/newOrderResponse/required',
                          keyword: 'required',
                          params: { missingProperty: missing2 },
                          message: "must have required property '" + missing2 + "'",
                        },
                      ];
                      return false;
                    } else {
                      if (data19.symbol !== undefined) {
                        const _errs42 = errors;
                        if (typeof data19.symbol !== 'string') {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/newOrderResponse/symbol',
                              schemaPath: '#/properties/newOrderResponse/properties/symbol/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs42 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data19.orderId !== undefined) {
                          let data21 = data19.orderId;
                          const _errs44 = errors;
                          if (!(
                            typeof data21 == 'number' &&
                            !(data21 % 1) &&
                            !isNaN(data21) &&
                            isFinite(data21)
                          )) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/newOrderResponse/orderId',
                                schemaPath: '#/properties/newOrderResponse/properties/orderId/type',
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
                          if (data19.orderListId !== undefined) {
                            let data22 = data19.orderListId;
                            const _errs46 = errors;
                            if (!(
                              typeof data22 == 'number' &&
                              !(data22 % 1) &&
                              !isNaN(data22) &&
                              isFinite(data22)
                            )) {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/newOrderResponse/orderListId',
                                  schemaPath:
                                    '#/properties/newOrderResponse/properties/orderListId/type',
                                  keyword: 'type',
                                  params: { type: 'integer' },
                                  message: 'must be integer',
                                },
                              ];
                              return false;
                            }
                            var valid2 = _errs46 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data19.clientOrderId !== undefined) {
                              const _errs48 = errors;
                              if (typeof data19.clientOrderId !== 'string') {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/newOrderResponse/clientOrderId',
                                    schemaPath:
                                      '#/properties/newOrderResponse/properties/clientOrderId/type',
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
                              if (data19.transactTime !== undefined) {
                                let data24 = data19.transactTime;
                                const _errs50 = errors;
                                if (!(
                                  typeof data24 == 'number' &&
                                  !(data24 % 1) &&
                                  !isNaN(data24) &&
                                  isFinite(data24)
                                )) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/newOrderResponse/transactTime',
                                      schemaPath:
                                        '#/properties/newOrderResponse/properties/transactTime/type',
                                      keyword: 'type',
                                      params: { type: 'integer' },
                                      message: 'must be integer',
                                    },
                                  ];
                                  return false;
                                }
                                var valid2 = _errs50 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data19.price !== undefined) {
                                  let data25 = data19.price;
                                  const _errs52 = errors;
                                  if (errors === _errs52) {
                                    if (typeof data25 === 'string') {
                                      if (!pattern0.test(data25)) {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/newOrderResponse/price',
                                            schemaPath:
                                              '#/properties/newOrderResponse/properties/price/pattern',
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
                                          instancePath: instancePath + '/newOrderResponse/price',
                                          schemaPath:
                                            '#/properties/newOrderResponse/properties/price/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs52 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data19.origQty !== undefined) {
                                    let data26 = data19.origQty;
                                    const _errs54 = errors;
                                    if (errors === _errs54) {
                                      if (typeof data26 === 'string') {
                                        if (!pattern0.test(data26)) {
                                          validate10.errors = [
                                            {
                                              instancePath:
                                                instancePath + '/newOrderResponse/origQty',
                                              schemaPath:
                                                '#/properties/newOrderResponse/properties/origQty/pattern',
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
                                              instancePath + '/newOrderResponse/origQty',
                                            schemaPath:
                                              '#/properties/newOrderResponse/properties/origQty/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs54 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data19.executedQty !== undefined) {
                                      let data27 = data19.executedQty;
                                      const _errs56 = errors;
                                      if (errors === _errs56) {
                                        if (typeof data27 === 'string') {
                                          if (!pattern0.test(data27)) {
                                            validate10.errors = [
                                              {
                                                instancePath:
                                                  instancePath + '/newOrderResponse/executedQty',
                                                schemaPath:
                                                  '#/properties/newOrderResponse/properties/executedQty/pattern',
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
                                                instancePath + '/newOrderResponse/executedQty',
                                              schemaPath:
                                                '#/properties/newOrderResponse/properties/executedQty/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                      var valid2 = _errs56 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data19.origQuoteOrderQty !== undefined) {
                                        let data28 = data19.origQuoteOrderQty;
                                        const _errs58 = errors;
                                        if (errors === _errs58) {
                                          if (typeof data28 === 'string') {
                                            if (!pattern0.test(data28)) {
                                              validate10.errors = [
                                                {
                                                  instancePath:
                                                    instancePath +
                                                    '/newOrderResponse/origQuoteOrderQty',
                                                  schemaPath:
                                                    '#/properties/newOrderResponse/properties/origQuoteOrderQty/pattern',
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
                                                  '/newOrderResponse/origQuoteOrderQty',
                                                schemaPath:
                                                  '#/properties/newOrderResponse/properties/origQuoteOrderQty/type',
                                                keyword: 'type',
                                                params: { type: 'string' },
                                                message: 'must be string',
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                        var valid2 = _errs58 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data19.cummulativeQuoteQty !== undefined) {
                                          let data29 = data19.cummulativeQuoteQty;
                                          const _errs60 = errors;
                                          if (errors === _errs60) {
                                            if (typeof data29 === 'string') {
                                              if (!pattern0.test(data29)) {
                                                validate10.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath +
                                                      '/newOrderResponse/cummulativeQuoteQty',
                                                    schemaPath:
                                                      '#/properties/newOrderResponse/properties/cummulativeQuoteQty/pattern',
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
                                                    '/newOrderResponse/cummulativeQuoteQty',
                                                  schemaPath:
                                                    '#/properties/newOrderResponse/properties/cummulativeQuoteQty/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                },
                                              ];
                                              return false;
                                            }
                                          }
                                          var valid2 = _errs60 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                        if (valid2) {
                                          if (data19.status !== undefined) {
                                            const _errs62 = errors;
                                            if (typeof data19.status !== 'string') {
                                              validate10.errors = [
                                                {
                                                  instancePath:
                                                    instancePath + '/newOrderResponse/status',
                                                  schemaPath:
                                                    '#/properties/newOrderResponse/properties/status/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid2 = _errs62 === errors;
                                          } else {
                                            var valid2 = true;
                                          }
                                          if (valid2) {
                                            if (data19.timeInForce !== undefined) {
                                              const _errs64 = errors;
                                              if (typeof data19.timeInForce !== 'string') {
                                                validate10.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath +
                                                      '/newOrderResponse/timeInForce',
                                                    schemaPath:
                                                      '#/properties/newOrderResponse/properties/timeInForce/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid2 = _errs64 === errors;
                                            } else {
                                              var valid2 = true;
                                            }
                                            if (valid2) {
                                              if (data19.type !== undefined) {
                                                const _errs66 = errors;
                                                if (typeof data19.type !== 'string') {
                                                  validate10.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath + '/newOrderResponse/type',
                                                      schemaPath:
                                                        '#/properties/newOrderResponse/properties/type/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid2 = _errs66 === errors;
                                              } else {
                                                var valid2 = true;
                                              }
                                              if (valid2) {
                                                if (data19.side !== undefined) {
                                                  const _errs68 = errors;
                                                  if (typeof data19.side !== 'string') {
                                                    validate10.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath + '/newOrderResponse/side',
                                                        schemaPath:
                                                          '#/properties/newOrderResponse/properties/side/type',
                                                        keyword: 'type',
                                                        params: { type: 'string' },
                                                        message: 'must be string',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                  var valid2 = _errs68 === errors;
                                                } else {
                                                  var valid2 = true;
                                                }
                                                if (valid2) {
                                                  if (data19.workingTime !== undefined) {
                                                    let data34 = data19.workingTime;
                                                    const _errs70 = errors;
                                                    if (!(
                                                      typeof data34 == 'number' &&
                                                      !(data34 % 1) &&
                                                      !isNaN(data34) &&
                                                      isFinite(data34)
                                                    )) {
                                                      validate10.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            '/newOrderResponse/workingTime',
                                                          schemaPath:
                                                            '#/properties/newOrderResponse/properties/workingTime/type',
                                                          keyword: 'type',
                                                          params: { type: 'integer' },
                                                          message: 'must be integer',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                    var valid2 = _errs70 === errors;
                                                  } else {
                                                    var valid2 = true;
                                                  }
                                                  if (valid2) {
                                                    if (data19.fills !== undefined) {
                                                      let data35 = data19.fills;
                                                      const _errs72 = errors;
                                                      if (errors === _errs72) {
                                                        if (Array.isArray(data35)) {
                                                          var valid3 = true;
                                                          const len0 = data35.length;
                                                          for (let i0 = 0; i0 < len0; i0++) {
                                                            const _errs74 = errors;
                                                            if (typeof data35[i0] !== 'string') {
                                                              validate10.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/newOrderResponse/fills/' +
                                                                    i0,
                                                                  schemaPath:
                                                                    '#/properties/newOrderResponse/properties/fills/items/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'string' },
                                                                  message: 'must be string',
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                            var valid3 = _errs74 === errors;
                                                            if (!valid3) {
                                                              break;
                                                            }
                                                          }
                                                        } else {
                                                          validate10.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/newOrderResponse/fills',
                                                              schemaPath:
                                                                '#/properties/newOrderResponse/properties/fills/type',
                                                              keyword: 'type',
                                                              params: { type: 'array' },
                                                              message: 'must be array',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                      }
                                                      var valid2 = _errs72 === errors;
                                                    } else {
                                                      var valid2 = true;
                                                    }
                                                    if (valid2) {
                                                      if (
                                                        data19.selfTradePreventionMode !== undefined
                                                      ) {
                                                        const _errs76 = errors;
                                                        if (
                                                          typeof data19.selfTradePreventionMode !==
                                                          'string'
                                                        ) {
                                                          validate10.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/newOrderResponse/selfTradePreventionMode',
                                                              schemaPath:
                                                                '#/properties/newOrderResponse/properties/selfTradePreventionMode/type',
                                                              keyword: 'type',
                                                              params: { type: 'string' },
                                                              message: 'must be string',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        var valid2 = _errs76 === errors;
                                                      } else {
                                                        var valid2 = true;
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
                        instancePath: instancePath + '/newOrderResponse',
                        schemaPath: '#/properties/newOrderResponse/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs40 === errors;
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
