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
    cancelResult: {
      description: 'Outcome of the cancel: SUCCESS, FAILURE or NOT_ATTEMPTED.',
      type: 'string',
    },
    newOrderResult: {
      description: 'Outcome of the new order: SUCCESS, FAILURE or NOT_ATTEMPTED.',
      type: 'string',
    },
    cancelResponse: {
      description: 'The canceled order.',
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
    newOrderResponse: {
      description: 'The new order, in the format newOrderRespType selects.',
      type: 'object',
      required: ['symbol', 'orderId', 'orderListId', 'clientOrderId', 'transactTime'],
      properties: {
        symbol: { description: 'Symbol.', type: 'string' },
        orderId: { description: 'Order id.', type: 'integer' },
        orderListId: {
          description: 'Order list id; -1 unless the order is part of an order list.',
          type: 'integer',
        },
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
        workingTime: {
          description: 'When the order started working on the book; -1 while it is pending.',
          type: 'integer',
        },
        fills: {
          description: 'Trades the new order made on placement (FULL).',
          type: 'array',
          items: {
            description: 'One fill.',
            type: 'object',
            required: ['price', 'qty', 'commission', 'commissionAsset', 'tradeId'],
            properties: {
              price: {
                description: 'Fill price.',
                type: 'string',
                pattern: '^-?[0-9]+(\\.[0-9]+)?$',
              },
              qty: {
                description: 'Fill quantity.',
                type: 'string',
                pattern: '^-?[0-9]+(\\.[0-9]+)?$',
              },
              commission: {
                description: 'Commission paid.',
                type: 'string',
                pattern: '^-?[0-9]+(\\.[0-9]+)?$',
              },
              commissionAsset: { description: 'Asset the commission was paid in.', type: 'string' },
              tradeId: { description: 'Trade id of the fill.', type: 'integer' },
            },
          },
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
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
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
                                                  if (valid1) {
                                                    if (data2.icebergQty !== undefined) {
                                                      let data19 = data2.icebergQty;
                                                      const _errs40 = errors;
                                                      if (errors === _errs40) {
                                                        if (typeof data19 === 'string') {
                                                          if (!pattern0.test(data19)) {
                                                            validate10.errors = [
                                                              {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/cancelResponse/icebergQty',
                                                                schemaPath:
                                                                  '#/properties/cancelResponse/properties/icebergQty/pattern',
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
                                                                '/cancelResponse/icebergQty',
                                                              schemaPath:
                                                                '#/properties/cancelResponse/properties/icebergQty/type',
                                                              keyword: 'type',
                                                              params: { type: 'string' },
                                                              message: 'must be string',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                      }
                                                      var valid1 = _errs40 === errors;
                                                    } else {
                                                      var valid1 = true;
                                                    }
                                                    if (valid1) {
                                                      if (data2.preventedMatchId !== undefined) {
                                                        let data20 = data2.preventedMatchId;
                                                        const _errs42 = errors;
                                                        if (!(
                                                          typeof data20 == 'number' &&
                                                          !(data20 % 1) &&
                                                          !isNaN(data20) &&
                                                          isFinite(data20)
                                                        )) {
                                                          validate10.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/cancelResponse/preventedMatchId',
                                                              schemaPath:
                                                                '#/properties/cancelResponse/properties/preventedMatchId/type',
                                                              keyword: 'type',
                                                              params: { type: 'integer' },
                                                              message: 'must be integer',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        var valid1 = _errs42 === errors;
                                                      } else {
                                                        var valid1 = true;
                                                      }
                                                      if (valid1) {
                                                        if (data2.preventedQuantity !== undefined) {
                                                          let data21 = data2.preventedQuantity;
                                                          const _errs44 = errors;
                                                          if (errors === _errs44) {
                                                            if (typeof data21 === 'string') {
                                                              if (!pattern0.test(data21)) {
                                                                validate10.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/cancelResponse/preventedQuantity',
                                                                    schemaPath:
                                                                      '#/properties/cancelResponse/properties/preventedQuantity/pattern',
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
                                                                    '/cancelResponse/preventedQuantity',
                                                                  schemaPath:
                                                                    '#/properties/cancelResponse/properties/preventedQuantity/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'string' },
                                                                  message: 'must be string',
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                          }
                                                          var valid1 = _errs44 === errors;
                                                        } else {
                                                          var valid1 = true;
                                                        }
                                                        if (valid1) {
                                                          if (data2.stopPrice !== undefined) {
                                                            let data22 = data2.stopPrice;
                                                            const _errs46 = errors;
                                                            if (errors === _errs46) {
                                                              if (typeof data22 === 'string') {
                                                                if (!pattern0.test(data22)) {
                                                                  validate10.errors = [
                                                                    {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/cancelResponse/stopPrice',
                                                                      schemaPath:
                                                                        '#/properties/cancelResponse/properties/stopPrice/pattern',
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
                                                                      '/cancelResponse/stopPrice',
                                                                    schemaPath:
                                                                      '#/properties/cancelResponse/properties/stopPrice/type',
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
                                                            if (data2.strategyId !== undefined) {
                                                              let data23 = data2.strategyId;
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
                                                                      '/cancelResponse/strategyId',
                                                                    schemaPath:
                                                                      '#/properties/cancelResponse/properties/strategyId/type',
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
                                                              if (
                                                                data2.strategyType !== undefined
                                                              ) {
                                                                let data24 = data2.strategyType;
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
                                                                        '/cancelResponse/strategyType',
                                                                      schemaPath:
                                                                        '#/properties/cancelResponse/properties/strategyType/type',
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
                                                                  data2.trailingDelta !== undefined
                                                                ) {
                                                                  let data25 = data2.trailingDelta;
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
                                                                          '/cancelResponse/trailingDelta',
                                                                        schemaPath:
                                                                          '#/properties/cancelResponse/properties/trailingDelta/type',
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
                                                                    data2.trailingTime !== undefined
                                                                  ) {
                                                                    let data26 = data2.trailingTime;
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
                                                                            '/cancelResponse/trailingTime',
                                                                          schemaPath:
                                                                            '#/properties/cancelResponse/properties/trailingTime/type',
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
                                                                      data2.usedSor !== undefined
                                                                    ) {
                                                                      const _errs56 = errors;
                                                                      if (
                                                                        typeof data2.usedSor !==
                                                                        'boolean'
                                                                      ) {
                                                                        validate10.errors = [
                                                                          {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/cancelResponse/usedSor',
                                                                            schemaPath:
                                                                              '#/properties/cancelResponse/properties/usedSor/type',
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
                                                                        _errs56 === errors;
                                                                    } else {
                                                                      var valid1 = true;
                                                                    }
                                                                    if (valid1) {
                                                                      if (
                                                                        data2.workingFloor !==
                                                                        undefined
                                                                      ) {
                                                                        const _errs58 = errors;
                                                                        if (
                                                                          typeof data2.workingFloor !==
                                                                          'string'
                                                                        ) {
                                                                          validate10.errors = [
                                                                            {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/cancelResponse/workingFloor',
                                                                              schemaPath:
                                                                                '#/properties/cancelResponse/properties/workingFloor/type',
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
                                                                          data2.pegPriceType !==
                                                                          undefined
                                                                        ) {
                                                                          const _errs60 = errors;
                                                                          if (
                                                                            typeof data2.pegPriceType !==
                                                                            'string'
                                                                          ) {
                                                                            validate10.errors = [
                                                                              {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  '/cancelResponse/pegPriceType',
                                                                                schemaPath:
                                                                                  '#/properties/cancelResponse/properties/pegPriceType/type',
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
                                                                            data2.pegOffsetType !==
                                                                            undefined
                                                                          ) {
                                                                            const _errs62 = errors;
                                                                            if (
                                                                              typeof data2.pegOffsetType !==
                                                                              'string'
                                                                            ) {
                                                                              validate10.errors = [
                                                                                {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/cancelResponse/pegOffsetType',
                                                                                  schemaPath:
                                                                                    '#/properties/cancelResponse/properties/pegOffsetType/type',
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
                                                                              data2.pegOffsetValue !==
                                                                              undefined
                                                                            ) {
                                                                              let data31 =
                                                                                data2.pegOffsetValue;
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
                                                                                        '/cancelResponse/pegOffsetValue',
                                                                                      schemaPath:
                                                                                        '#/properties/cancelResponse/properties/pegOffsetValue/type',
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
                                                                                _errs64 === errors;
                                                                            } else {
                                                                              var valid1 = true;
                                                                            }
                                                                            if (valid1) {
                                                                              if (
                                                                                data2.peggedPrice !==
                                                                                undefined
                                                                              ) {
                                                                                let data32 =
                                                                                  data2.peggedPrice;
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
                                                                                              '/cancelResponse/peggedPrice',
                                                                                            schemaPath:
                                                                                              '#/properties/cancelResponse/properties/peggedPrice/pattern',
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
                                                                                            '/cancelResponse/peggedPrice',
                                                                                          schemaPath:
                                                                                            '#/properties/cancelResponse/properties/peggedPrice/type',
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
                                                                                  _errs66 ===
                                                                                  errors;
                                                                              } else {
                                                                                var valid1 = true;
                                                                              }
                                                                              if (valid1) {
                                                                                if (
                                                                                  data2.expiryReason !==
                                                                                  undefined
                                                                                ) {
                                                                                  const _errs68 =
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
                                                                                            '/cancelResponse/expiryReason',
                                                                                          schemaPath:
                                                                                            '#/properties/cancelResponse/properties/expiryReason/type',
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
                let data34 = data.newOrderResponse;
                const _errs70 = errors;
                if (errors === _errs70) {
                  if (data34 && typeof data34 == 'object' && !Array.isArray(data34)) {
                    let missing2;
                    if (
                      (data34.symbol === undefined && (missing2 = 'symbol')) ||
                      (data34.orderId === undefined && (missing2 = 'orderId')) ||
                      (data34.orderListId === undefined && (missing2 = 'orderListId')) ||
                      (data34.clientOrderId === undefined && (missing2 = 'clientOrderId')) ||
                      (data34.transactTime === undefined && (missing2 = 'transactTime'))
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
                      if (data34.symbol !== undefined) {
                        const _errs72 = errors;
                        if (typeof data34.symbol !== 'string') {
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
                        var valid2 = _errs72 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data34.orderId !== undefined) {
                          let data36 = data34.orderId;
                          const _errs74 = errors;
                          if (!(
                            typeof data36 == 'number' &&
                            !(data36 % 1) &&
                            !isNaN(data36) &&
                            isFinite(data36)
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
                          var valid2 = _errs74 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data34.orderListId !== undefined) {
                            let data37 = data34.orderListId;
                            const _errs76 = errors;
                            if (!(
                              typeof data37 == 'number' &&
                              !(data37 % 1) &&
                              !isNaN(data37) &&
                              isFinite(data37)
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
                            var valid2 = _errs76 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data34.clientOrderId !== undefined) {
                              const _errs78 = errors;
                              if (typeof data34.clientOrderId !== 'string') {
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
                              var valid2 = _errs78 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data34.transactTime !== undefined) {
                                let data39 = data34.transactTime;
                                const _errs80 = errors;
                                if (!(
                                  typeof data39 == 'number' &&
                                  !(data39 % 1) &&
                                  !isNaN(data39) &&
                                  isFinite(data39)
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
                                var valid2 = _errs80 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data34.price !== undefined) {
                                  let data40 = data34.price;
                                  const _errs82 = errors;
                                  if (errors === _errs82) {
                                    if (typeof data40 === 'string') {
                                      if (!pattern0.test(data40)) {
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
                                  var valid2 = _errs82 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data34.origQty !== undefined) {
                                    let data41 = data34.origQty;
                                    const _errs84 = errors;
                                    if (errors === _errs84) {
                                      if (typeof data41 === 'string') {
                                        if (!pattern0.test(data41)) {
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
                                    var valid2 = _errs84 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data34.executedQty !== undefined) {
                                      let data42 = data34.executedQty;
                                      const _errs86 = errors;
                                      if (errors === _errs86) {
                                        if (typeof data42 === 'string') {
                                          if (!pattern0.test(data42)) {
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
                                      var valid2 = _errs86 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data34.origQuoteOrderQty !== undefined) {
                                        let data43 = data34.origQuoteOrderQty;
                                        const _errs88 = errors;
                                        if (errors === _errs88) {
                                          if (typeof data43 === 'string') {
                                            if (!pattern0.test(data43)) {
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
                                        var valid2 = _errs88 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data34.cummulativeQuoteQty !== undefined) {
                                          let data44 = data34.cummulativeQuoteQty;
                                          const _errs90 = errors;
                                          if (errors === _errs90) {
                                            if (typeof data44 === 'string') {
                                              if (!pattern0.test(data44)) {
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
                                          var valid2 = _errs90 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                        if (valid2) {
                                          if (data34.status !== undefined) {
                                            const _errs92 = errors;
                                            if (typeof data34.status !== 'string') {
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
                                            var valid2 = _errs92 === errors;
                                          } else {
                                            var valid2 = true;
                                          }
                                          if (valid2) {
                                            if (data34.timeInForce !== undefined) {
                                              const _errs94 = errors;
                                              if (typeof data34.timeInForce !== 'string') {
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
                                              var valid2 = _errs94 === errors;
                                            } else {
                                              var valid2 = true;
                                            }
                                            if (valid2) {
                                              if (data34.type !== undefined) {
                                                const _errs96 = errors;
                                                if (typeof data34.type !== 'string') {
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
                                                var valid2 = _errs96 === errors;
                                              } else {
                                                var valid2 = true;
                                              }
                                              if (valid2) {
                                                if (data34.side !== undefined) {
                                                  const _errs98 = errors;
                                                  if (typeof data34.side !== 'string') {
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
                                                  var valid2 = _errs98 === errors;
                                                } else {
                                                  var valid2 = true;
                                                }
                                                if (valid2) {
                                                  if (data34.workingTime !== undefined) {
                                                    let data49 = data34.workingTime;
                                                    const _errs100 = errors;
                                                    if (!(
                                                      typeof data49 == 'number' &&
                                                      !(data49 % 1) &&
                                                      !isNaN(data49) &&
                                                      isFinite(data49)
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
                                                    var valid2 = _errs100 === errors;
                                                  } else {
                                                    var valid2 = true;
                                                  }
                                                  if (valid2) {
                                                    if (data34.fills !== undefined) {
                                                      let data50 = data34.fills;
                                                      const _errs102 = errors;
                                                      if (errors === _errs102) {
                                                        if (Array.isArray(data50)) {
                                                          var valid3 = true;
                                                          const len0 = data50.length;
                                                          for (let i0 = 0; i0 < len0; i0++) {
                                                            let data51 = data50[i0];
                                                            const _errs104 = errors;
                                                            if (errors === _errs104) {
                                                              if (
                                                                data51 &&
                                                                typeof data51 == 'object' &&
                                                                !Array.isArray(data51)
                                                              ) {
                                                                let missing3;
                                                                if (
                                                                  (data51.price === undefined &&
                                                                    (missing3 = 'price')) ||
                                                                  (data51.qty === undefined &&
                                                                    (missing3 = 'qty')) ||
                                                                  (data51.commission ===
                                                                    undefined &&
                                                                    (missing3 = 'commission')) ||
                                                                  (data51.commissionAsset ===
                                                                    undefined &&
                                                                    (missing3 =
                                                                      'commissionAsset')) ||
                                                                  (data51.tradeId === undefined &&
                                                                    (missing3 = 'tradeId'))
                                                                ) {
                                                                  validate10.errors = [
                                                                    {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/newOrderResponse/fills/' +
                                                                        i0,
                                                                      schemaPath:
                                                                        '#/properties/newOrderResponse/properties/fills/items/required',
                                                                      keyword: 'required',
                                                                      params: {
                                                                        missingProperty: missing3,
                                                                      },
                                                                      message:
                                                                        "must have required property '" +
                                                                        missing3 +
                                                                        "'",
                                                                    },
                                                                  ];
                                                                  return false;
                                                                } else {
                                                                  if (data51.price !== undefined) {
                                                                    let data52 = data51.price;
                                                                    const _errs106 = errors;
                                                                    if (errors === _errs106) {
                                                                      if (
                                                                        typeof data52 === 'string'
                                                                      ) {
                                                                        if (
                                                                          !pattern0.test(data52)
                                                                        ) {
                                                                          validate10.errors = [
                                                                            {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/newOrderResponse/fills/' +
                                                                                i0 +
                                                                                '/price',
                                                                              schemaPath:
                                                                                '#/properties/newOrderResponse/properties/fills/items/properties/price/pattern',
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
                                                                              '/newOrderResponse/fills/' +
                                                                              i0 +
                                                                              '/price',
                                                                            schemaPath:
                                                                              '#/properties/newOrderResponse/properties/fills/items/properties/price/type',
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
                                                                    }
                                                                    var valid4 =
                                                                      _errs106 === errors;
                                                                  } else {
                                                                    var valid4 = true;
                                                                  }
                                                                  if (valid4) {
                                                                    if (data51.qty !== undefined) {
                                                                      let data53 = data51.qty;
                                                                      const _errs108 = errors;
                                                                      if (errors === _errs108) {
                                                                        if (
                                                                          typeof data53 === 'string'
                                                                        ) {
                                                                          if (
                                                                            !pattern0.test(data53)
                                                                          ) {
                                                                            validate10.errors = [
                                                                              {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  '/newOrderResponse/fills/' +
                                                                                  i0 +
                                                                                  '/qty',
                                                                                schemaPath:
                                                                                  '#/properties/newOrderResponse/properties/fills/items/properties/qty/pattern',
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
                                                                                '/newOrderResponse/fills/' +
                                                                                i0 +
                                                                                '/qty',
                                                                              schemaPath:
                                                                                '#/properties/newOrderResponse/properties/fills/items/properties/qty/type',
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
                                                                      }
                                                                      var valid4 =
                                                                        _errs108 === errors;
                                                                    } else {
                                                                      var valid4 = true;
                                                                    }
                                                                    if (valid4) {
                                                                      if (
                                                                        data51.commission !==
                                                                        undefined
                                                                      ) {
                                                                        let data54 =
                                                                          data51.commission;
                                                                        const _errs110 = errors;
                                                                        if (errors === _errs110) {
                                                                          if (
                                                                            typeof data54 ===
                                                                            'string'
                                                                          ) {
                                                                            if (
                                                                              !pattern0.test(data54)
                                                                            ) {
                                                                              validate10.errors = [
                                                                                {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/newOrderResponse/fills/' +
                                                                                    i0 +
                                                                                    '/commission',
                                                                                  schemaPath:
                                                                                    '#/properties/newOrderResponse/properties/fills/items/properties/commission/pattern',
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
                                                                            validate10.errors = [
                                                                              {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  '/newOrderResponse/fills/' +
                                                                                  i0 +
                                                                                  '/commission',
                                                                                schemaPath:
                                                                                  '#/properties/newOrderResponse/properties/fills/items/properties/commission/type',
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
                                                                        }
                                                                        var valid4 =
                                                                          _errs110 === errors;
                                                                      } else {
                                                                        var valid4 = true;
                                                                      }
                                                                      if (valid4) {
                                                                        if (
                                                                          data51.commissionAsset !==
                                                                          undefined
                                                                        ) {
                                                                          const _errs112 = errors;
                                                                          if (
                                                                            typeof data51.commissionAsset !==
                                                                            'string'
                                                                          ) {
                                                                            validate10.errors = [
                                                                              {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  '/newOrderResponse/fills/' +
                                                                                  i0 +
                                                                                  '/commissionAsset',
                                                                                schemaPath:
                                                                                  '#/properties/newOrderResponse/properties/fills/items/properties/commissionAsset/type',
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
                                                                          var valid4 =
                                                                            _errs112 === errors;
                                                                        } else {
                                                                          var valid4 = true;
                                                                        }
                                                                        if (valid4) {
                                                                          if (
                                                                            data51.tradeId !==
                                                                            undefined
                                                                          ) {
                                                                            let data56 =
                                                                              data51.tradeId;
                                                                            const _errs114 = errors;
                                                                            if (!(
                                                                              typeof data56 ==
                                                                                'number' &&
                                                                              !(data56 % 1) &&
                                                                              !isNaN(data56) &&
                                                                              isFinite(data56)
                                                                            )) {
                                                                              validate10.errors = [
                                                                                {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/newOrderResponse/fills/' +
                                                                                    i0 +
                                                                                    '/tradeId',
                                                                                  schemaPath:
                                                                                    '#/properties/newOrderResponse/properties/fills/items/properties/tradeId/type',
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
                                                                            var valid4 =
                                                                              _errs114 === errors;
                                                                          } else {
                                                                            var valid4 = true;
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
                                                                      '/newOrderResponse/fills/' +
                                                                      i0,
                                                                    schemaPath:
                                                                      '#/properties/newOrderResponse/properties/fills/items/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'object' },
                                                                    message: 'must be object',
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                            }
                                                            var valid3 = _errs104 === errors;
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
                                                      var valid2 = _errs102 === errors;
                                                    } else {
                                                      var valid2 = true;
                                                    }
                                                    if (valid2) {
                                                      if (
                                                        data34.selfTradePreventionMode !== undefined
                                                      ) {
                                                        const _errs116 = errors;
                                                        if (
                                                          typeof data34.selfTradePreventionMode !==
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
                                                        var valid2 = _errs116 === errors;
                                                      } else {
                                                        var valid2 = true;
                                                      }
                                                      if (valid2) {
                                                        if (data34.icebergQty !== undefined) {
                                                          let data58 = data34.icebergQty;
                                                          const _errs118 = errors;
                                                          if (errors === _errs118) {
                                                            if (typeof data58 === 'string') {
                                                              if (!pattern0.test(data58)) {
                                                                validate10.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/newOrderResponse/icebergQty',
                                                                    schemaPath:
                                                                      '#/properties/newOrderResponse/properties/icebergQty/pattern',
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
                                                                    '/newOrderResponse/icebergQty',
                                                                  schemaPath:
                                                                    '#/properties/newOrderResponse/properties/icebergQty/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'string' },
                                                                  message: 'must be string',
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                          }
                                                          var valid2 = _errs118 === errors;
                                                        } else {
                                                          var valid2 = true;
                                                        }
                                                        if (valid2) {
                                                          if (
                                                            data34.preventedMatchId !== undefined
                                                          ) {
                                                            let data59 = data34.preventedMatchId;
                                                            const _errs120 = errors;
                                                            if (!(
                                                              typeof data59 == 'number' &&
                                                              !(data59 % 1) &&
                                                              !isNaN(data59) &&
                                                              isFinite(data59)
                                                            )) {
                                                              validate10.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/newOrderResponse/preventedMatchId',
                                                                  schemaPath:
                                                                    '#/properties/newOrderResponse/properties/preventedMatchId/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'integer' },
                                                                  message: 'must be integer',
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                            var valid2 = _errs120 === errors;
                                                          } else {
                                                            var valid2 = true;
                                                          }
                                                          if (valid2) {
                                                            if (
                                                              data34.preventedQuantity !== undefined
                                                            ) {
                                                              let data60 = data34.preventedQuantity;
                                                              const _errs122 = errors;
                                                              if (errors === _errs122) {
                                                                if (typeof data60 === 'string') {
                                                                  if (!pattern0.test(data60)) {
                                                                    validate10.errors = [
                                                                      {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/newOrderResponse/preventedQuantity',
                                                                        schemaPath:
                                                                          '#/properties/newOrderResponse/properties/preventedQuantity/pattern',
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
                                                                        '/newOrderResponse/preventedQuantity',
                                                                      schemaPath:
                                                                        '#/properties/newOrderResponse/properties/preventedQuantity/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'string' },
                                                                      message: 'must be string',
                                                                    },
                                                                  ];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid2 = _errs122 === errors;
                                                            } else {
                                                              var valid2 = true;
                                                            }
                                                            if (valid2) {
                                                              if (data34.stopPrice !== undefined) {
                                                                let data61 = data34.stopPrice;
                                                                const _errs124 = errors;
                                                                if (errors === _errs124) {
                                                                  if (typeof data61 === 'string') {
                                                                    if (!pattern0.test(data61)) {
                                                                      validate10.errors = [
                                                                        {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/newOrderResponse/stopPrice',
                                                                          schemaPath:
                                                                            '#/properties/newOrderResponse/properties/stopPrice/pattern',
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
                                                                          '/newOrderResponse/stopPrice',
                                                                        schemaPath:
                                                                          '#/properties/newOrderResponse/properties/stopPrice/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'string' },
                                                                        message: 'must be string',
                                                                      },
                                                                    ];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid2 = _errs124 === errors;
                                                              } else {
                                                                var valid2 = true;
                                                              }
                                                              if (valid2) {
                                                                if (
                                                                  data34.strategyId !== undefined
                                                                ) {
                                                                  let data62 = data34.strategyId;
                                                                  const _errs126 = errors;
                                                                  if (!(
                                                                    typeof data62 == 'number' &&
                                                                    !(data62 % 1) &&
                                                                    !isNaN(data62) &&
                                                                    isFinite(data62)
                                                                  )) {
                                                                    validate10.errors = [
                                                                      {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/newOrderResponse/strategyId',
                                                                        schemaPath:
                                                                          '#/properties/newOrderResponse/properties/strategyId/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'integer' },
                                                                        message: 'must be integer',
                                                                      },
                                                                    ];
                                                                    return false;
                                                                  }
                                                                  var valid2 = _errs126 === errors;
                                                                } else {
                                                                  var valid2 = true;
                                                                }
                                                                if (valid2) {
                                                                  if (
                                                                    data34.strategyType !==
                                                                    undefined
                                                                  ) {
                                                                    let data63 =
                                                                      data34.strategyType;
                                                                    const _errs128 = errors;
                                                                    if (!(
                                                                      typeof data63 == 'number' &&
                                                                      !(data63 % 1) &&
                                                                      !isNaN(data63) &&
                                                                      isFinite(data63)
                                                                    )) {
                                                                      validate10.errors = [
                                                                        {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/newOrderResponse/strategyType',
                                                                          schemaPath:
                                                                            '#/properties/newOrderResponse/properties/strategyType/type',
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
                                                                    var valid2 =
                                                                      _errs128 === errors;
                                                                  } else {
                                                                    var valid2 = true;
                                                                  }
                                                                  if (valid2) {
                                                                    if (
                                                                      data34.trailingDelta !==
                                                                      undefined
                                                                    ) {
                                                                      let data64 =
                                                                        data34.trailingDelta;
                                                                      const _errs130 = errors;
                                                                      if (!(
                                                                        typeof data64 == 'number' &&
                                                                        !(data64 % 1) &&
                                                                        !isNaN(data64) &&
                                                                        isFinite(data64)
                                                                      )) {
                                                                        validate10.errors = [
                                                                          {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/newOrderResponse/trailingDelta',
                                                                            schemaPath:
                                                                              '#/properties/newOrderResponse/properties/trailingDelta/type',
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
                                                                      var valid2 =
                                                                        _errs130 === errors;
                                                                    } else {
                                                                      var valid2 = true;
                                                                    }
                                                                    if (valid2) {
                                                                      if (
                                                                        data34.trailingTime !==
                                                                        undefined
                                                                      ) {
                                                                        let data65 =
                                                                          data34.trailingTime;
                                                                        const _errs132 = errors;
                                                                        if (!(
                                                                          typeof data65 ==
                                                                            'number' &&
                                                                          !(data65 % 1) &&
                                                                          !isNaN(data65) &&
                                                                          isFinite(data65)
                                                                        )) {
                                                                          validate10.errors = [
                                                                            {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/newOrderResponse/trailingTime',
                                                                              schemaPath:
                                                                                '#/properties/newOrderResponse/properties/trailingTime/type',
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
                                                                        var valid2 =
                                                                          _errs132 === errors;
                                                                      } else {
                                                                        var valid2 = true;
                                                                      }
                                                                      if (valid2) {
                                                                        if (
                                                                          data34.usedSor !==
                                                                          undefined
                                                                        ) {
                                                                          const _errs134 = errors;
                                                                          if (
                                                                            typeof data34.usedSor !==
                                                                            'boolean'
                                                                          ) {
                                                                            validate10.errors = [
                                                                              {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  '/newOrderResponse/usedSor',
                                                                                schemaPath:
                                                                                  '#/properties/newOrderResponse/properties/usedSor/type',
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
                                                                          var valid2 =
                                                                            _errs134 === errors;
                                                                        } else {
                                                                          var valid2 = true;
                                                                        }
                                                                        if (valid2) {
                                                                          if (
                                                                            data34.workingFloor !==
                                                                            undefined
                                                                          ) {
                                                                            const _errs136 = errors;
                                                                            if (
                                                                              typeof data34.workingFloor !==
                                                                              'string'
                                                                            ) {
                                                                              validate10.errors = [
                                                                                {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/newOrderResponse/workingFloor',
                                                                                  schemaPath:
                                                                                    '#/properties/newOrderResponse/properties/workingFloor/type',
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
                                                                            var valid2 =
                                                                              _errs136 === errors;
                                                                          } else {
                                                                            var valid2 = true;
                                                                          }
                                                                          if (valid2) {
                                                                            if (
                                                                              data34.pegPriceType !==
                                                                              undefined
                                                                            ) {
                                                                              const _errs138 =
                                                                                errors;
                                                                              if (
                                                                                typeof data34.pegPriceType !==
                                                                                'string'
                                                                              ) {
                                                                                validate10.errors =
                                                                                  [
                                                                                    {
                                                                                      instancePath:
                                                                                        instancePath +
                                                                                        '/newOrderResponse/pegPriceType',
                                                                                      schemaPath:
                                                                                        '#/properties/newOrderResponse/properties/pegPriceType/type',
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
                                                                              var valid2 =
                                                                                _errs138 === errors;
                                                                            } else {
                                                                              var valid2 = true;
                                                                            }
                                                                            if (valid2) {
                                                                              if (
                                                                                data34.pegOffsetType !==
                                                                                undefined
                                                                              ) {
                                                                                const _errs140 =
                                                                                  errors;
                                                                                if (
                                                                                  typeof data34.pegOffsetType !==
                                                                                  'string'
                                                                                ) {
                                                                                  validate10.errors =
                                                                                    [
                                                                                      {
                                                                                        instancePath:
                                                                                          instancePath +
                                                                                          '/newOrderResponse/pegOffsetType',
                                                                                        schemaPath:
                                                                                          '#/properties/newOrderResponse/properties/pegOffsetType/type',
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
                                                                                var valid2 =
                                                                                  _errs140 ===
                                                                                  errors;
                                                                              } else {
                                                                                var valid2 = true;
                                                                              }
                                                                              if (valid2) {
                                                                                if (
                                                                                  data34.pegOffsetValue !==
                                                                                  undefined
                                                                                ) {
                                                                                  let data70 =
                                                                                    data34.pegOffsetValue;
                                                                                  const _errs142 =
                                                                                    errors;
                                                                                  if (!(
                                                                                    typeof data70 ==
                                                                                      'number' &&
                                                                                    !(data70 % 1) &&
                                                                                    !isNaN(
                                                                                      data70,
                                                                                    ) &&
                                                                                    isFinite(data70)
                                                                                  )) {
                                                                                    validate10.errors =
                                                                                      [
                                                                                        {
                                                                                          instancePath:
                                                                                            instancePath +
                                                                                            '/newOrderResponse/pegOffsetValue',
                                                                                          schemaPath:
                                                                                            '#/properties/newOrderResponse/properties/pegOffsetValue/type',
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
                                                                                  var valid2 =
                                                                                    _errs142 ===
                                                                                    errors;
                                                                                } else {
                                                                                  var valid2 = true;
                                                                                }
                                                                                if (valid2) {
                                                                                  if (
                                                                                    data34.peggedPrice !==
                                                                                    undefined
                                                                                  ) {
                                                                                    let data71 =
                                                                                      data34.peggedPrice;
                                                                                    const _errs144 =
                                                                                      errors;
                                                                                    if (
                                                                                      errors ===
                                                                                      _errs144
                                                                                    ) {
                                                                                      if (
                                                                                        typeof data71 ===
                                                                                        'string'
                                                                                      ) {
                                                                                        if (
                                                                                          !pattern0.test(
                                                                                            data71,
                                                                                          )
                                                                                        ) {
                                                                                          validate10.errors =
                                                                                            [
                                                                                              {
                                                                                                instancePath:
                                                                                                  instancePath +
                                                                                                  '/newOrderResponse/peggedPrice',
                                                                                                schemaPath:
                                                                                                  '#/properties/newOrderResponse/properties/peggedPrice/pattern',
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
                                                                                                '/newOrderResponse/peggedPrice',
                                                                                              schemaPath:
                                                                                                '#/properties/newOrderResponse/properties/peggedPrice/type',
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
                                                                                    var valid2 =
                                                                                      _errs144 ===
                                                                                      errors;
                                                                                  } else {
                                                                                    var valid2 = true;
                                                                                  }
                                                                                  if (valid2) {
                                                                                    if (
                                                                                      data34.expiryReason !==
                                                                                      undefined
                                                                                    ) {
                                                                                      const _errs146 =
                                                                                        errors;
                                                                                      if (
                                                                                        typeof data34.expiryReason !==
                                                                                        'string'
                                                                                      ) {
                                                                                        validate10.errors =
                                                                                          [
                                                                                            {
                                                                                              instancePath:
                                                                                                instancePath +
                                                                                                '/newOrderResponse/expiryReason',
                                                                                              schemaPath:
                                                                                                '#/properties/newOrderResponse/properties/expiryReason/type',
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
                                                                                      var valid2 =
                                                                                        _errs146 ===
                                                                                        errors;
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
                var valid0 = _errs70 === errors;
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
