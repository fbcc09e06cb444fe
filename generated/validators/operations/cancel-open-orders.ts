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
            strategyId: {
              description: 'Strategy id the order was labelled with.',
              type: 'integer',
            },
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
              description:
                'Id of the prevented match (query it with symbol, getMyPreventedMatches).',
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
    },
  },
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/cancel-open-orders.json" */ let vErrors =
    null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.symbol === undefined) {
          const err0 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'symbol' },
            message: "must have required property '" + 'symbol' + "'",
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.orderListId === undefined) {
          const err1 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'orderListId' },
            message: "must have required property '" + 'orderListId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.symbol !== undefined) {
          if (typeof data0.symbol !== 'string') {
            const err2 = {
              instancePath: instancePath + '/' + i0 + '/symbol',
              schemaPath: '#/items/properties/symbol/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.origClientOrderId !== undefined) {
          if (typeof data0.origClientOrderId !== 'string') {
            const err3 = {
              instancePath: instancePath + '/' + i0 + '/origClientOrderId',
              schemaPath: '#/items/properties/origClientOrderId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.orderId !== undefined) {
          let data3 = data0.orderId;
          if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
            const err4 = {
              instancePath: instancePath + '/' + i0 + '/orderId',
              schemaPath: '#/items/properties/orderId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.orderListId !== undefined) {
          let data4 = data0.orderListId;
          if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
            const err5 = {
              instancePath: instancePath + '/' + i0 + '/orderListId',
              schemaPath: '#/items/properties/orderListId/type',
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
        }
        if (data0.clientOrderId !== undefined) {
          if (typeof data0.clientOrderId !== 'string') {
            const err6 = {
              instancePath: instancePath + '/' + i0 + '/clientOrderId',
              schemaPath: '#/items/properties/clientOrderId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.transactTime !== undefined) {
          let data6 = data0.transactTime;
          if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
            const err7 = {
              instancePath: instancePath + '/' + i0 + '/transactTime',
              schemaPath: '#/items/properties/transactTime/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.price !== undefined) {
          let data7 = data0.price;
          if (typeof data7 === 'string') {
            if (!pattern0.test(data7)) {
              const err8 = {
                instancePath: instancePath + '/' + i0 + '/price',
                schemaPath: '#/items/properties/price/pattern',
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
              instancePath: instancePath + '/' + i0 + '/price',
              schemaPath: '#/items/properties/price/type',
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
        if (data0.origQty !== undefined) {
          let data8 = data0.origQty;
          if (typeof data8 === 'string') {
            if (!pattern0.test(data8)) {
              const err10 = {
                instancePath: instancePath + '/' + i0 + '/origQty',
                schemaPath: '#/items/properties/origQty/pattern',
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
              instancePath: instancePath + '/' + i0 + '/origQty',
              schemaPath: '#/items/properties/origQty/type',
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
        if (data0.executedQty !== undefined) {
          let data9 = data0.executedQty;
          if (typeof data9 === 'string') {
            if (!pattern0.test(data9)) {
              const err12 = {
                instancePath: instancePath + '/' + i0 + '/executedQty',
                schemaPath: '#/items/properties/executedQty/pattern',
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
              instancePath: instancePath + '/' + i0 + '/executedQty',
              schemaPath: '#/items/properties/executedQty/type',
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
        if (data0.origQuoteOrderQty !== undefined) {
          let data10 = data0.origQuoteOrderQty;
          if (typeof data10 === 'string') {
            if (!pattern0.test(data10)) {
              const err14 = {
                instancePath: instancePath + '/' + i0 + '/origQuoteOrderQty',
                schemaPath: '#/items/properties/origQuoteOrderQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
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
              instancePath: instancePath + '/' + i0 + '/origQuoteOrderQty',
              schemaPath: '#/items/properties/origQuoteOrderQty/type',
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
        if (data0.cummulativeQuoteQty !== undefined) {
          let data11 = data0.cummulativeQuoteQty;
          if (typeof data11 === 'string') {
            if (!pattern0.test(data11)) {
              const err16 = {
                instancePath: instancePath + '/' + i0 + '/cummulativeQuoteQty',
                schemaPath: '#/items/properties/cummulativeQuoteQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = {
              instancePath: instancePath + '/' + i0 + '/cummulativeQuoteQty',
              schemaPath: '#/items/properties/cummulativeQuoteQty/type',
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
        }
        if (data0.status !== undefined) {
          if (typeof data0.status !== 'string') {
            const err18 = {
              instancePath: instancePath + '/' + i0 + '/status',
              schemaPath: '#/items/properties/status/type',
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
        }
        if (data0.timeInForce !== undefined) {
          if (typeof data0.timeInForce !== 'string') {
            const err19 = {
              instancePath: instancePath + '/' + i0 + '/timeInForce',
              schemaPath: '#/items/properties/timeInForce/type',
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
        }
        if (data0.type !== undefined) {
          if (typeof data0.type !== 'string') {
            const err20 = {
              instancePath: instancePath + '/' + i0 + '/type',
              schemaPath: '#/items/properties/type/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data0.side !== undefined) {
          if (typeof data0.side !== 'string') {
            const err21 = {
              instancePath: instancePath + '/' + i0 + '/side',
              schemaPath: '#/items/properties/side/type',
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
        if (data0.selfTradePreventionMode !== undefined) {
          if (typeof data0.selfTradePreventionMode !== 'string') {
            const err22 = {
              instancePath: instancePath + '/' + i0 + '/selfTradePreventionMode',
              schemaPath: '#/items/properties/selfTradePreventionMode/type',
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
        if (data0.contingencyType !== undefined) {
          if (typeof data0.contingencyType !== 'string') {
            const err23 = {
              instancePath: instancePath + '/' + i0 + '/contingencyType',
              schemaPath: '#/items/properties/contingencyType/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data0.listStatusType !== undefined) {
          if (typeof data0.listStatusType !== 'string') {
            const err24 = {
              instancePath: instancePath + '/' + i0 + '/listStatusType',
              schemaPath: '#/items/properties/listStatusType/type',
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
        if (data0.listOrderStatus !== undefined) {
          if (typeof data0.listOrderStatus !== 'string') {
            const err25 = {
              instancePath: instancePath + '/' + i0 + '/listOrderStatus',
              schemaPath: '#/items/properties/listOrderStatus/type',
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
        if (data0.listClientOrderId !== undefined) {
          if (typeof data0.listClientOrderId !== 'string') {
            const err26 = {
              instancePath: instancePath + '/' + i0 + '/listClientOrderId',
              schemaPath: '#/items/properties/listClientOrderId/type',
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
        if (data0.transactionTime !== undefined) {
          let data21 = data0.transactionTime;
          if (!(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
            const err27 = {
              instancePath: instancePath + '/' + i0 + '/transactionTime',
              schemaPath: '#/items/properties/transactionTime/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data0.orders !== undefined) {
          let data22 = data0.orders;
          if (Array.isArray(data22)) {
            const len1 = data22.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data23 = data22[i1];
              if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
                if (data23.symbol === undefined) {
                  const err28 = {
                    instancePath: instancePath + '/' + i0 + '/orders/' + i1,
                    schemaPath: '#/items/properties/orders/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'symbol' },
                    message: "must have required property '" + 'symbol' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (data23.orderId === undefined) {
                  const err29 = {
                    instancePath: instancePath + '/' + i0 + '/orders/' + i1,
                    schemaPath: '#/items/properties/orders/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'orderId' },
                    message: "must have required property '" + 'orderId' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                if (data23.clientOrderId === undefined) {
                  const err30 = {
                    instancePath: instancePath + '/' + i0 + '/orders/' + i1,
                    schemaPath: '#/items/properties/orders/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'clientOrderId' },
                    message: "must have required property '" + 'clientOrderId' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                if (data23.symbol !== undefined) {
                  if (typeof data23.symbol !== 'string') {
                    const err31 = {
                      instancePath: instancePath + '/' + i0 + '/orders/' + i1 + '/symbol',
                      schemaPath: '#/items/properties/orders/items/properties/symbol/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data23.orderId !== undefined) {
                  let data25 = data23.orderId;
                  if (!(
                    typeof data25 == 'number' &&
                    !(data25 % 1) &&
                    !isNaN(data25) &&
                    isFinite(data25)
                  )) {
                    const err32 = {
                      instancePath: instancePath + '/' + i0 + '/orders/' + i1 + '/orderId',
                      schemaPath: '#/items/properties/orders/items/properties/orderId/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data23.clientOrderId !== undefined) {
                  if (typeof data23.clientOrderId !== 'string') {
                    const err33 = {
                      instancePath: instancePath + '/' + i0 + '/orders/' + i1 + '/clientOrderId',
                      schemaPath: '#/items/properties/orders/items/properties/clientOrderId/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
              } else {
                const err34 = {
                  instancePath: instancePath + '/' + i0 + '/orders/' + i1,
                  schemaPath: '#/items/properties/orders/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = {
              instancePath: instancePath + '/' + i0 + '/orders',
              schemaPath: '#/items/properties/orders/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data0.orderReports !== undefined) {
          let data27 = data0.orderReports;
          if (Array.isArray(data27)) {
            const len2 = data27.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data28 = data27[i2];
              if (data28 && typeof data28 == 'object' && !Array.isArray(data28)) {
                if (data28.symbol === undefined) {
                  const err36 = {
                    instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                    schemaPath: '#/items/properties/orderReports/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'symbol' },
                    message: "must have required property '" + 'symbol' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (data28.origClientOrderId === undefined) {
                  const err37 = {
                    instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                    schemaPath: '#/items/properties/orderReports/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'origClientOrderId' },
                    message: "must have required property '" + 'origClientOrderId' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                if (data28.orderId === undefined) {
                  const err38 = {
                    instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                    schemaPath: '#/items/properties/orderReports/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'orderId' },
                    message: "must have required property '" + 'orderId' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data28.orderListId === undefined) {
                  const err39 = {
                    instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                    schemaPath: '#/items/properties/orderReports/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'orderListId' },
                    message: "must have required property '" + 'orderListId' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (data28.clientOrderId === undefined) {
                  const err40 = {
                    instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                    schemaPath: '#/items/properties/orderReports/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'clientOrderId' },
                    message: "must have required property '" + 'clientOrderId' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data28.transactTime === undefined) {
                  const err41 = {
                    instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                    schemaPath: '#/items/properties/orderReports/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'transactTime' },
                    message: "must have required property '" + 'transactTime' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                if (data28.price === undefined) {
                  const err42 = {
                    instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                    schemaPath: '#/items/properties/orderReports/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'price' },
                    message: "must have required property '" + 'price' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                if (data28.origQty === undefined) {
                  const err43 = {
                    instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                    schemaPath: '#/items/properties/orderReports/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'origQty' },
                    message: "must have required property '" + 'origQty' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                if (data28.executedQty === undefined) {
                  const err44 = {
                    instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                    schemaPath: '#/items/properties/orderReports/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'executedQty' },
                    message: "must have required property '" + 'executedQty' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                if (data28.origQuoteOrderQty === undefined) {
                  const err45 = {
                    instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                    schemaPath: '#/items/properties/orderReports/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'origQuoteOrderQty' },
                    message: "must have required property '" + 'origQuoteOrderQty' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                if (data28.cummulativeQuoteQty === undefined) {
                  const err46 = {
                    instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                    schemaPath: '#/items/properties/orderReports/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'cummulativeQuoteQty' },
                    message: "must have required property '" + 'cummulativeQuoteQty' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                if (data28.status === undefined) {
                  const err47 = {
                    instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                    schemaPath: '#/items/properties/orderReports/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'status' },
                    message: "must have required property '" + 'status' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                if (data28.timeInForce === undefined) {
                  const err48 = {
                    instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                    schemaPath: '#/items/properties/orderReports/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'timeInForce' },
                    message: "must have required property '" + 'timeInForce' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                if (data28.type === undefined) {
                  const err49 = {
                    instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                    schemaPath: '#/items/properties/orderReports/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'type' },
                    message: "must have required property '" + 'type' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                if (data28.side === undefined) {
                  const err50 = {
                    instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                    schemaPath: '#/items/properties/orderReports/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'side' },
                    message: "must have required property '" + 'side' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                if (data28.selfTradePreventionMode === undefined) {
                  const err51 = {
                    instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                    schemaPath: '#/items/properties/orderReports/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'selfTradePreventionMode' },
                    message: "must have required property '" + 'selfTradePreventionMode' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                if (data28.symbol !== undefined) {
                  if (typeof data28.symbol !== 'string') {
                    const err52 = {
                      instancePath: instancePath + '/' + i0 + '/orderReports/' + i2 + '/symbol',
                      schemaPath: '#/items/properties/orderReports/items/properties/symbol/type',
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
                if (data28.origClientOrderId !== undefined) {
                  if (typeof data28.origClientOrderId !== 'string') {
                    const err53 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/origClientOrderId',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/origClientOrderId/type',
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
                if (data28.orderId !== undefined) {
                  let data31 = data28.orderId;
                  if (!(
                    typeof data31 == 'number' &&
                    !(data31 % 1) &&
                    !isNaN(data31) &&
                    isFinite(data31)
                  )) {
                    const err54 = {
                      instancePath: instancePath + '/' + i0 + '/orderReports/' + i2 + '/orderId',
                      schemaPath: '#/items/properties/orderReports/items/properties/orderId/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data28.orderListId !== undefined) {
                  let data32 = data28.orderListId;
                  if (!(
                    typeof data32 == 'number' &&
                    !(data32 % 1) &&
                    !isNaN(data32) &&
                    isFinite(data32)
                  )) {
                    const err55 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/orderListId',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/orderListId/type',
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
                if (data28.clientOrderId !== undefined) {
                  if (typeof data28.clientOrderId !== 'string') {
                    const err56 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/clientOrderId',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/clientOrderId/type',
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
                }
                if (data28.transactTime !== undefined) {
                  let data34 = data28.transactTime;
                  if (!(
                    typeof data34 == 'number' &&
                    !(data34 % 1) &&
                    !isNaN(data34) &&
                    isFinite(data34)
                  )) {
                    const err57 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/transactTime',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/transactTime/type',
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
                }
                if (data28.price !== undefined) {
                  let data35 = data28.price;
                  if (typeof data35 === 'string') {
                    if (!pattern0.test(data35)) {
                      const err58 = {
                        instancePath: instancePath + '/' + i0 + '/orderReports/' + i2 + '/price',
                        schemaPath:
                          '#/items/properties/orderReports/items/properties/price/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                        message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                  } else {
                    const err59 = {
                      instancePath: instancePath + '/' + i0 + '/orderReports/' + i2 + '/price',
                      schemaPath: '#/items/properties/orderReports/items/properties/price/type',
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
                }
                if (data28.origQty !== undefined) {
                  let data36 = data28.origQty;
                  if (typeof data36 === 'string') {
                    if (!pattern0.test(data36)) {
                      const err60 = {
                        instancePath: instancePath + '/' + i0 + '/orderReports/' + i2 + '/origQty',
                        schemaPath:
                          '#/items/properties/orderReports/items/properties/origQty/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                        message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  } else {
                    const err61 = {
                      instancePath: instancePath + '/' + i0 + '/orderReports/' + i2 + '/origQty',
                      schemaPath: '#/items/properties/orderReports/items/properties/origQty/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data28.executedQty !== undefined) {
                  let data37 = data28.executedQty;
                  if (typeof data37 === 'string') {
                    if (!pattern0.test(data37)) {
                      const err62 = {
                        instancePath:
                          instancePath + '/' + i0 + '/orderReports/' + i2 + '/executedQty',
                        schemaPath:
                          '#/items/properties/orderReports/items/properties/executedQty/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                        message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                  } else {
                    const err63 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/executedQty',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/executedQty/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data28.origQuoteOrderQty !== undefined) {
                  let data38 = data28.origQuoteOrderQty;
                  if (typeof data38 === 'string') {
                    if (!pattern0.test(data38)) {
                      const err64 = {
                        instancePath:
                          instancePath + '/' + i0 + '/orderReports/' + i2 + '/origQuoteOrderQty',
                        schemaPath:
                          '#/items/properties/orderReports/items/properties/origQuoteOrderQty/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                        message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  } else {
                    const err65 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/origQuoteOrderQty',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/origQuoteOrderQty/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data28.cummulativeQuoteQty !== undefined) {
                  let data39 = data28.cummulativeQuoteQty;
                  if (typeof data39 === 'string') {
                    if (!pattern0.test(data39)) {
                      const err66 = {
                        instancePath:
                          instancePath + '/' + i0 + '/orderReports/' + i2 + '/cummulativeQuoteQty',
                        schemaPath:
                          '#/items/properties/orderReports/items/properties/cummulativeQuoteQty/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                        message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                  } else {
                    const err67 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/cummulativeQuoteQty',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/cummulativeQuoteQty/type',
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
                if (data28.status !== undefined) {
                  if (typeof data28.status !== 'string') {
                    const err68 = {
                      instancePath: instancePath + '/' + i0 + '/orderReports/' + i2 + '/status',
                      schemaPath: '#/items/properties/orderReports/items/properties/status/type',
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
                if (data28.timeInForce !== undefined) {
                  if (typeof data28.timeInForce !== 'string') {
                    const err69 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/timeInForce',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/timeInForce/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data28.type !== undefined) {
                  if (typeof data28.type !== 'string') {
                    const err70 = {
                      instancePath: instancePath + '/' + i0 + '/orderReports/' + i2 + '/type',
                      schemaPath: '#/items/properties/orderReports/items/properties/type/type',
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
                if (data28.side !== undefined) {
                  if (typeof data28.side !== 'string') {
                    const err71 = {
                      instancePath: instancePath + '/' + i0 + '/orderReports/' + i2 + '/side',
                      schemaPath: '#/items/properties/orderReports/items/properties/side/type',
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
                }
                if (data28.selfTradePreventionMode !== undefined) {
                  if (typeof data28.selfTradePreventionMode !== 'string') {
                    const err72 = {
                      instancePath:
                        instancePath +
                        '/' +
                        i0 +
                        '/orderReports/' +
                        i2 +
                        '/selfTradePreventionMode',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/selfTradePreventionMode/type',
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
                }
                if (data28.icebergQty !== undefined) {
                  let data45 = data28.icebergQty;
                  if (typeof data45 === 'string') {
                    if (!pattern0.test(data45)) {
                      const err73 = {
                        instancePath:
                          instancePath + '/' + i0 + '/orderReports/' + i2 + '/icebergQty',
                        schemaPath:
                          '#/items/properties/orderReports/items/properties/icebergQty/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                        message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  } else {
                    const err74 = {
                      instancePath: instancePath + '/' + i0 + '/orderReports/' + i2 + '/icebergQty',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/icebergQty/type',
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
                }
                if (data28.stopPrice !== undefined) {
                  let data46 = data28.stopPrice;
                  if (typeof data46 === 'string') {
                    if (!pattern0.test(data46)) {
                      const err75 = {
                        instancePath:
                          instancePath + '/' + i0 + '/orderReports/' + i2 + '/stopPrice',
                        schemaPath:
                          '#/items/properties/orderReports/items/properties/stopPrice/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                        message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                  } else {
                    const err76 = {
                      instancePath: instancePath + '/' + i0 + '/orderReports/' + i2 + '/stopPrice',
                      schemaPath: '#/items/properties/orderReports/items/properties/stopPrice/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data28.strategyId !== undefined) {
                  let data47 = data28.strategyId;
                  if (!(
                    typeof data47 == 'number' &&
                    !(data47 % 1) &&
                    !isNaN(data47) &&
                    isFinite(data47)
                  )) {
                    const err77 = {
                      instancePath: instancePath + '/' + i0 + '/orderReports/' + i2 + '/strategyId',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/strategyId/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                if (data28.strategyType !== undefined) {
                  let data48 = data28.strategyType;
                  if (!(
                    typeof data48 == 'number' &&
                    !(data48 % 1) &&
                    !isNaN(data48) &&
                    isFinite(data48)
                  )) {
                    const err78 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/strategyType',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/strategyType/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data28.trailingDelta !== undefined) {
                  let data49 = data28.trailingDelta;
                  if (!(
                    typeof data49 == 'number' &&
                    !(data49 % 1) &&
                    !isNaN(data49) &&
                    isFinite(data49)
                  )) {
                    const err79 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/trailingDelta',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/trailingDelta/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                if (data28.trailingTime !== undefined) {
                  let data50 = data28.trailingTime;
                  if (!(
                    typeof data50 == 'number' &&
                    !(data50 % 1) &&
                    !isNaN(data50) &&
                    isFinite(data50)
                  )) {
                    const err80 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/trailingTime',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/trailingTime/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
                if (data28.usedSor !== undefined) {
                  if (typeof data28.usedSor !== 'boolean') {
                    const err81 = {
                      instancePath: instancePath + '/' + i0 + '/orderReports/' + i2 + '/usedSor',
                      schemaPath: '#/items/properties/orderReports/items/properties/usedSor/type',
                      keyword: 'type',
                      params: { type: 'boolean' },
                      message: 'must be boolean',
                    };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                if (data28.workingFloor !== undefined) {
                  if (typeof data28.workingFloor !== 'string') {
                    const err82 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/workingFloor',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/workingFloor/type',
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
                if (data28.expiryReason !== undefined) {
                  if (typeof data28.expiryReason !== 'string') {
                    const err83 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/expiryReason',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/expiryReason/type',
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
                if (data28.pegPriceType !== undefined) {
                  if (typeof data28.pegPriceType !== 'string') {
                    const err84 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/pegPriceType',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/pegPriceType/type',
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
                if (data28.pegOffsetType !== undefined) {
                  if (typeof data28.pegOffsetType !== 'string') {
                    const err85 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/pegOffsetType',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/pegOffsetType/type',
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
                if (data28.pegOffsetValue !== undefined) {
                  let data56 = data28.pegOffsetValue;
                  if (!(
                    typeof data56 == 'number' &&
                    !(data56 % 1) &&
                    !isNaN(data56) &&
                    isFinite(data56)
                  )) {
                    const err86 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/pegOffsetValue',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/pegOffsetValue/type',
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
                if (data28.peggedPrice !== undefined) {
                  let data57 = data28.peggedPrice;
                  if (typeof data57 === 'string') {
                    if (!pattern0.test(data57)) {
                      const err87 = {
                        instancePath:
                          instancePath + '/' + i0 + '/orderReports/' + i2 + '/peggedPrice',
                        schemaPath:
                          '#/items/properties/orderReports/items/properties/peggedPrice/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                        message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                  } else {
                    const err88 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/peggedPrice',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/peggedPrice/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
                if (data28.preventedMatchId !== undefined) {
                  let data58 = data28.preventedMatchId;
                  if (!(
                    typeof data58 == 'number' &&
                    !(data58 % 1) &&
                    !isNaN(data58) &&
                    isFinite(data58)
                  )) {
                    const err89 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/preventedMatchId',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/preventedMatchId/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
                if (data28.preventedQuantity !== undefined) {
                  let data59 = data28.preventedQuantity;
                  if (typeof data59 === 'string') {
                    if (!pattern0.test(data59)) {
                      const err90 = {
                        instancePath:
                          instancePath + '/' + i0 + '/orderReports/' + i2 + '/preventedQuantity',
                        schemaPath:
                          '#/items/properties/orderReports/items/properties/preventedQuantity/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                        message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err90];
                      } else {
                        vErrors.push(err90);
                      }
                      errors++;
                    }
                  } else {
                    const err91 = {
                      instancePath:
                        instancePath + '/' + i0 + '/orderReports/' + i2 + '/preventedQuantity',
                      schemaPath:
                        '#/items/properties/orderReports/items/properties/preventedQuantity/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
              } else {
                const err92 = {
                  instancePath: instancePath + '/' + i0 + '/orderReports/' + i2,
                  schemaPath: '#/items/properties/orderReports/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
          } else {
            const err93 = {
              instancePath: instancePath + '/' + i0 + '/orderReports',
              schemaPath: '#/items/properties/orderReports/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
  } else {
    const err95 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
    };
    if (vErrors === null) {
      vErrors = [err95];
    } else {
      vErrors.push(err95);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
