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
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/amend-order-keep-priority.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.transactTime === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'transactTime' },
        message: "must have required property '" + 'transactTime' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.executionId === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'executionId' },
        message: "must have required property '" + 'executionId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.amendedOrder === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amendedOrder' },
        message: "must have required property '" + 'amendedOrder' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.transactTime !== undefined) {
      let data0 = data.transactTime;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err3 = {
          instancePath: instancePath + '/transactTime',
          schemaPath: '#/properties/transactTime/type',
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
    }
    if (data.executionId !== undefined) {
      let data1 = data.executionId;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err4 = {
          instancePath: instancePath + '/executionId',
          schemaPath: '#/properties/executionId/type',
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
    if (data.amendedOrder !== undefined) {
      let data2 = data.amendedOrder;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.symbol === undefined) {
          const err5 = {
            instancePath: instancePath + '/amendedOrder',
            schemaPath: '#/properties/amendedOrder/required',
            keyword: 'required',
            params: { missingProperty: 'symbol' },
            message: "must have required property '" + 'symbol' + "'",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data2.orderId === undefined) {
          const err6 = {
            instancePath: instancePath + '/amendedOrder',
            schemaPath: '#/properties/amendedOrder/required',
            keyword: 'required',
            params: { missingProperty: 'orderId' },
            message: "must have required property '" + 'orderId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2.orderListId === undefined) {
          const err7 = {
            instancePath: instancePath + '/amendedOrder',
            schemaPath: '#/properties/amendedOrder/required',
            keyword: 'required',
            params: { missingProperty: 'orderListId' },
            message: "must have required property '" + 'orderListId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.origClientOrderId === undefined) {
          const err8 = {
            instancePath: instancePath + '/amendedOrder',
            schemaPath: '#/properties/amendedOrder/required',
            keyword: 'required',
            params: { missingProperty: 'origClientOrderId' },
            message: "must have required property '" + 'origClientOrderId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2.clientOrderId === undefined) {
          const err9 = {
            instancePath: instancePath + '/amendedOrder',
            schemaPath: '#/properties/amendedOrder/required',
            keyword: 'required',
            params: { missingProperty: 'clientOrderId' },
            message: "must have required property '" + 'clientOrderId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data2.price === undefined) {
          const err10 = {
            instancePath: instancePath + '/amendedOrder',
            schemaPath: '#/properties/amendedOrder/required',
            keyword: 'required',
            params: { missingProperty: 'price' },
            message: "must have required property '" + 'price' + "'",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2.qty === undefined) {
          const err11 = {
            instancePath: instancePath + '/amendedOrder',
            schemaPath: '#/properties/amendedOrder/required',
            keyword: 'required',
            params: { missingProperty: 'qty' },
            message: "must have required property '" + 'qty' + "'",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2.executedQty === undefined) {
          const err12 = {
            instancePath: instancePath + '/amendedOrder',
            schemaPath: '#/properties/amendedOrder/required',
            keyword: 'required',
            params: { missingProperty: 'executedQty' },
            message: "must have required property '" + 'executedQty' + "'",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data2.preventedQty === undefined) {
          const err13 = {
            instancePath: instancePath + '/amendedOrder',
            schemaPath: '#/properties/amendedOrder/required',
            keyword: 'required',
            params: { missingProperty: 'preventedQty' },
            message: "must have required property '" + 'preventedQty' + "'",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data2.quoteOrderQty === undefined) {
          const err14 = {
            instancePath: instancePath + '/amendedOrder',
            schemaPath: '#/properties/amendedOrder/required',
            keyword: 'required',
            params: { missingProperty: 'quoteOrderQty' },
            message: "must have required property '" + 'quoteOrderQty' + "'",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data2.cumulativeQuoteQty === undefined) {
          const err15 = {
            instancePath: instancePath + '/amendedOrder',
            schemaPath: '#/properties/amendedOrder/required',
            keyword: 'required',
            params: { missingProperty: 'cumulativeQuoteQty' },
            message: "must have required property '" + 'cumulativeQuoteQty' + "'",
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
            instancePath: instancePath + '/amendedOrder',
            schemaPath: '#/properties/amendedOrder/required',
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
            instancePath: instancePath + '/amendedOrder',
            schemaPath: '#/properties/amendedOrder/required',
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
            instancePath: instancePath + '/amendedOrder',
            schemaPath: '#/properties/amendedOrder/required',
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
            instancePath: instancePath + '/amendedOrder',
            schemaPath: '#/properties/amendedOrder/required',
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
            instancePath: instancePath + '/amendedOrder',
            schemaPath: '#/properties/amendedOrder/required',
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
              instancePath: instancePath + '/amendedOrder/symbol',
              schemaPath: '#/properties/amendedOrder/properties/symbol/type',
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
        if (data2.orderId !== undefined) {
          let data4 = data2.orderId;
          if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
            const err22 = {
              instancePath: instancePath + '/amendedOrder/orderId',
              schemaPath: '#/properties/amendedOrder/properties/orderId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data2.orderListId !== undefined) {
          let data5 = data2.orderListId;
          if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
            const err23 = {
              instancePath: instancePath + '/amendedOrder/orderListId',
              schemaPath: '#/properties/amendedOrder/properties/orderListId/type',
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
        if (data2.origClientOrderId !== undefined) {
          if (typeof data2.origClientOrderId !== 'string') {
            const err24 = {
              instancePath: instancePath + '/amendedOrder/origClientOrderId',
              schemaPath: '#/properties/amendedOrder/properties/origClientOrderId/type',
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
        if (data2.clientOrderId !== undefined) {
          if (typeof data2.clientOrderId !== 'string') {
            const err25 = {
              instancePath: instancePath + '/amendedOrder/clientOrderId',
              schemaPath: '#/properties/amendedOrder/properties/clientOrderId/type',
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
        if (data2.price !== undefined) {
          let data8 = data2.price;
          if (typeof data8 === 'string') {
            if (!pattern0.test(data8)) {
              const err26 = {
                instancePath: instancePath + '/amendedOrder/price',
                schemaPath: '#/properties/amendedOrder/properties/price/pattern',
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
              instancePath: instancePath + '/amendedOrder/price',
              schemaPath: '#/properties/amendedOrder/properties/price/type',
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
        if (data2.qty !== undefined) {
          let data9 = data2.qty;
          if (typeof data9 === 'string') {
            if (!pattern0.test(data9)) {
              const err28 = {
                instancePath: instancePath + '/amendedOrder/qty',
                schemaPath: '#/properties/amendedOrder/properties/qty/pattern',
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
              instancePath: instancePath + '/amendedOrder/qty',
              schemaPath: '#/properties/amendedOrder/properties/qty/type',
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
        if (data2.executedQty !== undefined) {
          let data10 = data2.executedQty;
          if (typeof data10 === 'string') {
            if (!pattern0.test(data10)) {
              const err30 = {
                instancePath: instancePath + '/amendedOrder/executedQty',
                schemaPath: '#/properties/amendedOrder/properties/executedQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = {
              instancePath: instancePath + '/amendedOrder/executedQty',
              schemaPath: '#/properties/amendedOrder/properties/executedQty/type',
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
        if (data2.preventedQty !== undefined) {
          let data11 = data2.preventedQty;
          if (typeof data11 === 'string') {
            if (!pattern0.test(data11)) {
              const err32 = {
                instancePath: instancePath + '/amendedOrder/preventedQty',
                schemaPath: '#/properties/amendedOrder/properties/preventedQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = {
              instancePath: instancePath + '/amendedOrder/preventedQty',
              schemaPath: '#/properties/amendedOrder/properties/preventedQty/type',
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
        if (data2.quoteOrderQty !== undefined) {
          let data12 = data2.quoteOrderQty;
          if (typeof data12 === 'string') {
            if (!pattern0.test(data12)) {
              const err34 = {
                instancePath: instancePath + '/amendedOrder/quoteOrderQty',
                schemaPath: '#/properties/amendedOrder/properties/quoteOrderQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = {
              instancePath: instancePath + '/amendedOrder/quoteOrderQty',
              schemaPath: '#/properties/amendedOrder/properties/quoteOrderQty/type',
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
        }
        if (data2.cumulativeQuoteQty !== undefined) {
          let data13 = data2.cumulativeQuoteQty;
          if (typeof data13 === 'string') {
            if (!pattern0.test(data13)) {
              const err36 = {
                instancePath: instancePath + '/amendedOrder/cumulativeQuoteQty',
                schemaPath: '#/properties/amendedOrder/properties/cumulativeQuoteQty/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = {
              instancePath: instancePath + '/amendedOrder/cumulativeQuoteQty',
              schemaPath: '#/properties/amendedOrder/properties/cumulativeQuoteQty/type',
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
        if (data2.status !== undefined) {
          if (typeof data2.status !== 'string') {
            const err38 = {
              instancePath: instancePath + '/amendedOrder/status',
              schemaPath: '#/properties/amendedOrder/properties/status/type',
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
        if (data2.timeInForce !== undefined) {
          if (typeof data2.timeInForce !== 'string') {
            const err39 = {
              instancePath: instancePath + '/amendedOrder/timeInForce',
              schemaPath: '#/properties/amendedOrder/properties/timeInForce/type',
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
        if (data2.type !== undefined) {
          if (typeof data2.type !== 'string') {
            const err40 = {
              instancePath: instancePath + '/amendedOrder/type',
              schemaPath: '#/properties/amendedOrder/properties/type/type',
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
        if (data2.side !== undefined) {
          if (typeof data2.side !== 'string') {
            const err41 = {
              instancePath: instancePath + '/amendedOrder/side',
              schemaPath: '#/properties/amendedOrder/properties/side/type',
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
        if (data2.workingTime !== undefined) {
          let data18 = data2.workingTime;
          if (!(typeof data18 == 'number' && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
            const err42 = {
              instancePath: instancePath + '/amendedOrder/workingTime',
              schemaPath: '#/properties/amendedOrder/properties/workingTime/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data2.selfTradePreventionMode !== undefined) {
          if (typeof data2.selfTradePreventionMode !== 'string') {
            const err43 = {
              instancePath: instancePath + '/amendedOrder/selfTradePreventionMode',
              schemaPath: '#/properties/amendedOrder/properties/selfTradePreventionMode/type',
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
        if (data2.icebergQty !== undefined) {
          let data20 = data2.icebergQty;
          if (typeof data20 === 'string') {
            if (!pattern0.test(data20)) {
              const err44 = {
                instancePath: instancePath + '/amendedOrder/icebergQty',
                schemaPath: '#/properties/amendedOrder/properties/icebergQty/pattern',
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
              instancePath: instancePath + '/amendedOrder/icebergQty',
              schemaPath: '#/properties/amendedOrder/properties/icebergQty/type',
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
        if (data2.stopPrice !== undefined) {
          let data21 = data2.stopPrice;
          if (typeof data21 === 'string') {
            if (!pattern0.test(data21)) {
              const err46 = {
                instancePath: instancePath + '/amendedOrder/stopPrice',
                schemaPath: '#/properties/amendedOrder/properties/stopPrice/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = {
              instancePath: instancePath + '/amendedOrder/stopPrice',
              schemaPath: '#/properties/amendedOrder/properties/stopPrice/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data2.strategyId !== undefined) {
          let data22 = data2.strategyId;
          if (!(typeof data22 == 'number' && !(data22 % 1) && !isNaN(data22) && isFinite(data22))) {
            const err48 = {
              instancePath: instancePath + '/amendedOrder/strategyId',
              schemaPath: '#/properties/amendedOrder/properties/strategyId/type',
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
        if (data2.strategyType !== undefined) {
          let data23 = data2.strategyType;
          if (!(typeof data23 == 'number' && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
            const err49 = {
              instancePath: instancePath + '/amendedOrder/strategyType',
              schemaPath: '#/properties/amendedOrder/properties/strategyType/type',
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
        if (data2.trailingDelta !== undefined) {
          let data24 = data2.trailingDelta;
          if (!(typeof data24 == 'number' && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
            const err50 = {
              instancePath: instancePath + '/amendedOrder/trailingDelta',
              schemaPath: '#/properties/amendedOrder/properties/trailingDelta/type',
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
        }
        if (data2.trailingTime !== undefined) {
          let data25 = data2.trailingTime;
          if (!(typeof data25 == 'number' && !(data25 % 1) && !isNaN(data25) && isFinite(data25))) {
            const err51 = {
              instancePath: instancePath + '/amendedOrder/trailingTime',
              schemaPath: '#/properties/amendedOrder/properties/trailingTime/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data2.usedSor !== undefined) {
          if (typeof data2.usedSor !== 'boolean') {
            const err52 = {
              instancePath: instancePath + '/amendedOrder/usedSor',
              schemaPath: '#/properties/amendedOrder/properties/usedSor/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data2.workingFloor !== undefined) {
          if (typeof data2.workingFloor !== 'string') {
            const err53 = {
              instancePath: instancePath + '/amendedOrder/workingFloor',
              schemaPath: '#/properties/amendedOrder/properties/workingFloor/type',
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
        if (data2.expiryReason !== undefined) {
          if (typeof data2.expiryReason !== 'string') {
            const err54 = {
              instancePath: instancePath + '/amendedOrder/expiryReason',
              schemaPath: '#/properties/amendedOrder/properties/expiryReason/type',
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
        if (data2.pegPriceType !== undefined) {
          if (typeof data2.pegPriceType !== 'string') {
            const err55 = {
              instancePath: instancePath + '/amendedOrder/pegPriceType',
              schemaPath: '#/properties/amendedOrder/properties/pegPriceType/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data2.pegOffsetType !== undefined) {
          if (typeof data2.pegOffsetType !== 'string') {
            const err56 = {
              instancePath: instancePath + '/amendedOrder/pegOffsetType',
              schemaPath: '#/properties/amendedOrder/properties/pegOffsetType/type',
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
        if (data2.pegOffsetValue !== undefined) {
          let data31 = data2.pegOffsetValue;
          if (!(typeof data31 == 'number' && !(data31 % 1) && !isNaN(data31) && isFinite(data31))) {
            const err57 = {
              instancePath: instancePath + '/amendedOrder/pegOffsetValue',
              schemaPath: '#/properties/amendedOrder/properties/pegOffsetValue/type',
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
        if (data2.peggedPrice !== undefined) {
          let data32 = data2.peggedPrice;
          if (typeof data32 === 'string') {
            if (!pattern0.test(data32)) {
              const err58 = {
                instancePath: instancePath + '/amendedOrder/peggedPrice',
                schemaPath: '#/properties/amendedOrder/properties/peggedPrice/pattern',
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
              instancePath: instancePath + '/amendedOrder/peggedPrice',
              schemaPath: '#/properties/amendedOrder/properties/peggedPrice/type',
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
        if (data2.preventedMatchId !== undefined) {
          let data33 = data2.preventedMatchId;
          if (!(typeof data33 == 'number' && !(data33 % 1) && !isNaN(data33) && isFinite(data33))) {
            const err60 = {
              instancePath: instancePath + '/amendedOrder/preventedMatchId',
              schemaPath: '#/properties/amendedOrder/properties/preventedMatchId/type',
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
        }
        if (data2.preventedQuantity !== undefined) {
          let data34 = data2.preventedQuantity;
          if (typeof data34 === 'string') {
            if (!pattern0.test(data34)) {
              const err61 = {
                instancePath: instancePath + '/amendedOrder/preventedQuantity',
                schemaPath: '#/properties/amendedOrder/properties/preventedQuantity/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
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
              instancePath: instancePath + '/amendedOrder/preventedQuantity',
              schemaPath: '#/properties/amendedOrder/properties/preventedQuantity/type',
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
      } else {
        const err63 = {
          instancePath: instancePath + '/amendedOrder',
          schemaPath: '#/properties/amendedOrder/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.listStatus !== undefined) {
      let data35 = data.listStatus;
      if (data35 && typeof data35 == 'object' && !Array.isArray(data35)) {
        if (data35.orderListId === undefined) {
          const err64 = {
            instancePath: instancePath + '/listStatus',
            schemaPath: '#/properties/listStatus/required',
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
        if (data35.contingencyType === undefined) {
          const err65 = {
            instancePath: instancePath + '/listStatus',
            schemaPath: '#/properties/listStatus/required',
            keyword: 'required',
            params: { missingProperty: 'contingencyType' },
            message: "must have required property '" + 'contingencyType' + "'",
          };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        if (data35.listOrderStatus === undefined) {
          const err66 = {
            instancePath: instancePath + '/listStatus',
            schemaPath: '#/properties/listStatus/required',
            keyword: 'required',
            params: { missingProperty: 'listOrderStatus' },
            message: "must have required property '" + 'listOrderStatus' + "'",
          };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        if (data35.listClientOrderId === undefined) {
          const err67 = {
            instancePath: instancePath + '/listStatus',
            schemaPath: '#/properties/listStatus/required',
            keyword: 'required',
            params: { missingProperty: 'listClientOrderId' },
            message: "must have required property '" + 'listClientOrderId' + "'",
          };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        if (data35.symbol === undefined) {
          const err68 = {
            instancePath: instancePath + '/listStatus',
            schemaPath: '#/properties/listStatus/required',
            keyword: 'required',
            params: { missingProperty: 'symbol' },
            message: "must have required property '" + 'symbol' + "'",
          };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        if (data35.orders === undefined) {
          const err69 = {
            instancePath: instancePath + '/listStatus',
            schemaPath: '#/properties/listStatus/required',
            keyword: 'required',
            params: { missingProperty: 'orders' },
            message: "must have required property '" + 'orders' + "'",
          };
          if (vErrors === null) {
            vErrors = [err69];
          } else {
            vErrors.push(err69);
          }
          errors++;
        }
        if (data35.orderListId !== undefined) {
          let data36 = data35.orderListId;
          if (!(typeof data36 == 'number' && !(data36 % 1) && !isNaN(data36) && isFinite(data36))) {
            const err70 = {
              instancePath: instancePath + '/listStatus/orderListId',
              schemaPath: '#/properties/listStatus/properties/orderListId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data35.contingencyType !== undefined) {
          if (typeof data35.contingencyType !== 'string') {
            const err71 = {
              instancePath: instancePath + '/listStatus/contingencyType',
              schemaPath: '#/properties/listStatus/properties/contingencyType/type',
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
        if (data35.listOrderStatus !== undefined) {
          if (typeof data35.listOrderStatus !== 'string') {
            const err72 = {
              instancePath: instancePath + '/listStatus/listOrderStatus',
              schemaPath: '#/properties/listStatus/properties/listOrderStatus/type',
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
        if (data35.listClientOrderId !== undefined) {
          if (typeof data35.listClientOrderId !== 'string') {
            const err73 = {
              instancePath: instancePath + '/listStatus/listClientOrderId',
              schemaPath: '#/properties/listStatus/properties/listClientOrderId/type',
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
        if (data35.symbol !== undefined) {
          if (typeof data35.symbol !== 'string') {
            const err74 = {
              instancePath: instancePath + '/listStatus/symbol',
              schemaPath: '#/properties/listStatus/properties/symbol/type',
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
        if (data35.orders !== undefined) {
          let data41 = data35.orders;
          if (Array.isArray(data41)) {
            const len0 = data41.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data42 = data41[i0];
              if (data42 && typeof data42 == 'object' && !Array.isArray(data42)) {
                if (data42.symbol === undefined) {
                  const err75 = {
                    instancePath: instancePath + '/listStatus/orders/' + i0,
                    schemaPath: '#/properties/listStatus/properties/orders/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'symbol' },
                    message: "must have required property '" + 'symbol' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                if (data42.orderId === undefined) {
                  const err76 = {
                    instancePath: instancePath + '/listStatus/orders/' + i0,
                    schemaPath: '#/properties/listStatus/properties/orders/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'orderId' },
                    message: "must have required property '" + 'orderId' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
                if (data42.clientOrderId === undefined) {
                  const err77 = {
                    instancePath: instancePath + '/listStatus/orders/' + i0,
                    schemaPath: '#/properties/listStatus/properties/orders/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'clientOrderId' },
                    message: "must have required property '" + 'clientOrderId' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                if (data42.symbol !== undefined) {
                  if (typeof data42.symbol !== 'string') {
                    const err78 = {
                      instancePath: instancePath + '/listStatus/orders/' + i0 + '/symbol',
                      schemaPath:
                        '#/properties/listStatus/properties/orders/items/properties/symbol/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data42.orderId !== undefined) {
                  let data44 = data42.orderId;
                  if (!(
                    typeof data44 == 'number' &&
                    !(data44 % 1) &&
                    !isNaN(data44) &&
                    isFinite(data44)
                  )) {
                    const err79 = {
                      instancePath: instancePath + '/listStatus/orders/' + i0 + '/orderId',
                      schemaPath:
                        '#/properties/listStatus/properties/orders/items/properties/orderId/type',
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
                if (data42.clientOrderId !== undefined) {
                  if (typeof data42.clientOrderId !== 'string') {
                    const err80 = {
                      instancePath: instancePath + '/listStatus/orders/' + i0 + '/clientOrderId',
                      schemaPath:
                        '#/properties/listStatus/properties/orders/items/properties/clientOrderId/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
              } else {
                const err81 = {
                  instancePath: instancePath + '/listStatus/orders/' + i0,
                  schemaPath: '#/properties/listStatus/properties/orders/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
          } else {
            const err82 = {
              instancePath: instancePath + '/listStatus/orders',
              schemaPath: '#/properties/listStatus/properties/orders/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
      } else {
        const err83 = {
          instancePath: instancePath + '/listStatus',
          schemaPath: '#/properties/listStatus/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
  } else {
    const err84 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err84];
    } else {
      vErrors.push(err84);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
