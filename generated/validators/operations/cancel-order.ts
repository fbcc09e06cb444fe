// Generated from spec/operations/cancel-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/cancel-order.json',
  $comment:
    'Generated from spec/operations/cancel-order.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Cancel order (DELETE /api/v3/order, order.cancel)',
  description:
    'Cancels a working order, found by orderId or by the client order id it was placed with. The answer is the order as canceled, or the whole order list when the order was one of its legs.',
  anyOf: [
    {
      description: 'The order as canceled (an order on its own).',
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
          description: 'Client order id of the canceled order.',
          type: 'string',
        },
        orderId: { description: 'Order id.', type: 'integer' },
        orderListId: {
          description: 'Order list id; -1 unless the order is part of an order list.',
          type: 'integer',
        },
        clientOrderId: { description: 'Client order id of the cancel.', type: 'string' },
        transactTime: { description: 'When the cancel took effect.', type: 'integer' },
        price: { description: 'Limit price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        origQty: {
          description: 'Quantity ordered.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        executedQty: {
          description: 'Quantity filled before the cancel.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        origQuoteOrderQty: {
          description: 'quoteOrderQty as sent.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        cummulativeQuoteQty: {
          description: "Quote amount filled; Binance's spelling on the wire.",
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        status: { description: 'Order status (CANCELED).', type: 'string' },
        timeInForce: { description: 'Time in force.', type: 'string' },
        type: { description: 'Order type.', type: 'string' },
        side: { description: 'Order side.', type: 'string' },
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
    {
      description: 'The whole order list, canceled with it (the order was a leg of an order list).',
      type: 'object',
      required: [
        'orderListId',
        'contingencyType',
        'listStatusType',
        'listOrderStatus',
        'listClientOrderId',
        'transactionTime',
        'symbol',
        'orders',
        'orderReports',
      ],
      properties: {
        orderListId: { description: 'Order list id.', type: 'integer' },
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
        orderReports: {
          description: 'Each order of the list, in the format newOrderRespType selects.',
          type: 'array',
          items: {
            description: 'One order.',
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
              selfTradePreventionMode: {
                description: 'Self-trade prevention mode.',
                type: 'string',
              },
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
                description:
                  'Who fills the order: EXCHANGE (the order book it was sent to) or SOR.',
                type: 'string',
              },
              expiryReason: {
                description:
                  'Why the order expired (enums.md > Expiry reasons: INSUFFICIENT_LIQUIDITY, EXECUTION_RULE_PRICE_RANGE_EXCEEDED, …).',
                type: 'string',
              },
              pegPriceType: {
                description: 'Peg type (PRIMARY_PEG or MARKET_PEG).',
                type: 'string',
              },
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
  ],
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/cancel-order.json" */ let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.symbol === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
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
    if (data.origClientOrderId === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'origClientOrderId' },
        message: "must have required property '" + 'origClientOrderId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.orderId === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'orderId' },
        message: "must have required property '" + 'orderId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.orderListId === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'orderListId' },
        message: "must have required property '" + 'orderListId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.clientOrderId === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'clientOrderId' },
        message: "must have required property '" + 'clientOrderId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.transactTime === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'transactTime' },
        message: "must have required property '" + 'transactTime' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.price === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'price' },
        message: "must have required property '" + 'price' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.origQty === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'origQty' },
        message: "must have required property '" + 'origQty' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.executedQty === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'executedQty' },
        message: "must have required property '" + 'executedQty' + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.cummulativeQuoteQty === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'cummulativeQuoteQty' },
        message: "must have required property '" + 'cummulativeQuoteQty' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.status === undefined) {
      const err10 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
        message: "must have required property '" + 'status' + "'",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.timeInForce === undefined) {
      const err11 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'timeInForce' },
        message: "must have required property '" + 'timeInForce' + "'",
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err12 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.side === undefined) {
      const err13 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'side' },
        message: "must have required property '" + 'side' + "'",
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.selfTradePreventionMode === undefined) {
      const err14 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'selfTradePreventionMode' },
        message: "must have required property '" + 'selfTradePreventionMode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.symbol !== undefined) {
      if (typeof data.symbol !== 'string') {
        const err15 = {
          instancePath: instancePath + '/symbol',
          schemaPath: '#/anyOf/0/properties/symbol/type',
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
    if (data.origClientOrderId !== undefined) {
      if (typeof data.origClientOrderId !== 'string') {
        const err16 = {
          instancePath: instancePath + '/origClientOrderId',
          schemaPath: '#/anyOf/0/properties/origClientOrderId/type',
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
    }
    if (data.orderId !== undefined) {
      let data2 = data.orderId;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err17 = {
          instancePath: instancePath + '/orderId',
          schemaPath: '#/anyOf/0/properties/orderId/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.orderListId !== undefined) {
      let data3 = data.orderListId;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err18 = {
          instancePath: instancePath + '/orderListId',
          schemaPath: '#/anyOf/0/properties/orderListId/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.clientOrderId !== undefined) {
      if (typeof data.clientOrderId !== 'string') {
        const err19 = {
          instancePath: instancePath + '/clientOrderId',
          schemaPath: '#/anyOf/0/properties/clientOrderId/type',
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
    if (data.transactTime !== undefined) {
      let data5 = data.transactTime;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
        const err20 = {
          instancePath: instancePath + '/transactTime',
          schemaPath: '#/anyOf/0/properties/transactTime/type',
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
    if (data.price !== undefined) {
      let data6 = data.price;
      if (typeof data6 === 'string') {
        if (!pattern0.test(data6)) {
          const err21 = {
            instancePath: instancePath + '/price',
            schemaPath: '#/anyOf/0/properties/price/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/price',
          schemaPath: '#/anyOf/0/properties/price/type',
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
    if (data.origQty !== undefined) {
      let data7 = data.origQty;
      if (typeof data7 === 'string') {
        if (!pattern0.test(data7)) {
          const err23 = {
            instancePath: instancePath + '/origQty',
            schemaPath: '#/anyOf/0/properties/origQty/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
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
          instancePath: instancePath + '/origQty',
          schemaPath: '#/anyOf/0/properties/origQty/type',
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
    if (data.executedQty !== undefined) {
      let data8 = data.executedQty;
      if (typeof data8 === 'string') {
        if (!pattern0.test(data8)) {
          const err25 = {
            instancePath: instancePath + '/executedQty',
            schemaPath: '#/anyOf/0/properties/executedQty/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
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
          instancePath: instancePath + '/executedQty',
          schemaPath: '#/anyOf/0/properties/executedQty/type',
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
    if (data.origQuoteOrderQty !== undefined) {
      let data9 = data.origQuoteOrderQty;
      if (typeof data9 === 'string') {
        if (!pattern0.test(data9)) {
          const err27 = {
            instancePath: instancePath + '/origQuoteOrderQty',
            schemaPath: '#/anyOf/0/properties/origQuoteOrderQty/pattern',
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
          instancePath: instancePath + '/origQuoteOrderQty',
          schemaPath: '#/anyOf/0/properties/origQuoteOrderQty/type',
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
    if (data.cummulativeQuoteQty !== undefined) {
      let data10 = data.cummulativeQuoteQty;
      if (typeof data10 === 'string') {
        if (!pattern0.test(data10)) {
          const err29 = {
            instancePath: instancePath + '/cummulativeQuoteQty',
            schemaPath: '#/anyOf/0/properties/cummulativeQuoteQty/pattern',
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
          instancePath: instancePath + '/cummulativeQuoteQty',
          schemaPath: '#/anyOf/0/properties/cummulativeQuoteQty/type',
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
    if (data.status !== undefined) {
      if (typeof data.status !== 'string') {
        const err31 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/anyOf/0/properties/status/type',
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
    if (data.timeInForce !== undefined) {
      if (typeof data.timeInForce !== 'string') {
        const err32 = {
          instancePath: instancePath + '/timeInForce',
          schemaPath: '#/anyOf/0/properties/timeInForce/type',
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
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err33 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/anyOf/0/properties/type/type',
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
    if (data.side !== undefined) {
      if (typeof data.side !== 'string') {
        const err34 = {
          instancePath: instancePath + '/side',
          schemaPath: '#/anyOf/0/properties/side/type',
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
    if (data.selfTradePreventionMode !== undefined) {
      if (typeof data.selfTradePreventionMode !== 'string') {
        const err35 = {
          instancePath: instancePath + '/selfTradePreventionMode',
          schemaPath: '#/anyOf/0/properties/selfTradePreventionMode/type',
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
    if (data.icebergQty !== undefined) {
      let data16 = data.icebergQty;
      if (typeof data16 === 'string') {
        if (!pattern0.test(data16)) {
          const err36 = {
            instancePath: instancePath + '/icebergQty',
            schemaPath: '#/anyOf/0/properties/icebergQty/pattern',
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
          instancePath: instancePath + '/icebergQty',
          schemaPath: '#/anyOf/0/properties/icebergQty/type',
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
    if (data.stopPrice !== undefined) {
      let data17 = data.stopPrice;
      if (typeof data17 === 'string') {
        if (!pattern0.test(data17)) {
          const err38 = {
            instancePath: instancePath + '/stopPrice',
            schemaPath: '#/anyOf/0/properties/stopPrice/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = {
          instancePath: instancePath + '/stopPrice',
          schemaPath: '#/anyOf/0/properties/stopPrice/type',
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
    if (data.strategyId !== undefined) {
      let data18 = data.strategyId;
      if (!(typeof data18 == 'number' && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
        const err40 = {
          instancePath: instancePath + '/strategyId',
          schemaPath: '#/anyOf/0/properties/strategyId/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.strategyType !== undefined) {
      let data19 = data.strategyType;
      if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
        const err41 = {
          instancePath: instancePath + '/strategyType',
          schemaPath: '#/anyOf/0/properties/strategyType/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.trailingDelta !== undefined) {
      let data20 = data.trailingDelta;
      if (!(typeof data20 == 'number' && !(data20 % 1) && !isNaN(data20) && isFinite(data20))) {
        const err42 = {
          instancePath: instancePath + '/trailingDelta',
          schemaPath: '#/anyOf/0/properties/trailingDelta/type',
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
    if (data.trailingTime !== undefined) {
      let data21 = data.trailingTime;
      if (!(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
        const err43 = {
          instancePath: instancePath + '/trailingTime',
          schemaPath: '#/anyOf/0/properties/trailingTime/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.usedSor !== undefined) {
      if (typeof data.usedSor !== 'boolean') {
        const err44 = {
          instancePath: instancePath + '/usedSor',
          schemaPath: '#/anyOf/0/properties/usedSor/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.workingFloor !== undefined) {
      if (typeof data.workingFloor !== 'string') {
        const err45 = {
          instancePath: instancePath + '/workingFloor',
          schemaPath: '#/anyOf/0/properties/workingFloor/type',
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
    if (data.expiryReason !== undefined) {
      if (typeof data.expiryReason !== 'string') {
        const err46 = {
          instancePath: instancePath + '/expiryReason',
          schemaPath: '#/anyOf/0/properties/expiryReason/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.pegPriceType !== undefined) {
      if (typeof data.pegPriceType !== 'string') {
        const err47 = {
          instancePath: instancePath + '/pegPriceType',
          schemaPath: '#/anyOf/0/properties/pegPriceType/type',
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
    if (data.pegOffsetType !== undefined) {
      if (typeof data.pegOffsetType !== 'string') {
        const err48 = {
          instancePath: instancePath + '/pegOffsetType',
          schemaPath: '#/anyOf/0/properties/pegOffsetType/type',
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
    }
    if (data.pegOffsetValue !== undefined) {
      let data27 = data.pegOffsetValue;
      if (!(typeof data27 == 'number' && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
        const err49 = {
          instancePath: instancePath + '/pegOffsetValue',
          schemaPath: '#/anyOf/0/properties/pegOffsetValue/type',
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
    if (data.peggedPrice !== undefined) {
      let data28 = data.peggedPrice;
      if (typeof data28 === 'string') {
        if (!pattern0.test(data28)) {
          const err50 = {
            instancePath: instancePath + '/peggedPrice',
            schemaPath: '#/anyOf/0/properties/peggedPrice/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      } else {
        const err51 = {
          instancePath: instancePath + '/peggedPrice',
          schemaPath: '#/anyOf/0/properties/peggedPrice/type',
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
    if (data.preventedMatchId !== undefined) {
      let data29 = data.preventedMatchId;
      if (!(typeof data29 == 'number' && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
        const err52 = {
          instancePath: instancePath + '/preventedMatchId',
          schemaPath: '#/anyOf/0/properties/preventedMatchId/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.preventedQuantity !== undefined) {
      let data30 = data.preventedQuantity;
      if (typeof data30 === 'string') {
        if (!pattern0.test(data30)) {
          const err53 = {
            instancePath: instancePath + '/preventedQuantity',
            schemaPath: '#/anyOf/0/properties/preventedQuantity/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      } else {
        const err54 = {
          instancePath: instancePath + '/preventedQuantity',
          schemaPath: '#/anyOf/0/properties/preventedQuantity/type',
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
  } else {
    const err55 = {
      instancePath,
      schemaPath: '#/anyOf/0/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err55];
    } else {
      vErrors.push(err55);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs66 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.orderListId === undefined) {
        const err56 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: 'orderListId' },
          message: "must have required property '" + 'orderListId' + "'",
        };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
      if (data.contingencyType === undefined) {
        const err57 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: 'contingencyType' },
          message: "must have required property '" + 'contingencyType' + "'",
        };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
      if (data.listStatusType === undefined) {
        const err58 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: 'listStatusType' },
          message: "must have required property '" + 'listStatusType' + "'",
        };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
      if (data.listOrderStatus === undefined) {
        const err59 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: 'listOrderStatus' },
          message: "must have required property '" + 'listOrderStatus' + "'",
        };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
      if (data.listClientOrderId === undefined) {
        const err60 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: 'listClientOrderId' },
          message: "must have required property '" + 'listClientOrderId' + "'",
        };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
      if (data.transactionTime === undefined) {
        const err61 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: 'transactionTime' },
          message: "must have required property '" + 'transactionTime' + "'",
        };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
      if (data.symbol === undefined) {
        const err62 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
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
      if (data.orders === undefined) {
        const err63 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: 'orders' },
          message: "must have required property '" + 'orders' + "'",
        };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
      if (data.orderReports === undefined) {
        const err64 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: 'orderReports' },
          message: "must have required property '" + 'orderReports' + "'",
        };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
      if (data.orderListId !== undefined) {
        let data31 = data.orderListId;
        if (!(typeof data31 == 'number' && !(data31 % 1) && !isNaN(data31) && isFinite(data31))) {
          const err65 = {
            instancePath: instancePath + '/orderListId',
            schemaPath: '#/anyOf/1/properties/orderListId/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
      }
      if (data.contingencyType !== undefined) {
        if (typeof data.contingencyType !== 'string') {
          const err66 = {
            instancePath: instancePath + '/contingencyType',
            schemaPath: '#/anyOf/1/properties/contingencyType/type',
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
      if (data.listStatusType !== undefined) {
        if (typeof data.listStatusType !== 'string') {
          const err67 = {
            instancePath: instancePath + '/listStatusType',
            schemaPath: '#/anyOf/1/properties/listStatusType/type',
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
      if (data.listOrderStatus !== undefined) {
        if (typeof data.listOrderStatus !== 'string') {
          const err68 = {
            instancePath: instancePath + '/listOrderStatus',
            schemaPath: '#/anyOf/1/properties/listOrderStatus/type',
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
      if (data.listClientOrderId !== undefined) {
        if (typeof data.listClientOrderId !== 'string') {
          const err69 = {
            instancePath: instancePath + '/listClientOrderId',
            schemaPath: '#/anyOf/1/properties/listClientOrderId/type',
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
      if (data.transactionTime !== undefined) {
        let data36 = data.transactionTime;
        if (!(typeof data36 == 'number' && !(data36 % 1) && !isNaN(data36) && isFinite(data36))) {
          const err70 = {
            instancePath: instancePath + '/transactionTime',
            schemaPath: '#/anyOf/1/properties/transactionTime/type',
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
      if (data.symbol !== undefined) {
        if (typeof data.symbol !== 'string') {
          const err71 = {
            instancePath: instancePath + '/symbol',
            schemaPath: '#/anyOf/1/properties/symbol/type',
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
      if (data.orders !== undefined) {
        let data38 = data.orders;
        if (Array.isArray(data38)) {
          const len0 = data38.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data39 = data38[i0];
            if (data39 && typeof data39 == 'object' && !Array.isArray(data39)) {
              if (data39.symbol === undefined) {
                const err72 = {
                  instancePath: instancePath + '/orders/' + i0,
                  schemaPath: '#/anyOf/1/properties/orders/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'symbol' },
                  message: "must have required property '" + 'symbol' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              if (data39.orderId === undefined) {
                const err73 = {
                  instancePath: instancePath + '/orders/' + i0,
                  schemaPath: '#/anyOf/1/properties/orders/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'orderId' },
                  message: "must have required property '" + 'orderId' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
              if (data39.clientOrderId === undefined) {
                const err74 = {
                  instancePath: instancePath + '/orders/' + i0,
                  schemaPath: '#/anyOf/1/properties/orders/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'clientOrderId' },
                  message: "must have required property '" + 'clientOrderId' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
              if (data39.symbol !== undefined) {
                if (typeof data39.symbol !== 'string') {
                  const err75 = {
                    instancePath: instancePath + '/orders/' + i0 + '/symbol',
                    schemaPath: '#/anyOf/1/properties/orders/items/properties/symbol/type',
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
              if (data39.orderId !== undefined) {
                let data41 = data39.orderId;
                if (!(
                  typeof data41 == 'number' &&
                  !(data41 % 1) &&
                  !isNaN(data41) &&
                  isFinite(data41)
                )) {
                  const err76 = {
                    instancePath: instancePath + '/orders/' + i0 + '/orderId',
                    schemaPath: '#/anyOf/1/properties/orders/items/properties/orderId/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              }
              if (data39.clientOrderId !== undefined) {
                if (typeof data39.clientOrderId !== 'string') {
                  const err77 = {
                    instancePath: instancePath + '/orders/' + i0 + '/clientOrderId',
                    schemaPath: '#/anyOf/1/properties/orders/items/properties/clientOrderId/type',
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
            } else {
              const err78 = {
                instancePath: instancePath + '/orders/' + i0,
                schemaPath: '#/anyOf/1/properties/orders/items/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
              };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          }
        } else {
          const err79 = {
            instancePath: instancePath + '/orders',
            schemaPath: '#/anyOf/1/properties/orders/type',
            keyword: 'type',
            params: { type: 'array' },
            message: 'must be array',
          };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
      }
      if (data.orderReports !== undefined) {
        let data43 = data.orderReports;
        if (Array.isArray(data43)) {
          const len1 = data43.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data44 = data43[i1];
            if (data44 && typeof data44 == 'object' && !Array.isArray(data44)) {
              if (data44.symbol === undefined) {
                const err80 = {
                  instancePath: instancePath + '/orderReports/' + i1,
                  schemaPath: '#/anyOf/1/properties/orderReports/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'symbol' },
                  message: "must have required property '" + 'symbol' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              if (data44.orderId === undefined) {
                const err81 = {
                  instancePath: instancePath + '/orderReports/' + i1,
                  schemaPath: '#/anyOf/1/properties/orderReports/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'orderId' },
                  message: "must have required property '" + 'orderId' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              if (data44.orderListId === undefined) {
                const err82 = {
                  instancePath: instancePath + '/orderReports/' + i1,
                  schemaPath: '#/anyOf/1/properties/orderReports/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'orderListId' },
                  message: "must have required property '" + 'orderListId' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
              if (data44.clientOrderId === undefined) {
                const err83 = {
                  instancePath: instancePath + '/orderReports/' + i1,
                  schemaPath: '#/anyOf/1/properties/orderReports/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'clientOrderId' },
                  message: "must have required property '" + 'clientOrderId' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
              if (data44.transactTime === undefined) {
                const err84 = {
                  instancePath: instancePath + '/orderReports/' + i1,
                  schemaPath: '#/anyOf/1/properties/orderReports/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'transactTime' },
                  message: "must have required property '" + 'transactTime' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
              if (data44.price === undefined) {
                const err85 = {
                  instancePath: instancePath + '/orderReports/' + i1,
                  schemaPath: '#/anyOf/1/properties/orderReports/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'price' },
                  message: "must have required property '" + 'price' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              if (data44.origQty === undefined) {
                const err86 = {
                  instancePath: instancePath + '/orderReports/' + i1,
                  schemaPath: '#/anyOf/1/properties/orderReports/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'origQty' },
                  message: "must have required property '" + 'origQty' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
              if (data44.executedQty === undefined) {
                const err87 = {
                  instancePath: instancePath + '/orderReports/' + i1,
                  schemaPath: '#/anyOf/1/properties/orderReports/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'executedQty' },
                  message: "must have required property '" + 'executedQty' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
              if (data44.cummulativeQuoteQty === undefined) {
                const err88 = {
                  instancePath: instancePath + '/orderReports/' + i1,
                  schemaPath: '#/anyOf/1/properties/orderReports/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'cummulativeQuoteQty' },
                  message: "must have required property '" + 'cummulativeQuoteQty' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
              if (data44.status === undefined) {
                const err89 = {
                  instancePath: instancePath + '/orderReports/' + i1,
                  schemaPath: '#/anyOf/1/properties/orderReports/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'status' },
                  message: "must have required property '" + 'status' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
              if (data44.timeInForce === undefined) {
                const err90 = {
                  instancePath: instancePath + '/orderReports/' + i1,
                  schemaPath: '#/anyOf/1/properties/orderReports/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'timeInForce' },
                  message: "must have required property '" + 'timeInForce' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              if (data44.type === undefined) {
                const err91 = {
                  instancePath: instancePath + '/orderReports/' + i1,
                  schemaPath: '#/anyOf/1/properties/orderReports/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'type' },
                  message: "must have required property '" + 'type' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
              if (data44.side === undefined) {
                const err92 = {
                  instancePath: instancePath + '/orderReports/' + i1,
                  schemaPath: '#/anyOf/1/properties/orderReports/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'side' },
                  message: "must have required property '" + 'side' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
              if (data44.selfTradePreventionMode === undefined) {
                const err93 = {
                  instancePath: instancePath + '/orderReports/' + i1,
                  schemaPath: '#/anyOf/1/properties/orderReports/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'selfTradePreventionMode' },
                  message: "must have required property '" + 'selfTradePreventionMode' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
              if (data44.symbol !== undefined) {
                if (typeof data44.symbol !== 'string') {
                  const err94 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/symbol',
                    schemaPath: '#/anyOf/1/properties/orderReports/items/properties/symbol/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              }
              if (data44.origClientOrderId !== undefined) {
                if (typeof data44.origClientOrderId !== 'string') {
                  const err95 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/origClientOrderId',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/origClientOrderId/type',
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
              if (data44.orderId !== undefined) {
                let data47 = data44.orderId;
                if (!(
                  typeof data47 == 'number' &&
                  !(data47 % 1) &&
                  !isNaN(data47) &&
                  isFinite(data47)
                )) {
                  const err96 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/orderId',
                    schemaPath: '#/anyOf/1/properties/orderReports/items/properties/orderId/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
              }
              if (data44.orderListId !== undefined) {
                let data48 = data44.orderListId;
                if (!(
                  typeof data48 == 'number' &&
                  !(data48 % 1) &&
                  !isNaN(data48) &&
                  isFinite(data48)
                )) {
                  const err97 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/orderListId',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/orderListId/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              }
              if (data44.clientOrderId !== undefined) {
                if (typeof data44.clientOrderId !== 'string') {
                  const err98 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/clientOrderId',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/clientOrderId/type',
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
              if (data44.transactTime !== undefined) {
                let data50 = data44.transactTime;
                if (!(
                  typeof data50 == 'number' &&
                  !(data50 % 1) &&
                  !isNaN(data50) &&
                  isFinite(data50)
                )) {
                  const err99 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/transactTime',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/transactTime/type',
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
              if (data44.price !== undefined) {
                let data51 = data44.price;
                if (typeof data51 === 'string') {
                  if (!pattern0.test(data51)) {
                    const err100 = {
                      instancePath: instancePath + '/orderReports/' + i1 + '/price',
                      schemaPath:
                        '#/anyOf/1/properties/orderReports/items/properties/price/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                      message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                    };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                } else {
                  const err101 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/price',
                    schemaPath: '#/anyOf/1/properties/orderReports/items/properties/price/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err101];
                  } else {
                    vErrors.push(err101);
                  }
                  errors++;
                }
              }
              if (data44.origQty !== undefined) {
                let data52 = data44.origQty;
                if (typeof data52 === 'string') {
                  if (!pattern0.test(data52)) {
                    const err102 = {
                      instancePath: instancePath + '/orderReports/' + i1 + '/origQty',
                      schemaPath:
                        '#/anyOf/1/properties/orderReports/items/properties/origQty/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                      message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                    };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                } else {
                  const err103 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/origQty',
                    schemaPath: '#/anyOf/1/properties/orderReports/items/properties/origQty/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              }
              if (data44.executedQty !== undefined) {
                let data53 = data44.executedQty;
                if (typeof data53 === 'string') {
                  if (!pattern0.test(data53)) {
                    const err104 = {
                      instancePath: instancePath + '/orderReports/' + i1 + '/executedQty',
                      schemaPath:
                        '#/anyOf/1/properties/orderReports/items/properties/executedQty/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                      message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                    };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                } else {
                  const err105 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/executedQty',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/executedQty/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              }
              if (data44.origQuoteOrderQty !== undefined) {
                let data54 = data44.origQuoteOrderQty;
                if (typeof data54 === 'string') {
                  if (!pattern0.test(data54)) {
                    const err106 = {
                      instancePath: instancePath + '/orderReports/' + i1 + '/origQuoteOrderQty',
                      schemaPath:
                        '#/anyOf/1/properties/orderReports/items/properties/origQuoteOrderQty/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                      message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                    };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                } else {
                  const err107 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/origQuoteOrderQty',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/origQuoteOrderQty/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              }
              if (data44.cummulativeQuoteQty !== undefined) {
                let data55 = data44.cummulativeQuoteQty;
                if (typeof data55 === 'string') {
                  if (!pattern0.test(data55)) {
                    const err108 = {
                      instancePath: instancePath + '/orderReports/' + i1 + '/cummulativeQuoteQty',
                      schemaPath:
                        '#/anyOf/1/properties/orderReports/items/properties/cummulativeQuoteQty/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                      message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                    };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                } else {
                  const err109 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/cummulativeQuoteQty',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/cummulativeQuoteQty/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
              if (data44.status !== undefined) {
                if (typeof data44.status !== 'string') {
                  const err110 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/status',
                    schemaPath: '#/anyOf/1/properties/orderReports/items/properties/status/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
              }
              if (data44.timeInForce !== undefined) {
                if (typeof data44.timeInForce !== 'string') {
                  const err111 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/timeInForce',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/timeInForce/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
              }
              if (data44.type !== undefined) {
                if (typeof data44.type !== 'string') {
                  const err112 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/type',
                    schemaPath: '#/anyOf/1/properties/orderReports/items/properties/type/type',
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
              if (data44.side !== undefined) {
                if (typeof data44.side !== 'string') {
                  const err113 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/side',
                    schemaPath: '#/anyOf/1/properties/orderReports/items/properties/side/type',
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
              if (data44.selfTradePreventionMode !== undefined) {
                if (typeof data44.selfTradePreventionMode !== 'string') {
                  const err114 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/selfTradePreventionMode',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/selfTradePreventionMode/type',
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
              if (data44.icebergQty !== undefined) {
                let data61 = data44.icebergQty;
                if (typeof data61 === 'string') {
                  if (!pattern0.test(data61)) {
                    const err115 = {
                      instancePath: instancePath + '/orderReports/' + i1 + '/icebergQty',
                      schemaPath:
                        '#/anyOf/1/properties/orderReports/items/properties/icebergQty/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                      message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                    };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                } else {
                  const err116 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/icebergQty',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/icebergQty/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              }
              if (data44.stopPrice !== undefined) {
                let data62 = data44.stopPrice;
                if (typeof data62 === 'string') {
                  if (!pattern0.test(data62)) {
                    const err117 = {
                      instancePath: instancePath + '/orderReports/' + i1 + '/stopPrice',
                      schemaPath:
                        '#/anyOf/1/properties/orderReports/items/properties/stopPrice/pattern',
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
                    instancePath: instancePath + '/orderReports/' + i1 + '/stopPrice',
                    schemaPath: '#/anyOf/1/properties/orderReports/items/properties/stopPrice/type',
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
              if (data44.strategyId !== undefined) {
                let data63 = data44.strategyId;
                if (!(
                  typeof data63 == 'number' &&
                  !(data63 % 1) &&
                  !isNaN(data63) &&
                  isFinite(data63)
                )) {
                  const err119 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/strategyId',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/strategyId/type',
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
              if (data44.strategyType !== undefined) {
                let data64 = data44.strategyType;
                if (!(
                  typeof data64 == 'number' &&
                  !(data64 % 1) &&
                  !isNaN(data64) &&
                  isFinite(data64)
                )) {
                  const err120 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/strategyType',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/strategyType/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
              }
              if (data44.trailingDelta !== undefined) {
                let data65 = data44.trailingDelta;
                if (!(
                  typeof data65 == 'number' &&
                  !(data65 % 1) &&
                  !isNaN(data65) &&
                  isFinite(data65)
                )) {
                  const err121 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/trailingDelta',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/trailingDelta/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
              }
              if (data44.trailingTime !== undefined) {
                let data66 = data44.trailingTime;
                if (!(
                  typeof data66 == 'number' &&
                  !(data66 % 1) &&
                  !isNaN(data66) &&
                  isFinite(data66)
                )) {
                  const err122 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/trailingTime',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/trailingTime/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
              }
              if (data44.usedSor !== undefined) {
                if (typeof data44.usedSor !== 'boolean') {
                  const err123 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/usedSor',
                    schemaPath: '#/anyOf/1/properties/orderReports/items/properties/usedSor/type',
                    keyword: 'type',
                    params: { type: 'boolean' },
                    message: 'must be boolean',
                  };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
              }
              if (data44.workingFloor !== undefined) {
                if (typeof data44.workingFloor !== 'string') {
                  const err124 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/workingFloor',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/workingFloor/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
              }
              if (data44.expiryReason !== undefined) {
                if (typeof data44.expiryReason !== 'string') {
                  const err125 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/expiryReason',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/expiryReason/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err125];
                  } else {
                    vErrors.push(err125);
                  }
                  errors++;
                }
              }
              if (data44.pegPriceType !== undefined) {
                if (typeof data44.pegPriceType !== 'string') {
                  const err126 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/pegPriceType',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/pegPriceType/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
              }
              if (data44.pegOffsetType !== undefined) {
                if (typeof data44.pegOffsetType !== 'string') {
                  const err127 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/pegOffsetType',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/pegOffsetType/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err127];
                  } else {
                    vErrors.push(err127);
                  }
                  errors++;
                }
              }
              if (data44.pegOffsetValue !== undefined) {
                let data72 = data44.pegOffsetValue;
                if (!(
                  typeof data72 == 'number' &&
                  !(data72 % 1) &&
                  !isNaN(data72) &&
                  isFinite(data72)
                )) {
                  const err128 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/pegOffsetValue',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/pegOffsetValue/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
              }
              if (data44.peggedPrice !== undefined) {
                let data73 = data44.peggedPrice;
                if (typeof data73 === 'string') {
                  if (!pattern0.test(data73)) {
                    const err129 = {
                      instancePath: instancePath + '/orderReports/' + i1 + '/peggedPrice',
                      schemaPath:
                        '#/anyOf/1/properties/orderReports/items/properties/peggedPrice/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                      message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                    };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                } else {
                  const err130 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/peggedPrice',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/peggedPrice/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              }
              if (data44.preventedMatchId !== undefined) {
                let data74 = data44.preventedMatchId;
                if (!(
                  typeof data74 == 'number' &&
                  !(data74 % 1) &&
                  !isNaN(data74) &&
                  isFinite(data74)
                )) {
                  const err131 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/preventedMatchId',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/preventedMatchId/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
              }
              if (data44.preventedQuantity !== undefined) {
                let data75 = data44.preventedQuantity;
                if (typeof data75 === 'string') {
                  if (!pattern0.test(data75)) {
                    const err132 = {
                      instancePath: instancePath + '/orderReports/' + i1 + '/preventedQuantity',
                      schemaPath:
                        '#/anyOf/1/properties/orderReports/items/properties/preventedQuantity/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                      message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                    };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                } else {
                  const err133 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/preventedQuantity',
                    schemaPath:
                      '#/anyOf/1/properties/orderReports/items/properties/preventedQuantity/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
              }
            } else {
              const err134 = {
                instancePath: instancePath + '/orderReports/' + i1,
                schemaPath: '#/anyOf/1/properties/orderReports/items/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
              };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
          }
        } else {
          const err135 = {
            instancePath: instancePath + '/orderReports',
            schemaPath: '#/anyOf/1/properties/orderReports/type',
            keyword: 'type',
            params: { type: 'array' },
            message: 'must be array',
          };
          if (vErrors === null) {
            vErrors = [err135];
          } else {
            vErrors.push(err135);
          }
          errors++;
        }
      }
    } else {
      const err136 = {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err136];
      } else {
        vErrors.push(err136);
      }
      errors++;
    }
    var _valid0 = _errs66 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err137 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf',
    };
    if (vErrors === null) {
      vErrors = [err137];
    } else {
      vErrors.push(err137);
    }
    errors++;
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
