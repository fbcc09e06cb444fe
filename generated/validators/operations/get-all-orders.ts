// Generated from spec/operations/get-all-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-all-orders.json',
  $comment:
    'Generated from spec/operations/get-all-orders.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'All orders (GET /api/v3/allOrders, allOrders)',
  description: 'Orders of a symbol, open or not, from an order id or in a time range.',
  type: 'array',
  items: {
    description: 'One order.',
    type: 'object',
    required: [
      'symbol',
      'orderId',
      'orderListId',
      'clientOrderId',
      'price',
      'origQty',
      'executedQty',
      'cummulativeQuoteQty',
      'status',
      'timeInForce',
      'type',
      'side',
      'time',
      'updateTime',
      'isWorking',
      'origQuoteOrderQty',
      'workingTime',
      'selfTradePreventionMode',
    ],
    properties: {
      symbol: { description: 'Symbol.', type: 'string' },
      orderId: { description: 'Order id.', type: 'integer' },
      orderListId: {
        description: 'Order list id; -1 unless the order is part of an order list.',
        type: 'integer',
      },
      clientOrderId: { description: 'Client order id.', type: 'string' },
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
      time: { description: 'When the order was placed.', type: 'integer' },
      updateTime: { description: 'Last change of the order.', type: 'integer' },
      isWorking: {
        description: 'Whether the order is on the book (or its trigger is armed).',
        type: 'boolean',
      },
      origQuoteOrderQty: {
        description: 'quoteOrderQty as sent (0 when not used).',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      workingTime: {
        description: 'When the order started working on the book; -1 while it is pending.',
        type: 'integer',
      },
      selfTradePreventionMode: { description: 'Self-trade prevention mode.', type: 'string' },
      preventedMatchId: {
        description: 'Id of the prevented match, when self-trade prevention expired the order.',
        type: 'integer',
      },
      preventedQuantity: {
        description: 'Quantity that self-trade prevention expired.',
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
      workingFloor: { description: 'Where the order is filled: EXCHANGE or SOR.', type: 'string' },
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
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-all-orders.json" */ let vErrors =
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
              (data0.orderId === undefined && (missing0 = 'orderId')) ||
              (data0.orderListId === undefined && (missing0 = 'orderListId')) ||
              (data0.clientOrderId === undefined && (missing0 = 'clientOrderId')) ||
              (data0.price === undefined && (missing0 = 'price')) ||
              (data0.origQty === undefined && (missing0 = 'origQty')) ||
              (data0.executedQty === undefined && (missing0 = 'executedQty')) ||
              (data0.cummulativeQuoteQty === undefined && (missing0 = 'cummulativeQuoteQty')) ||
              (data0.status === undefined && (missing0 = 'status')) ||
              (data0.timeInForce === undefined && (missing0 = 'timeInForce')) ||
              (data0.type === undefined && (missing0 = 'type')) ||
              (data0.side === undefined && (missing0 = 'side')) ||
              (data0.time === undefined && (missing0 = 'time')) ||
              (data0.updateTime === undefined && (missing0 = 'updateTime')) ||
              (data0.isWorking === undefined && (missing0 = 'isWorking')) ||
              (data0.origQuoteOrderQty === undefined && (missing0 = 'origQuoteOrderQty')) ||
              (data0.workingTime === undefined && (missing0 = 'workingTime')) ||
              (data0.selfTradePreventionMode === undefined &&
                (missing0 = 'selfTradePreventionMode'))
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
                if (data0.orderId !== undefined) {
                  let data2 = data0.orderId;
                  const _errs6 = errors;
                  if (!(
                    typeof data2 == 'number' &&
                    !(data2 % 1) &&
                    !isNaN(data2) &&
                    isFinite(data2)
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
                  var valid1 = _errs6 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.orderListId !== undefined) {
                    let data3 = data0.orderListId;
                    const _errs8 = errors;
                    if (!(
                      typeof data3 == 'number' &&
                      !(data3 % 1) &&
                      !isNaN(data3) &&
                      isFinite(data3)
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
                    var valid1 = _errs8 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.clientOrderId !== undefined) {
                      const _errs10 = errors;
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
                      var valid1 = _errs10 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.price !== undefined) {
                        let data5 = data0.price;
                        const _errs12 = errors;
                        if (errors === _errs12) {
                          if (typeof data5 === 'string') {
                            if (!pattern0.test(data5)) {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/' + i0 + '/price',
                                  schemaPath: '#/items/properties/price/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
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
                        var valid1 = _errs12 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data0.origQty !== undefined) {
                          let data6 = data0.origQty;
                          const _errs14 = errors;
                          if (errors === _errs14) {
                            if (typeof data6 === 'string') {
                              if (!pattern0.test(data6)) {
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
                          var valid1 = _errs14 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data0.executedQty !== undefined) {
                            let data7 = data0.executedQty;
                            const _errs16 = errors;
                            if (errors === _errs16) {
                              if (typeof data7 === 'string') {
                                if (!pattern0.test(data7)) {
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
                            var valid1 = _errs16 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data0.cummulativeQuoteQty !== undefined) {
                              let data8 = data0.cummulativeQuoteQty;
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (typeof data8 === 'string') {
                                  if (!pattern0.test(data8)) {
                                    validate10.errors = [
                                      {
                                        instancePath:
                                          instancePath + '/' + i0 + '/cummulativeQuoteQty',
                                        schemaPath:
                                          '#/items/properties/cummulativeQuoteQty/pattern',
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
                                      instancePath:
                                        instancePath + '/' + i0 + '/cummulativeQuoteQty',
                                      schemaPath: '#/items/properties/cummulativeQuoteQty/type',
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
                              if (data0.status !== undefined) {
                                const _errs20 = errors;
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
                                var valid1 = _errs20 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data0.timeInForce !== undefined) {
                                  const _errs22 = errors;
                                  if (typeof data0.timeInForce !== 'string') {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/' + i0 + '/timeInForce',
                                        schemaPath: '#/items/properties/timeInForce/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid1 = _errs22 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data0.type !== undefined) {
                                    const _errs24 = errors;
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
                                    var valid1 = _errs24 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    if (data0.side !== undefined) {
                                      const _errs26 = errors;
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
                                      var valid1 = _errs26 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                    if (valid1) {
                                      if (data0.stopPrice !== undefined) {
                                        let data13 = data0.stopPrice;
                                        const _errs28 = errors;
                                        if (errors === _errs28) {
                                          if (typeof data13 === 'string') {
                                            if (!pattern0.test(data13)) {
                                              validate10.errors = [
                                                {
                                                  instancePath:
                                                    instancePath + '/' + i0 + '/stopPrice',
                                                  schemaPath:
                                                    '#/items/properties/stopPrice/pattern',
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
                                                  instancePath + '/' + i0 + '/stopPrice',
                                                schemaPath: '#/items/properties/stopPrice/type',
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
                                        if (data0.icebergQty !== undefined) {
                                          let data14 = data0.icebergQty;
                                          const _errs30 = errors;
                                          if (errors === _errs30) {
                                            if (typeof data14 === 'string') {
                                              if (!pattern0.test(data14)) {
                                                validate10.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath + '/' + i0 + '/icebergQty',
                                                    schemaPath:
                                                      '#/items/properties/icebergQty/pattern',
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
                                                    instancePath + '/' + i0 + '/icebergQty',
                                                  schemaPath: '#/items/properties/icebergQty/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                },
                                              ];
                                              return false;
                                            }
                                          }
                                          var valid1 = _errs30 === errors;
                                        } else {
                                          var valid1 = true;
                                        }
                                        if (valid1) {
                                          if (data0.time !== undefined) {
                                            let data15 = data0.time;
                                            const _errs32 = errors;
                                            if (!(
                                              typeof data15 == 'number' &&
                                              !(data15 % 1) &&
                                              !isNaN(data15) &&
                                              isFinite(data15)
                                            )) {
                                              validate10.errors = [
                                                {
                                                  instancePath: instancePath + '/' + i0 + '/time',
                                                  schemaPath: '#/items/properties/time/type',
                                                  keyword: 'type',
                                                  params: { type: 'integer' },
                                                  message: 'must be integer',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid1 = _errs32 === errors;
                                          } else {
                                            var valid1 = true;
                                          }
                                          if (valid1) {
                                            if (data0.updateTime !== undefined) {
                                              let data16 = data0.updateTime;
                                              const _errs34 = errors;
                                              if (!(
                                                typeof data16 == 'number' &&
                                                !(data16 % 1) &&
                                                !isNaN(data16) &&
                                                isFinite(data16)
                                              )) {
                                                validate10.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath + '/' + i0 + '/updateTime',
                                                    schemaPath:
                                                      '#/items/properties/updateTime/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid1 = _errs34 === errors;
                                            } else {
                                              var valid1 = true;
                                            }
                                            if (valid1) {
                                              if (data0.isWorking !== undefined) {
                                                const _errs36 = errors;
                                                if (typeof data0.isWorking !== 'boolean') {
                                                  validate10.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath + '/' + i0 + '/isWorking',
                                                      schemaPath:
                                                        '#/items/properties/isWorking/type',
                                                      keyword: 'type',
                                                      params: { type: 'boolean' },
                                                      message: 'must be boolean',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid1 = _errs36 === errors;
                                              } else {
                                                var valid1 = true;
                                              }
                                              if (valid1) {
                                                if (data0.origQuoteOrderQty !== undefined) {
                                                  let data18 = data0.origQuoteOrderQty;
                                                  const _errs38 = errors;
                                                  if (errors === _errs38) {
                                                    if (typeof data18 === 'string') {
                                                      if (!pattern0.test(data18)) {
                                                        validate10.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              '/' +
                                                              i0 +
                                                              '/origQuoteOrderQty',
                                                            schemaPath:
                                                              '#/items/properties/origQuoteOrderQty/pattern',
                                                            keyword: 'pattern',
                                                            params: {
                                                              pattern: '^-?[0-9]+(\\.[0-9]+)?$',
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
                                                            '/' +
                                                            i0 +
                                                            '/origQuoteOrderQty',
                                                          schemaPath:
                                                            '#/items/properties/origQuoteOrderQty/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                  }
                                                  var valid1 = _errs38 === errors;
                                                } else {
                                                  var valid1 = true;
                                                }
                                                if (valid1) {
                                                  if (data0.workingTime !== undefined) {
                                                    let data19 = data0.workingTime;
                                                    const _errs40 = errors;
                                                    if (!(
                                                      typeof data19 == 'number' &&
                                                      !(data19 % 1) &&
                                                      !isNaN(data19) &&
                                                      isFinite(data19)
                                                    )) {
                                                      validate10.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            '/' +
                                                            i0 +
                                                            '/workingTime',
                                                          schemaPath:
                                                            '#/items/properties/workingTime/type',
                                                          keyword: 'type',
                                                          params: { type: 'integer' },
                                                          message: 'must be integer',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                    var valid1 = _errs40 === errors;
                                                  } else {
                                                    var valid1 = true;
                                                  }
                                                  if (valid1) {
                                                    if (
                                                      data0.selfTradePreventionMode !== undefined
                                                    ) {
                                                      const _errs42 = errors;
                                                      if (
                                                        typeof data0.selfTradePreventionMode !==
                                                        'string'
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
                                                      var valid1 = _errs42 === errors;
                                                    } else {
                                                      var valid1 = true;
                                                    }
                                                    if (valid1) {
                                                      if (data0.preventedMatchId !== undefined) {
                                                        let data21 = data0.preventedMatchId;
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
                                                                '/preventedMatchId',
                                                              schemaPath:
                                                                '#/items/properties/preventedMatchId/type',
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
                                                        if (data0.preventedQuantity !== undefined) {
                                                          let data22 = data0.preventedQuantity;
                                                          const _errs46 = errors;
                                                          if (errors === _errs46) {
                                                            if (typeof data22 === 'string') {
                                                              if (!pattern0.test(data22)) {
                                                                validate10.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/' +
                                                                      i0 +
                                                                      '/preventedQuantity',
                                                                    schemaPath:
                                                                      '#/items/properties/preventedQuantity/pattern',
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
                                                                    '/' +
                                                                    i0 +
                                                                    '/preventedQuantity',
                                                                  schemaPath:
                                                                    '#/items/properties/preventedQuantity/type',
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
                                                          if (data0.strategyId !== undefined) {
                                                            let data23 = data0.strategyId;
                                                            const _errs48 = errors;
                                                            if (!(
                                                              typeof data23 == 'number' &&
                                                              !(data23 % 1) &&
                                                              !isNaN(data23) &&
                                                              isFinite(data23)
                                                            )) {
                                                              validate10.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/' +
                                                                    i0 +
                                                                    '/strategyId',
                                                                  schemaPath:
                                                                    '#/items/properties/strategyId/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'integer' },
                                                                  message: 'must be integer',
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                            var valid1 = _errs48 === errors;
                                                          } else {
                                                            var valid1 = true;
                                                          }
                                                          if (valid1) {
                                                            if (data0.strategyType !== undefined) {
                                                              let data24 = data0.strategyType;
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
                                                                      '/' +
                                                                      i0 +
                                                                      '/strategyType',
                                                                    schemaPath:
                                                                      '#/items/properties/strategyType/type',
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
                                                                data0.trailingDelta !== undefined
                                                              ) {
                                                                let data25 = data0.trailingDelta;
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
                                                                        '/' +
                                                                        i0 +
                                                                        '/trailingDelta',
                                                                      schemaPath:
                                                                        '#/items/properties/trailingDelta/type',
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
                                                                  data0.trailingTime !== undefined
                                                                ) {
                                                                  let data26 = data0.trailingTime;
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
                                                                          '/' +
                                                                          i0 +
                                                                          '/trailingTime',
                                                                        schemaPath:
                                                                          '#/items/properties/trailingTime/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'integer' },
                                                                        message: 'must be integer',
                                                                      },
                                                                    ];
                                                                    return false;
                                                                  }
                                                                  var valid1 = _errs54 === errors;
                                                                } else {
                                                                  var valid1 = true;
                                                                }
                                                                if (valid1) {
                                                                  if (data0.usedSor !== undefined) {
                                                                    const _errs56 = errors;
                                                                    if (
                                                                      typeof data0.usedSor !==
                                                                      'boolean'
                                                                    ) {
                                                                      validate10.errors = [
                                                                        {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/' +
                                                                            i0 +
                                                                            '/usedSor',
                                                                          schemaPath:
                                                                            '#/items/properties/usedSor/type',
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
                                                                    var valid1 = _errs56 === errors;
                                                                  } else {
                                                                    var valid1 = true;
                                                                  }
                                                                  if (valid1) {
                                                                    if (
                                                                      data0.workingFloor !==
                                                                      undefined
                                                                    ) {
                                                                      const _errs58 = errors;
                                                                      if (
                                                                        typeof data0.workingFloor !==
                                                                        'string'
                                                                      ) {
                                                                        validate10.errors = [
                                                                          {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/' +
                                                                              i0 +
                                                                              '/workingFloor',
                                                                            schemaPath:
                                                                              '#/items/properties/workingFloor/type',
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
                                                                        _errs58 === errors;
                                                                    } else {
                                                                      var valid1 = true;
                                                                    }
                                                                    if (valid1) {
                                                                      if (
                                                                        data0.pegPriceType !==
                                                                        undefined
                                                                      ) {
                                                                        const _errs60 = errors;
                                                                        if (
                                                                          typeof data0.pegPriceType !==
                                                                          'string'
                                                                        ) {
                                                                          validate10.errors = [
                                                                            {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/' +
                                                                                i0 +
                                                                                '/pegPriceType',
                                                                              schemaPath:
                                                                                '#/items/properties/pegPriceType/type',
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
                                                                          data0.pegOffsetType !==
                                                                          undefined
                                                                        ) {
                                                                          const _errs62 = errors;
                                                                          if (
                                                                            typeof data0.pegOffsetType !==
                                                                            'string'
                                                                          ) {
                                                                            validate10.errors = [
                                                                              {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  '/' +
                                                                                  i0 +
                                                                                  '/pegOffsetType',
                                                                                schemaPath:
                                                                                  '#/items/properties/pegOffsetType/type',
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
                                                                            data0.pegOffsetValue !==
                                                                            undefined
                                                                          ) {
                                                                            let data31 =
                                                                              data0.pegOffsetValue;
                                                                            const _errs64 = errors;
                                                                            if (!(
                                                                              typeof data31 ==
                                                                                'number' &&
                                                                              !(data31 % 1) &&
                                                                              !isNaN(data31) &&
                                                                              isFinite(data31)
                                                                            )) {
                                                                              validate10.errors = [
                                                                                {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/' +
                                                                                    i0 +
                                                                                    '/pegOffsetValue',
                                                                                  schemaPath:
                                                                                    '#/items/properties/pegOffsetValue/type',
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
                                                                              _errs64 === errors;
                                                                          } else {
                                                                            var valid1 = true;
                                                                          }
                                                                          if (valid1) {
                                                                            if (
                                                                              data0.peggedPrice !==
                                                                              undefined
                                                                            ) {
                                                                              let data32 =
                                                                                data0.peggedPrice;
                                                                              const _errs66 =
                                                                                errors;
                                                                              if (
                                                                                errors === _errs66
                                                                              ) {
                                                                                if (
                                                                                  typeof data32 ===
                                                                                  'string'
                                                                                ) {
                                                                                  if (
                                                                                    !pattern0.test(
                                                                                      data32,
                                                                                    )
                                                                                  ) {
                                                                                    validate10.errors =
                                                                                      [
                                                                                        {
                                                                                          instancePath:
                                                                                            instancePath +
                                                                                            '/' +
                                                                                            i0 +
                                                                                            '/peggedPrice',
                                                                                          schemaPath:
                                                                                            '#/items/properties/peggedPrice/pattern',
                                                                                          keyword:
                                                                                            'pattern',
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
                                                                                  validate10.errors =
                                                                                    [
                                                                                      {
                                                                                        instancePath:
                                                                                          instancePath +
                                                                                          '/' +
                                                                                          i0 +
                                                                                          '/peggedPrice',
                                                                                        schemaPath:
                                                                                          '#/items/properties/peggedPrice/type',
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
                                                                              }
                                                                              var valid1 =
                                                                                _errs66 === errors;
                                                                            } else {
                                                                              var valid1 = true;
                                                                            }
                                                                            if (valid1) {
                                                                              if (
                                                                                data0.expiryReason !==
                                                                                undefined
                                                                              ) {
                                                                                const _errs68 =
                                                                                  errors;
                                                                                if (
                                                                                  typeof data0.expiryReason !==
                                                                                  'string'
                                                                                ) {
                                                                                  validate10.errors =
                                                                                    [
                                                                                      {
                                                                                        instancePath:
                                                                                          instancePath +
                                                                                          '/' +
                                                                                          i0 +
                                                                                          '/expiryReason',
                                                                                        schemaPath:
                                                                                          '#/items/properties/expiryReason/type',
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
                                                                                  _errs68 ===
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
