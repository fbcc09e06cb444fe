// Generated from spec/operations/get-open-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-open-orders.json',
  $comment:
    'Generated from spec/operations/get-open-orders.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Current open orders (GET /api/v3/openOrders, openOrders.status)',
  description: 'The open orders of a symbol, or of every symbol.',
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
      strategyType: { description: 'Strategy type the order was labelled with.', type: 'integer' },
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
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-open-orders.json" */ let vErrors =
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
        if (data0.orderId === undefined) {
          const err1 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'orderId' },
            message: "must have required property '" + 'orderId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.orderListId === undefined) {
          const err2 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'orderListId' },
            message: "must have required property '" + 'orderListId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.clientOrderId === undefined) {
          const err3 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'clientOrderId' },
            message: "must have required property '" + 'clientOrderId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.price === undefined) {
          const err4 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'price' },
            message: "must have required property '" + 'price' + "'",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.origQty === undefined) {
          const err5 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'origQty' },
            message: "must have required property '" + 'origQty' + "'",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0.executedQty === undefined) {
          const err6 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'executedQty' },
            message: "must have required property '" + 'executedQty' + "'",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0.cummulativeQuoteQty === undefined) {
          const err7 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'cummulativeQuoteQty' },
            message: "must have required property '" + 'cummulativeQuoteQty' + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0.status === undefined) {
          const err8 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'status' },
            message: "must have required property '" + 'status' + "'",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data0.timeInForce === undefined) {
          const err9 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'timeInForce' },
            message: "must have required property '" + 'timeInForce' + "'",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data0.type === undefined) {
          const err10 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'type' },
            message: "must have required property '" + 'type' + "'",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data0.side === undefined) {
          const err11 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'side' },
            message: "must have required property '" + 'side' + "'",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data0.time === undefined) {
          const err12 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'time' },
            message: "must have required property '" + 'time' + "'",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data0.updateTime === undefined) {
          const err13 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'updateTime' },
            message: "must have required property '" + 'updateTime' + "'",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data0.isWorking === undefined) {
          const err14 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'isWorking' },
            message: "must have required property '" + 'isWorking' + "'",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data0.origQuoteOrderQty === undefined) {
          const err15 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'origQuoteOrderQty' },
            message: "must have required property '" + 'origQuoteOrderQty' + "'",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data0.workingTime === undefined) {
          const err16 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'workingTime' },
            message: "must have required property '" + 'workingTime' + "'",
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data0.selfTradePreventionMode === undefined) {
          const err17 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'selfTradePreventionMode' },
            message: "must have required property '" + 'selfTradePreventionMode' + "'",
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data0.symbol !== undefined) {
          if (typeof data0.symbol !== 'string') {
            const err18 = {
              instancePath: instancePath + '/' + i0 + '/symbol',
              schemaPath: '#/items/properties/symbol/type',
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
        if (data0.orderId !== undefined) {
          let data2 = data0.orderId;
          if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
            const err19 = {
              instancePath: instancePath + '/' + i0 + '/orderId',
              schemaPath: '#/items/properties/orderId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data0.orderListId !== undefined) {
          let data3 = data0.orderListId;
          if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
            const err20 = {
              instancePath: instancePath + '/' + i0 + '/orderListId',
              schemaPath: '#/items/properties/orderListId/type',
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
        }
        if (data0.clientOrderId !== undefined) {
          if (typeof data0.clientOrderId !== 'string') {
            const err21 = {
              instancePath: instancePath + '/' + i0 + '/clientOrderId',
              schemaPath: '#/items/properties/clientOrderId/type',
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
        if (data0.price !== undefined) {
          let data5 = data0.price;
          if (typeof data5 === 'string') {
            if (!pattern0.test(data5)) {
              const err22 = {
                instancePath: instancePath + '/' + i0 + '/price',
                schemaPath: '#/items/properties/price/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/' + i0 + '/price',
              schemaPath: '#/items/properties/price/type',
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
        if (data0.origQty !== undefined) {
          let data6 = data0.origQty;
          if (typeof data6 === 'string') {
            if (!pattern0.test(data6)) {
              const err24 = {
                instancePath: instancePath + '/' + i0 + '/origQty',
                schemaPath: '#/items/properties/origQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = {
              instancePath: instancePath + '/' + i0 + '/origQty',
              schemaPath: '#/items/properties/origQty/type',
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
        if (data0.executedQty !== undefined) {
          let data7 = data0.executedQty;
          if (typeof data7 === 'string') {
            if (!pattern0.test(data7)) {
              const err26 = {
                instancePath: instancePath + '/' + i0 + '/executedQty',
                schemaPath: '#/items/properties/executedQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = {
              instancePath: instancePath + '/' + i0 + '/executedQty',
              schemaPath: '#/items/properties/executedQty/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data0.cummulativeQuoteQty !== undefined) {
          let data8 = data0.cummulativeQuoteQty;
          if (typeof data8 === 'string') {
            if (!pattern0.test(data8)) {
              const err28 = {
                instancePath: instancePath + '/' + i0 + '/cummulativeQuoteQty',
                schemaPath: '#/items/properties/cummulativeQuoteQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = {
              instancePath: instancePath + '/' + i0 + '/cummulativeQuoteQty',
              schemaPath: '#/items/properties/cummulativeQuoteQty/type',
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
        }
        if (data0.status !== undefined) {
          if (typeof data0.status !== 'string') {
            const err30 = {
              instancePath: instancePath + '/' + i0 + '/status',
              schemaPath: '#/items/properties/status/type',
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
        if (data0.timeInForce !== undefined) {
          if (typeof data0.timeInForce !== 'string') {
            const err31 = {
              instancePath: instancePath + '/' + i0 + '/timeInForce',
              schemaPath: '#/items/properties/timeInForce/type',
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
        if (data0.type !== undefined) {
          if (typeof data0.type !== 'string') {
            const err32 = {
              instancePath: instancePath + '/' + i0 + '/type',
              schemaPath: '#/items/properties/type/type',
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
        if (data0.side !== undefined) {
          if (typeof data0.side !== 'string') {
            const err33 = {
              instancePath: instancePath + '/' + i0 + '/side',
              schemaPath: '#/items/properties/side/type',
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
        if (data0.time !== undefined) {
          let data13 = data0.time;
          if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
            const err34 = {
              instancePath: instancePath + '/' + i0 + '/time',
              schemaPath: '#/items/properties/time/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data0.updateTime !== undefined) {
          let data14 = data0.updateTime;
          if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
            const err35 = {
              instancePath: instancePath + '/' + i0 + '/updateTime',
              schemaPath: '#/items/properties/updateTime/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data0.isWorking !== undefined) {
          if (typeof data0.isWorking !== 'boolean') {
            const err36 = {
              instancePath: instancePath + '/' + i0 + '/isWorking',
              schemaPath: '#/items/properties/isWorking/type',
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
        }
        if (data0.origQuoteOrderQty !== undefined) {
          let data16 = data0.origQuoteOrderQty;
          if (typeof data16 === 'string') {
            if (!pattern0.test(data16)) {
              const err37 = {
                instancePath: instancePath + '/' + i0 + '/origQuoteOrderQty',
                schemaPath: '#/items/properties/origQuoteOrderQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
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
              instancePath: instancePath + '/' + i0 + '/origQuoteOrderQty',
              schemaPath: '#/items/properties/origQuoteOrderQty/type',
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
        if (data0.workingTime !== undefined) {
          let data17 = data0.workingTime;
          if (!(typeof data17 == 'number' && !(data17 % 1) && !isNaN(data17) && isFinite(data17))) {
            const err39 = {
              instancePath: instancePath + '/' + i0 + '/workingTime',
              schemaPath: '#/items/properties/workingTime/type',
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
        }
        if (data0.selfTradePreventionMode !== undefined) {
          if (typeof data0.selfTradePreventionMode !== 'string') {
            const err40 = {
              instancePath: instancePath + '/' + i0 + '/selfTradePreventionMode',
              schemaPath: '#/items/properties/selfTradePreventionMode/type',
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
        if (data0.icebergQty !== undefined) {
          let data19 = data0.icebergQty;
          if (typeof data19 === 'string') {
            if (!pattern0.test(data19)) {
              const err41 = {
                instancePath: instancePath + '/' + i0 + '/icebergQty',
                schemaPath: '#/items/properties/icebergQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = {
              instancePath: instancePath + '/' + i0 + '/icebergQty',
              schemaPath: '#/items/properties/icebergQty/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data0.stopPrice !== undefined) {
          let data20 = data0.stopPrice;
          if (typeof data20 === 'string') {
            if (!pattern0.test(data20)) {
              const err43 = {
                instancePath: instancePath + '/' + i0 + '/stopPrice',
                schemaPath: '#/items/properties/stopPrice/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = {
              instancePath: instancePath + '/' + i0 + '/stopPrice',
              schemaPath: '#/items/properties/stopPrice/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data0.strategyId !== undefined) {
          let data21 = data0.strategyId;
          if (!(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
            const err45 = {
              instancePath: instancePath + '/' + i0 + '/strategyId',
              schemaPath: '#/items/properties/strategyId/type',
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
        }
        if (data0.strategyType !== undefined) {
          let data22 = data0.strategyType;
          if (!(typeof data22 == 'number' && !(data22 % 1) && !isNaN(data22) && isFinite(data22))) {
            const err46 = {
              instancePath: instancePath + '/' + i0 + '/strategyType',
              schemaPath: '#/items/properties/strategyType/type',
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
        if (data0.trailingDelta !== undefined) {
          let data23 = data0.trailingDelta;
          if (!(typeof data23 == 'number' && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
            const err47 = {
              instancePath: instancePath + '/' + i0 + '/trailingDelta',
              schemaPath: '#/items/properties/trailingDelta/type',
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
        if (data0.trailingTime !== undefined) {
          let data24 = data0.trailingTime;
          if (!(typeof data24 == 'number' && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
            const err48 = {
              instancePath: instancePath + '/' + i0 + '/trailingTime',
              schemaPath: '#/items/properties/trailingTime/type',
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
        if (data0.usedSor !== undefined) {
          if (typeof data0.usedSor !== 'boolean') {
            const err49 = {
              instancePath: instancePath + '/' + i0 + '/usedSor',
              schemaPath: '#/items/properties/usedSor/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data0.workingFloor !== undefined) {
          if (typeof data0.workingFloor !== 'string') {
            const err50 = {
              instancePath: instancePath + '/' + i0 + '/workingFloor',
              schemaPath: '#/items/properties/workingFloor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data0.expiryReason !== undefined) {
          if (typeof data0.expiryReason !== 'string') {
            const err51 = {
              instancePath: instancePath + '/' + i0 + '/expiryReason',
              schemaPath: '#/items/properties/expiryReason/type',
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
        if (data0.pegPriceType !== undefined) {
          if (typeof data0.pegPriceType !== 'string') {
            const err52 = {
              instancePath: instancePath + '/' + i0 + '/pegPriceType',
              schemaPath: '#/items/properties/pegPriceType/type',
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
        if (data0.pegOffsetType !== undefined) {
          if (typeof data0.pegOffsetType !== 'string') {
            const err53 = {
              instancePath: instancePath + '/' + i0 + '/pegOffsetType',
              schemaPath: '#/items/properties/pegOffsetType/type',
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
        if (data0.pegOffsetValue !== undefined) {
          let data30 = data0.pegOffsetValue;
          if (!(typeof data30 == 'number' && !(data30 % 1) && !isNaN(data30) && isFinite(data30))) {
            const err54 = {
              instancePath: instancePath + '/' + i0 + '/pegOffsetValue',
              schemaPath: '#/items/properties/pegOffsetValue/type',
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
        if (data0.peggedPrice !== undefined) {
          let data31 = data0.peggedPrice;
          if (typeof data31 === 'string') {
            if (!pattern0.test(data31)) {
              const err55 = {
                instancePath: instancePath + '/' + i0 + '/peggedPrice',
                schemaPath: '#/items/properties/peggedPrice/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = {
              instancePath: instancePath + '/' + i0 + '/peggedPrice',
              schemaPath: '#/items/properties/peggedPrice/type',
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
        if (data0.preventedMatchId !== undefined) {
          let data32 = data0.preventedMatchId;
          if (!(typeof data32 == 'number' && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
            const err57 = {
              instancePath: instancePath + '/' + i0 + '/preventedMatchId',
              schemaPath: '#/items/properties/preventedMatchId/type',
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
        if (data0.preventedQuantity !== undefined) {
          let data33 = data0.preventedQuantity;
          if (typeof data33 === 'string') {
            if (!pattern0.test(data33)) {
              const err58 = {
                instancePath: instancePath + '/' + i0 + '/preventedQuantity',
                schemaPath: '#/items/properties/preventedQuantity/pattern',
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
              instancePath: instancePath + '/' + i0 + '/preventedQuantity',
              schemaPath: '#/items/properties/preventedQuantity/type',
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
      } else {
        const err60 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
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
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
    };
    if (vErrors === null) {
      vErrors = [err61];
    } else {
      vErrors.push(err61);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
