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
    transactTime: { description: 'When the amendment took effect.', type: 'integer' },
    executionId: { description: 'Execution id of the amendment.', type: 'integer' },
    amendedOrder: {
      description: 'The order after the amendment.',
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
        orderListId: {
          description: 'Order list id; -1 unless the order is part of an order list.',
          type: 'integer',
        },
        origClientOrderId: { description: 'Client order id before the amendment.', type: 'string' },
        clientOrderId: { description: 'Client order id after the amendment.', type: 'string' },
        price: {
          description: 'Limit price (0 when the order has none).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        qty: {
          description: 'Quantity after the amendment.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        executedQty: {
          description: 'Quantity filled so far.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        preventedQty: {
          description: 'Quantity self-trade prevention expired.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        quoteOrderQty: {
          description: 'quoteOrderQty as sent.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        cumulativeQuoteQty: {
          description: 'Quote amount filled so far.',
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
        workingTime: {
          description: 'When the order started working on the book; -1 while it is pending.',
          type: 'integer',
        },
        selfTradePreventionMode: { description: 'Self-trade prevention mode.', type: 'string' },
        icebergQty: {
          description: 'Visible quantity, when the order is an iceberg.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        preventedMatchId: {
          description: 'Id of the prevented match, when self-trade prevention expired the order.',
          type: 'integer',
        },
        preventedQuantity: {
          description: 'Quantity that self-trade prevention expired.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        stopPrice: {
          description: 'Trigger price, when the order has one.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        strategyId: {
          description: 'Strategy id, when the order was placed with one.',
          type: 'integer',
        },
        strategyType: {
          description: 'Strategy type, when the order was placed with one.',
          type: 'integer',
        },
        trailingDelta: {
          description: 'Trailing distance in basis points, for trailing stop orders.',
          type: 'integer',
        },
        trailingTime: {
          description: 'When the trailing stop started tracking the price; -1 until then.',
          type: 'integer',
        },
        usedSor: { description: 'Whether the order was placed through SOR.', type: 'boolean' },
        workingFloor: {
          description: 'Where the order is filled: EXCHANGE or SOR.',
          type: 'string',
        },
        pegPriceType: {
          description: 'Peg type of a pegged order (PRIMARY_PEG or MARKET_PEG).',
          type: 'string',
        },
        pegOffsetType: {
          description: 'Peg offset type of a pegged order (PRICE_LEVEL).',
          type: 'string',
        },
        pegOffsetValue: {
          description: 'Peg offset of a pegged order, in price levels.',
          type: 'integer',
        },
        peggedPrice: {
          description: 'Price a pegged order currently rests at.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        expiryReason: { description: 'Why the order expired, when it has.', type: 'string' },
      },
    },
    listStatus: {
      description: 'The order list of the order, when it belongs to one.',
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
        contingencyType: { description: 'Kind of order list (OCO or OTO).', type: 'string' },
        listOrderStatus: {
          description: 'Order status of the list (EXECUTING, ALL_DONE or REJECT).',
          type: 'string',
        },
        listClientOrderId: { description: 'Client id of the order list.', type: 'string' },
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
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
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
                                                    if (valid1) {
                                                      if (data2.icebergQty !== undefined) {
                                                        let data20 = data2.icebergQty;
                                                        const _errs42 = errors;
                                                        if (errors === _errs42) {
                                                          if (typeof data20 === 'string') {
                                                            if (!pattern0.test(data20)) {
                                                              validate10.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/amendedOrder/icebergQty',
                                                                  schemaPath:
                                                                    '#/properties/amendedOrder/properties/icebergQty/pattern',
                                                                  keyword: 'pattern',
                                                                  params: {
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
                                                            validate10.errors = [
                                                              {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/amendedOrder/icebergQty',
                                                                schemaPath:
                                                                  '#/properties/amendedOrder/properties/icebergQty/type',
                                                                keyword: 'type',
                                                                params: { type: 'string' },
                                                                message: 'must be string',
                                                              },
                                                            ];
                                                            return false;
                                                          }
                                                        }
                                                        var valid1 = _errs42 === errors;
                                                      } else {
                                                        var valid1 = true;
                                                      }
                                                      if (valid1) {
                                                        if (data2.preventedMatchId !== undefined) {
                                                          let data21 = data2.preventedMatchId;
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
                                                                  '/amendedOrder/preventedMatchId',
                                                                schemaPath:
                                                                  '#/properties/amendedOrder/properties/preventedMatchId/type',
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
                                                          if (
                                                            data2.preventedQuantity !== undefined
                                                          ) {
                                                            let data22 = data2.preventedQuantity;
                                                            const _errs46 = errors;
                                                            if (errors === _errs46) {
                                                              if (typeof data22 === 'string') {
                                                                if (!pattern0.test(data22)) {
                                                                  validate10.errors = [
                                                                    {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/amendedOrder/preventedQuantity',
                                                                      schemaPath:
                                                                        '#/properties/amendedOrder/properties/preventedQuantity/pattern',
                                                                      keyword: 'pattern',
                                                                      params: {
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
                                                                validate10.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/amendedOrder/preventedQuantity',
                                                                    schemaPath:
                                                                      '#/properties/amendedOrder/properties/preventedQuantity/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'string' },
                                                                    message: 'must be string',
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
                                                            if (data2.stopPrice !== undefined) {
                                                              let data23 = data2.stopPrice;
                                                              const _errs48 = errors;
                                                              if (errors === _errs48) {
                                                                if (typeof data23 === 'string') {
                                                                  if (!pattern0.test(data23)) {
                                                                    validate10.errors = [
                                                                      {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/amendedOrder/stopPrice',
                                                                        schemaPath:
                                                                          '#/properties/amendedOrder/properties/stopPrice/pattern',
                                                                        keyword: 'pattern',
                                                                        params: {
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
                                                                  validate10.errors = [
                                                                    {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/amendedOrder/stopPrice',
                                                                      schemaPath:
                                                                        '#/properties/amendedOrder/properties/stopPrice/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'string' },
                                                                      message: 'must be string',
                                                                    },
                                                                  ];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid1 = _errs48 === errors;
                                                            } else {
                                                              var valid1 = true;
                                                            }
                                                            if (valid1) {
                                                              if (data2.strategyId !== undefined) {
                                                                let data24 = data2.strategyId;
                                                                const _errs50 = errors;
                                                                if (!(
                                                                  typeof data24 == 'number' &&
                                                                  !(data24 % 1) &&
                                                                  !isNaN(data24) &&
                                                                  isFinite(data24)
                                                                )) {
                                                                  validate10.errors = [
                                                                    {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/amendedOrder/strategyId',
                                                                      schemaPath:
                                                                        '#/properties/amendedOrder/properties/strategyId/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'integer' },
                                                                      message: 'must be integer',
                                                                    },
                                                                  ];
                                                                  return false;
                                                                }
                                                                var valid1 = _errs50 === errors;
                                                              } else {
                                                                var valid1 = true;
                                                              }
                                                              if (valid1) {
                                                                if (
                                                                  data2.strategyType !== undefined
                                                                ) {
                                                                  let data25 = data2.strategyType;
                                                                  const _errs52 = errors;
                                                                  if (!(
                                                                    typeof data25 == 'number' &&
                                                                    !(data25 % 1) &&
                                                                    !isNaN(data25) &&
                                                                    isFinite(data25)
                                                                  )) {
                                                                    validate10.errors = [
                                                                      {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/amendedOrder/strategyType',
                                                                        schemaPath:
                                                                          '#/properties/amendedOrder/properties/strategyType/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'integer' },
                                                                        message: 'must be integer',
                                                                      },
                                                                    ];
                                                                    return false;
                                                                  }
                                                                  var valid1 = _errs52 === errors;
                                                                } else {
                                                                  var valid1 = true;
                                                                }
                                                                if (valid1) {
                                                                  if (
                                                                    data2.trailingDelta !==
                                                                    undefined
                                                                  ) {
                                                                    let data26 =
                                                                      data2.trailingDelta;
                                                                    const _errs54 = errors;
                                                                    if (!(
                                                                      typeof data26 == 'number' &&
                                                                      !(data26 % 1) &&
                                                                      !isNaN(data26) &&
                                                                      isFinite(data26)
                                                                    )) {
                                                                      validate10.errors = [
                                                                        {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/amendedOrder/trailingDelta',
                                                                          schemaPath:
                                                                            '#/properties/amendedOrder/properties/trailingDelta/type',
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
                                                                    var valid1 = _errs54 === errors;
                                                                  } else {
                                                                    var valid1 = true;
                                                                  }
                                                                  if (valid1) {
                                                                    if (
                                                                      data2.trailingTime !==
                                                                      undefined
                                                                    ) {
                                                                      let data27 =
                                                                        data2.trailingTime;
                                                                      const _errs56 = errors;
                                                                      if (!(
                                                                        typeof data27 == 'number' &&
                                                                        !(data27 % 1) &&
                                                                        !isNaN(data27) &&
                                                                        isFinite(data27)
                                                                      )) {
                                                                        validate10.errors = [
                                                                          {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/amendedOrder/trailingTime',
                                                                            schemaPath:
                                                                              '#/properties/amendedOrder/properties/trailingTime/type',
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
                                                                      var valid1 =
                                                                        _errs56 === errors;
                                                                    } else {
                                                                      var valid1 = true;
                                                                    }
                                                                    if (valid1) {
                                                                      if (
                                                                        data2.usedSor !== undefined
                                                                      ) {
                                                                        const _errs58 = errors;
                                                                        if (
                                                                          typeof data2.usedSor !==
                                                                          'boolean'
                                                                        ) {
                                                                          validate10.errors = [
                                                                            {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/amendedOrder/usedSor',
                                                                              schemaPath:
                                                                                '#/properties/amendedOrder/properties/usedSor/type',
                                                                              keyword: 'type',
                                                                              params: {
                                                                                type: 'boolean',
                                                                              },
                                                                              message:
                                                                                'must be boolean',
                                                                            },
                                                                          ];
                                                                          return false;
                                                                        }
                                                                        var valid1 =
                                                                          _errs58 === errors;
                                                                      } else {
                                                                        var valid1 = true;
                                                                      }
                                                                      if (valid1) {
                                                                        if (
                                                                          data2.workingFloor !==
                                                                          undefined
                                                                        ) {
                                                                          const _errs60 = errors;
                                                                          if (
                                                                            typeof data2.workingFloor !==
                                                                            'string'
                                                                          ) {
                                                                            validate10.errors = [
                                                                              {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  '/amendedOrder/workingFloor',
                                                                                schemaPath:
                                                                                  '#/properties/amendedOrder/properties/workingFloor/type',
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
                                                                          var valid1 =
                                                                            _errs60 === errors;
                                                                        } else {
                                                                          var valid1 = true;
                                                                        }
                                                                        if (valid1) {
                                                                          if (
                                                                            data2.pegPriceType !==
                                                                            undefined
                                                                          ) {
                                                                            const _errs62 = errors;
                                                                            if (
                                                                              typeof data2.pegPriceType !==
                                                                              'string'
                                                                            ) {
                                                                              validate10.errors = [
                                                                                {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/amendedOrder/pegPriceType',
                                                                                  schemaPath:
                                                                                    '#/properties/amendedOrder/properties/pegPriceType/type',
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
                                                                            var valid1 =
                                                                              _errs62 === errors;
                                                                          } else {
                                                                            var valid1 = true;
                                                                          }
                                                                          if (valid1) {
                                                                            if (
                                                                              data2.pegOffsetType !==
                                                                              undefined
                                                                            ) {
                                                                              const _errs64 =
                                                                                errors;
                                                                              if (
                                                                                typeof data2.pegOffsetType !==
                                                                                'string'
                                                                              ) {
                                                                                validate10.errors =
                                                                                  [
                                                                                    {
                                                                                      instancePath:
                                                                                        instancePath +
                                                                                        '/amendedOrder/pegOffsetType',
                                                                                      schemaPath:
                                                                                        '#/properties/amendedOrder/properties/pegOffsetType/type',
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
                                                                              var valid1 =
                                                                                _errs64 === errors;
                                                                            } else {
                                                                              var valid1 = true;
                                                                            }
                                                                            if (valid1) {
                                                                              if (
                                                                                data2.pegOffsetValue !==
                                                                                undefined
                                                                              ) {
                                                                                let data32 =
                                                                                  data2.pegOffsetValue;
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
                                                                                          '/amendedOrder/pegOffsetValue',
                                                                                        schemaPath:
                                                                                          '#/properties/amendedOrder/properties/pegOffsetValue/type',
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
                                                                                var valid1 =
                                                                                  _errs66 ===
                                                                                  errors;
                                                                              } else {
                                                                                var valid1 = true;
                                                                              }
                                                                              if (valid1) {
                                                                                if (
                                                                                  data2.peggedPrice !==
                                                                                  undefined
                                                                                ) {
                                                                                  let data33 =
                                                                                    data2.peggedPrice;
                                                                                  const _errs68 =
                                                                                    errors;
                                                                                  if (
                                                                                    errors ===
                                                                                    _errs68
                                                                                  ) {
                                                                                    if (
                                                                                      typeof data33 ===
                                                                                      'string'
                                                                                    ) {
                                                                                      if (
                                                                                        !pattern0.test(
                                                                                          data33,
                                                                                        )
                                                                                      ) {
                                                                                        validate10.errors =
                                                                                          [
                                                                                            {
                                                                                              instancePath:
                                                                                                instancePath +
                                                                                                '/amendedOrder/peggedPrice',
                                                                                              schemaPath:
                                                                                                '#/properties/amendedOrder/properties/peggedPrice/pattern',
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
                                                                                              '/amendedOrder/peggedPrice',
                                                                                            schemaPath:
                                                                                              '#/properties/amendedOrder/properties/peggedPrice/type',
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
                                                                                  var valid1 =
                                                                                    _errs68 ===
                                                                                    errors;
                                                                                } else {
                                                                                  var valid1 = true;
                                                                                }
                                                                                if (valid1) {
                                                                                  if (
                                                                                    data2.expiryReason !==
                                                                                    undefined
                                                                                  ) {
                                                                                    const _errs70 =
                                                                                      errors;
                                                                                    if (
                                                                                      typeof data2.expiryReason !==
                                                                                      'string'
                                                                                    ) {
                                                                                      validate10.errors =
                                                                                        [
                                                                                          {
                                                                                            instancePath:
                                                                                              instancePath +
                                                                                              '/amendedOrder/expiryReason',
                                                                                            schemaPath:
                                                                                              '#/properties/amendedOrder/properties/expiryReason/type',
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
                                                                                    var valid1 =
                                                                                      _errs70 ===
                                                                                      errors;
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
                let data35 = data.listStatus;
                const _errs72 = errors;
                if (errors === _errs72) {
                  if (data35 && typeof data35 == 'object' && !Array.isArray(data35)) {
                    let missing2;
                    if (
                      (data35.orderListId === undefined && (missing2 = 'orderListId')) ||
                      (data35.contingencyType === undefined && (missing2 = 'contingencyType')) ||
                      (data35.listOrderStatus === undefined && (missing2 = 'listOrderStatus')) ||
                      (data35.listClientOrderId === undefined &&
                        (missing2 = 'listClientOrderId')) ||
                      (data35.symbol === undefined && (missing2 = 'symbol')) ||
                      (data35.orders === undefined && (missing2 = 'orders'))
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
                      if (data35.orderListId !== undefined) {
                        let data36 = data35.orderListId;
                        const _errs74 = errors;
                        if (!(
                          typeof data36 == 'number' &&
                          !(data36 % 1) &&
                          !isNaN(data36) &&
                          isFinite(data36)
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
                        var valid2 = _errs74 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data35.contingencyType !== undefined) {
                          const _errs76 = errors;
                          if (typeof data35.contingencyType !== 'string') {
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
                          var valid2 = _errs76 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data35.listOrderStatus !== undefined) {
                            const _errs78 = errors;
                            if (typeof data35.listOrderStatus !== 'string') {
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
                            var valid2 = _errs78 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data35.listClientOrderId !== undefined) {
                              const _errs80 = errors;
                              if (typeof data35.listClientOrderId !== 'string') {
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
                              var valid2 = _errs80 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data35.symbol !== undefined) {
                                const _errs82 = errors;
                                if (typeof data35.symbol !== 'string') {
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
                                var valid2 = _errs82 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data35.orders !== undefined) {
                                  let data41 = data35.orders;
                                  const _errs84 = errors;
                                  if (errors === _errs84) {
                                    if (Array.isArray(data41)) {
                                      var valid3 = true;
                                      const len0 = data41.length;
                                      for (let i0 = 0; i0 < len0; i0++) {
                                        let data42 = data41[i0];
                                        const _errs86 = errors;
                                        if (errors === _errs86) {
                                          if (
                                            data42 &&
                                            typeof data42 == 'object' &&
                                            !Array.isArray(data42)
                                          ) {
                                            let missing3;
                                            if (
                                              (data42.symbol === undefined &&
                                                (missing3 = 'symbol')) ||
                                              (data42.orderId === undefined &&
                                                (missing3 = 'orderId')) ||
                                              (data42.clientOrderId === undefined &&
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
                                              if (data42.symbol !== undefined) {
                                                const _errs88 = errors;
                                                if (typeof data42.symbol !== 'string') {
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
                                                var valid4 = _errs88 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                              if (valid4) {
                                                if (data42.orderId !== undefined) {
                                                  let data44 = data42.orderId;
                                                  const _errs90 = errors;
                                                  if (!(
                                                    typeof data44 == 'number' &&
                                                    !(data44 % 1) &&
                                                    !isNaN(data44) &&
                                                    isFinite(data44)
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
                                                  var valid4 = _errs90 === errors;
                                                } else {
                                                  var valid4 = true;
                                                }
                                                if (valid4) {
                                                  if (data42.clientOrderId !== undefined) {
                                                    const _errs92 = errors;
                                                    if (typeof data42.clientOrderId !== 'string') {
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
                                                    var valid4 = _errs92 === errors;
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
                                        var valid3 = _errs86 === errors;
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
                                  var valid2 = _errs84 === errors;
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
                var valid0 = _errs72 === errors;
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
