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
          description: 'Visible quantity of an iceberg order.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        stopPrice: {
          description: 'Price the order is triggered at.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        strategyId: { description: 'Strategy id the order was labelled with.', type: 'integer' },
        strategyType: {
          description: 'Strategy type the order was labelled with.',
          type: 'integer',
        },
        trailingDelta: { description: 'Trailing distance in basis points.', type: 'integer' },
        trailingTime: {
          description:
            'When the trailing stop started tracking the price (milliseconds); -1 until then.',
          type: 'integer',
        },
        usedSor: { description: 'Whether the order used SOR.', type: 'boolean' },
        workingFloor: {
          description: 'Who fills the order: EXCHANGE (the order book it was sent to) or SOR.',
          type: 'string',
        },
        expiryReason: {
          description:
            'Why the order expired (enums.md > Expiry reasons: INSUFFICIENT_LIQUIDITY, EXECUTION_RULE_PRICE_RANGE_EXCEEDED, …).',
          type: 'string',
        },
        pegPriceType: { description: 'Peg type (PRIMARY_PEG or MARKET_PEG).', type: 'string' },
        pegOffsetType: { description: 'Peg offset type (PRICE_LEVEL).', type: 'string' },
        pegOffsetValue: { description: 'Peg offset, in price levels.', type: 'integer' },
        peggedPrice: {
          description: 'Price the order is currently pegged at.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        preventedMatchId: {
          description: 'Id of the prevented match (query it with symbol, getMyPreventedMatches).',
          type: 'integer',
        },
        preventedQuantity: {
          description: 'Order quantity that expired due to STP.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
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
          description: 'Visible quantity of an iceberg order.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        stopPrice: {
          description: 'Price the order is triggered at.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        strategyId: { description: 'Strategy id the order was labelled with.', type: 'integer' },
        strategyType: {
          description: 'Strategy type the order was labelled with.',
          type: 'integer',
        },
        trailingDelta: { description: 'Trailing distance in basis points.', type: 'integer' },
        trailingTime: {
          description:
            'When the trailing stop started tracking the price (milliseconds); -1 until then.',
          type: 'integer',
        },
        usedSor: { description: 'Whether the order used SOR.', type: 'boolean' },
        workingFloor: {
          description: 'Who fills the order: EXCHANGE (the order book it was sent to) or SOR.',
          type: 'string',
        },
        expiryReason: {
          description:
            'Why the order expired (enums.md > Expiry reasons: INSUFFICIENT_LIQUIDITY, EXECUTION_RULE_PRICE_RANGE_EXCEEDED, …).',
          type: 'string',
        },
        pegPriceType: { description: 'Peg type (PRIMARY_PEG or MARKET_PEG).', type: 'string' },
        pegOffsetType: { description: 'Peg offset type (PRICE_LEVEL).', type: 'string' },
        pegOffsetValue: { description: 'Peg offset, in price levels.', type: 'integer' },
        peggedPrice: {
          description: 'Price the order is currently pegged at.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        preventedMatchId: {
          description: 'Id of the prevented match (query it with symbol, getMyPreventedMatches).',
          type: 'integer',
        },
        preventedQuantity: {
          description: 'Order quantity that expired due to STP.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
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
  /*# sourceURL="https://binance-rx.dev/schemas/operations/cancel-replace-order.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.cancelResult === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cancelResult' },
        message: "must have required property '" + 'cancelResult' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.newOrderResult === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'newOrderResult' },
        message: "must have required property '" + 'newOrderResult' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.cancelResponse === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cancelResponse' },
        message: "must have required property '" + 'cancelResponse' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.newOrderResponse === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'newOrderResponse' },
        message: "must have required property '" + 'newOrderResponse' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.cancelResult !== undefined) {
      if (typeof data.cancelResult !== 'string') {
        const err4 = {
          instancePath: instancePath + '/cancelResult',
          schemaPath: '#/properties/cancelResult/type',
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
    }
    if (data.newOrderResult !== undefined) {
      if (typeof data.newOrderResult !== 'string') {
        const err5 = {
          instancePath: instancePath + '/newOrderResult',
          schemaPath: '#/properties/newOrderResult/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.cancelResponse !== undefined) {
      let data2 = data.cancelResponse;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.symbol === undefined) {
          const err6 = {
            instancePath: instancePath + '/cancelResponse',
            schemaPath: '#/properties/cancelResponse/required',
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
        if (data2.origClientOrderId === undefined) {
          const err7 = {
            instancePath: instancePath + '/cancelResponse',
            schemaPath: '#/properties/cancelResponse/required',
            keyword: 'required',
            params: { missingProperty: 'origClientOrderId' },
            message: "must have required property '" + 'origClientOrderId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.orderId === undefined) {
          const err8 = {
            instancePath: instancePath + '/cancelResponse',
            schemaPath: '#/properties/cancelResponse/required',
            keyword: 'required',
            params: { missingProperty: 'orderId' },
            message: "must have required property '" + 'orderId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2.orderListId === undefined) {
          const err9 = {
            instancePath: instancePath + '/cancelResponse',
            schemaPath: '#/properties/cancelResponse/required',
            keyword: 'required',
            params: { missingProperty: 'orderListId' },
            message: "must have required property '" + 'orderListId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data2.clientOrderId === undefined) {
          const err10 = {
            instancePath: instancePath + '/cancelResponse',
            schemaPath: '#/properties/cancelResponse/required',
            keyword: 'required',
            params: { missingProperty: 'clientOrderId' },
            message: "must have required property '" + 'clientOrderId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2.transactTime === undefined) {
          const err11 = {
            instancePath: instancePath + '/cancelResponse',
            schemaPath: '#/properties/cancelResponse/required',
            keyword: 'required',
            params: { missingProperty: 'transactTime' },
            message: "must have required property '" + 'transactTime' + "'",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2.price === undefined) {
          const err12 = {
            instancePath: instancePath + '/cancelResponse',
            schemaPath: '#/properties/cancelResponse/required',
            keyword: 'required',
            params: { missingProperty: 'price' },
            message: "must have required property '" + 'price' + "'",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data2.origQty === undefined) {
          const err13 = {
            instancePath: instancePath + '/cancelResponse',
            schemaPath: '#/properties/cancelResponse/required',
            keyword: 'required',
            params: { missingProperty: 'origQty' },
            message: "must have required property '" + 'origQty' + "'",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data2.executedQty === undefined) {
          const err14 = {
            instancePath: instancePath + '/cancelResponse',
            schemaPath: '#/properties/cancelResponse/required',
            keyword: 'required',
            params: { missingProperty: 'executedQty' },
            message: "must have required property '" + 'executedQty' + "'",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data2.cummulativeQuoteQty === undefined) {
          const err15 = {
            instancePath: instancePath + '/cancelResponse',
            schemaPath: '#/properties/cancelResponse/required',
            keyword: 'required',
            params: { missingProperty: 'cummulativeQuoteQty' },
            message: "must have required property '" + 'cummulativeQuoteQty' + "'",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data2.status === undefined) {
          const err16 = {
            instancePath: instancePath + '/cancelResponse',
            schemaPath: '#/properties/cancelResponse/required',
            keyword: 'required',
            params: { missingProperty: 'status' },
            message: "must have required property '" + 'status' + "'",
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data2.timeInForce === undefined) {
          const err17 = {
            instancePath: instancePath + '/cancelResponse',
            schemaPath: '#/properties/cancelResponse/required',
            keyword: 'required',
            params: { missingProperty: 'timeInForce' },
            message: "must have required property '" + 'timeInForce' + "'",
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data2.type === undefined) {
          const err18 = {
            instancePath: instancePath + '/cancelResponse',
            schemaPath: '#/properties/cancelResponse/required',
            keyword: 'required',
            params: { missingProperty: 'type' },
            message: "must have required property '" + 'type' + "'",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data2.side === undefined) {
          const err19 = {
            instancePath: instancePath + '/cancelResponse',
            schemaPath: '#/properties/cancelResponse/required',
            keyword: 'required',
            params: { missingProperty: 'side' },
            message: "must have required property '" + 'side' + "'",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data2.selfTradePreventionMode === undefined) {
          const err20 = {
            instancePath: instancePath + '/cancelResponse',
            schemaPath: '#/properties/cancelResponse/required',
            keyword: 'required',
            params: { missingProperty: 'selfTradePreventionMode' },
            message: "must have required property '" + 'selfTradePreventionMode' + "'",
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data2.symbol !== undefined) {
          if (typeof data2.symbol !== 'string') {
            const err21 = {
              instancePath: instancePath + '/cancelResponse/symbol',
              schemaPath: '#/properties/cancelResponse/properties/symbol/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data2.origClientOrderId !== undefined) {
          if (typeof data2.origClientOrderId !== 'string') {
            const err22 = {
              instancePath: instancePath + '/cancelResponse/origClientOrderId',
              schemaPath: '#/properties/cancelResponse/properties/origClientOrderId/type',
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
        }
        if (data2.orderId !== undefined) {
          let data5 = data2.orderId;
          if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
            const err23 = {
              instancePath: instancePath + '/cancelResponse/orderId',
              schemaPath: '#/properties/cancelResponse/properties/orderId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data2.orderListId !== undefined) {
          let data6 = data2.orderListId;
          if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
            const err24 = {
              instancePath: instancePath + '/cancelResponse/orderListId',
              schemaPath: '#/properties/cancelResponse/properties/orderListId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data2.clientOrderId !== undefined) {
          if (typeof data2.clientOrderId !== 'string') {
            const err25 = {
              instancePath: instancePath + '/cancelResponse/clientOrderId',
              schemaPath: '#/properties/cancelResponse/properties/clientOrderId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data2.transactTime !== undefined) {
          let data8 = data2.transactTime;
          if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
            const err26 = {
              instancePath: instancePath + '/cancelResponse/transactTime',
              schemaPath: '#/properties/cancelResponse/properties/transactTime/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data2.price !== undefined) {
          let data9 = data2.price;
          if (typeof data9 === 'string') {
            if (!pattern0.test(data9)) {
              const err27 = {
                instancePath: instancePath + '/cancelResponse/price',
                schemaPath: '#/properties/cancelResponse/properties/price/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
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
              instancePath: instancePath + '/cancelResponse/price',
              schemaPath: '#/properties/cancelResponse/properties/price/type',
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
        if (data2.origQty !== undefined) {
          let data10 = data2.origQty;
          if (typeof data10 === 'string') {
            if (!pattern0.test(data10)) {
              const err29 = {
                instancePath: instancePath + '/cancelResponse/origQty',
                schemaPath: '#/properties/cancelResponse/properties/origQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = {
              instancePath: instancePath + '/cancelResponse/origQty',
              schemaPath: '#/properties/cancelResponse/properties/origQty/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data2.executedQty !== undefined) {
          let data11 = data2.executedQty;
          if (typeof data11 === 'string') {
            if (!pattern0.test(data11)) {
              const err31 = {
                instancePath: instancePath + '/cancelResponse/executedQty',
                schemaPath: '#/properties/cancelResponse/properties/executedQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = {
              instancePath: instancePath + '/cancelResponse/executedQty',
              schemaPath: '#/properties/cancelResponse/properties/executedQty/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data2.origQuoteOrderQty !== undefined) {
          let data12 = data2.origQuoteOrderQty;
          if (typeof data12 === 'string') {
            if (!pattern0.test(data12)) {
              const err33 = {
                instancePath: instancePath + '/cancelResponse/origQuoteOrderQty',
                schemaPath: '#/properties/cancelResponse/properties/origQuoteOrderQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = {
              instancePath: instancePath + '/cancelResponse/origQuoteOrderQty',
              schemaPath: '#/properties/cancelResponse/properties/origQuoteOrderQty/type',
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
        }
        if (data2.cummulativeQuoteQty !== undefined) {
          let data13 = data2.cummulativeQuoteQty;
          if (typeof data13 === 'string') {
            if (!pattern0.test(data13)) {
              const err35 = {
                instancePath: instancePath + '/cancelResponse/cummulativeQuoteQty',
                schemaPath: '#/properties/cancelResponse/properties/cummulativeQuoteQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = {
              instancePath: instancePath + '/cancelResponse/cummulativeQuoteQty',
              schemaPath: '#/properties/cancelResponse/properties/cummulativeQuoteQty/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data2.status !== undefined) {
          if (typeof data2.status !== 'string') {
            const err37 = {
              instancePath: instancePath + '/cancelResponse/status',
              schemaPath: '#/properties/cancelResponse/properties/status/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data2.timeInForce !== undefined) {
          if (typeof data2.timeInForce !== 'string') {
            const err38 = {
              instancePath: instancePath + '/cancelResponse/timeInForce',
              schemaPath: '#/properties/cancelResponse/properties/timeInForce/type',
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
        if (data2.type !== undefined) {
          if (typeof data2.type !== 'string') {
            const err39 = {
              instancePath: instancePath + '/cancelResponse/type',
              schemaPath: '#/properties/cancelResponse/properties/type/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data2.side !== undefined) {
          if (typeof data2.side !== 'string') {
            const err40 = {
              instancePath: instancePath + '/cancelResponse/side',
              schemaPath: '#/properties/cancelResponse/properties/side/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data2.selfTradePreventionMode !== undefined) {
          if (typeof data2.selfTradePreventionMode !== 'string') {
            const err41 = {
              instancePath: instancePath + '/cancelResponse/selfTradePreventionMode',
              schemaPath: '#/properties/cancelResponse/properties/selfTradePreventionMode/type',
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
        if (data2.icebergQty !== undefined) {
          let data19 = data2.icebergQty;
          if (typeof data19 === 'string') {
            if (!pattern0.test(data19)) {
              const err42 = {
                instancePath: instancePath + '/cancelResponse/icebergQty',
                schemaPath: '#/properties/cancelResponse/properties/icebergQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
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
              instancePath: instancePath + '/cancelResponse/icebergQty',
              schemaPath: '#/properties/cancelResponse/properties/icebergQty/type',
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
        if (data2.stopPrice !== undefined) {
          let data20 = data2.stopPrice;
          if (typeof data20 === 'string') {
            if (!pattern0.test(data20)) {
              const err44 = {
                instancePath: instancePath + '/cancelResponse/stopPrice',
                schemaPath: '#/properties/cancelResponse/properties/stopPrice/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = {
              instancePath: instancePath + '/cancelResponse/stopPrice',
              schemaPath: '#/properties/cancelResponse/properties/stopPrice/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data2.strategyId !== undefined) {
          let data21 = data2.strategyId;
          if (!(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
            const err46 = {
              instancePath: instancePath + '/cancelResponse/strategyId',
              schemaPath: '#/properties/cancelResponse/properties/strategyId/type',
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
        }
        if (data2.strategyType !== undefined) {
          let data22 = data2.strategyType;
          if (!(typeof data22 == 'number' && !(data22 % 1) && !isNaN(data22) && isFinite(data22))) {
            const err47 = {
              instancePath: instancePath + '/cancelResponse/strategyType',
              schemaPath: '#/properties/cancelResponse/properties/strategyType/type',
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
        }
        if (data2.trailingDelta !== undefined) {
          let data23 = data2.trailingDelta;
          if (!(typeof data23 == 'number' && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
            const err48 = {
              instancePath: instancePath + '/cancelResponse/trailingDelta',
              schemaPath: '#/properties/cancelResponse/properties/trailingDelta/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data2.trailingTime !== undefined) {
          let data24 = data2.trailingTime;
          if (!(typeof data24 == 'number' && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
            const err49 = {
              instancePath: instancePath + '/cancelResponse/trailingTime',
              schemaPath: '#/properties/cancelResponse/properties/trailingTime/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data2.usedSor !== undefined) {
          if (typeof data2.usedSor !== 'boolean') {
            const err50 = {
              instancePath: instancePath + '/cancelResponse/usedSor',
              schemaPath: '#/properties/cancelResponse/properties/usedSor/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data2.workingFloor !== undefined) {
          if (typeof data2.workingFloor !== 'string') {
            const err51 = {
              instancePath: instancePath + '/cancelResponse/workingFloor',
              schemaPath: '#/properties/cancelResponse/properties/workingFloor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data2.expiryReason !== undefined) {
          if (typeof data2.expiryReason !== 'string') {
            const err52 = {
              instancePath: instancePath + '/cancelResponse/expiryReason',
              schemaPath: '#/properties/cancelResponse/properties/expiryReason/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data2.pegPriceType !== undefined) {
          if (typeof data2.pegPriceType !== 'string') {
            const err53 = {
              instancePath: instancePath + '/cancelResponse/pegPriceType',
              schemaPath: '#/properties/cancelResponse/properties/pegPriceType/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data2.pegOffsetType !== undefined) {
          if (typeof data2.pegOffsetType !== 'string') {
            const err54 = {
              instancePath: instancePath + '/cancelResponse/pegOffsetType',
              schemaPath: '#/properties/cancelResponse/properties/pegOffsetType/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data2.pegOffsetValue !== undefined) {
          let data30 = data2.pegOffsetValue;
          if (!(typeof data30 == 'number' && !(data30 % 1) && !isNaN(data30) && isFinite(data30))) {
            const err55 = {
              instancePath: instancePath + '/cancelResponse/pegOffsetValue',
              schemaPath: '#/properties/cancelResponse/properties/pegOffsetValue/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data2.peggedPrice !== undefined) {
          let data31 = data2.peggedPrice;
          if (typeof data31 === 'string') {
            if (!pattern0.test(data31)) {
              const err56 = {
                instancePath: instancePath + '/cancelResponse/peggedPrice',
                schemaPath: '#/properties/cancelResponse/properties/peggedPrice/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          } else {
            const err57 = {
              instancePath: instancePath + '/cancelResponse/peggedPrice',
              schemaPath: '#/properties/cancelResponse/properties/peggedPrice/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data2.preventedMatchId !== undefined) {
          let data32 = data2.preventedMatchId;
          if (!(typeof data32 == 'number' && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
            const err58 = {
              instancePath: instancePath + '/cancelResponse/preventedMatchId',
              schemaPath: '#/properties/cancelResponse/properties/preventedMatchId/type',
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
        }
        if (data2.preventedQuantity !== undefined) {
          let data33 = data2.preventedQuantity;
          if (typeof data33 === 'string') {
            if (!pattern0.test(data33)) {
              const err59 = {
                instancePath: instancePath + '/cancelResponse/preventedQuantity',
                schemaPath: '#/properties/cancelResponse/properties/preventedQuantity/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = {
              instancePath: instancePath + '/cancelResponse/preventedQuantity',
              schemaPath: '#/properties/cancelResponse/properties/preventedQuantity/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = {
          instancePath: instancePath + '/cancelResponse',
          schemaPath: '#/properties/cancelResponse/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.newOrderResponse !== undefined) {
      let data34 = data.newOrderResponse;
      if (data34 && typeof data34 == 'object' && !Array.isArray(data34)) {
        if (data34.symbol === undefined) {
          const err62 = {
            instancePath: instancePath + '/newOrderResponse',
            schemaPath: '#/properties/newOrderResponse/required',
            keyword: 'required',
            params: { missingProperty: 'symbol' },
            message: "must have required property '" + 'symbol' + "'",
          };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
        if (data34.orderId === undefined) {
          const err63 = {
            instancePath: instancePath + '/newOrderResponse',
            schemaPath: '#/properties/newOrderResponse/required',
            keyword: 'required',
            params: { missingProperty: 'orderId' },
            message: "must have required property '" + 'orderId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
        if (data34.orderListId === undefined) {
          const err64 = {
            instancePath: instancePath + '/newOrderResponse',
            schemaPath: '#/properties/newOrderResponse/required',
            keyword: 'required',
            params: { missingProperty: 'orderListId' },
            message: "must have required property '" + 'orderListId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
        if (data34.clientOrderId === undefined) {
          const err65 = {
            instancePath: instancePath + '/newOrderResponse',
            schemaPath: '#/properties/newOrderResponse/required',
            keyword: 'required',
            params: { missingProperty: 'clientOrderId' },
            message: "must have required property '" + 'clientOrderId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        if (data34.transactTime === undefined) {
          const err66 = {
            instancePath: instancePath + '/newOrderResponse',
            schemaPath: '#/properties/newOrderResponse/required',
            keyword: 'required',
            params: { missingProperty: 'transactTime' },
            message: "must have required property '" + 'transactTime' + "'",
          };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        if (data34.symbol !== undefined) {
          if (typeof data34.symbol !== 'string') {
            const err67 = {
              instancePath: instancePath + '/newOrderResponse/symbol',
              schemaPath: '#/properties/newOrderResponse/properties/symbol/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data34.orderId !== undefined) {
          let data36 = data34.orderId;
          if (!(typeof data36 == 'number' && !(data36 % 1) && !isNaN(data36) && isFinite(data36))) {
            const err68 = {
              instancePath: instancePath + '/newOrderResponse/orderId',
              schemaPath: '#/properties/newOrderResponse/properties/orderId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data34.orderListId !== undefined) {
          let data37 = data34.orderListId;
          if (!(typeof data37 == 'number' && !(data37 % 1) && !isNaN(data37) && isFinite(data37))) {
            const err69 = {
              instancePath: instancePath + '/newOrderResponse/orderListId',
              schemaPath: '#/properties/newOrderResponse/properties/orderListId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data34.clientOrderId !== undefined) {
          if (typeof data34.clientOrderId !== 'string') {
            const err70 = {
              instancePath: instancePath + '/newOrderResponse/clientOrderId',
              schemaPath: '#/properties/newOrderResponse/properties/clientOrderId/type',
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
        if (data34.transactTime !== undefined) {
          let data39 = data34.transactTime;
          if (!(typeof data39 == 'number' && !(data39 % 1) && !isNaN(data39) && isFinite(data39))) {
            const err71 = {
              instancePath: instancePath + '/newOrderResponse/transactTime',
              schemaPath: '#/properties/newOrderResponse/properties/transactTime/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data34.price !== undefined) {
          let data40 = data34.price;
          if (typeof data40 === 'string') {
            if (!pattern0.test(data40)) {
              const err72 = {
                instancePath: instancePath + '/newOrderResponse/price',
                schemaPath: '#/properties/newOrderResponse/properties/price/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          } else {
            const err73 = {
              instancePath: instancePath + '/newOrderResponse/price',
              schemaPath: '#/properties/newOrderResponse/properties/price/type',
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
        }
        if (data34.origQty !== undefined) {
          let data41 = data34.origQty;
          if (typeof data41 === 'string') {
            if (!pattern0.test(data41)) {
              const err74 = {
                instancePath: instancePath + '/newOrderResponse/origQty',
                schemaPath: '#/properties/newOrderResponse/properties/origQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          } else {
            const err75 = {
              instancePath: instancePath + '/newOrderResponse/origQty',
              schemaPath: '#/properties/newOrderResponse/properties/origQty/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data34.executedQty !== undefined) {
          let data42 = data34.executedQty;
          if (typeof data42 === 'string') {
            if (!pattern0.test(data42)) {
              const err76 = {
                instancePath: instancePath + '/newOrderResponse/executedQty',
                schemaPath: '#/properties/newOrderResponse/properties/executedQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          } else {
            const err77 = {
              instancePath: instancePath + '/newOrderResponse/executedQty',
              schemaPath: '#/properties/newOrderResponse/properties/executedQty/type',
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
        }
        if (data34.origQuoteOrderQty !== undefined) {
          let data43 = data34.origQuoteOrderQty;
          if (typeof data43 === 'string') {
            if (!pattern0.test(data43)) {
              const err78 = {
                instancePath: instancePath + '/newOrderResponse/origQuoteOrderQty',
                schemaPath: '#/properties/newOrderResponse/properties/origQuoteOrderQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
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
              instancePath: instancePath + '/newOrderResponse/origQuoteOrderQty',
              schemaPath: '#/properties/newOrderResponse/properties/origQuoteOrderQty/type',
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
        if (data34.cummulativeQuoteQty !== undefined) {
          let data44 = data34.cummulativeQuoteQty;
          if (typeof data44 === 'string') {
            if (!pattern0.test(data44)) {
              const err80 = {
                instancePath: instancePath + '/newOrderResponse/cummulativeQuoteQty',
                schemaPath: '#/properties/newOrderResponse/properties/cummulativeQuoteQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
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
              instancePath: instancePath + '/newOrderResponse/cummulativeQuoteQty',
              schemaPath: '#/properties/newOrderResponse/properties/cummulativeQuoteQty/type',
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
        if (data34.status !== undefined) {
          if (typeof data34.status !== 'string') {
            const err82 = {
              instancePath: instancePath + '/newOrderResponse/status',
              schemaPath: '#/properties/newOrderResponse/properties/status/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data34.timeInForce !== undefined) {
          if (typeof data34.timeInForce !== 'string') {
            const err83 = {
              instancePath: instancePath + '/newOrderResponse/timeInForce',
              schemaPath: '#/properties/newOrderResponse/properties/timeInForce/type',
              keyword: 'type',
              params: { type: 'string' },
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
        if (data34.type !== undefined) {
          if (typeof data34.type !== 'string') {
            const err84 = {
              instancePath: instancePath + '/newOrderResponse/type',
              schemaPath: '#/properties/newOrderResponse/properties/type/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data34.side !== undefined) {
          if (typeof data34.side !== 'string') {
            const err85 = {
              instancePath: instancePath + '/newOrderResponse/side',
              schemaPath: '#/properties/newOrderResponse/properties/side/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data34.workingTime !== undefined) {
          let data49 = data34.workingTime;
          if (!(typeof data49 == 'number' && !(data49 % 1) && !isNaN(data49) && isFinite(data49))) {
            const err86 = {
              instancePath: instancePath + '/newOrderResponse/workingTime',
              schemaPath: '#/properties/newOrderResponse/properties/workingTime/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data34.fills !== undefined) {
          let data50 = data34.fills;
          if (Array.isArray(data50)) {
            const len0 = data50.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data51 = data50[i0];
              if (data51 && typeof data51 == 'object' && !Array.isArray(data51)) {
                if (data51.price === undefined) {
                  const err87 = {
                    instancePath: instancePath + '/newOrderResponse/fills/' + i0,
                    schemaPath: '#/properties/newOrderResponse/properties/fills/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'price' },
                    message: "must have required property '" + 'price' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
                if (data51.qty === undefined) {
                  const err88 = {
                    instancePath: instancePath + '/newOrderResponse/fills/' + i0,
                    schemaPath: '#/properties/newOrderResponse/properties/fills/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'qty' },
                    message: "must have required property '" + 'qty' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
                if (data51.commission === undefined) {
                  const err89 = {
                    instancePath: instancePath + '/newOrderResponse/fills/' + i0,
                    schemaPath: '#/properties/newOrderResponse/properties/fills/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'commission' },
                    message: "must have required property '" + 'commission' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
                if (data51.commissionAsset === undefined) {
                  const err90 = {
                    instancePath: instancePath + '/newOrderResponse/fills/' + i0,
                    schemaPath: '#/properties/newOrderResponse/properties/fills/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'commissionAsset' },
                    message: "must have required property '" + 'commissionAsset' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
                if (data51.tradeId === undefined) {
                  const err91 = {
                    instancePath: instancePath + '/newOrderResponse/fills/' + i0,
                    schemaPath: '#/properties/newOrderResponse/properties/fills/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'tradeId' },
                    message: "must have required property '" + 'tradeId' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
                if (data51.price !== undefined) {
                  let data52 = data51.price;
                  if (typeof data52 === 'string') {
                    if (!pattern0.test(data52)) {
                      const err92 = {
                        instancePath: instancePath + '/newOrderResponse/fills/' + i0 + '/price',
                        schemaPath:
                          '#/properties/newOrderResponse/properties/fills/items/properties/price/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                        message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
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
                      instancePath: instancePath + '/newOrderResponse/fills/' + i0 + '/price',
                      schemaPath:
                        '#/properties/newOrderResponse/properties/fills/items/properties/price/type',
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
                if (data51.qty !== undefined) {
                  let data53 = data51.qty;
                  if (typeof data53 === 'string') {
                    if (!pattern0.test(data53)) {
                      const err94 = {
                        instancePath: instancePath + '/newOrderResponse/fills/' + i0 + '/qty',
                        schemaPath:
                          '#/properties/newOrderResponse/properties/fills/items/properties/qty/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                        message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                  } else {
                    const err95 = {
                      instancePath: instancePath + '/newOrderResponse/fills/' + i0 + '/qty',
                      schemaPath:
                        '#/properties/newOrderResponse/properties/fills/items/properties/qty/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
                if (data51.commission !== undefined) {
                  let data54 = data51.commission;
                  if (typeof data54 === 'string') {
                    if (!pattern0.test(data54)) {
                      const err96 = {
                        instancePath:
                          instancePath + '/newOrderResponse/fills/' + i0 + '/commission',
                        schemaPath:
                          '#/properties/newOrderResponse/properties/fills/items/properties/commission/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                        message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                  } else {
                    const err97 = {
                      instancePath: instancePath + '/newOrderResponse/fills/' + i0 + '/commission',
                      schemaPath:
                        '#/properties/newOrderResponse/properties/fills/items/properties/commission/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data51.commissionAsset !== undefined) {
                  if (typeof data51.commissionAsset !== 'string') {
                    const err98 = {
                      instancePath:
                        instancePath + '/newOrderResponse/fills/' + i0 + '/commissionAsset',
                      schemaPath:
                        '#/properties/newOrderResponse/properties/fills/items/properties/commissionAsset/type',
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
                if (data51.tradeId !== undefined) {
                  let data56 = data51.tradeId;
                  if (!(
                    typeof data56 == 'number' &&
                    !(data56 % 1) &&
                    !isNaN(data56) &&
                    isFinite(data56)
                  )) {
                    const err99 = {
                      instancePath: instancePath + '/newOrderResponse/fills/' + i0 + '/tradeId',
                      schemaPath:
                        '#/properties/newOrderResponse/properties/fills/items/properties/tradeId/type',
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
                }
              } else {
                const err100 = {
                  instancePath: instancePath + '/newOrderResponse/fills/' + i0,
                  schemaPath: '#/properties/newOrderResponse/properties/fills/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
          } else {
            const err101 = {
              instancePath: instancePath + '/newOrderResponse/fills',
              schemaPath: '#/properties/newOrderResponse/properties/fills/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        if (data34.selfTradePreventionMode !== undefined) {
          if (typeof data34.selfTradePreventionMode !== 'string') {
            const err102 = {
              instancePath: instancePath + '/newOrderResponse/selfTradePreventionMode',
              schemaPath: '#/properties/newOrderResponse/properties/selfTradePreventionMode/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data34.icebergQty !== undefined) {
          let data58 = data34.icebergQty;
          if (typeof data58 === 'string') {
            if (!pattern0.test(data58)) {
              const err103 = {
                instancePath: instancePath + '/newOrderResponse/icebergQty',
                schemaPath: '#/properties/newOrderResponse/properties/icebergQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
          } else {
            const err104 = {
              instancePath: instancePath + '/newOrderResponse/icebergQty',
              schemaPath: '#/properties/newOrderResponse/properties/icebergQty/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        if (data34.stopPrice !== undefined) {
          let data59 = data34.stopPrice;
          if (typeof data59 === 'string') {
            if (!pattern0.test(data59)) {
              const err105 = {
                instancePath: instancePath + '/newOrderResponse/stopPrice',
                schemaPath: '#/properties/newOrderResponse/properties/stopPrice/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          } else {
            const err106 = {
              instancePath: instancePath + '/newOrderResponse/stopPrice',
              schemaPath: '#/properties/newOrderResponse/properties/stopPrice/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data34.strategyId !== undefined) {
          let data60 = data34.strategyId;
          if (!(typeof data60 == 'number' && !(data60 % 1) && !isNaN(data60) && isFinite(data60))) {
            const err107 = {
              instancePath: instancePath + '/newOrderResponse/strategyId',
              schemaPath: '#/properties/newOrderResponse/properties/strategyId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
        if (data34.strategyType !== undefined) {
          let data61 = data34.strategyType;
          if (!(typeof data61 == 'number' && !(data61 % 1) && !isNaN(data61) && isFinite(data61))) {
            const err108 = {
              instancePath: instancePath + '/newOrderResponse/strategyType',
              schemaPath: '#/properties/newOrderResponse/properties/strategyType/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data34.trailingDelta !== undefined) {
          let data62 = data34.trailingDelta;
          if (!(typeof data62 == 'number' && !(data62 % 1) && !isNaN(data62) && isFinite(data62))) {
            const err109 = {
              instancePath: instancePath + '/newOrderResponse/trailingDelta',
              schemaPath: '#/properties/newOrderResponse/properties/trailingDelta/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
        if (data34.trailingTime !== undefined) {
          let data63 = data34.trailingTime;
          if (!(typeof data63 == 'number' && !(data63 % 1) && !isNaN(data63) && isFinite(data63))) {
            const err110 = {
              instancePath: instancePath + '/newOrderResponse/trailingTime',
              schemaPath: '#/properties/newOrderResponse/properties/trailingTime/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
        if (data34.usedSor !== undefined) {
          if (typeof data34.usedSor !== 'boolean') {
            const err111 = {
              instancePath: instancePath + '/newOrderResponse/usedSor',
              schemaPath: '#/properties/newOrderResponse/properties/usedSor/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
        }
        if (data34.workingFloor !== undefined) {
          if (typeof data34.workingFloor !== 'string') {
            const err112 = {
              instancePath: instancePath + '/newOrderResponse/workingFloor',
              schemaPath: '#/properties/newOrderResponse/properties/workingFloor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
        if (data34.expiryReason !== undefined) {
          if (typeof data34.expiryReason !== 'string') {
            const err113 = {
              instancePath: instancePath + '/newOrderResponse/expiryReason',
              schemaPath: '#/properties/newOrderResponse/properties/expiryReason/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
        if (data34.pegPriceType !== undefined) {
          if (typeof data34.pegPriceType !== 'string') {
            const err114 = {
              instancePath: instancePath + '/newOrderResponse/pegPriceType',
              schemaPath: '#/properties/newOrderResponse/properties/pegPriceType/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
        }
        if (data34.pegOffsetType !== undefined) {
          if (typeof data34.pegOffsetType !== 'string') {
            const err115 = {
              instancePath: instancePath + '/newOrderResponse/pegOffsetType',
              schemaPath: '#/properties/newOrderResponse/properties/pegOffsetType/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
        if (data34.pegOffsetValue !== undefined) {
          let data69 = data34.pegOffsetValue;
          if (!(typeof data69 == 'number' && !(data69 % 1) && !isNaN(data69) && isFinite(data69))) {
            const err116 = {
              instancePath: instancePath + '/newOrderResponse/pegOffsetValue',
              schemaPath: '#/properties/newOrderResponse/properties/pegOffsetValue/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        if (data34.peggedPrice !== undefined) {
          let data70 = data34.peggedPrice;
          if (typeof data70 === 'string') {
            if (!pattern0.test(data70)) {
              const err117 = {
                instancePath: instancePath + '/newOrderResponse/peggedPrice',
                schemaPath: '#/properties/newOrderResponse/properties/peggedPrice/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
          } else {
            const err118 = {
              instancePath: instancePath + '/newOrderResponse/peggedPrice',
              schemaPath: '#/properties/newOrderResponse/properties/peggedPrice/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        if (data34.preventedMatchId !== undefined) {
          let data71 = data34.preventedMatchId;
          if (!(typeof data71 == 'number' && !(data71 % 1) && !isNaN(data71) && isFinite(data71))) {
            const err119 = {
              instancePath: instancePath + '/newOrderResponse/preventedMatchId',
              schemaPath: '#/properties/newOrderResponse/properties/preventedMatchId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
        }
        if (data34.preventedQuantity !== undefined) {
          let data72 = data34.preventedQuantity;
          if (typeof data72 === 'string') {
            if (!pattern0.test(data72)) {
              const err120 = {
                instancePath: instancePath + '/newOrderResponse/preventedQuantity',
                schemaPath: '#/properties/newOrderResponse/properties/preventedQuantity/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
          } else {
            const err121 = {
              instancePath: instancePath + '/newOrderResponse/preventedQuantity',
              schemaPath: '#/properties/newOrderResponse/properties/preventedQuantity/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
        }
      } else {
        const err122 = {
          instancePath: instancePath + '/newOrderResponse',
          schemaPath: '#/properties/newOrderResponse/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err122];
        } else {
          vErrors.push(err122);
        }
        errors++;
      }
    }
  } else {
    const err123 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err123];
    } else {
      vErrors.push(err123);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
