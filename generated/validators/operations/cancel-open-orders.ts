// Generated from spec/operations/cancel-open-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/cancel-open-orders.json',
  $comment:
    'Generated from spec/operations/cancel-open-orders.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Cancel All Open Orders on a Symbol (DELETE /api/v3/openOrders, openOrders.cancelAll)',
  description:
    'Cancels every open order of a symbol, order lists included; the answer lists what was canceled.',
  type: 'array',
  items: {
    description: 'One order list.',
    type: 'object',
    required: ['symbol', 'orderListId'],
    properties: {
      symbol: { description: 'Symbol.', type: 'string' },
      origClientOrderId: {
        description: 'Client order id the order had before this request.',
        type: 'string',
      },
      orderId: { description: 'Order id.', type: 'integer' },
      orderListId: { description: 'Order list id.', type: 'integer' },
      clientOrderId: { description: 'Client order id.', type: 'string' },
      transactTime: { description: 'When the request took effect.', type: 'integer' },
      price: {
        description: 'Limit price (0 when the order has none).',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      origQty: {
        description: 'Quantity ordered.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      executedQty: {
        description: 'Quantity filled so far.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      origQuoteOrderQty: {
        description: 'quoteOrderQty as sent (0 when not used).',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      cummulativeQuoteQty: {
        description: "Quote amount filled so far; Binance's spelling on the wire.",
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      status: {
        description:
          'Order status (NEW, PENDING_NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, EXPIRED_IN_MATCH, …).',
        type: 'string',
      },
      timeInForce: { description: 'Time in force (GTC, IOC or FOK).', type: 'string' },
      type: { description: 'Order type.', type: 'string' },
      side: { description: 'BUY or SELL.', type: 'string' },
      selfTradePreventionMode: { description: 'Self-trade prevention mode.', type: 'string' },
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
      orderReports: {
        description: 'Each order of the list, in the format newOrderRespType selects.',
        type: 'array',
        items: {
          description: 'One order.',
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
            origClientOrderId: {
              description: 'Client order id of the order before the cancel.',
              type: 'string',
            },
            orderId: { description: 'Order id.', type: 'integer' },
            orderListId: {
              description: 'Order list id; -1 unless the order is part of an order list.',
              type: 'integer',
            },
            clientOrderId: {
              description: 'Client order id the cancel gave the order.',
              type: 'string',
            },
            transactTime: { description: 'When the request took effect.', type: 'integer' },
            price: {
              description: 'Limit price (0 when the order has none).',
              type: 'string',
              pattern: '^-?[0-9]+(\\.[0-9]+)?$',
            },
            origQty: {
              description: 'Quantity ordered.',
              type: 'string',
              pattern: '^-?[0-9]+(\\.[0-9]+)?$',
            },
            executedQty: {
              description: 'Quantity filled so far.',
              type: 'string',
              pattern: '^-?[0-9]+(\\.[0-9]+)?$',
            },
            origQuoteOrderQty: {
              description: 'quoteOrderQty as sent (0 when not used).',
              type: 'string',
              pattern: '^-?[0-9]+(\\.[0-9]+)?$',
            },
            cummulativeQuoteQty: {
              description: "Quote amount filled so far; Binance's spelling on the wire.",
              type: 'string',
              pattern: '^-?[0-9]+(\\.[0-9]+)?$',
            },
            status: {
              description:
                'Order status (NEW, PENDING_NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, EXPIRED_IN_MATCH, …).',
              type: 'string',
            },
            timeInForce: { description: 'Time in force (GTC, IOC or FOK).', type: 'string' },
            type: { description: 'Order type.', type: 'string' },
            side: { description: 'BUY or SELL.', type: 'string' },
            stopPrice: {
              description: 'Trigger price, when the order has one.',
              type: 'string',
              pattern: '^-?[0-9]+(\\.[0-9]+)?$',
            },
            icebergQty: {
              description: 'Visible quantity, when the order is an iceberg.',
              type: 'string',
              pattern: '^-?[0-9]+(\\.[0-9]+)?$',
            },
            selfTradePreventionMode: { description: 'Self-trade prevention mode.', type: 'string' },
          },
        },
      },
    },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/cancel-open-orders.json" */ let vErrors =
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
              (data0.symbol === undefined && (missing0 = 'symbol')) ||
              (data0.orderListId === undefined && (missing0 = 'orderListId'))
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
              if (data0.symbol !== undefined) {
                const _errs4 = errors;
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
                var valid1 = _errs4 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data0.origClientOrderId !== undefined) {
                  const _errs6 = errors;
                  if (typeof data0.origClientOrderId !== 'string') {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/' + i0 + '/origClientOrderId',
                        schemaPath: '#/items/properties/origClientOrderId/type',
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
                  if (data0.orderId !== undefined) {
                    let data3 = data0.orderId;
                    const _errs8 = errors;
                    if (!(
                      typeof data3 == 'number' &&
                      !(data3 % 1) &&
                      !isNaN(data3) &&
                      isFinite(data3)
                    )) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/' + i0 + '/orderId',
                          schemaPath: '#/items/properties/orderId/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                        },
                      ];
                      return false;
                    }
                    var valid1 = _errs8 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.orderListId !== undefined) {
                      let data4 = data0.orderListId;
                      const _errs10 = errors;
                      if (!(
                        typeof data4 == 'number' &&
                        !(data4 % 1) &&
                        !isNaN(data4) &&
                        isFinite(data4)
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
                      var valid1 = _errs10 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.clientOrderId !== undefined) {
                        const _errs12 = errors;
                        if (typeof data0.clientOrderId !== 'string') {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/' + i0 + '/clientOrderId',
                              schemaPath: '#/items/properties/clientOrderId/type',
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
                        if (data0.transactTime !== undefined) {
                          let data6 = data0.transactTime;
                          const _errs14 = errors;
                          if (!(
                            typeof data6 == 'number' &&
                            !(data6 % 1) &&
                            !isNaN(data6) &&
                            isFinite(data6)
                          )) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/' + i0 + '/transactTime',
                                schemaPath: '#/items/properties/transactTime/type',
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
                          if (data0.price !== undefined) {
                            let data7 = data0.price;
                            const _errs16 = errors;
                            if (errors === _errs16) {
                              if (typeof data7 === 'string') {
                                if (!pattern0.test(data7)) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/' + i0 + '/price',
                                      schemaPath: '#/items/properties/price/pattern',
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
                                    instancePath: instancePath + '/' + i0 + '/price',
                                    schemaPath: '#/items/properties/price/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                            }
                            var valid1 = _errs16 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data0.origQty !== undefined) {
                              let data8 = data0.origQty;
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (typeof data8 === 'string') {
                                  if (!pattern0.test(data8)) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/' + i0 + '/origQty',
                                        schemaPath: '#/items/properties/origQty/pattern',
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
                                      instancePath: instancePath + '/' + i0 + '/origQty',
                                      schemaPath: '#/items/properties/origQty/type',
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
                              if (data0.executedQty !== undefined) {
                                let data9 = data0.executedQty;
                                const _errs20 = errors;
                                if (errors === _errs20) {
                                  if (typeof data9 === 'string') {
                                    if (!pattern0.test(data9)) {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/' + i0 + '/executedQty',
                                          schemaPath: '#/items/properties/executedQty/pattern',
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
                                        instancePath: instancePath + '/' + i0 + '/executedQty',
                                        schemaPath: '#/items/properties/executedQty/type',
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
                                if (data0.origQuoteOrderQty !== undefined) {
                                  let data10 = data0.origQuoteOrderQty;
                                  const _errs22 = errors;
                                  if (errors === _errs22) {
                                    if (typeof data10 === 'string') {
                                      if (!pattern0.test(data10)) {
                                        validate10.errors = [
                                          {
                                            instancePath:
                                              instancePath + '/' + i0 + '/origQuoteOrderQty',
                                            schemaPath:
                                              '#/items/properties/origQuoteOrderQty/pattern',
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
                                            instancePath + '/' + i0 + '/origQuoteOrderQty',
                                          schemaPath: '#/items/properties/origQuoteOrderQty/type',
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
                                  if (data0.cummulativeQuoteQty !== undefined) {
                                    let data11 = data0.cummulativeQuoteQty;
                                    const _errs24 = errors;
                                    if (errors === _errs24) {
                                      if (typeof data11 === 'string') {
                                        if (!pattern0.test(data11)) {
                                          validate10.errors = [
                                            {
                                              instancePath:
                                                instancePath + '/' + i0 + '/cummulativeQuoteQty',
                                              schemaPath:
                                                '#/items/properties/cummulativeQuoteQty/pattern',
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
                                              instancePath + '/' + i0 + '/cummulativeQuoteQty',
                                            schemaPath:
                                              '#/items/properties/cummulativeQuoteQty/type',
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
                                    if (data0.status !== undefined) {
                                      const _errs26 = errors;
                                      if (typeof data0.status !== 'string') {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/' + i0 + '/status',
                                            schemaPath: '#/items/properties/status/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid1 = _errs26 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                    if (valid1) {
                                      if (data0.timeInForce !== undefined) {
                                        const _errs28 = errors;
                                        if (typeof data0.timeInForce !== 'string') {
                                          validate10.errors = [
                                            {
                                              instancePath:
                                                instancePath + '/' + i0 + '/timeInForce',
                                              schemaPath: '#/items/properties/timeInForce/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid1 = _errs28 === errors;
                                      } else {
                                        var valid1 = true;
                                      }
                                      if (valid1) {
                                        if (data0.type !== undefined) {
                                          const _errs30 = errors;
                                          if (typeof data0.type !== 'string') {
                                            validate10.errors = [
                                              {
                                                instancePath: instancePath + '/' + i0 + '/type',
                                                schemaPath: '#/items/properties/type/type',
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
                                          if (data0.side !== undefined) {
                                            const _errs32 = errors;
                                            if (typeof data0.side !== 'string') {
                                              validate10.errors = [
                                                {
                                                  instancePath: instancePath + '/' + i0 + '/side',
                                                  schemaPath: '#/items/properties/side/type',
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
                                            if (data0.selfTradePreventionMode !== undefined) {
                                              const _errs34 = errors;
                                              if (
                                                typeof data0.selfTradePreventionMode !== 'string'
                                              ) {
                                                validate10.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath +
                                                      '/' +
                                                      i0 +
                                                      '/selfTradePreventionMode',
                                                    schemaPath:
                                                      '#/items/properties/selfTradePreventionMode/type',
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
                                              if (data0.contingencyType !== undefined) {
                                                const _errs36 = errors;
                                                if (typeof data0.contingencyType !== 'string') {
                                                  validate10.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath +
                                                        '/' +
                                                        i0 +
                                                        '/contingencyType',
                                                      schemaPath:
                                                        '#/items/properties/contingencyType/type',
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
                                                if (data0.listStatusType !== undefined) {
                                                  const _errs38 = errors;
                                                  if (typeof data0.listStatusType !== 'string') {
                                                    validate10.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath +
                                                          '/' +
                                                          i0 +
                                                          '/listStatusType',
                                                        schemaPath:
                                                          '#/items/properties/listStatusType/type',
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
                                                if (valid1) {
                                                  if (data0.listOrderStatus !== undefined) {
                                                    const _errs40 = errors;
                                                    if (typeof data0.listOrderStatus !== 'string') {
                                                      validate10.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            '/' +
                                                            i0 +
                                                            '/listOrderStatus',
                                                          schemaPath:
                                                            '#/items/properties/listOrderStatus/type',
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
                                                  if (valid1) {
                                                    if (data0.listClientOrderId !== undefined) {
                                                      const _errs42 = errors;
                                                      if (
                                                        typeof data0.listClientOrderId !== 'string'
                                                      ) {
                                                        validate10.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              '/' +
                                                              i0 +
                                                              '/listClientOrderId',
                                                            schemaPath:
                                                              '#/items/properties/listClientOrderId/type',
                                                            keyword: 'type',
                                                            params: { type: 'string' },
                                                            message: 'must be string',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                      var valid1 = _errs42 === errors;
                                                    } else {
                                                      var valid1 = true;
                                                    }
                                                    if (valid1) {
                                                      if (data0.transactionTime !== undefined) {
                                                        let data21 = data0.transactionTime;
                                                        const _errs44 = errors;
                                                        if (!(
                                                          typeof data21 == 'number' &&
                                                          !(data21 % 1) &&
                                                          !isNaN(data21) &&
                                                          isFinite(data21)
                                                        )) {
                                                          validate10.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/' +
                                                                i0 +
                                                                '/transactionTime',
                                                              schemaPath:
                                                                '#/items/properties/transactionTime/type',
                                                              keyword: 'type',
                                                              params: { type: 'integer' },
                                                              message: 'must be integer',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        var valid1 = _errs44 === errors;
                                                      } else {
                                                        var valid1 = true;
                                                      }
                                                      if (valid1) {
                                                        if (data0.orders !== undefined) {
                                                          let data22 = data0.orders;
                                                          const _errs46 = errors;
                                                          if (errors === _errs46) {
                                                            if (Array.isArray(data22)) {
                                                              var valid2 = true;
                                                              const len1 = data22.length;
                                                              for (let i1 = 0; i1 < len1; i1++) {
                                                                let data23 = data22[i1];
                                                                const _errs48 = errors;
                                                                if (errors === _errs48) {
                                                                  if (
                                                                    data23 &&
                                                                    typeof data23 == 'object' &&
                                                                    !Array.isArray(data23)
                                                                  ) {
                                                                    let missing1;
                                                                    if (
                                                                      (data23.symbol ===
                                                                        undefined &&
                                                                        (missing1 = 'symbol')) ||
                                                                      (data23.orderId ===
                                                                        undefined &&
                                                                        (missing1 = 'orderId')) ||
                                                                      (data23.clientOrderId ===
                                                                        undefined &&
                                                                        (missing1 =
                                                                          'clientOrderId'))
                                                                    ) {
                                                                      validate10.errors = [
                                                                        {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/' +
                                                                            i0 +
                                                                            '/orders/' +
                                                                            i1,
                                                                          schemaPath:
                                                                            '#/items/properties/orders/items/required',
                                                                          keyword: 'required',
                                                                          params: {
                                                                            missingProperty:
                                                                              missing1,
                                                                          },
                                                                          message:
                                                                            "must have required property '" +
                                                                            missing1 +
                                                                            "'",
                                                                        },
                                                                      ];
                                                                      return false;
                                                                    } else {
                                                                      if (
                                                                        data23.symbol !== undefined
                                                                      ) {
                                                                        const _errs50 = errors;
                                                                        if (
                                                                          typeof data23.symbol !==
                                                                          'string'
                                                                        ) {
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
                                                                              params: {
                                                                                type: 'string',
                                                                              },
                                                                              message:
                                                                                'must be string',
                                                                            },
                                                                          ];
                                                                          return false;
                                                                        }
                                                                        var valid3 =
                                                                          _errs50 === errors;
                                                                      } else {
                                                                        var valid3 = true;
                                                                      }
                                                                      if (valid3) {
                                                                        if (
                                                                          data23.orderId !==
                                                                          undefined
                                                                        ) {
                                                                          let data25 =
                                                                            data23.orderId;
                                                                          const _errs52 = errors;
                                                                          if (!(
                                                                            typeof data25 ==
                                                                              'number' &&
                                                                            !(data25 % 1) &&
                                                                            !isNaN(data25) &&
                                                                            isFinite(data25)
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
                                                                                params: {
                                                                                  type: 'integer',
                                                                                },
                                                                                message:
                                                                                  'must be integer',
                                                                              },
                                                                            ];
                                                                            return false;
                                                                          }
                                                                          var valid3 =
                                                                            _errs52 === errors;
                                                                        } else {
                                                                          var valid3 = true;
                                                                        }
                                                                        if (valid3) {
                                                                          if (
                                                                            data23.clientOrderId !==
                                                                            undefined
                                                                          ) {
                                                                            const _errs54 = errors;
                                                                            if (
                                                                              typeof data23.clientOrderId !==
                                                                              'string'
                                                                            ) {
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
                                                                                  params: {
                                                                                    type: 'string',
                                                                                  },
                                                                                  message:
                                                                                    'must be string',
                                                                                },
                                                                              ];
                                                                              return false;
                                                                            }
                                                                            var valid3 =
                                                                              _errs54 === errors;
                                                                          } else {
                                                                            var valid3 = true;
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate10.errors = [
                                                                      {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/' +
                                                                          i0 +
                                                                          '/orders/' +
                                                                          i1,
                                                                        schemaPath:
                                                                          '#/items/properties/orders/items/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'object' },
                                                                        message: 'must be object',
                                                                      },
                                                                    ];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid2 = _errs48 === errors;
                                                                if (!valid2) {
                                                                  break;
                                                                }
                                                              }
                                                            } else {
                                                              validate10.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/' +
                                                                    i0 +
                                                                    '/orders',
                                                                  schemaPath:
                                                                    '#/items/properties/orders/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'array' },
                                                                  message: 'must be array',
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                          }
                                                          var valid1 = _errs46 === errors;
                                                        } else {
                                                          var valid1 = true;
                                                        }
                                                        if (valid1) {
                                                          if (data0.orderReports !== undefined) {
                                                            let data27 = data0.orderReports;
                                                            const _errs56 = errors;
                                                            if (errors === _errs56) {
                                                              if (Array.isArray(data27)) {
                                                                var valid4 = true;
                                                                const len2 = data27.length;
                                                                for (let i2 = 0; i2 < len2; i2++) {
                                                                  let data28 = data27[i2];
                                                                  const _errs58 = errors;
                                                                  if (errors === _errs58) {
                                                                    if (
                                                                      data28 &&
                                                                      typeof data28 == 'object' &&
                                                                      !Array.isArray(data28)
                                                                    ) {
                                                                      let missing2;
                                                                      if (
                                                                        (data28.symbol ===
                                                                          undefined &&
                                                                          (missing2 = 'symbol')) ||
                                                                        (data28.origClientOrderId ===
                                                                          undefined &&
                                                                          (missing2 =
                                                                            'origClientOrderId')) ||
                                                                        (data28.orderId ===
                                                                          undefined &&
                                                                          (missing2 = 'orderId')) ||
                                                                        (data28.orderListId ===
                                                                          undefined &&
                                                                          (missing2 =
                                                                            'orderListId')) ||
                                                                        (data28.clientOrderId ===
                                                                          undefined &&
                                                                          (missing2 =
                                                                            'clientOrderId')) ||
                                                                        (data28.transactTime ===
                                                                          undefined &&
                                                                          (missing2 =
                                                                            'transactTime')) ||
                                                                        (data28.price ===
                                                                          undefined &&
                                                                          (missing2 = 'price')) ||
                                                                        (data28.origQty ===
                                                                          undefined &&
                                                                          (missing2 = 'origQty')) ||
                                                                        (data28.executedQty ===
                                                                          undefined &&
                                                                          (missing2 =
                                                                            'executedQty')) ||
                                                                        (data28.origQuoteOrderQty ===
                                                                          undefined &&
                                                                          (missing2 =
                                                                            'origQuoteOrderQty')) ||
                                                                        (data28.cummulativeQuoteQty ===
                                                                          undefined &&
                                                                          (missing2 =
                                                                            'cummulativeQuoteQty')) ||
                                                                        (data28.status ===
                                                                          undefined &&
                                                                          (missing2 = 'status')) ||
                                                                        (data28.timeInForce ===
                                                                          undefined &&
                                                                          (missing2 =
                                                                            'timeInForce')) ||
                                                                        (data28.type ===
                                                                          undefined &&
                                                                          (missing2 = 'type')) ||
                                                                        (data28.side ===
                                                                          undefined &&
                                                                          (missing2 = 'side')) ||
                                                                        (data28.selfTradePreventionMode ===
                                                                          undefined &&
                                                                          (missing2 =
                                                                            'selfTradePreventionMode'))
                                                                      ) {
                                                                        validate10.errors = [
                                                                          {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/' +
                                                                              i0 +
                                                                              '/orderReports/' +
                                                                              i2,
                                                                            schemaPath:
                                                                              '#/items/properties/orderReports/items/required',
                                                                            keyword: 'required',
                                                                            params: {
                                                                              missingProperty:
                                                                                missing2,
                                                                            },
                                                                            message:
                                                                              "must have required property '" +
                                                                              missing2 +
                                                                              "'",
                                                                          },
                                                                        ];
                                                                        return false;
                                                                      } else {
                                                                        if (
                                                                          data28.symbol !==
                                                                          undefined
                                                                        ) {
                                                                          const _errs60 = errors;
                                                                          if (
                                                                            typeof data28.symbol !==
                                                                            'string'
                                                                          ) {
                                                                            validate10.errors = [
                                                                              {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  '/' +
                                                                                  i0 +
                                                                                  '/orderReports/' +
                                                                                  i2 +
                                                                                  '/symbol',
                                                                                schemaPath:
                                                                                  '#/items/properties/orderReports/items/properties/symbol/type',
                                                                                keyword: 'type',
                                                                                params: {
                                                                                  type: 'string',
                                                                                },
                                                                                message:
                                                                                  'must be string',
                                                                              },
                                                                            ];
                                                                            return false;
                                                                          }
                                                                          var valid5 =
                                                                            _errs60 === errors;
                                                                        } else {
                                                                          var valid5 = true;
                                                                        }
                                                                        if (valid5) {
                                                                          if (
                                                                            data28.origClientOrderId !==
                                                                            undefined
                                                                          ) {
                                                                            const _errs62 = errors;
                                                                            if (
                                                                              typeof data28.origClientOrderId !==
                                                                              'string'
                                                                            ) {
                                                                              validate10.errors = [
                                                                                {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/' +
                                                                                    i0 +
                                                                                    '/orderReports/' +
                                                                                    i2 +
                                                                                    '/origClientOrderId',
                                                                                  schemaPath:
                                                                                    '#/items/properties/orderReports/items/properties/origClientOrderId/type',
                                                                                  keyword: 'type',
                                                                                  params: {
                                                                                    type: 'string',
                                                                                  },
                                                                                  message:
                                                                                    'must be string',
                                                                                },
                                                                              ];
                                                                              return false;
                                                                            }
                                                                            var valid5 =
                                                                              _errs62 === errors;
                                                                          } else {
                                                                            var valid5 = true;
                                                                          }
                                                                          if (valid5) {
                                                                            if (
                                                                              data28.orderId !==
                                                                              undefined
                                                                            ) {
                                                                              let data31 =
                                                                                data28.orderId;
                                                                              const _errs64 =
                                                                                errors;
                                                                              if (!(
                                                                                typeof data31 ==
                                                                                  'number' &&
                                                                                !(data31 % 1) &&
                                                                                !isNaN(data31) &&
                                                                                isFinite(data31)
                                                                              )) {
                                                                                validate10.errors =
                                                                                  [
                                                                                    {
                                                                                      instancePath:
                                                                                        instancePath +
                                                                                        '/' +
                                                                                        i0 +
                                                                                        '/orderReports/' +
                                                                                        i2 +
                                                                                        '/orderId',
                                                                                      schemaPath:
                                                                                        '#/items/properties/orderReports/items/properties/orderId/type',
                                                                                      keyword:
                                                                                        'type',
                                                                                      params: {
                                                                                        type: 'integer',
                                                                                      },
                                                                                      message:
                                                                                        'must be integer',
                                                                                    },
                                                                                  ];
                                                                                return false;
                                                                              }
                                                                              var valid5 =
                                                                                _errs64 === errors;
                                                                            } else {
                                                                              var valid5 = true;
                                                                            }
                                                                            if (valid5) {
                                                                              if (
                                                                                data28.orderListId !==
                                                                                undefined
                                                                              ) {
                                                                                let data32 =
                                                                                  data28.orderListId;
                                                                                const _errs66 =
                                                                                  errors;
                                                                                if (!(
                                                                                  typeof data32 ==
                                                                                    'number' &&
                                                                                  !(data32 % 1) &&
                                                                                  !isNaN(data32) &&
                                                                                  isFinite(data32)
                                                                                )) {
                                                                                  validate10.errors =
                                                                                    [
                                                                                      {
                                                                                        instancePath:
                                                                                          instancePath +
                                                                                          '/' +
                                                                                          i0 +
                                                                                          '/orderReports/' +
                                                                                          i2 +
                                                                                          '/orderListId',
                                                                                        schemaPath:
                                                                                          '#/items/properties/orderReports/items/properties/orderListId/type',
                                                                                        keyword:
                                                                                          'type',
                                                                                        params: {
                                                                                          type: 'integer',
                                                                                        },
                                                                                        message:
                                                                                          'must be integer',
                                                                                      },
                                                                                    ];
                                                                                  return false;
                                                                                }
                                                                                var valid5 =
                                                                                  _errs66 ===
                                                                                  errors;
                                                                              } else {
                                                                                var valid5 = true;
                                                                              }
                                                                              if (valid5) {
                                                                                if (
                                                                                  data28.clientOrderId !==
                                                                                  undefined
                                                                                ) {
                                                                                  const _errs68 =
                                                                                    errors;
                                                                                  if (
                                                                                    typeof data28.clientOrderId !==
                                                                                    'string'
                                                                                  ) {
                                                                                    validate10.errors =
                                                                                      [
                                                                                        {
                                                                                          instancePath:
                                                                                            instancePath +
                                                                                            '/' +
                                                                                            i0 +
                                                                                            '/orderReports/' +
                                                                                            i2 +
                                                                                            '/clientOrderId',
                                                                                          schemaPath:
                                                                                            '#/items/properties/orderReports/items/properties/clientOrderId/type',
                                                                                          keyword:
                                                                                            'type',
                                                                                          params: {
                                                                                            type: 'string',
                                                                                          },
                                                                                          message:
                                                                                            'must be string',
                                                                                        },
                                                                                      ];
                                                                                    return false;
                                                                                  }
                                                                                  var valid5 =
                                                                                    _errs68 ===
                                                                                    errors;
                                                                                } else {
                                                                                  var valid5 = true;
                                                                                }
                                                                                if (valid5) {
                                                                                  if (
                                                                                    data28.transactTime !==
                                                                                    undefined
                                                                                  ) {
                                                                                    let data34 =
                                                                                      data28.transactTime;
                                                                                    const _errs70 =
                                                                                      errors;
                                                                                    if (!(
                                                                                      typeof data34 ==
                                                                                        'number' &&
                                                                                      !(
                                                                                        data34 % 1
                                                                                      ) &&
                                                                                      !isNaN(
                                                                                        data34,
                                                                                      ) &&
                                                                                      isFinite(
                                                                                        data34,
                                                                                      )
                                                                                    )) {
                                                                                      validate10.errors =
                                                                                        [
                                                                                          {
                                                                                            instancePath:
                                                                                              instancePath +
                                                                                              '/' +
                                                                                              i0 +
                                                                                              '/orderReports/' +
                                                                                              i2 +
                                                                                              '/transactTime',
                                                                                            schemaPath:
                                                                                              '#/items/properties/orderReports/items/properties/transactTime/type',
                                                                                            keyword:
                                                                                              'type',
                                                                                            params:
                                                                                              {
                                                                                                type: 'integer',
                                                                                              },
                                                                                            message:
                                                                                              'must be integer',
                                                                                          },
                                                                                        ];
                                                                                      return false;
                                                                                    }
                                                                                    var valid5 =
                                                                                      _errs70 ===
                                                                                      errors;
                                                                                  } else {
                                                                                    var valid5 = true;
                                                                                  }
                                                                                  if (valid5) {
                                                                                    if (
                                                                                      data28.price !==
                                                                                      undefined
                                                                                    ) {
                                                                                      let data35 =
                                                                                        data28.price;
                                                                                      const _errs72 =
                                                                                        errors;
                                                                                      if (
                                                                                        errors ===
                                                                                        _errs72
                                                                                      ) {
                                                                                        if (
                                                                                          typeof data35 ===
                                                                                          'string'
                                                                                        ) {
                                                                                          if (
                                                                                            !pattern0.test(
                                                                                              data35,
                                                                                            )
                                                                                          ) {
                                                                                            validate10.errors =
                                                                                              [
                                                                                                {
                                                                                                  instancePath:
                                                                                                    instancePath +
                                                                                                    '/' +
                                                                                                    i0 +
                                                                                                    '/orderReports/' +
                                                                                                    i2 +
                                                                                                    '/price',
                                                                                                  schemaPath:
                                                                                                    '#/items/properties/orderReports/items/properties/price/pattern',
                                                                                                  keyword:
                                                                                                    'pattern',
                                                                                                  params:
                                                                                                    {
                                                                                                      pattern:
                                                                                                        '^-?[0-9]+(\\.[0-9]+)?$',
                                                                                                    },
                                                                                                  message:
                                                                                                    'must match pattern "' +
                                                                                                    '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                                                    '"',
                                                                                                },
                                                                                              ];
                                                                                            return false;
                                                                                          }
                                                                                        } else {
                                                                                          validate10.errors =
                                                                                            [
                                                                                              {
                                                                                                instancePath:
                                                                                                  instancePath +
                                                                                                  '/' +
                                                                                                  i0 +
                                                                                                  '/orderReports/' +
                                                                                                  i2 +
                                                                                                  '/price',
                                                                                                schemaPath:
                                                                                                  '#/items/properties/orderReports/items/properties/price/type',
                                                                                                keyword:
                                                                                                  'type',
                                                                                                params:
                                                                                                  {
                                                                                                    type: 'string',
                                                                                                  },
                                                                                                message:
                                                                                                  'must be string',
                                                                                              },
                                                                                            ];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                      var valid5 =
                                                                                        _errs72 ===
                                                                                        errors;
                                                                                    } else {
                                                                                      var valid5 = true;
                                                                                    }
                                                                                    if (valid5) {
                                                                                      if (
                                                                                        data28.origQty !==
                                                                                        undefined
                                                                                      ) {
                                                                                        let data36 =
                                                                                          data28.origQty;
                                                                                        const _errs74 =
                                                                                          errors;
                                                                                        if (
                                                                                          errors ===
                                                                                          _errs74
                                                                                        ) {
                                                                                          if (
                                                                                            typeof data36 ===
                                                                                            'string'
                                                                                          ) {
                                                                                            if (
                                                                                              !pattern0.test(
                                                                                                data36,
                                                                                              )
                                                                                            ) {
                                                                                              validate10.errors =
                                                                                                [
                                                                                                  {
                                                                                                    instancePath:
                                                                                                      instancePath +
                                                                                                      '/' +
                                                                                                      i0 +
                                                                                                      '/orderReports/' +
                                                                                                      i2 +
                                                                                                      '/origQty',
                                                                                                    schemaPath:
                                                                                                      '#/items/properties/orderReports/items/properties/origQty/pattern',
                                                                                                    keyword:
                                                                                                      'pattern',
                                                                                                    params:
                                                                                                      {
                                                                                                        pattern:
                                                                                                          '^-?[0-9]+(\\.[0-9]+)?$',
                                                                                                      },
                                                                                                    message:
                                                                                                      'must match pattern "' +
                                                                                                      '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                                                      '"',
                                                                                                  },
                                                                                                ];
                                                                                              return false;
                                                                                            }
                                                                                          } else {
                                                                                            validate10.errors =
                                                                                              [
                                                                                                {
                                                                                                  instancePath:
                                                                                                    instancePath +
                                                                                                    '/' +
                                                                                                    i0 +
                                                                                                    '/orderReports/' +
                                                                                                    i2 +
                                                                                                    '/origQty',
                                                                                                  schemaPath:
                                                                                                    '#/items/properties/orderReports/items/properties/origQty/type',
                                                                                                  keyword:
                                                                                                    'type',
                                                                                                  params:
                                                                                                    {
                                                                                                      type: 'string',
                                                                                                    },
                                                                                                  message:
                                                                                                    'must be string',
                                                                                                },
                                                                                              ];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                        var valid5 =
                                                                                          _errs74 ===
                                                                                          errors;
                                                                                      } else {
                                                                                        var valid5 = true;
                                                                                      }
                                                                                      if (valid5) {
                                                                                        if (
                                                                                          data28.executedQty !==
                                                                                          undefined
                                                                                        ) {
                                                                                          let data37 =
                                                                                            data28.executedQty;
                                                                                          const _errs76 =
                                                                                            errors;
                                                                                          if (
                                                                                            errors ===
                                                                                            _errs76
                                                                                          ) {
                                                                                            if (
                                                                                              typeof data37 ===
                                                                                              'string'
                                                                                            ) {
                                                                                              if (
                                                                                                !pattern0.test(
                                                                                                  data37,
                                                                                                )
                                                                                              ) {
                                                                                                validate10.errors =
                                                                                                  [
                                                                                                    {
                                                                                                      instancePath:
                                                                                                        instancePath +
                                                                                                        '/' +
                                                                                                        i0 +
                                                                                                        '/orderReports/' +
                                                                                                        i2 +
                                                                                                        '/executedQty',
                                                                                                      schemaPath:
                                                                                                        '#/items/properties/orderReports/items/properties/executedQty/pattern',
                                                                                                      keyword:
                                                                                                        'pattern',
                                                                                                      params:
                                                                                                        {
                                                                                                          pattern:
                                                                                                            '^-?[0-9]+(\\.[0-9]+)?$',
                                                                                                        },
                                                                                                      message:
                                                                                                        'must match pattern "' +
                                                                                                        '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                                                        '"',
                                                                                                    },
                                                                                                  ];
                                                                                                return false;
                                                                                              }
                                                                                            } else {
                                                                                              validate10.errors =
                                                                                                [
                                                                                                  {
                                                                                                    instancePath:
                                                                                                      instancePath +
                                                                                                      '/' +
                                                                                                      i0 +
                                                                                                      '/orderReports/' +
                                                                                                      i2 +
                                                                                                      '/executedQty',
                                                                                                    schemaPath:
                                                                                                      '#/items/properties/orderReports/items/properties/executedQty/type',
                                                                                                    keyword:
                                                                                                      'type',
                                                                                                    params:
                                                                                                      {
                                                                                                        type: 'string',
                                                                                                      },
                                                                                                    message:
                                                                                                      'must be string',
                                                                                                  },
                                                                                                ];
                                                                                              return false;
                                                                                            }
                                                                                          }
                                                                                          var valid5 =
                                                                                            _errs76 ===
                                                                                            errors;
                                                                                        } else {
                                                                                          var valid5 = true;
                                                                                        }
                                                                                        if (
                                                                                          valid5
                                                                                        ) {
                                                                                          if (
                                                                                            data28.origQuoteOrderQty !==
                                                                                            undefined
                                                                                          ) {
                                                                                            let data38 =
                                                                                              data28.origQuoteOrderQty;
                                                                                            const _errs78 =
                                                                                              errors;
                                                                                            if (
                                                                                              errors ===
                                                                                              _errs78
                                                                                            ) {
                                                                                              if (
                                                                                                typeof data38 ===
                                                                                                'string'
                                                                                              ) {
                                                                                                if (
                                                                                                  !pattern0.test(
                                                                                                    data38,
                                                                                                  )
                                                                                                ) {
                                                                                                  validate10.errors =
                                                                                                    [
                                                                                                      {
                                                                                                        instancePath:
                                                                                                          instancePath +
                                                                                                          '/' +
                                                                                                          i0 +
                                                                                                          '/orderReports/' +
                                                                                                          i2 +
                                                                                                          '/origQuoteOrderQty',
                                                                                                        schemaPath:
                                                                                                          '#/items/properties/orderReports/items/properties/origQuoteOrderQty/pattern',
                                                                                                        keyword:
                                                                                                          'pattern',
                                                                                                        params:
                                                                                                          {
                                                                                                            pattern:
                                                                                                              '^-?[0-9]+(\\.[0-9]+)?$',
                                                                                                          },
                                                                                                        message:
                                                                                                          'must match pattern "' +
                                                                                                          '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                                                          '"',
                                                                                                      },
                                                                                                    ];
                                                                                                  return false;
                                                                                                }
                                                                                              } else {
                                                                                                validate10.errors =
                                                                                                  [
                                                                                                    {
                                                                                                      instancePath:
                                                                                                        instancePath +
                                                                                                        '/' +
                                                                                                        i0 +
                                                                                                        '/orderReports/' +
                                                                                                        i2 +
                                                                                                        '/origQuoteOrderQty',
                                                                                                      schemaPath:
                                                                                                        '#/items/properties/orderReports/items/properties/origQuoteOrderQty/type',
                                                                                                      keyword:
                                                                                                        'type',
                                                                                                      params:
                                                                                                        {
                                                                                                          type: 'string',
                                                                                                        },
                                                                                                      message:
                                                                                                        'must be string',
                                                                                                    },
                                                                                                  ];
                                                                                                return false;
                                                                                              }
                                                                                            }
                                                                                            var valid5 =
                                                                                              _errs78 ===
                                                                                              errors;
                                                                                          } else {
                                                                                            var valid5 = true;
                                                                                          }
                                                                                          if (
                                                                                            valid5
                                                                                          ) {
                                                                                            if (
                                                                                              data28.cummulativeQuoteQty !==
                                                                                              undefined
                                                                                            ) {
                                                                                              let data39 =
                                                                                                data28.cummulativeQuoteQty;
                                                                                              const _errs80 =
                                                                                                errors;
                                                                                              if (
                                                                                                errors ===
                                                                                                _errs80
                                                                                              ) {
                                                                                                if (
                                                                                                  typeof data39 ===
                                                                                                  'string'
                                                                                                ) {
                                                                                                  if (
                                                                                                    !pattern0.test(
                                                                                                      data39,
                                                                                                    )
                                                                                                  ) {
                                                                                                    validate10.errors =
                                                                                                      [
                                                                                                        {
                                                                                                          instancePath:
                                                                                                            instancePath +
                                                                                                            '/' +
                                                                                                            i0 +
                                                                                                            '/orderReports/' +
                                                                                                            i2 +
                                                                                                            '/cummulativeQuoteQty',
                                                                                                          schemaPath:
                                                                                                            '#/items/properties/orderReports/items/properties/cummulativeQuoteQty/pattern',
                                                                                                          keyword:
                                                                                                            'pattern',
                                                                                                          params:
                                                                                                            {
                                                                                                              pattern:
                                                                                                                '^-?[0-9]+(\\.[0-9]+)?$',
                                                                                                            },
                                                                                                          message:
                                                                                                            'must match pattern "' +
                                                                                                            '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                                                            '"',
                                                                                                        },
                                                                                                      ];
                                                                                                    return false;
                                                                                                  }
                                                                                                } else {
                                                                                                  validate10.errors =
                                                                                                    [
                                                                                                      {
                                                                                                        instancePath:
                                                                                                          instancePath +
                                                                                                          '/' +
                                                                                                          i0 +
                                                                                                          '/orderReports/' +
                                                                                                          i2 +
                                                                                                          '/cummulativeQuoteQty',
                                                                                                        schemaPath:
                                                                                                          '#/items/properties/orderReports/items/properties/cummulativeQuoteQty/type',
                                                                                                        keyword:
                                                                                                          'type',
                                                                                                        params:
                                                                                                          {
                                                                                                            type: 'string',
                                                                                                          },
                                                                                                        message:
                                                                                                          'must be string',
                                                                                                      },
                                                                                                    ];
                                                                                                  return false;
                                                                                                }
                                                                                              }
                                                                                              var valid5 =
                                                                                                _errs80 ===
                                                                                                errors;
                                                                                            } else {
                                                                                              var valid5 = true;
                                                                                            }
                                                                                            if (
                                                                                              valid5
                                                                                            ) {
                                                                                              if (
                                                                                                data28.status !==
                                                                                                undefined
                                                                                              ) {
                                                                                                const _errs82 =
                                                                                                  errors;
                                                                                                if (
                                                                                                  typeof data28.status !==
                                                                                                  'string'
                                                                                                ) {
                                                                                                  validate10.errors =
                                                                                                    [
                                                                                                      {
                                                                                                        instancePath:
                                                                                                          instancePath +
                                                                                                          '/' +
                                                                                                          i0 +
                                                                                                          '/orderReports/' +
                                                                                                          i2 +
                                                                                                          '/status',
                                                                                                        schemaPath:
                                                                                                          '#/items/properties/orderReports/items/properties/status/type',
                                                                                                        keyword:
                                                                                                          'type',
                                                                                                        params:
                                                                                                          {
                                                                                                            type: 'string',
                                                                                                          },
                                                                                                        message:
                                                                                                          'must be string',
                                                                                                      },
                                                                                                    ];
                                                                                                  return false;
                                                                                                }
                                                                                                var valid5 =
                                                                                                  _errs82 ===
                                                                                                  errors;
                                                                                              } else {
                                                                                                var valid5 = true;
                                                                                              }
                                                                                              if (
                                                                                                valid5
                                                                                              ) {
                                                                                                if (
                                                                                                  data28.timeInForce !==
                                                                                                  undefined
                                                                                                ) {
                                                                                                  const _errs84 =
                                                                                                    errors;
                                                                                                  if (
                                                                                                    typeof data28.timeInForce !==
                                                                                                    'string'
                                                                                                  ) {
                                                                                                    validate10.errors =
                                                                                                      [
                                                                                                        {
                                                                                                          instancePath:
                                                                                                            instancePath +
                                                                                                            '/' +
                                                                                                            i0 +
                                                                                                            '/orderReports/' +
                                                                                                            i2 +
                                                                                                            '/timeInForce',
                                                                                                          schemaPath:
                                                                                                            '#/items/properties/orderReports/items/properties/timeInForce/type',
                                                                                                          keyword:
                                                                                                            'type',
                                                                                                          params:
                                                                                                            {
                                                                                                              type: 'string',
                                                                                                            },
                                                                                                          message:
                                                                                                            'must be string',
                                                                                                        },
                                                                                                      ];
                                                                                                    return false;
                                                                                                  }
                                                                                                  var valid5 =
                                                                                                    _errs84 ===
                                                                                                    errors;
                                                                                                } else {
                                                                                                  var valid5 = true;
                                                                                                }
                                                                                                if (
                                                                                                  valid5
                                                                                                ) {
                                                                                                  if (
                                                                                                    data28.type !==
                                                                                                    undefined
                                                                                                  ) {
                                                                                                    const _errs86 =
                                                                                                      errors;
                                                                                                    if (
                                                                                                      typeof data28.type !==
                                                                                                      'string'
                                                                                                    ) {
                                                                                                      validate10.errors =
                                                                                                        [
                                                                                                          {
                                                                                                            instancePath:
                                                                                                              instancePath +
                                                                                                              '/' +
                                                                                                              i0 +
                                                                                                              '/orderReports/' +
                                                                                                              i2 +
                                                                                                              '/type',
                                                                                                            schemaPath:
                                                                                                              '#/items/properties/orderReports/items/properties/type/type',
                                                                                                            keyword:
                                                                                                              'type',
                                                                                                            params:
                                                                                                              {
                                                                                                                type: 'string',
                                                                                                              },
                                                                                                            message:
                                                                                                              'must be string',
                                                                                                          },
                                                                                                        ];
                                                                                                      return false;
                                                                                                    }
                                                                                                    var valid5 =
                                                                                                      _errs86 ===
                                                                                                      errors;
                                                                                                  } else {
                                                                                                    var valid5 = true;
                                                                                                  }
                                                                                                  if (
                                                                                                    valid5
                                                                                                  ) {
                                                                                                    if (
                                                                                                      data28.side !==
                                                                                                      undefined
                                                                                                    ) {
                                                                                                      const _errs88 =
                                                                                                        errors;
                                                                                                      if (
                                                                                                        typeof data28.side !==
                                                                                                        'string'
                                                                                                      ) {
                                                                                                        validate10.errors =
                                                                                                          [
                                                                                                            {
                                                                                                              instancePath:
                                                                                                                instancePath +
                                                                                                                '/' +
                                                                                                                i0 +
                                                                                                                '/orderReports/' +
                                                                                                                i2 +
                                                                                                                '/side',
                                                                                                              schemaPath:
                                                                                                                '#/items/properties/orderReports/items/properties/side/type',
                                                                                                              keyword:
                                                                                                                'type',
                                                                                                              params:
                                                                                                                {
                                                                                                                  type: 'string',
                                                                                                                },
                                                                                                              message:
                                                                                                                'must be string',
                                                                                                            },
                                                                                                          ];
                                                                                                        return false;
                                                                                                      }
                                                                                                      var valid5 =
                                                                                                        _errs88 ===
                                                                                                        errors;
                                                                                                    } else {
                                                                                                      var valid5 = true;
                                                                                                    }
                                                                                                    if (
                                                                                                      valid5
                                                                                                    ) {
                                                                                                      if (
                                                                                                        data28.stopPrice !==
                                                                                                        undefined
                                                                                                      ) {
                                                                                                        let data44 =
                                                                                                          data28.stopPrice;
                                                                                                        const _errs90 =
                                                                                                          errors;
                                                                                                        if (
                                                                                                          errors ===
                                                                                                          _errs90
                                                                                                        ) {
                                                                                                          if (
                                                                                                            typeof data44 ===
                                                                                                            'string'
                                                                                                          ) {
                                                                                                            if (
                                                                                                              !pattern0.test(
                                                                                                                data44,
                                                                                                              )
                                                                                                            ) {
                                                                                                              validate10.errors =
                                                                                                                [
                                                                                                                  {
                                                                                                                    instancePath:
                                                                                                                      instancePath +
                                                                                                                      '/' +
                                                                                                                      i0 +
                                                                                                                      '/orderReports/' +
                                                                                                                      i2 +
                                                                                                                      '/stopPrice',
                                                                                                                    schemaPath:
                                                                                                                      '#/items/properties/orderReports/items/properties/stopPrice/pattern',
                                                                                                                    keyword:
                                                                                                                      'pattern',
                                                                                                                    params:
                                                                                                                      {
                                                                                                                        pattern:
                                                                                                                          '^-?[0-9]+(\\.[0-9]+)?$',
                                                                                                                      },
                                                                                                                    message:
                                                                                                                      'must match pattern "' +
                                                                                                                      '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                                                                      '"',
                                                                                                                  },
                                                                                                                ];
                                                                                                              return false;
                                                                                                            }
                                                                                                          } else {
                                                                                                            validate10.errors =
                                                                                                              [
                                                                                                                {
                                                                                                                  instancePath:
                                                                                                                    instancePath +
                                                                                                                    '/' +
                                                                                                                    i0 +
                                                                                                                    '/orderReports/' +
                                                                                                                    i2 +
                                                                                                                    '/stopPrice',
                                                                                                                  schemaPath:
                                                                                                                    '#/items/properties/orderReports/items/properties/stopPrice/type',
                                                                                                                  keyword:
                                                                                                                    'type',
                                                                                                                  params:
                                                                                                                    {
                                                                                                                      type: 'string',
                                                                                                                    },
                                                                                                                  message:
                                                                                                                    'must be string',
                                                                                                                },
                                                                                                              ];
                                                                                                            return false;
                                                                                                          }
                                                                                                        }
                                                                                                        var valid5 =
                                                                                                          _errs90 ===
                                                                                                          errors;
                                                                                                      } else {
                                                                                                        var valid5 = true;
                                                                                                      }
                                                                                                      if (
                                                                                                        valid5
                                                                                                      ) {
                                                                                                        if (
                                                                                                          data28.icebergQty !==
                                                                                                          undefined
                                                                                                        ) {
                                                                                                          let data45 =
                                                                                                            data28.icebergQty;
                                                                                                          const _errs92 =
                                                                                                            errors;
                                                                                                          if (
                                                                                                            errors ===
                                                                                                            _errs92
                                                                                                          ) {
                                                                                                            if (
                                                                                                              typeof data45 ===
                                                                                                              'string'
                                                                                                            ) {
                                                                                                              if (
                                                                                                                !pattern0.test(
                                                                                                                  data45,
                                                                                                                )
                                                                                                              ) {
                                                                                                                validate10.errors =
                                                                                                                  [
                                                                                                                    {
                                                                                                                      instancePath:
                                                                                                                        instancePath +
                                                                                                                        '/' +
                                                                                                                        i0 +
                                                                                                                        '/orderReports/' +
                                                                                                                        i2 +
                                                                                                                        '/icebergQty',
                                                                                                                      schemaPath:
                                                                                                                        '#/items/properties/orderReports/items/properties/icebergQty/pattern',
                                                                                                                      keyword:
                                                                                                                        'pattern',
                                                                                                                      params:
                                                                                                                        {
                                                                                                                          pattern:
                                                                                                                            '^-?[0-9]+(\\.[0-9]+)?$',
                                                                                                                        },
                                                                                                                      message:
                                                                                                                        'must match pattern "' +
                                                                                                                        '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                                                                        '"',
                                                                                                                    },
                                                                                                                  ];
                                                                                                                return false;
                                                                                                              }
                                                                                                            } else {
                                                                                                              validate10.errors =
                                                                                                                [
                                                                                                                  {
                                                                                                                    instancePath:
                                                                                                                      instancePath +
                                                                                                                      '/' +
                                                                                                                      i0 +
                                                                                                                      '/orderReports/' +
                                                                                                                      i2 +
                                                                                                                      '/icebergQty',
                                                                                                                    schemaPath:
                                                                                                                      '#/items/properties/orderReports/items/properties/icebergQty/type',
                                                                                                                    keyword:
                                                                                                                      'type',
                                                                                                                    params:
                                                                                                                      {
                                                                                                                        type: 'string',
                                                                                                                      },
                                                                                                                    message:
                                                                                                                      'must be string',
                                                                                                                  },
                                                                                                                ];
                                                                                                              return false;
                                                                                                            }
                                                                                                          }
                                                                                                          var valid5 =
                                                                                                            _errs92 ===
                                                                                                            errors;
                                                                                                        } else {
                                                                                                          var valid5 = true;
                                                                                                        }
                                                                                                        if (
                                                                                                          valid5
                                                                                                        ) {
                                                                                                          if (
                                                                                                            data28.selfTradePreventionMode !==
                                                                                                            undefined
                                                                                                          ) {
                                                                                                            const _errs94 =
                                                                                                              errors;
                                                                                                            if (
                                                                                                              typeof data28.selfTradePreventionMode !==
                                                                                                              'string'
                                                                                                            ) {
                                                                                                              validate10.errors =
                                                                                                                [
                                                                                                                  {
                                                                                                                    instancePath:
                                                                                                                      instancePath +
                                                                                                                      '/' +
                                                                                                                      i0 +
                                                                                                                      '/orderReports/' +
                                                                                                                      i2 +
                                                                                                                      '/selfTradePreventionMode',
                                                                                                                    schemaPath:
                                                                                                                      '#/items/properties/orderReports/items/properties/selfTradePreventionMode/type',
                                                                                                                    keyword:
                                                                                                                      'type',
                                                                                                                    params:
                                                                                                                      {
                                                                                                                        type: 'string',
                                                                                                                      },
                                                                                                                    message:
                                                                                                                      'must be string',
                                                                                                                  },
                                                                                                                ];
                                                                                                              return false;
                                                                                                            }
                                                                                                            var valid5 =
                                                                                                              _errs94 ===
                                                                                                              errors;
                                                                                                          } else {
                                                                                                            var valid5 = true;
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
                                                                      }
                                                                    } else {
                                                                      validate10.errors = [
                                                                        {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/' +
                                                                            i0 +
                                                                            '/orderReports/' +
                                                                            i2,
                                                                          schemaPath:
                                                                            '#/items/properties/orderReports/items/type',
                                                                          keyword: 'type',
                                                                          params: {
                                                                            type: 'object',
                                                                          },
                                                                          message: 'must be object',
                                                                        },
                                                                      ];
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid4 = _errs58 === errors;
                                                                  if (!valid4) {
                                                                    break;
                                                                  }
                                                                }
                                                              } else {
                                                                validate10.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/' +
                                                                      i0 +
                                                                      '/orderReports',
                                                                    schemaPath:
                                                                      '#/items/properties/orderReports/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'array' },
                                                                    message: 'must be array',
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                            }
                                                            var valid1 = _errs56 === errors;
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
