// Generated from spec/operations/place-sor-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/place-sor-order.json',
  $comment:
    'Generated from spec/operations/place-sor-order.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'New order using SOR (POST /api/v3/sor/order, sor.order.place)',
  description: 'Places an order through smart order routing (SOR).',
  anyOf: [
    {
      description: 'The order as placed by SOR, with its fills.',
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
          description: 'Trades the order made on placement (FULL responses).',
          type: 'array',
          items: {
            description: 'One entry.',
            type: 'object',
            required: [
              'matchType',
              'price',
              'qty',
              'commission',
              'commissionAsset',
              'tradeId',
              'allocId',
            ],
            properties: {
              matchType: {
                description:
                  'How the fill was matched (ONE_PARTY_TRADE_REPORT for SOR allocations).',
                type: 'string',
              },
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
              commission: {
                description: 'Commission paid.',
                type: 'string',
                pattern: '^-?[0-9]+(\\.[0-9]+)?$',
              },
              commissionAsset: { description: 'Asset the commission was paid in.', type: 'string' },
              tradeId: { description: 'Trade id; -1 for SOR allocations.', type: 'integer' },
              allocId: { description: 'Allocation id of the fill.', type: 'integer' },
            },
          },
        },
        workingFloor: {
          description: 'Where the order is filled: EXCHANGE or SOR.',
          type: 'string',
        },
        selfTradePreventionMode: { description: 'Self-trade prevention mode.', type: 'string' },
        usedSor: { description: 'Whether the order was placed through SOR.', type: 'boolean' },
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
    {
      description: "The WebSocket API's answer: the order in an array.",
      type: 'array',
      items: {
        description: 'The order as placed by SOR.',
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
            description: 'Trades the order made on placement (FULL responses).',
            type: 'array',
            items: {
              description: 'One entry.',
              type: 'object',
              required: [
                'matchType',
                'price',
                'qty',
                'commission',
                'commissionAsset',
                'tradeId',
                'allocId',
              ],
              properties: {
                matchType: {
                  description:
                    'How the fill was matched (ONE_PARTY_TRADE_REPORT for SOR allocations).',
                  type: 'string',
                },
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
                commission: {
                  description: 'Commission paid.',
                  type: 'string',
                  pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                },
                commissionAsset: {
                  description: 'Asset the commission was paid in.',
                  type: 'string',
                },
                tradeId: { description: 'Trade id; -1 for SOR allocations.', type: 'integer' },
                allocId: { description: 'Allocation id of the fill.', type: 'integer' },
              },
            },
          },
          workingFloor: {
            description: 'Where the order is filled: EXCHANGE or SOR.',
            type: 'string',
          },
          selfTradePreventionMode: { description: 'Self-trade prevention mode.', type: 'string' },
          usedSor: { description: 'Whether the order was placed through SOR.', type: 'boolean' },
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
  ],
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/place-sor-order.json" */ let vErrors =
    null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.symbol === undefined && (missing0 = 'symbol')) ||
        (data.orderId === undefined && (missing0 = 'orderId')) ||
        (data.orderListId === undefined && (missing0 = 'orderListId')) ||
        (data.clientOrderId === undefined && (missing0 = 'clientOrderId')) ||
        (data.transactTime === undefined && (missing0 = 'transactTime')) ||
        (data.price === undefined && (missing0 = 'price')) ||
        (data.origQty === undefined && (missing0 = 'origQty')) ||
        (data.executedQty === undefined && (missing0 = 'executedQty')) ||
        (data.origQuoteOrderQty === undefined && (missing0 = 'origQuoteOrderQty')) ||
        (data.cummulativeQuoteQty === undefined && (missing0 = 'cummulativeQuoteQty')) ||
        (data.status === undefined && (missing0 = 'status')) ||
        (data.timeInForce === undefined && (missing0 = 'timeInForce')) ||
        (data.type === undefined && (missing0 = 'type')) ||
        (data.side === undefined && (missing0 = 'side')) ||
        (data.workingTime === undefined && (missing0 = 'workingTime')) ||
        (data.fills === undefined && (missing0 = 'fills')) ||
        (data.selfTradePreventionMode === undefined && (missing0 = 'selfTradePreventionMode'))
      ) {
        const err0 = {
          instancePath,
          schemaPath: '#/anyOf/0/required',
          keyword: 'required',
          params: { missingProperty: missing0 },
          message: "must have required property '" + missing0 + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.symbol !== undefined) {
          const _errs4 = errors;
          if (typeof data.symbol !== 'string') {
            const err1 = {
              instancePath: instancePath + '/symbol',
              schemaPath: '#/anyOf/0/properties/symbol/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          var valid1 = _errs4 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.orderId !== undefined) {
            let data1 = data.orderId;
            const _errs6 = errors;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
              const err2 = {
                instancePath: instancePath + '/orderId',
                schemaPath: '#/anyOf/0/properties/orderId/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            var valid1 = _errs6 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.orderListId !== undefined) {
              let data2 = data.orderListId;
              const _errs8 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                const err3 = {
                  instancePath: instancePath + '/orderListId',
                  schemaPath: '#/anyOf/0/properties/orderListId/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
              var valid1 = _errs8 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.clientOrderId !== undefined) {
                const _errs10 = errors;
                if (typeof data.clientOrderId !== 'string') {
                  const err4 = {
                    instancePath: instancePath + '/clientOrderId',
                    schemaPath: '#/anyOf/0/properties/clientOrderId/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                var valid1 = _errs10 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.transactTime !== undefined) {
                  let data4 = data.transactTime;
                  const _errs12 = errors;
                  if (!(
                    typeof data4 == 'number' &&
                    !(data4 % 1) &&
                    !isNaN(data4) &&
                    isFinite(data4)
                  )) {
                    const err5 = {
                      instancePath: instancePath + '/transactTime',
                      schemaPath: '#/anyOf/0/properties/transactTime/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                  }
                  var valid1 = _errs12 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.price !== undefined) {
                    let data5 = data.price;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (typeof data5 === 'string') {
                        if (!pattern0.test(data5)) {
                          const err6 = {
                            instancePath: instancePath + '/price',
                            schemaPath: '#/anyOf/0/properties/price/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err6];
                          } else {
                            vErrors.push(err6);
                          }
                          errors++;
                        }
                      } else {
                        const err7 = {
                          instancePath: instancePath + '/price',
                          schemaPath: '#/anyOf/0/properties/price/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err7];
                        } else {
                          vErrors.push(err7);
                        }
                        errors++;
                      }
                    }
                    var valid1 = _errs14 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.origQty !== undefined) {
                      let data6 = data.origQty;
                      const _errs16 = errors;
                      if (errors === _errs16) {
                        if (typeof data6 === 'string') {
                          if (!pattern0.test(data6)) {
                            const err8 = {
                              instancePath: instancePath + '/origQty',
                              schemaPath: '#/anyOf/0/properties/origQty/pattern',
                              keyword: 'pattern',
                              params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                              message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                            };
                            if (vErrors === null) {
                              vErrors = [err8];
                            } else {
                              vErrors.push(err8);
                            }
                            errors++;
                          }
                        } else {
                          const err9 = {
                            instancePath: instancePath + '/origQty',
                            schemaPath: '#/anyOf/0/properties/origQty/type',
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
                      var valid1 = _errs16 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data.executedQty !== undefined) {
                        let data7 = data.executedQty;
                        const _errs18 = errors;
                        if (errors === _errs18) {
                          if (typeof data7 === 'string') {
                            if (!pattern0.test(data7)) {
                              const err10 = {
                                instancePath: instancePath + '/executedQty',
                                schemaPath: '#/anyOf/0/properties/executedQty/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                              };
                              if (vErrors === null) {
                                vErrors = [err10];
                              } else {
                                vErrors.push(err10);
                              }
                              errors++;
                            }
                          } else {
                            const err11 = {
                              instancePath: instancePath + '/executedQty',
                              schemaPath: '#/anyOf/0/properties/executedQty/type',
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
                        var valid1 = _errs18 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data.origQuoteOrderQty !== undefined) {
                          let data8 = data.origQuoteOrderQty;
                          const _errs20 = errors;
                          if (errors === _errs20) {
                            if (typeof data8 === 'string') {
                              if (!pattern0.test(data8)) {
                                const err12 = {
                                  instancePath: instancePath + '/origQuoteOrderQty',
                                  schemaPath: '#/anyOf/0/properties/origQuoteOrderQty/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                };
                                if (vErrors === null) {
                                  vErrors = [err12];
                                } else {
                                  vErrors.push(err12);
                                }
                                errors++;
                              }
                            } else {
                              const err13 = {
                                instancePath: instancePath + '/origQuoteOrderQty',
                                schemaPath: '#/anyOf/0/properties/origQuoteOrderQty/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err13];
                              } else {
                                vErrors.push(err13);
                              }
                              errors++;
                            }
                          }
                          var valid1 = _errs20 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data.cummulativeQuoteQty !== undefined) {
                            let data9 = data.cummulativeQuoteQty;
                            const _errs22 = errors;
                            if (errors === _errs22) {
                              if (typeof data9 === 'string') {
                                if (!pattern0.test(data9)) {
                                  const err14 = {
                                    instancePath: instancePath + '/cummulativeQuoteQty',
                                    schemaPath: '#/anyOf/0/properties/cummulativeQuoteQty/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                    message:
                                      'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err14];
                                  } else {
                                    vErrors.push(err14);
                                  }
                                  errors++;
                                }
                              } else {
                                const err15 = {
                                  instancePath: instancePath + '/cummulativeQuoteQty',
                                  schemaPath: '#/anyOf/0/properties/cummulativeQuoteQty/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                };
                                if (vErrors === null) {
                                  vErrors = [err15];
                                } else {
                                  vErrors.push(err15);
                                }
                                errors++;
                              }
                            }
                            var valid1 = _errs22 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data.status !== undefined) {
                              const _errs24 = errors;
                              if (typeof data.status !== 'string') {
                                const err16 = {
                                  instancePath: instancePath + '/status',
                                  schemaPath: '#/anyOf/0/properties/status/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                };
                                if (vErrors === null) {
                                  vErrors = [err16];
                                } else {
                                  vErrors.push(err16);
                                }
                                errors++;
                              }
                              var valid1 = _errs24 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data.timeInForce !== undefined) {
                                const _errs26 = errors;
                                if (typeof data.timeInForce !== 'string') {
                                  const err17 = {
                                    instancePath: instancePath + '/timeInForce',
                                    schemaPath: '#/anyOf/0/properties/timeInForce/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err17];
                                  } else {
                                    vErrors.push(err17);
                                  }
                                  errors++;
                                }
                                var valid1 = _errs26 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data.type !== undefined) {
                                  const _errs28 = errors;
                                  if (typeof data.type !== 'string') {
                                    const err18 = {
                                      instancePath: instancePath + '/type',
                                      schemaPath: '#/anyOf/0/properties/type/type',
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
                                  var valid1 = _errs28 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data.side !== undefined) {
                                    const _errs30 = errors;
                                    if (typeof data.side !== 'string') {
                                      const err19 = {
                                        instancePath: instancePath + '/side',
                                        schemaPath: '#/anyOf/0/properties/side/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err19];
                                      } else {
                                        vErrors.push(err19);
                                      }
                                      errors++;
                                    }
                                    var valid1 = _errs30 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    if (data.workingTime !== undefined) {
                                      let data14 = data.workingTime;
                                      const _errs32 = errors;
                                      if (!(
                                        typeof data14 == 'number' &&
                                        !(data14 % 1) &&
                                        !isNaN(data14) &&
                                        isFinite(data14)
                                      )) {
                                        const err20 = {
                                          instancePath: instancePath + '/workingTime',
                                          schemaPath: '#/anyOf/0/properties/workingTime/type',
                                          keyword: 'type',
                                          params: { type: 'integer' },
                                          message: 'must be integer',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err20];
                                        } else {
                                          vErrors.push(err20);
                                        }
                                        errors++;
                                      }
                                      var valid1 = _errs32 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                    if (valid1) {
                                      if (data.fills !== undefined) {
                                        let data15 = data.fills;
                                        const _errs34 = errors;
                                        if (errors === _errs34) {
                                          if (Array.isArray(data15)) {
                                            var valid2 = true;
                                            const len0 = data15.length;
                                            for (let i0 = 0; i0 < len0; i0++) {
                                              let data16 = data15[i0];
                                              const _errs36 = errors;
                                              if (errors === _errs36) {
                                                if (
                                                  data16 &&
                                                  typeof data16 == 'object' &&
                                                  !Array.isArray(data16)
                                                ) {
                                                  let missing1;
                                                  if (
                                                    (data16.matchType === undefined &&
                                                      (missing1 = 'matchType')) ||
                                                    (data16.price === undefined &&
                                                      (missing1 = 'price')) ||
                                                    (data16.qty === undefined &&
                                                      (missing1 = 'qty')) ||
                                                    (data16.commission === undefined &&
                                                      (missing1 = 'commission')) ||
                                                    (data16.commissionAsset === undefined &&
                                                      (missing1 = 'commissionAsset')) ||
                                                    (data16.tradeId === undefined &&
                                                      (missing1 = 'tradeId')) ||
                                                    (data16.allocId === undefined &&
                                                      (missing1 = 'allocId'))
                                                  ) {
                                                    const err21 = {
                                                      instancePath: instancePath + '/fills/' + i0,
                                                      schemaPath:
                                                        '#/anyOf/0/properties/fills/items/required',
                                                      keyword: 'required',
                                                      params: { missingProperty: missing1 },
                                                      message:
                                                        "must have required property '" +
                                                        missing1 +
                                                        "'",
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err21];
                                                    } else {
                                                      vErrors.push(err21);
                                                    }
                                                    errors++;
                                                  } else {
                                                    if (data16.matchType !== undefined) {
                                                      const _errs38 = errors;
                                                      if (typeof data16.matchType !== 'string') {
                                                        const err22 = {
                                                          instancePath:
                                                            instancePath +
                                                            '/fills/' +
                                                            i0 +
                                                            '/matchType',
                                                          schemaPath:
                                                            '#/anyOf/0/properties/fills/items/properties/matchType/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                        };
                                                        if (vErrors === null) {
                                                          vErrors = [err22];
                                                        } else {
                                                          vErrors.push(err22);
                                                        }
                                                        errors++;
                                                      }
                                                      var valid3 = _errs38 === errors;
                                                    } else {
                                                      var valid3 = true;
                                                    }
                                                    if (valid3) {
                                                      if (data16.price !== undefined) {
                                                        let data18 = data16.price;
                                                        const _errs40 = errors;
                                                        if (errors === _errs40) {
                                                          if (typeof data18 === 'string') {
                                                            if (!pattern0.test(data18)) {
                                                              const err23 = {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/fills/' +
                                                                  i0 +
                                                                  '/price',
                                                                schemaPath:
                                                                  '#/anyOf/0/properties/fills/items/properties/price/pattern',
                                                                keyword: 'pattern',
                                                                params: {
                                                                  pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                                                                },
                                                                message:
                                                                  'must match pattern "' +
                                                                  '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                  '"',
                                                              };
                                                              if (vErrors === null) {
                                                                vErrors = [err23];
                                                              } else {
                                                                vErrors.push(err23);
                                                              }
                                                              errors++;
                                                            }
                                                          } else {
                                                            const err24 = {
                                                              instancePath:
                                                                instancePath +
                                                                '/fills/' +
                                                                i0 +
                                                                '/price',
                                                              schemaPath:
                                                                '#/anyOf/0/properties/fills/items/properties/price/type',
                                                              keyword: 'type',
                                                              params: { type: 'string' },
                                                              message: 'must be string',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err24];
                                                            } else {
                                                              vErrors.push(err24);
                                                            }
                                                            errors++;
                                                          }
                                                        }
                                                        var valid3 = _errs40 === errors;
                                                      } else {
                                                        var valid3 = true;
                                                      }
                                                      if (valid3) {
                                                        if (data16.qty !== undefined) {
                                                          let data19 = data16.qty;
                                                          const _errs42 = errors;
                                                          if (errors === _errs42) {
                                                            if (typeof data19 === 'string') {
                                                              if (!pattern0.test(data19)) {
                                                                const err25 = {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/fills/' +
                                                                    i0 +
                                                                    '/qty',
                                                                  schemaPath:
                                                                    '#/anyOf/0/properties/fills/items/properties/qty/pattern',
                                                                  keyword: 'pattern',
                                                                  params: {
                                                                    pattern:
                                                                      '^-?[0-9]+(\\.[0-9]+)?$',
                                                                  },
                                                                  message:
                                                                    'must match pattern "' +
                                                                    '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                    '"',
                                                                };
                                                                if (vErrors === null) {
                                                                  vErrors = [err25];
                                                                } else {
                                                                  vErrors.push(err25);
                                                                }
                                                                errors++;
                                                              }
                                                            } else {
                                                              const err26 = {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/fills/' +
                                                                  i0 +
                                                                  '/qty',
                                                                schemaPath:
                                                                  '#/anyOf/0/properties/fills/items/properties/qty/type',
                                                                keyword: 'type',
                                                                params: { type: 'string' },
                                                                message: 'must be string',
                                                              };
                                                              if (vErrors === null) {
                                                                vErrors = [err26];
                                                              } else {
                                                                vErrors.push(err26);
                                                              }
                                                              errors++;
                                                            }
                                                          }
                                                          var valid3 = _errs42 === errors;
                                                        } else {
                                                          var valid3 = true;
                                                        }
                                                        if (valid3) {
                                                          if (data16.commission !== undefined) {
                                                            let data20 = data16.commission;
                                                            const _errs44 = errors;
                                                            if (errors === _errs44) {
                                                              if (typeof data20 === 'string') {
                                                                if (!pattern0.test(data20)) {
                                                                  const err27 = {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/fills/' +
                                                                      i0 +
                                                                      '/commission',
                                                                    schemaPath:
                                                                      '#/anyOf/0/properties/fills/items/properties/commission/pattern',
                                                                    keyword: 'pattern',
                                                                    params: {
                                                                      pattern:
                                                                        '^-?[0-9]+(\\.[0-9]+)?$',
                                                                    },
                                                                    message:
                                                                      'must match pattern "' +
                                                                      '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                      '"',
                                                                  };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err27];
                                                                  } else {
                                                                    vErrors.push(err27);
                                                                  }
                                                                  errors++;
                                                                }
                                                              } else {
                                                                const err28 = {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/fills/' +
                                                                    i0 +
                                                                    '/commission',
                                                                  schemaPath:
                                                                    '#/anyOf/0/properties/fills/items/properties/commission/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'string' },
                                                                  message: 'must be string',
                                                                };
                                                                if (vErrors === null) {
                                                                  vErrors = [err28];
                                                                } else {
                                                                  vErrors.push(err28);
                                                                }
                                                                errors++;
                                                              }
                                                            }
                                                            var valid3 = _errs44 === errors;
                                                          } else {
                                                            var valid3 = true;
                                                          }
                                                          if (valid3) {
                                                            if (
                                                              data16.commissionAsset !== undefined
                                                            ) {
                                                              const _errs46 = errors;
                                                              if (
                                                                typeof data16.commissionAsset !==
                                                                'string'
                                                              ) {
                                                                const err29 = {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/fills/' +
                                                                    i0 +
                                                                    '/commissionAsset',
                                                                  schemaPath:
                                                                    '#/anyOf/0/properties/fills/items/properties/commissionAsset/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'string' },
                                                                  message: 'must be string',
                                                                };
                                                                if (vErrors === null) {
                                                                  vErrors = [err29];
                                                                } else {
                                                                  vErrors.push(err29);
                                                                }
                                                                errors++;
                                                              }
                                                              var valid3 = _errs46 === errors;
                                                            } else {
                                                              var valid3 = true;
                                                            }
                                                            if (valid3) {
                                                              if (data16.tradeId !== undefined) {
                                                                let data22 = data16.tradeId;
                                                                const _errs48 = errors;
                                                                if (!(
                                                                  typeof data22 == 'number' &&
                                                                  !(data22 % 1) &&
                                                                  !isNaN(data22) &&
                                                                  isFinite(data22)
                                                                )) {
                                                                  const err30 = {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/fills/' +
                                                                      i0 +
                                                                      '/tradeId',
                                                                    schemaPath:
                                                                      '#/anyOf/0/properties/fills/items/properties/tradeId/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'integer' },
                                                                    message: 'must be integer',
                                                                  };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err30];
                                                                  } else {
                                                                    vErrors.push(err30);
                                                                  }
                                                                  errors++;
                                                                }
                                                                var valid3 = _errs48 === errors;
                                                              } else {
                                                                var valid3 = true;
                                                              }
                                                              if (valid3) {
                                                                if (data16.allocId !== undefined) {
                                                                  let data23 = data16.allocId;
                                                                  const _errs50 = errors;
                                                                  if (!(
                                                                    typeof data23 == 'number' &&
                                                                    !(data23 % 1) &&
                                                                    !isNaN(data23) &&
                                                                    isFinite(data23)
                                                                  )) {
                                                                    const err31 = {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/fills/' +
                                                                        i0 +
                                                                        '/allocId',
                                                                      schemaPath:
                                                                        '#/anyOf/0/properties/fills/items/properties/allocId/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'integer' },
                                                                      message: 'must be integer',
                                                                    };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err31];
                                                                    } else {
                                                                      vErrors.push(err31);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                  var valid3 = _errs50 === errors;
                                                                } else {
                                                                  var valid3 = true;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  const err32 = {
                                                    instancePath: instancePath + '/fills/' + i0,
                                                    schemaPath:
                                                      '#/anyOf/0/properties/fills/items/type',
                                                    keyword: 'type',
                                                    params: { type: 'object' },
                                                    message: 'must be object',
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err32];
                                                  } else {
                                                    vErrors.push(err32);
                                                  }
                                                  errors++;
                                                }
                                              }
                                              var valid2 = _errs36 === errors;
                                              if (!valid2) {
                                                break;
                                              }
                                            }
                                          } else {
                                            const err33 = {
                                              instancePath: instancePath + '/fills',
                                              schemaPath: '#/anyOf/0/properties/fills/type',
                                              keyword: 'type',
                                              params: { type: 'array' },
                                              message: 'must be array',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err33];
                                            } else {
                                              vErrors.push(err33);
                                            }
                                            errors++;
                                          }
                                        }
                                        var valid1 = _errs34 === errors;
                                      } else {
                                        var valid1 = true;
                                      }
                                      if (valid1) {
                                        if (data.workingFloor !== undefined) {
                                          const _errs52 = errors;
                                          if (typeof data.workingFloor !== 'string') {
                                            const err34 = {
                                              instancePath: instancePath + '/workingFloor',
                                              schemaPath: '#/anyOf/0/properties/workingFloor/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err34];
                                            } else {
                                              vErrors.push(err34);
                                            }
                                            errors++;
                                          }
                                          var valid1 = _errs52 === errors;
                                        } else {
                                          var valid1 = true;
                                        }
                                        if (valid1) {
                                          if (data.selfTradePreventionMode !== undefined) {
                                            const _errs54 = errors;
                                            if (typeof data.selfTradePreventionMode !== 'string') {
                                              const err35 = {
                                                instancePath:
                                                  instancePath + '/selfTradePreventionMode',
                                                schemaPath:
                                                  '#/anyOf/0/properties/selfTradePreventionMode/type',
                                                keyword: 'type',
                                                params: { type: 'string' },
                                                message: 'must be string',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err35];
                                              } else {
                                                vErrors.push(err35);
                                              }
                                              errors++;
                                            }
                                            var valid1 = _errs54 === errors;
                                          } else {
                                            var valid1 = true;
                                          }
                                          if (valid1) {
                                            if (data.usedSor !== undefined) {
                                              const _errs56 = errors;
                                              if (typeof data.usedSor !== 'boolean') {
                                                const err36 = {
                                                  instancePath: instancePath + '/usedSor',
                                                  schemaPath: '#/anyOf/0/properties/usedSor/type',
                                                  keyword: 'type',
                                                  params: { type: 'boolean' },
                                                  message: 'must be boolean',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err36];
                                                } else {
                                                  vErrors.push(err36);
                                                }
                                                errors++;
                                              }
                                              var valid1 = _errs56 === errors;
                                            } else {
                                              var valid1 = true;
                                            }
                                            if (valid1) {
                                              if (data.icebergQty !== undefined) {
                                                let data27 = data.icebergQty;
                                                const _errs58 = errors;
                                                if (errors === _errs58) {
                                                  if (typeof data27 === 'string') {
                                                    if (!pattern0.test(data27)) {
                                                      const err37 = {
                                                        instancePath: instancePath + '/icebergQty',
                                                        schemaPath:
                                                          '#/anyOf/0/properties/icebergQty/pattern',
                                                        keyword: 'pattern',
                                                        params: {
                                                          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                                                        },
                                                        message:
                                                          'must match pattern "' +
                                                          '^-?[0-9]+(\\.[0-9]+)?$' +
                                                          '"',
                                                      };
                                                      if (vErrors === null) {
                                                        vErrors = [err37];
                                                      } else {
                                                        vErrors.push(err37);
                                                      }
                                                      errors++;
                                                    }
                                                  } else {
                                                    const err38 = {
                                                      instancePath: instancePath + '/icebergQty',
                                                      schemaPath:
                                                        '#/anyOf/0/properties/icebergQty/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err38];
                                                    } else {
                                                      vErrors.push(err38);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                                var valid1 = _errs58 === errors;
                                              } else {
                                                var valid1 = true;
                                              }
                                              if (valid1) {
                                                if (data.preventedMatchId !== undefined) {
                                                  let data28 = data.preventedMatchId;
                                                  const _errs60 = errors;
                                                  if (!(
                                                    typeof data28 == 'number' &&
                                                    !(data28 % 1) &&
                                                    !isNaN(data28) &&
                                                    isFinite(data28)
                                                  )) {
                                                    const err39 = {
                                                      instancePath:
                                                        instancePath + '/preventedMatchId',
                                                      schemaPath:
                                                        '#/anyOf/0/properties/preventedMatchId/type',
                                                      keyword: 'type',
                                                      params: { type: 'integer' },
                                                      message: 'must be integer',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err39];
                                                    } else {
                                                      vErrors.push(err39);
                                                    }
                                                    errors++;
                                                  }
                                                  var valid1 = _errs60 === errors;
                                                } else {
                                                  var valid1 = true;
                                                }
                                                if (valid1) {
                                                  if (data.preventedQuantity !== undefined) {
                                                    let data29 = data.preventedQuantity;
                                                    const _errs62 = errors;
                                                    if (errors === _errs62) {
                                                      if (typeof data29 === 'string') {
                                                        if (!pattern0.test(data29)) {
                                                          const err40 = {
                                                            instancePath:
                                                              instancePath + '/preventedQuantity',
                                                            schemaPath:
                                                              '#/anyOf/0/properties/preventedQuantity/pattern',
                                                            keyword: 'pattern',
                                                            params: {
                                                              pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                                                            },
                                                            message:
                                                              'must match pattern "' +
                                                              '^-?[0-9]+(\\.[0-9]+)?$' +
                                                              '"',
                                                          };
                                                          if (vErrors === null) {
                                                            vErrors = [err40];
                                                          } else {
                                                            vErrors.push(err40);
                                                          }
                                                          errors++;
                                                        }
                                                      } else {
                                                        const err41 = {
                                                          instancePath:
                                                            instancePath + '/preventedQuantity',
                                                          schemaPath:
                                                            '#/anyOf/0/properties/preventedQuantity/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                        };
                                                        if (vErrors === null) {
                                                          vErrors = [err41];
                                                        } else {
                                                          vErrors.push(err41);
                                                        }
                                                        errors++;
                                                      }
                                                    }
                                                    var valid1 = _errs62 === errors;
                                                  } else {
                                                    var valid1 = true;
                                                  }
                                                  if (valid1) {
                                                    if (data.stopPrice !== undefined) {
                                                      let data30 = data.stopPrice;
                                                      const _errs64 = errors;
                                                      if (errors === _errs64) {
                                                        if (typeof data30 === 'string') {
                                                          if (!pattern0.test(data30)) {
                                                            const err42 = {
                                                              instancePath:
                                                                instancePath + '/stopPrice',
                                                              schemaPath:
                                                                '#/anyOf/0/properties/stopPrice/pattern',
                                                              keyword: 'pattern',
                                                              params: {
                                                                pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                                                              },
                                                              message:
                                                                'must match pattern "' +
                                                                '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                '"',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err42];
                                                            } else {
                                                              vErrors.push(err42);
                                                            }
                                                            errors++;
                                                          }
                                                        } else {
                                                          const err43 = {
                                                            instancePath:
                                                              instancePath + '/stopPrice',
                                                            schemaPath:
                                                              '#/anyOf/0/properties/stopPrice/type',
                                                            keyword: 'type',
                                                            params: { type: 'string' },
                                                            message: 'must be string',
                                                          };
                                                          if (vErrors === null) {
                                                            vErrors = [err43];
                                                          } else {
                                                            vErrors.push(err43);
                                                          }
                                                          errors++;
                                                        }
                                                      }
                                                      var valid1 = _errs64 === errors;
                                                    } else {
                                                      var valid1 = true;
                                                    }
                                                    if (valid1) {
                                                      if (data.strategyId !== undefined) {
                                                        let data31 = data.strategyId;
                                                        const _errs66 = errors;
                                                        if (!(
                                                          typeof data31 == 'number' &&
                                                          !(data31 % 1) &&
                                                          !isNaN(data31) &&
                                                          isFinite(data31)
                                                        )) {
                                                          const err44 = {
                                                            instancePath:
                                                              instancePath + '/strategyId',
                                                            schemaPath:
                                                              '#/anyOf/0/properties/strategyId/type',
                                                            keyword: 'type',
                                                            params: { type: 'integer' },
                                                            message: 'must be integer',
                                                          };
                                                          if (vErrors === null) {
                                                            vErrors = [err44];
                                                          } else {
                                                            vErrors.push(err44);
                                                          }
                                                          errors++;
                                                        }
                                                        var valid1 = _errs66 === errors;
                                                      } else {
                                                        var valid1 = true;
                                                      }
                                                      if (valid1) {
                                                        if (data.strategyType !== undefined) {
                                                          let data32 = data.strategyType;
                                                          const _errs68 = errors;
                                                          if (!(
                                                            typeof data32 == 'number' &&
                                                            !(data32 % 1) &&
                                                            !isNaN(data32) &&
                                                            isFinite(data32)
                                                          )) {
                                                            const err45 = {
                                                              instancePath:
                                                                instancePath + '/strategyType',
                                                              schemaPath:
                                                                '#/anyOf/0/properties/strategyType/type',
                                                              keyword: 'type',
                                                              params: { type: 'integer' },
                                                              message: 'must be integer',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err45];
                                                            } else {
                                                              vErrors.push(err45);
                                                            }
                                                            errors++;
                                                          }
                                                          var valid1 = _errs68 === errors;
                                                        } else {
                                                          var valid1 = true;
                                                        }
                                                        if (valid1) {
                                                          if (data.trailingDelta !== undefined) {
                                                            let data33 = data.trailingDelta;
                                                            const _errs70 = errors;
                                                            if (!(
                                                              typeof data33 == 'number' &&
                                                              !(data33 % 1) &&
                                                              !isNaN(data33) &&
                                                              isFinite(data33)
                                                            )) {
                                                              const err46 = {
                                                                instancePath:
                                                                  instancePath + '/trailingDelta',
                                                                schemaPath:
                                                                  '#/anyOf/0/properties/trailingDelta/type',
                                                                keyword: 'type',
                                                                params: { type: 'integer' },
                                                                message: 'must be integer',
                                                              };
                                                              if (vErrors === null) {
                                                                vErrors = [err46];
                                                              } else {
                                                                vErrors.push(err46);
                                                              }
                                                              errors++;
                                                            }
                                                            var valid1 = _errs70 === errors;
                                                          } else {
                                                            var valid1 = true;
                                                          }
                                                          if (valid1) {
                                                            if (data.trailingTime !== undefined) {
                                                              let data34 = data.trailingTime;
                                                              const _errs72 = errors;
                                                              if (!(
                                                                typeof data34 == 'number' &&
                                                                !(data34 % 1) &&
                                                                !isNaN(data34) &&
                                                                isFinite(data34)
                                                              )) {
                                                                const err47 = {
                                                                  instancePath:
                                                                    instancePath + '/trailingTime',
                                                                  schemaPath:
                                                                    '#/anyOf/0/properties/trailingTime/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'integer' },
                                                                  message: 'must be integer',
                                                                };
                                                                if (vErrors === null) {
                                                                  vErrors = [err47];
                                                                } else {
                                                                  vErrors.push(err47);
                                                                }
                                                                errors++;
                                                              }
                                                              var valid1 = _errs72 === errors;
                                                            } else {
                                                              var valid1 = true;
                                                            }
                                                            if (valid1) {
                                                              if (data.pegPriceType !== undefined) {
                                                                const _errs74 = errors;
                                                                if (
                                                                  typeof data.pegPriceType !==
                                                                  'string'
                                                                ) {
                                                                  const err48 = {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/pegPriceType',
                                                                    schemaPath:
                                                                      '#/anyOf/0/properties/pegPriceType/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'string' },
                                                                    message: 'must be string',
                                                                  };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err48];
                                                                  } else {
                                                                    vErrors.push(err48);
                                                                  }
                                                                  errors++;
                                                                }
                                                                var valid1 = _errs74 === errors;
                                                              } else {
                                                                var valid1 = true;
                                                              }
                                                              if (valid1) {
                                                                if (
                                                                  data.pegOffsetType !== undefined
                                                                ) {
                                                                  const _errs76 = errors;
                                                                  if (
                                                                    typeof data.pegOffsetType !==
                                                                    'string'
                                                                  ) {
                                                                    const err49 = {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/pegOffsetType',
                                                                      schemaPath:
                                                                        '#/anyOf/0/properties/pegOffsetType/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'string' },
                                                                      message: 'must be string',
                                                                    };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err49];
                                                                    } else {
                                                                      vErrors.push(err49);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                  var valid1 = _errs76 === errors;
                                                                } else {
                                                                  var valid1 = true;
                                                                }
                                                                if (valid1) {
                                                                  if (
                                                                    data.pegOffsetValue !==
                                                                    undefined
                                                                  ) {
                                                                    let data37 =
                                                                      data.pegOffsetValue;
                                                                    const _errs78 = errors;
                                                                    if (!(
                                                                      typeof data37 == 'number' &&
                                                                      !(data37 % 1) &&
                                                                      !isNaN(data37) &&
                                                                      isFinite(data37)
                                                                    )) {
                                                                      const err50 = {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/pegOffsetValue',
                                                                        schemaPath:
                                                                          '#/anyOf/0/properties/pegOffsetValue/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'integer' },
                                                                        message: 'must be integer',
                                                                      };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err50];
                                                                      } else {
                                                                        vErrors.push(err50);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                    var valid1 = _errs78 === errors;
                                                                  } else {
                                                                    var valid1 = true;
                                                                  }
                                                                  if (valid1) {
                                                                    if (
                                                                      data.peggedPrice !== undefined
                                                                    ) {
                                                                      let data38 = data.peggedPrice;
                                                                      const _errs80 = errors;
                                                                      if (errors === _errs80) {
                                                                        if (
                                                                          typeof data38 === 'string'
                                                                        ) {
                                                                          if (
                                                                            !pattern0.test(data38)
                                                                          ) {
                                                                            const err51 = {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/peggedPrice',
                                                                              schemaPath:
                                                                                '#/anyOf/0/properties/peggedPrice/pattern',
                                                                              keyword: 'pattern',
                                                                              params: {
                                                                                pattern:
                                                                                  '^-?[0-9]+(\\.[0-9]+)?$',
                                                                              },
                                                                              message:
                                                                                'must match pattern "' +
                                                                                '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                                '"',
                                                                            };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err51];
                                                                            } else {
                                                                              vErrors.push(err51);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                        } else {
                                                                          const err52 = {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/peggedPrice',
                                                                            schemaPath:
                                                                              '#/anyOf/0/properties/peggedPrice/type',
                                                                            keyword: 'type',
                                                                            params: {
                                                                              type: 'string',
                                                                            },
                                                                            message:
                                                                              'must be string',
                                                                          };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err52];
                                                                          } else {
                                                                            vErrors.push(err52);
                                                                          }
                                                                          errors++;
                                                                        }
                                                                      }
                                                                      var valid1 =
                                                                        _errs80 === errors;
                                                                    } else {
                                                                      var valid1 = true;
                                                                    }
                                                                    if (valid1) {
                                                                      if (
                                                                        data.expiryReason !==
                                                                        undefined
                                                                      ) {
                                                                        const _errs82 = errors;
                                                                        if (
                                                                          typeof data.expiryReason !==
                                                                          'string'
                                                                        ) {
                                                                          const err53 = {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/expiryReason',
                                                                            schemaPath:
                                                                              '#/anyOf/0/properties/expiryReason/type',
                                                                            keyword: 'type',
                                                                            params: {
                                                                              type: 'string',
                                                                            },
                                                                            message:
                                                                              'must be string',
                                                                          };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err53];
                                                                          } else {
                                                                            vErrors.push(err53);
                                                                          }
                                                                          errors++;
                                                                        }
                                                                        var valid1 =
                                                                          _errs82 === errors;
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
      const err54 = {
        instancePath,
        schemaPath: '#/anyOf/0/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err54];
      } else {
        vErrors.push(err54);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs84 = errors;
    if (errors === _errs84) {
      if (Array.isArray(data)) {
        var valid4 = true;
        const len1 = data.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data40 = data[i1];
          const _errs86 = errors;
          if (errors === _errs86) {
            if (data40 && typeof data40 == 'object' && !Array.isArray(data40)) {
              let missing2;
              if (
                (data40.symbol === undefined && (missing2 = 'symbol')) ||
                (data40.orderId === undefined && (missing2 = 'orderId')) ||
                (data40.orderListId === undefined && (missing2 = 'orderListId')) ||
                (data40.clientOrderId === undefined && (missing2 = 'clientOrderId')) ||
                (data40.transactTime === undefined && (missing2 = 'transactTime')) ||
                (data40.price === undefined && (missing2 = 'price')) ||
                (data40.origQty === undefined && (missing2 = 'origQty')) ||
                (data40.executedQty === undefined && (missing2 = 'executedQty')) ||
                (data40.origQuoteOrderQty === undefined && (missing2 = 'origQuoteOrderQty')) ||
                (data40.cummulativeQuoteQty === undefined && (missing2 = 'cummulativeQuoteQty')) ||
                (data40.status === undefined && (missing2 = 'status')) ||
                (data40.timeInForce === undefined && (missing2 = 'timeInForce')) ||
                (data40.type === undefined && (missing2 = 'type')) ||
                (data40.side === undefined && (missing2 = 'side')) ||
                (data40.workingTime === undefined && (missing2 = 'workingTime')) ||
                (data40.fills === undefined && (missing2 = 'fills')) ||
                (data40.selfTradePreventionMode === undefined &&
                  (missing2 = 'selfTradePreventionMode'))
              ) {
                const err55 = {
                  instancePath: instancePath + '/' + i1,
                  schemaPath: '#/anyOf/1/items/required',
                  keyword: 'required',
                  params: { missingProperty: missing2 },
                  message: "must have required property '" + missing2 + "'",
                };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              } else {
                if (data40.symbol !== undefined) {
                  const _errs88 = errors;
                  if (typeof data40.symbol !== 'string') {
                    const err56 = {
                      instancePath: instancePath + '/' + i1 + '/symbol',
                      schemaPath: '#/anyOf/1/items/properties/symbol/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                  var valid5 = _errs88 === errors;
                } else {
                  var valid5 = true;
                }
                if (valid5) {
                  if (data40.orderId !== undefined) {
                    let data42 = data40.orderId;
                    const _errs90 = errors;
                    if (!(
                      typeof data42 == 'number' &&
                      !(data42 % 1) &&
                      !isNaN(data42) &&
                      isFinite(data42)
                    )) {
                      const err57 = {
                        instancePath: instancePath + '/' + i1 + '/orderId',
                        schemaPath: '#/anyOf/1/items/properties/orderId/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer',
                      };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                    }
                    var valid5 = _errs90 === errors;
                  } else {
                    var valid5 = true;
                  }
                  if (valid5) {
                    if (data40.orderListId !== undefined) {
                      let data43 = data40.orderListId;
                      const _errs92 = errors;
                      if (!(
                        typeof data43 == 'number' &&
                        !(data43 % 1) &&
                        !isNaN(data43) &&
                        isFinite(data43)
                      )) {
                        const err58 = {
                          instancePath: instancePath + '/' + i1 + '/orderListId',
                          schemaPath: '#/anyOf/1/items/properties/orderListId/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                        };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                      var valid5 = _errs92 === errors;
                    } else {
                      var valid5 = true;
                    }
                    if (valid5) {
                      if (data40.clientOrderId !== undefined) {
                        const _errs94 = errors;
                        if (typeof data40.clientOrderId !== 'string') {
                          const err59 = {
                            instancePath: instancePath + '/' + i1 + '/clientOrderId',
                            schemaPath: '#/anyOf/1/items/properties/clientOrderId/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          };
                          if (vErrors === null) {
                            vErrors = [err59];
                          } else {
                            vErrors.push(err59);
                          }
                          errors++;
                        }
                        var valid5 = _errs94 === errors;
                      } else {
                        var valid5 = true;
                      }
                      if (valid5) {
                        if (data40.transactTime !== undefined) {
                          let data45 = data40.transactTime;
                          const _errs96 = errors;
                          if (!(
                            typeof data45 == 'number' &&
                            !(data45 % 1) &&
                            !isNaN(data45) &&
                            isFinite(data45)
                          )) {
                            const err60 = {
                              instancePath: instancePath + '/' + i1 + '/transactTime',
                              schemaPath: '#/anyOf/1/items/properties/transactTime/type',
                              keyword: 'type',
                              params: { type: 'integer' },
                              message: 'must be integer',
                            };
                            if (vErrors === null) {
                              vErrors = [err60];
                            } else {
                              vErrors.push(err60);
                            }
                            errors++;
                          }
                          var valid5 = _errs96 === errors;
                        } else {
                          var valid5 = true;
                        }
                        if (valid5) {
                          if (data40.price !== undefined) {
                            let data46 = data40.price;
                            const _errs98 = errors;
                            if (errors === _errs98) {
                              if (typeof data46 === 'string') {
                                if (!pattern0.test(data46)) {
                                  const err61 = {
                                    instancePath: instancePath + '/' + i1 + '/price',
                                    schemaPath: '#/anyOf/1/items/properties/price/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                    message:
                                      'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err61];
                                  } else {
                                    vErrors.push(err61);
                                  }
                                  errors++;
                                }
                              } else {
                                const err62 = {
                                  instancePath: instancePath + '/' + i1 + '/price',
                                  schemaPath: '#/anyOf/1/items/properties/price/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                };
                                if (vErrors === null) {
                                  vErrors = [err62];
                                } else {
                                  vErrors.push(err62);
                                }
                                errors++;
                              }
                            }
                            var valid5 = _errs98 === errors;
                          } else {
                            var valid5 = true;
                          }
                          if (valid5) {
                            if (data40.origQty !== undefined) {
                              let data47 = data40.origQty;
                              const _errs100 = errors;
                              if (errors === _errs100) {
                                if (typeof data47 === 'string') {
                                  if (!pattern0.test(data47)) {
                                    const err63 = {
                                      instancePath: instancePath + '/' + i1 + '/origQty',
                                      schemaPath: '#/anyOf/1/items/properties/origQty/pattern',
                                      keyword: 'pattern',
                                      params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                      message:
                                        'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err63];
                                    } else {
                                      vErrors.push(err63);
                                    }
                                    errors++;
                                  }
                                } else {
                                  const err64 = {
                                    instancePath: instancePath + '/' + i1 + '/origQty',
                                    schemaPath: '#/anyOf/1/items/properties/origQty/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err64];
                                  } else {
                                    vErrors.push(err64);
                                  }
                                  errors++;
                                }
                              }
                              var valid5 = _errs100 === errors;
                            } else {
                              var valid5 = true;
                            }
                            if (valid5) {
                              if (data40.executedQty !== undefined) {
                                let data48 = data40.executedQty;
                                const _errs102 = errors;
                                if (errors === _errs102) {
                                  if (typeof data48 === 'string') {
                                    if (!pattern0.test(data48)) {
                                      const err65 = {
                                        instancePath: instancePath + '/' + i1 + '/executedQty',
                                        schemaPath:
                                          '#/anyOf/1/items/properties/executedQty/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                        message:
                                          'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err65];
                                      } else {
                                        vErrors.push(err65);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err66 = {
                                      instancePath: instancePath + '/' + i1 + '/executedQty',
                                      schemaPath: '#/anyOf/1/items/properties/executedQty/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err66];
                                    } else {
                                      vErrors.push(err66);
                                    }
                                    errors++;
                                  }
                                }
                                var valid5 = _errs102 === errors;
                              } else {
                                var valid5 = true;
                              }
                              if (valid5) {
                                if (data40.origQuoteOrderQty !== undefined) {
                                  let data49 = data40.origQuoteOrderQty;
                                  const _errs104 = errors;
                                  if (errors === _errs104) {
                                    if (typeof data49 === 'string') {
                                      if (!pattern0.test(data49)) {
                                        const err67 = {
                                          instancePath:
                                            instancePath + '/' + i1 + '/origQuoteOrderQty',
                                          schemaPath:
                                            '#/anyOf/1/items/properties/origQuoteOrderQty/pattern',
                                          keyword: 'pattern',
                                          params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                          message:
                                            'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err67];
                                        } else {
                                          vErrors.push(err67);
                                        }
                                        errors++;
                                      }
                                    } else {
                                      const err68 = {
                                        instancePath:
                                          instancePath + '/' + i1 + '/origQuoteOrderQty',
                                        schemaPath:
                                          '#/anyOf/1/items/properties/origQuoteOrderQty/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err68];
                                      } else {
                                        vErrors.push(err68);
                                      }
                                      errors++;
                                    }
                                  }
                                  var valid5 = _errs104 === errors;
                                } else {
                                  var valid5 = true;
                                }
                                if (valid5) {
                                  if (data40.cummulativeQuoteQty !== undefined) {
                                    let data50 = data40.cummulativeQuoteQty;
                                    const _errs106 = errors;
                                    if (errors === _errs106) {
                                      if (typeof data50 === 'string') {
                                        if (!pattern0.test(data50)) {
                                          const err69 = {
                                            instancePath:
                                              instancePath + '/' + i1 + '/cummulativeQuoteQty',
                                            schemaPath:
                                              '#/anyOf/1/items/properties/cummulativeQuoteQty/pattern',
                                            keyword: 'pattern',
                                            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                            message:
                                              'must match pattern "' +
                                              '^-?[0-9]+(\\.[0-9]+)?$' +
                                              '"',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err69];
                                          } else {
                                            vErrors.push(err69);
                                          }
                                          errors++;
                                        }
                                      } else {
                                        const err70 = {
                                          instancePath:
                                            instancePath + '/' + i1 + '/cummulativeQuoteQty',
                                          schemaPath:
                                            '#/anyOf/1/items/properties/cummulativeQuoteQty/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err70];
                                        } else {
                                          vErrors.push(err70);
                                        }
                                        errors++;
                                      }
                                    }
                                    var valid5 = _errs106 === errors;
                                  } else {
                                    var valid5 = true;
                                  }
                                  if (valid5) {
                                    if (data40.status !== undefined) {
                                      const _errs108 = errors;
                                      if (typeof data40.status !== 'string') {
                                        const err71 = {
                                          instancePath: instancePath + '/' + i1 + '/status',
                                          schemaPath: '#/anyOf/1/items/properties/status/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err71];
                                        } else {
                                          vErrors.push(err71);
                                        }
                                        errors++;
                                      }
                                      var valid5 = _errs108 === errors;
                                    } else {
                                      var valid5 = true;
                                    }
                                    if (valid5) {
                                      if (data40.timeInForce !== undefined) {
                                        const _errs110 = errors;
                                        if (typeof data40.timeInForce !== 'string') {
                                          const err72 = {
                                            instancePath: instancePath + '/' + i1 + '/timeInForce',
                                            schemaPath:
                                              '#/anyOf/1/items/properties/timeInForce/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err72];
                                          } else {
                                            vErrors.push(err72);
                                          }
                                          errors++;
                                        }
                                        var valid5 = _errs110 === errors;
                                      } else {
                                        var valid5 = true;
                                      }
                                      if (valid5) {
                                        if (data40.type !== undefined) {
                                          const _errs112 = errors;
                                          if (typeof data40.type !== 'string') {
                                            const err73 = {
                                              instancePath: instancePath + '/' + i1 + '/type',
                                              schemaPath: '#/anyOf/1/items/properties/type/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err73];
                                            } else {
                                              vErrors.push(err73);
                                            }
                                            errors++;
                                          }
                                          var valid5 = _errs112 === errors;
                                        } else {
                                          var valid5 = true;
                                        }
                                        if (valid5) {
                                          if (data40.side !== undefined) {
                                            const _errs114 = errors;
                                            if (typeof data40.side !== 'string') {
                                              const err74 = {
                                                instancePath: instancePath + '/' + i1 + '/side',
                                                schemaPath: '#/anyOf/1/items/properties/side/type',
                                                keyword: 'type',
                                                params: { type: 'string' },
                                                message: 'must be string',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err74];
                                              } else {
                                                vErrors.push(err74);
                                              }
                                              errors++;
                                            }
                                            var valid5 = _errs114 === errors;
                                          } else {
                                            var valid5 = true;
                                          }
                                          if (valid5) {
                                            if (data40.workingTime !== undefined) {
                                              let data55 = data40.workingTime;
                                              const _errs116 = errors;
                                              if (!(
                                                typeof data55 == 'number' &&
                                                !(data55 % 1) &&
                                                !isNaN(data55) &&
                                                isFinite(data55)
                                              )) {
                                                const err75 = {
                                                  instancePath:
                                                    instancePath + '/' + i1 + '/workingTime',
                                                  schemaPath:
                                                    '#/anyOf/1/items/properties/workingTime/type',
                                                  keyword: 'type',
                                                  params: { type: 'integer' },
                                                  message: 'must be integer',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err75];
                                                } else {
                                                  vErrors.push(err75);
                                                }
                                                errors++;
                                              }
                                              var valid5 = _errs116 === errors;
                                            } else {
                                              var valid5 = true;
                                            }
                                            if (valid5) {
                                              if (data40.fills !== undefined) {
                                                let data56 = data40.fills;
                                                const _errs118 = errors;
                                                if (errors === _errs118) {
                                                  if (Array.isArray(data56)) {
                                                    var valid6 = true;
                                                    const len2 = data56.length;
                                                    for (let i2 = 0; i2 < len2; i2++) {
                                                      let data57 = data56[i2];
                                                      const _errs120 = errors;
                                                      if (errors === _errs120) {
                                                        if (
                                                          data57 &&
                                                          typeof data57 == 'object' &&
                                                          !Array.isArray(data57)
                                                        ) {
                                                          let missing3;
                                                          if (
                                                            (data57.matchType === undefined &&
                                                              (missing3 = 'matchType')) ||
                                                            (data57.price === undefined &&
                                                              (missing3 = 'price')) ||
                                                            (data57.qty === undefined &&
                                                              (missing3 = 'qty')) ||
                                                            (data57.commission === undefined &&
                                                              (missing3 = 'commission')) ||
                                                            (data57.commissionAsset === undefined &&
                                                              (missing3 = 'commissionAsset')) ||
                                                            (data57.tradeId === undefined &&
                                                              (missing3 = 'tradeId')) ||
                                                            (data57.allocId === undefined &&
                                                              (missing3 = 'allocId'))
                                                          ) {
                                                            const err76 = {
                                                              instancePath:
                                                                instancePath +
                                                                '/' +
                                                                i1 +
                                                                '/fills/' +
                                                                i2,
                                                              schemaPath:
                                                                '#/anyOf/1/items/properties/fills/items/required',
                                                              keyword: 'required',
                                                              params: { missingProperty: missing3 },
                                                              message:
                                                                "must have required property '" +
                                                                missing3 +
                                                                "'",
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err76];
                                                            } else {
                                                              vErrors.push(err76);
                                                            }
                                                            errors++;
                                                          } else {
                                                            if (data57.matchType !== undefined) {
                                                              const _errs122 = errors;
                                                              if (
                                                                typeof data57.matchType !== 'string'
                                                              ) {
                                                                const err77 = {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/' +
                                                                    i1 +
                                                                    '/fills/' +
                                                                    i2 +
                                                                    '/matchType',
                                                                  schemaPath:
                                                                    '#/anyOf/1/items/properties/fills/items/properties/matchType/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'string' },
                                                                  message: 'must be string',
                                                                };
                                                                if (vErrors === null) {
                                                                  vErrors = [err77];
                                                                } else {
                                                                  vErrors.push(err77);
                                                                }
                                                                errors++;
                                                              }
                                                              var valid7 = _errs122 === errors;
                                                            } else {
                                                              var valid7 = true;
                                                            }
                                                            if (valid7) {
                                                              if (data57.price !== undefined) {
                                                                let data59 = data57.price;
                                                                const _errs124 = errors;
                                                                if (errors === _errs124) {
                                                                  if (typeof data59 === 'string') {
                                                                    if (!pattern0.test(data59)) {
                                                                      const err78 = {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/' +
                                                                          i1 +
                                                                          '/fills/' +
                                                                          i2 +
                                                                          '/price',
                                                                        schemaPath:
                                                                          '#/anyOf/1/items/properties/fills/items/properties/price/pattern',
                                                                        keyword: 'pattern',
                                                                        params: {
                                                                          pattern:
                                                                            '^-?[0-9]+(\\.[0-9]+)?$',
                                                                        },
                                                                        message:
                                                                          'must match pattern "' +
                                                                          '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                          '"',
                                                                      };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err78];
                                                                      } else {
                                                                        vErrors.push(err78);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                  } else {
                                                                    const err79 = {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/' +
                                                                        i1 +
                                                                        '/fills/' +
                                                                        i2 +
                                                                        '/price',
                                                                      schemaPath:
                                                                        '#/anyOf/1/items/properties/fills/items/properties/price/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'string' },
                                                                      message: 'must be string',
                                                                    };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err79];
                                                                    } else {
                                                                      vErrors.push(err79);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                }
                                                                var valid7 = _errs124 === errors;
                                                              } else {
                                                                var valid7 = true;
                                                              }
                                                              if (valid7) {
                                                                if (data57.qty !== undefined) {
                                                                  let data60 = data57.qty;
                                                                  const _errs126 = errors;
                                                                  if (errors === _errs126) {
                                                                    if (
                                                                      typeof data60 === 'string'
                                                                    ) {
                                                                      if (!pattern0.test(data60)) {
                                                                        const err80 = {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/' +
                                                                            i1 +
                                                                            '/fills/' +
                                                                            i2 +
                                                                            '/qty',
                                                                          schemaPath:
                                                                            '#/anyOf/1/items/properties/fills/items/properties/qty/pattern',
                                                                          keyword: 'pattern',
                                                                          params: {
                                                                            pattern:
                                                                              '^-?[0-9]+(\\.[0-9]+)?$',
                                                                          },
                                                                          message:
                                                                            'must match pattern "' +
                                                                            '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                            '"',
                                                                        };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err80];
                                                                        } else {
                                                                          vErrors.push(err80);
                                                                        }
                                                                        errors++;
                                                                      }
                                                                    } else {
                                                                      const err81 = {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/' +
                                                                          i1 +
                                                                          '/fills/' +
                                                                          i2 +
                                                                          '/qty',
                                                                        schemaPath:
                                                                          '#/anyOf/1/items/properties/fills/items/properties/qty/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'string' },
                                                                        message: 'must be string',
                                                                      };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err81];
                                                                      } else {
                                                                        vErrors.push(err81);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                  }
                                                                  var valid7 = _errs126 === errors;
                                                                } else {
                                                                  var valid7 = true;
                                                                }
                                                                if (valid7) {
                                                                  if (
                                                                    data57.commission !== undefined
                                                                  ) {
                                                                    let data61 = data57.commission;
                                                                    const _errs128 = errors;
                                                                    if (errors === _errs128) {
                                                                      if (
                                                                        typeof data61 === 'string'
                                                                      ) {
                                                                        if (
                                                                          !pattern0.test(data61)
                                                                        ) {
                                                                          const err82 = {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/' +
                                                                              i1 +
                                                                              '/fills/' +
                                                                              i2 +
                                                                              '/commission',
                                                                            schemaPath:
                                                                              '#/anyOf/1/items/properties/fills/items/properties/commission/pattern',
                                                                            keyword: 'pattern',
                                                                            params: {
                                                                              pattern:
                                                                                '^-?[0-9]+(\\.[0-9]+)?$',
                                                                            },
                                                                            message:
                                                                              'must match pattern "' +
                                                                              '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                              '"',
                                                                          };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err82];
                                                                          } else {
                                                                            vErrors.push(err82);
                                                                          }
                                                                          errors++;
                                                                        }
                                                                      } else {
                                                                        const err83 = {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/' +
                                                                            i1 +
                                                                            '/fills/' +
                                                                            i2 +
                                                                            '/commission',
                                                                          schemaPath:
                                                                            '#/anyOf/1/items/properties/fills/items/properties/commission/type',
                                                                          keyword: 'type',
                                                                          params: {
                                                                            type: 'string',
                                                                          },
                                                                          message: 'must be string',
                                                                        };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err83];
                                                                        } else {
                                                                          vErrors.push(err83);
                                                                        }
                                                                        errors++;
                                                                      }
                                                                    }
                                                                    var valid7 =
                                                                      _errs128 === errors;
                                                                  } else {
                                                                    var valid7 = true;
                                                                  }
                                                                  if (valid7) {
                                                                    if (
                                                                      data57.commissionAsset !==
                                                                      undefined
                                                                    ) {
                                                                      const _errs130 = errors;
                                                                      if (
                                                                        typeof data57.commissionAsset !==
                                                                        'string'
                                                                      ) {
                                                                        const err84 = {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/' +
                                                                            i1 +
                                                                            '/fills/' +
                                                                            i2 +
                                                                            '/commissionAsset',
                                                                          schemaPath:
                                                                            '#/anyOf/1/items/properties/fills/items/properties/commissionAsset/type',
                                                                          keyword: 'type',
                                                                          params: {
                                                                            type: 'string',
                                                                          },
                                                                          message: 'must be string',
                                                                        };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err84];
                                                                        } else {
                                                                          vErrors.push(err84);
                                                                        }
                                                                        errors++;
                                                                      }
                                                                      var valid7 =
                                                                        _errs130 === errors;
                                                                    } else {
                                                                      var valid7 = true;
                                                                    }
                                                                    if (valid7) {
                                                                      if (
                                                                        data57.tradeId !== undefined
                                                                      ) {
                                                                        let data63 = data57.tradeId;
                                                                        const _errs132 = errors;
                                                                        if (!(
                                                                          typeof data63 ==
                                                                            'number' &&
                                                                          !(data63 % 1) &&
                                                                          !isNaN(data63) &&
                                                                          isFinite(data63)
                                                                        )) {
                                                                          const err85 = {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/' +
                                                                              i1 +
                                                                              '/fills/' +
                                                                              i2 +
                                                                              '/tradeId',
                                                                            schemaPath:
                                                                              '#/anyOf/1/items/properties/fills/items/properties/tradeId/type',
                                                                            keyword: 'type',
                                                                            params: {
                                                                              type: 'integer',
                                                                            },
                                                                            message:
                                                                              'must be integer',
                                                                          };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err85];
                                                                          } else {
                                                                            vErrors.push(err85);
                                                                          }
                                                                          errors++;
                                                                        }
                                                                        var valid7 =
                                                                          _errs132 === errors;
                                                                      } else {
                                                                        var valid7 = true;
                                                                      }
                                                                      if (valid7) {
                                                                        if (
                                                                          data57.allocId !==
                                                                          undefined
                                                                        ) {
                                                                          let data64 =
                                                                            data57.allocId;
                                                                          const _errs134 = errors;
                                                                          if (!(
                                                                            typeof data64 ==
                                                                              'number' &&
                                                                            !(data64 % 1) &&
                                                                            !isNaN(data64) &&
                                                                            isFinite(data64)
                                                                          )) {
                                                                            const err86 = {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/' +
                                                                                i1 +
                                                                                '/fills/' +
                                                                                i2 +
                                                                                '/allocId',
                                                                              schemaPath:
                                                                                '#/anyOf/1/items/properties/fills/items/properties/allocId/type',
                                                                              keyword: 'type',
                                                                              params: {
                                                                                type: 'integer',
                                                                              },
                                                                              message:
                                                                                'must be integer',
                                                                            };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err86];
                                                                            } else {
                                                                              vErrors.push(err86);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                          var valid7 =
                                                                            _errs134 === errors;
                                                                        } else {
                                                                          var valid7 = true;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        } else {
                                                          const err87 = {
                                                            instancePath:
                                                              instancePath +
                                                              '/' +
                                                              i1 +
                                                              '/fills/' +
                                                              i2,
                                                            schemaPath:
                                                              '#/anyOf/1/items/properties/fills/items/type',
                                                            keyword: 'type',
                                                            params: { type: 'object' },
                                                            message: 'must be object',
                                                          };
                                                          if (vErrors === null) {
                                                            vErrors = [err87];
                                                          } else {
                                                            vErrors.push(err87);
                                                          }
                                                          errors++;
                                                        }
                                                      }
                                                      var valid6 = _errs120 === errors;
                                                      if (!valid6) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    const err88 = {
                                                      instancePath:
                                                        instancePath + '/' + i1 + '/fills',
                                                      schemaPath:
                                                        '#/anyOf/1/items/properties/fills/type',
                                                      keyword: 'type',
                                                      params: { type: 'array' },
                                                      message: 'must be array',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err88];
                                                    } else {
                                                      vErrors.push(err88);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                                var valid5 = _errs118 === errors;
                                              } else {
                                                var valid5 = true;
                                              }
                                              if (valid5) {
                                                if (data40.workingFloor !== undefined) {
                                                  const _errs136 = errors;
                                                  if (typeof data40.workingFloor !== 'string') {
                                                    const err89 = {
                                                      instancePath:
                                                        instancePath + '/' + i1 + '/workingFloor',
                                                      schemaPath:
                                                        '#/anyOf/1/items/properties/workingFloor/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err89];
                                                    } else {
                                                      vErrors.push(err89);
                                                    }
                                                    errors++;
                                                  }
                                                  var valid5 = _errs136 === errors;
                                                } else {
                                                  var valid5 = true;
                                                }
                                                if (valid5) {
                                                  if (
                                                    data40.selfTradePreventionMode !== undefined
                                                  ) {
                                                    const _errs138 = errors;
                                                    if (
                                                      typeof data40.selfTradePreventionMode !==
                                                      'string'
                                                    ) {
                                                      const err90 = {
                                                        instancePath:
                                                          instancePath +
                                                          '/' +
                                                          i1 +
                                                          '/selfTradePreventionMode',
                                                        schemaPath:
                                                          '#/anyOf/1/items/properties/selfTradePreventionMode/type',
                                                        keyword: 'type',
                                                        params: { type: 'string' },
                                                        message: 'must be string',
                                                      };
                                                      if (vErrors === null) {
                                                        vErrors = [err90];
                                                      } else {
                                                        vErrors.push(err90);
                                                      }
                                                      errors++;
                                                    }
                                                    var valid5 = _errs138 === errors;
                                                  } else {
                                                    var valid5 = true;
                                                  }
                                                  if (valid5) {
                                                    if (data40.usedSor !== undefined) {
                                                      const _errs140 = errors;
                                                      if (typeof data40.usedSor !== 'boolean') {
                                                        const err91 = {
                                                          instancePath:
                                                            instancePath + '/' + i1 + '/usedSor',
                                                          schemaPath:
                                                            '#/anyOf/1/items/properties/usedSor/type',
                                                          keyword: 'type',
                                                          params: { type: 'boolean' },
                                                          message: 'must be boolean',
                                                        };
                                                        if (vErrors === null) {
                                                          vErrors = [err91];
                                                        } else {
                                                          vErrors.push(err91);
                                                        }
                                                        errors++;
                                                      }
                                                      var valid5 = _errs140 === errors;
                                                    } else {
                                                      var valid5 = true;
                                                    }
                                                    if (valid5) {
                                                      if (data40.icebergQty !== undefined) {
                                                        let data68 = data40.icebergQty;
                                                        const _errs142 = errors;
                                                        if (errors === _errs142) {
                                                          if (typeof data68 === 'string') {
                                                            if (!pattern0.test(data68)) {
                                                              const err92 = {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/' +
                                                                  i1 +
                                                                  '/icebergQty',
                                                                schemaPath:
                                                                  '#/anyOf/1/items/properties/icebergQty/pattern',
                                                                keyword: 'pattern',
                                                                params: {
                                                                  pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                                                                },
                                                                message:
                                                                  'must match pattern "' +
                                                                  '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                  '"',
                                                              };
                                                              if (vErrors === null) {
                                                                vErrors = [err92];
                                                              } else {
                                                                vErrors.push(err92);
                                                              }
                                                              errors++;
                                                            }
                                                          } else {
                                                            const err93 = {
                                                              instancePath:
                                                                instancePath +
                                                                '/' +
                                                                i1 +
                                                                '/icebergQty',
                                                              schemaPath:
                                                                '#/anyOf/1/items/properties/icebergQty/type',
                                                              keyword: 'type',
                                                              params: { type: 'string' },
                                                              message: 'must be string',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err93];
                                                            } else {
                                                              vErrors.push(err93);
                                                            }
                                                            errors++;
                                                          }
                                                        }
                                                        var valid5 = _errs142 === errors;
                                                      } else {
                                                        var valid5 = true;
                                                      }
                                                      if (valid5) {
                                                        if (data40.preventedMatchId !== undefined) {
                                                          let data69 = data40.preventedMatchId;
                                                          const _errs144 = errors;
                                                          if (!(
                                                            typeof data69 == 'number' &&
                                                            !(data69 % 1) &&
                                                            !isNaN(data69) &&
                                                            isFinite(data69)
                                                          )) {
                                                            const err94 = {
                                                              instancePath:
                                                                instancePath +
                                                                '/' +
                                                                i1 +
                                                                '/preventedMatchId',
                                                              schemaPath:
                                                                '#/anyOf/1/items/properties/preventedMatchId/type',
                                                              keyword: 'type',
                                                              params: { type: 'integer' },
                                                              message: 'must be integer',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err94];
                                                            } else {
                                                              vErrors.push(err94);
                                                            }
                                                            errors++;
                                                          }
                                                          var valid5 = _errs144 === errors;
                                                        } else {
                                                          var valid5 = true;
                                                        }
                                                        if (valid5) {
                                                          if (
                                                            data40.preventedQuantity !== undefined
                                                          ) {
                                                            let data70 = data40.preventedQuantity;
                                                            const _errs146 = errors;
                                                            if (errors === _errs146) {
                                                              if (typeof data70 === 'string') {
                                                                if (!pattern0.test(data70)) {
                                                                  const err95 = {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/' +
                                                                      i1 +
                                                                      '/preventedQuantity',
                                                                    schemaPath:
                                                                      '#/anyOf/1/items/properties/preventedQuantity/pattern',
                                                                    keyword: 'pattern',
                                                                    params: {
                                                                      pattern:
                                                                        '^-?[0-9]+(\\.[0-9]+)?$',
                                                                    },
                                                                    message:
                                                                      'must match pattern "' +
                                                                      '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                      '"',
                                                                  };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err95];
                                                                  } else {
                                                                    vErrors.push(err95);
                                                                  }
                                                                  errors++;
                                                                }
                                                              } else {
                                                                const err96 = {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/' +
                                                                    i1 +
                                                                    '/preventedQuantity',
                                                                  schemaPath:
                                                                    '#/anyOf/1/items/properties/preventedQuantity/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'string' },
                                                                  message: 'must be string',
                                                                };
                                                                if (vErrors === null) {
                                                                  vErrors = [err96];
                                                                } else {
                                                                  vErrors.push(err96);
                                                                }
                                                                errors++;
                                                              }
                                                            }
                                                            var valid5 = _errs146 === errors;
                                                          } else {
                                                            var valid5 = true;
                                                          }
                                                          if (valid5) {
                                                            if (data40.stopPrice !== undefined) {
                                                              let data71 = data40.stopPrice;
                                                              const _errs148 = errors;
                                                              if (errors === _errs148) {
                                                                if (typeof data71 === 'string') {
                                                                  if (!pattern0.test(data71)) {
                                                                    const err97 = {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/' +
                                                                        i1 +
                                                                        '/stopPrice',
                                                                      schemaPath:
                                                                        '#/anyOf/1/items/properties/stopPrice/pattern',
                                                                      keyword: 'pattern',
                                                                      params: {
                                                                        pattern:
                                                                          '^-?[0-9]+(\\.[0-9]+)?$',
                                                                      },
                                                                      message:
                                                                        'must match pattern "' +
                                                                        '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                        '"',
                                                                    };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err97];
                                                                    } else {
                                                                      vErrors.push(err97);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                } else {
                                                                  const err98 = {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/' +
                                                                      i1 +
                                                                      '/stopPrice',
                                                                    schemaPath:
                                                                      '#/anyOf/1/items/properties/stopPrice/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'string' },
                                                                    message: 'must be string',
                                                                  };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err98];
                                                                  } else {
                                                                    vErrors.push(err98);
                                                                  }
                                                                  errors++;
                                                                }
                                                              }
                                                              var valid5 = _errs148 === errors;
                                                            } else {
                                                              var valid5 = true;
                                                            }
                                                            if (valid5) {
                                                              if (data40.strategyId !== undefined) {
                                                                let data72 = data40.strategyId;
                                                                const _errs150 = errors;
                                                                if (!(
                                                                  typeof data72 == 'number' &&
                                                                  !(data72 % 1) &&
                                                                  !isNaN(data72) &&
                                                                  isFinite(data72)
                                                                )) {
                                                                  const err99 = {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/' +
                                                                      i1 +
                                                                      '/strategyId',
                                                                    schemaPath:
                                                                      '#/anyOf/1/items/properties/strategyId/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'integer' },
                                                                    message: 'must be integer',
                                                                  };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err99];
                                                                  } else {
                                                                    vErrors.push(err99);
                                                                  }
                                                                  errors++;
                                                                }
                                                                var valid5 = _errs150 === errors;
                                                              } else {
                                                                var valid5 = true;
                                                              }
                                                              if (valid5) {
                                                                if (
                                                                  data40.strategyType !== undefined
                                                                ) {
                                                                  let data73 = data40.strategyType;
                                                                  const _errs152 = errors;
                                                                  if (!(
                                                                    typeof data73 == 'number' &&
                                                                    !(data73 % 1) &&
                                                                    !isNaN(data73) &&
                                                                    isFinite(data73)
                                                                  )) {
                                                                    const err100 = {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/' +
                                                                        i1 +
                                                                        '/strategyType',
                                                                      schemaPath:
                                                                        '#/anyOf/1/items/properties/strategyType/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'integer' },
                                                                      message: 'must be integer',
                                                                    };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err100];
                                                                    } else {
                                                                      vErrors.push(err100);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                  var valid5 = _errs152 === errors;
                                                                } else {
                                                                  var valid5 = true;
                                                                }
                                                                if (valid5) {
                                                                  if (
                                                                    data40.trailingDelta !==
                                                                    undefined
                                                                  ) {
                                                                    let data74 =
                                                                      data40.trailingDelta;
                                                                    const _errs154 = errors;
                                                                    if (!(
                                                                      typeof data74 == 'number' &&
                                                                      !(data74 % 1) &&
                                                                      !isNaN(data74) &&
                                                                      isFinite(data74)
                                                                    )) {
                                                                      const err101 = {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/' +
                                                                          i1 +
                                                                          '/trailingDelta',
                                                                        schemaPath:
                                                                          '#/anyOf/1/items/properties/trailingDelta/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'integer' },
                                                                        message: 'must be integer',
                                                                      };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err101];
                                                                      } else {
                                                                        vErrors.push(err101);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                    var valid5 =
                                                                      _errs154 === errors;
                                                                  } else {
                                                                    var valid5 = true;
                                                                  }
                                                                  if (valid5) {
                                                                    if (
                                                                      data40.trailingTime !==
                                                                      undefined
                                                                    ) {
                                                                      let data75 =
                                                                        data40.trailingTime;
                                                                      const _errs156 = errors;
                                                                      if (!(
                                                                        typeof data75 == 'number' &&
                                                                        !(data75 % 1) &&
                                                                        !isNaN(data75) &&
                                                                        isFinite(data75)
                                                                      )) {
                                                                        const err102 = {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/' +
                                                                            i1 +
                                                                            '/trailingTime',
                                                                          schemaPath:
                                                                            '#/anyOf/1/items/properties/trailingTime/type',
                                                                          keyword: 'type',
                                                                          params: {
                                                                            type: 'integer',
                                                                          },
                                                                          message:
                                                                            'must be integer',
                                                                        };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err102];
                                                                        } else {
                                                                          vErrors.push(err102);
                                                                        }
                                                                        errors++;
                                                                      }
                                                                      var valid5 =
                                                                        _errs156 === errors;
                                                                    } else {
                                                                      var valid5 = true;
                                                                    }
                                                                    if (valid5) {
                                                                      if (
                                                                        data40.pegPriceType !==
                                                                        undefined
                                                                      ) {
                                                                        const _errs158 = errors;
                                                                        if (
                                                                          typeof data40.pegPriceType !==
                                                                          'string'
                                                                        ) {
                                                                          const err103 = {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/' +
                                                                              i1 +
                                                                              '/pegPriceType',
                                                                            schemaPath:
                                                                              '#/anyOf/1/items/properties/pegPriceType/type',
                                                                            keyword: 'type',
                                                                            params: {
                                                                              type: 'string',
                                                                            },
                                                                            message:
                                                                              'must be string',
                                                                          };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err103];
                                                                          } else {
                                                                            vErrors.push(err103);
                                                                          }
                                                                          errors++;
                                                                        }
                                                                        var valid5 =
                                                                          _errs158 === errors;
                                                                      } else {
                                                                        var valid5 = true;
                                                                      }
                                                                      if (valid5) {
                                                                        if (
                                                                          data40.pegOffsetType !==
                                                                          undefined
                                                                        ) {
                                                                          const _errs160 = errors;
                                                                          if (
                                                                            typeof data40.pegOffsetType !==
                                                                            'string'
                                                                          ) {
                                                                            const err104 = {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/' +
                                                                                i1 +
                                                                                '/pegOffsetType',
                                                                              schemaPath:
                                                                                '#/anyOf/1/items/properties/pegOffsetType/type',
                                                                              keyword: 'type',
                                                                              params: {
                                                                                type: 'string',
                                                                              },
                                                                              message:
                                                                                'must be string',
                                                                            };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err104];
                                                                            } else {
                                                                              vErrors.push(err104);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                          var valid5 =
                                                                            _errs160 === errors;
                                                                        } else {
                                                                          var valid5 = true;
                                                                        }
                                                                        if (valid5) {
                                                                          if (
                                                                            data40.pegOffsetValue !==
                                                                            undefined
                                                                          ) {
                                                                            let data78 =
                                                                              data40.pegOffsetValue;
                                                                            const _errs162 = errors;
                                                                            if (!(
                                                                              typeof data78 ==
                                                                                'number' &&
                                                                              !(data78 % 1) &&
                                                                              !isNaN(data78) &&
                                                                              isFinite(data78)
                                                                            )) {
                                                                              const err105 = {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  '/' +
                                                                                  i1 +
                                                                                  '/pegOffsetValue',
                                                                                schemaPath:
                                                                                  '#/anyOf/1/items/properties/pegOffsetValue/type',
                                                                                keyword: 'type',
                                                                                params: {
                                                                                  type: 'integer',
                                                                                },
                                                                                message:
                                                                                  'must be integer',
                                                                              };
                                                                              if (
                                                                                vErrors === null
                                                                              ) {
                                                                                vErrors = [err105];
                                                                              } else {
                                                                                vErrors.push(
                                                                                  err105,
                                                                                );
                                                                              }
                                                                              errors++;
                                                                            }
                                                                            var valid5 =
                                                                              _errs162 === errors;
                                                                          } else {
                                                                            var valid5 = true;
                                                                          }
                                                                          if (valid5) {
                                                                            if (
                                                                              data40.peggedPrice !==
                                                                              undefined
                                                                            ) {
                                                                              let data79 =
                                                                                data40.peggedPrice;
                                                                              const _errs164 =
                                                                                errors;
                                                                              if (
                                                                                errors === _errs164
                                                                              ) {
                                                                                if (
                                                                                  typeof data79 ===
                                                                                  'string'
                                                                                ) {
                                                                                  if (
                                                                                    !pattern0.test(
                                                                                      data79,
                                                                                    )
                                                                                  ) {
                                                                                    const err106 = {
                                                                                      instancePath:
                                                                                        instancePath +
                                                                                        '/' +
                                                                                        i1 +
                                                                                        '/peggedPrice',
                                                                                      schemaPath:
                                                                                        '#/anyOf/1/items/properties/peggedPrice/pattern',
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
                                                                                    };
                                                                                    if (
                                                                                      vErrors ===
                                                                                      null
                                                                                    ) {
                                                                                      vErrors = [
                                                                                        err106,
                                                                                      ];
                                                                                    } else {
                                                                                      vErrors.push(
                                                                                        err106,
                                                                                      );
                                                                                    }
                                                                                    errors++;
                                                                                  }
                                                                                } else {
                                                                                  const err107 = {
                                                                                    instancePath:
                                                                                      instancePath +
                                                                                      '/' +
                                                                                      i1 +
                                                                                      '/peggedPrice',
                                                                                    schemaPath:
                                                                                      '#/anyOf/1/items/properties/peggedPrice/type',
                                                                                    keyword: 'type',
                                                                                    params: {
                                                                                      type: 'string',
                                                                                    },
                                                                                    message:
                                                                                      'must be string',
                                                                                  };
                                                                                  if (
                                                                                    vErrors === null
                                                                                  ) {
                                                                                    vErrors = [
                                                                                      err107,
                                                                                    ];
                                                                                  } else {
                                                                                    vErrors.push(
                                                                                      err107,
                                                                                    );
                                                                                  }
                                                                                  errors++;
                                                                                }
                                                                              }
                                                                              var valid5 =
                                                                                _errs164 === errors;
                                                                            } else {
                                                                              var valid5 = true;
                                                                            }
                                                                            if (valid5) {
                                                                              if (
                                                                                data40.expiryReason !==
                                                                                undefined
                                                                              ) {
                                                                                const _errs166 =
                                                                                  errors;
                                                                                if (
                                                                                  typeof data40.expiryReason !==
                                                                                  'string'
                                                                                ) {
                                                                                  const err108 = {
                                                                                    instancePath:
                                                                                      instancePath +
                                                                                      '/' +
                                                                                      i1 +
                                                                                      '/expiryReason',
                                                                                    schemaPath:
                                                                                      '#/anyOf/1/items/properties/expiryReason/type',
                                                                                    keyword: 'type',
                                                                                    params: {
                                                                                      type: 'string',
                                                                                    },
                                                                                    message:
                                                                                      'must be string',
                                                                                  };
                                                                                  if (
                                                                                    vErrors === null
                                                                                  ) {
                                                                                    vErrors = [
                                                                                      err108,
                                                                                    ];
                                                                                  } else {
                                                                                    vErrors.push(
                                                                                      err108,
                                                                                    );
                                                                                  }
                                                                                  errors++;
                                                                                }
                                                                                var valid5 =
                                                                                  _errs166 ===
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
              const err109 = {
                instancePath: instancePath + '/' + i1,
                schemaPath: '#/anyOf/1/items/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
              };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
          }
          var valid4 = _errs86 === errors;
          if (!valid4) {
            break;
          }
        }
      } else {
        const err110 = {
          instancePath,
          schemaPath: '#/anyOf/1/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err110];
        } else {
          vErrors.push(err110);
        }
        errors++;
      }
    }
    var _valid0 = _errs84 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err111 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf',
    };
    if (vErrors === null) {
      vErrors = [err111];
    } else {
      vErrors.push(err111);
    }
    errors++;
    validate10.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
