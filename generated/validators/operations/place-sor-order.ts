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
  ],
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
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
    if (data.orderId === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
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
    if (data.orderListId === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
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
    if (data.clientOrderId === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
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
    if (data.transactTime === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'transactTime' },
        message: "must have required property '" + 'transactTime' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.price === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'price' },
        message: "must have required property '" + 'price' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.origQty === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'origQty' },
        message: "must have required property '" + 'origQty' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.executedQty === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'executedQty' },
        message: "must have required property '" + 'executedQty' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.cummulativeQuoteQty === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'cummulativeQuoteQty' },
        message: "must have required property '" + 'cummulativeQuoteQty' + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.status === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
        message: "must have required property '" + 'status' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.timeInForce === undefined) {
      const err10 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'timeInForce' },
        message: "must have required property '" + 'timeInForce' + "'",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err11 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.side === undefined) {
      const err12 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'side' },
        message: "must have required property '" + 'side' + "'",
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.workingTime === undefined) {
      const err13 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'workingTime' },
        message: "must have required property '" + 'workingTime' + "'",
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.fills === undefined) {
      const err14 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'fills' },
        message: "must have required property '" + 'fills' + "'",
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.selfTradePreventionMode === undefined) {
      const err15 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'selfTradePreventionMode' },
        message: "must have required property '" + 'selfTradePreventionMode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.symbol !== undefined) {
      if (typeof data.symbol !== 'string') {
        const err16 = {
          instancePath: instancePath + '/symbol',
          schemaPath: '#/anyOf/0/properties/symbol/type',
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
      let data1 = data.orderId;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
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
      let data2 = data.orderListId;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
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
      let data4 = data.transactTime;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
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
      let data5 = data.price;
      if (typeof data5 === 'string') {
        if (!pattern0.test(data5)) {
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
      let data6 = data.origQty;
      if (typeof data6 === 'string') {
        if (!pattern0.test(data6)) {
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
      let data7 = data.executedQty;
      if (typeof data7 === 'string') {
        if (!pattern0.test(data7)) {
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
      let data8 = data.origQuoteOrderQty;
      if (typeof data8 === 'string') {
        if (!pattern0.test(data8)) {
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
      let data9 = data.cummulativeQuoteQty;
      if (typeof data9 === 'string') {
        if (!pattern0.test(data9)) {
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
    if (data.workingTime !== undefined) {
      let data14 = data.workingTime;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
        const err35 = {
          instancePath: instancePath + '/workingTime',
          schemaPath: '#/anyOf/0/properties/workingTime/type',
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
    if (data.fills !== undefined) {
      let data15 = data.fills;
      if (Array.isArray(data15)) {
        const len0 = data15.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data16 = data15[i0];
          if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
            if (data16.matchType === undefined) {
              const err36 = {
                instancePath: instancePath + '/fills/' + i0,
                schemaPath: '#/anyOf/0/properties/fills/items/required',
                keyword: 'required',
                params: { missingProperty: 'matchType' },
                message: "must have required property '" + 'matchType' + "'",
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data16.price === undefined) {
              const err37 = {
                instancePath: instancePath + '/fills/' + i0,
                schemaPath: '#/anyOf/0/properties/fills/items/required',
                keyword: 'required',
                params: { missingProperty: 'price' },
                message: "must have required property '" + 'price' + "'",
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data16.qty === undefined) {
              const err38 = {
                instancePath: instancePath + '/fills/' + i0,
                schemaPath: '#/anyOf/0/properties/fills/items/required',
                keyword: 'required',
                params: { missingProperty: 'qty' },
                message: "must have required property '" + 'qty' + "'",
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data16.commission === undefined) {
              const err39 = {
                instancePath: instancePath + '/fills/' + i0,
                schemaPath: '#/anyOf/0/properties/fills/items/required',
                keyword: 'required',
                params: { missingProperty: 'commission' },
                message: "must have required property '" + 'commission' + "'",
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data16.commissionAsset === undefined) {
              const err40 = {
                instancePath: instancePath + '/fills/' + i0,
                schemaPath: '#/anyOf/0/properties/fills/items/required',
                keyword: 'required',
                params: { missingProperty: 'commissionAsset' },
                message: "must have required property '" + 'commissionAsset' + "'",
              };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data16.tradeId === undefined) {
              const err41 = {
                instancePath: instancePath + '/fills/' + i0,
                schemaPath: '#/anyOf/0/properties/fills/items/required',
                keyword: 'required',
                params: { missingProperty: 'tradeId' },
                message: "must have required property '" + 'tradeId' + "'",
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data16.allocId === undefined) {
              const err42 = {
                instancePath: instancePath + '/fills/' + i0,
                schemaPath: '#/anyOf/0/properties/fills/items/required',
                keyword: 'required',
                params: { missingProperty: 'allocId' },
                message: "must have required property '" + 'allocId' + "'",
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data16.matchType !== undefined) {
              if (typeof data16.matchType !== 'string') {
                const err43 = {
                  instancePath: instancePath + '/fills/' + i0 + '/matchType',
                  schemaPath: '#/anyOf/0/properties/fills/items/properties/matchType/type',
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
            if (data16.price !== undefined) {
              let data18 = data16.price;
              if (typeof data18 === 'string') {
                if (!pattern0.test(data18)) {
                  const err44 = {
                    instancePath: instancePath + '/fills/' + i0 + '/price',
                    schemaPath: '#/anyOf/0/properties/fills/items/properties/price/pattern',
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
                  instancePath: instancePath + '/fills/' + i0 + '/price',
                  schemaPath: '#/anyOf/0/properties/fills/items/properties/price/type',
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
            if (data16.qty !== undefined) {
              let data19 = data16.qty;
              if (typeof data19 === 'string') {
                if (!pattern0.test(data19)) {
                  const err46 = {
                    instancePath: instancePath + '/fills/' + i0 + '/qty',
                    schemaPath: '#/anyOf/0/properties/fills/items/properties/qty/pattern',
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
                  instancePath: instancePath + '/fills/' + i0 + '/qty',
                  schemaPath: '#/anyOf/0/properties/fills/items/properties/qty/type',
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
            if (data16.commission !== undefined) {
              let data20 = data16.commission;
              if (typeof data20 === 'string') {
                if (!pattern0.test(data20)) {
                  const err48 = {
                    instancePath: instancePath + '/fills/' + i0 + '/commission',
                    schemaPath: '#/anyOf/0/properties/fills/items/properties/commission/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                    message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = {
                  instancePath: instancePath + '/fills/' + i0 + '/commission',
                  schemaPath: '#/anyOf/0/properties/fills/items/properties/commission/type',
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
            }
            if (data16.commissionAsset !== undefined) {
              if (typeof data16.commissionAsset !== 'string') {
                const err50 = {
                  instancePath: instancePath + '/fills/' + i0 + '/commissionAsset',
                  schemaPath: '#/anyOf/0/properties/fills/items/properties/commissionAsset/type',
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
            if (data16.tradeId !== undefined) {
              let data22 = data16.tradeId;
              if (!(
                typeof data22 == 'number' &&
                !(data22 % 1) &&
                !isNaN(data22) &&
                isFinite(data22)
              )) {
                const err51 = {
                  instancePath: instancePath + '/fills/' + i0 + '/tradeId',
                  schemaPath: '#/anyOf/0/properties/fills/items/properties/tradeId/type',
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
            if (data16.allocId !== undefined) {
              let data23 = data16.allocId;
              if (!(
                typeof data23 == 'number' &&
                !(data23 % 1) &&
                !isNaN(data23) &&
                isFinite(data23)
              )) {
                const err52 = {
                  instancePath: instancePath + '/fills/' + i0 + '/allocId',
                  schemaPath: '#/anyOf/0/properties/fills/items/properties/allocId/type',
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
          } else {
            const err53 = {
              instancePath: instancePath + '/fills/' + i0,
              schemaPath: '#/anyOf/0/properties/fills/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = {
          instancePath: instancePath + '/fills',
          schemaPath: '#/anyOf/0/properties/fills/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.selfTradePreventionMode !== undefined) {
      if (typeof data.selfTradePreventionMode !== 'string') {
        const err55 = {
          instancePath: instancePath + '/selfTradePreventionMode',
          schemaPath: '#/anyOf/0/properties/selfTradePreventionMode/type',
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
    if (data.icebergQty !== undefined) {
      let data25 = data.icebergQty;
      if (typeof data25 === 'string') {
        if (!pattern0.test(data25)) {
          const err56 = {
            instancePath: instancePath + '/icebergQty',
            schemaPath: '#/anyOf/0/properties/icebergQty/pattern',
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
          instancePath: instancePath + '/icebergQty',
          schemaPath: '#/anyOf/0/properties/icebergQty/type',
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
    if (data.stopPrice !== undefined) {
      let data26 = data.stopPrice;
      if (typeof data26 === 'string') {
        if (!pattern0.test(data26)) {
          const err58 = {
            instancePath: instancePath + '/stopPrice',
            schemaPath: '#/anyOf/0/properties/stopPrice/pattern',
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
          instancePath: instancePath + '/stopPrice',
          schemaPath: '#/anyOf/0/properties/stopPrice/type',
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
    if (data.strategyId !== undefined) {
      let data27 = data.strategyId;
      if (!(typeof data27 == 'number' && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
        const err60 = {
          instancePath: instancePath + '/strategyId',
          schemaPath: '#/anyOf/0/properties/strategyId/type',
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
    if (data.strategyType !== undefined) {
      let data28 = data.strategyType;
      if (!(typeof data28 == 'number' && !(data28 % 1) && !isNaN(data28) && isFinite(data28))) {
        const err61 = {
          instancePath: instancePath + '/strategyType',
          schemaPath: '#/anyOf/0/properties/strategyType/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.trailingDelta !== undefined) {
      let data29 = data.trailingDelta;
      if (!(typeof data29 == 'number' && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
        const err62 = {
          instancePath: instancePath + '/trailingDelta',
          schemaPath: '#/anyOf/0/properties/trailingDelta/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.trailingTime !== undefined) {
      let data30 = data.trailingTime;
      if (!(typeof data30 == 'number' && !(data30 % 1) && !isNaN(data30) && isFinite(data30))) {
        const err63 = {
          instancePath: instancePath + '/trailingTime',
          schemaPath: '#/anyOf/0/properties/trailingTime/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.usedSor !== undefined) {
      if (typeof data.usedSor !== 'boolean') {
        const err64 = {
          instancePath: instancePath + '/usedSor',
          schemaPath: '#/anyOf/0/properties/usedSor/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.workingFloor !== undefined) {
      if (typeof data.workingFloor !== 'string') {
        const err65 = {
          instancePath: instancePath + '/workingFloor',
          schemaPath: '#/anyOf/0/properties/workingFloor/type',
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
    if (data.expiryReason !== undefined) {
      if (typeof data.expiryReason !== 'string') {
        const err66 = {
          instancePath: instancePath + '/expiryReason',
          schemaPath: '#/anyOf/0/properties/expiryReason/type',
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
    if (data.pegPriceType !== undefined) {
      if (typeof data.pegPriceType !== 'string') {
        const err67 = {
          instancePath: instancePath + '/pegPriceType',
          schemaPath: '#/anyOf/0/properties/pegPriceType/type',
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
    if (data.pegOffsetType !== undefined) {
      if (typeof data.pegOffsetType !== 'string') {
        const err68 = {
          instancePath: instancePath + '/pegOffsetType',
          schemaPath: '#/anyOf/0/properties/pegOffsetType/type',
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
    if (data.pegOffsetValue !== undefined) {
      let data36 = data.pegOffsetValue;
      if (!(typeof data36 == 'number' && !(data36 % 1) && !isNaN(data36) && isFinite(data36))) {
        const err69 = {
          instancePath: instancePath + '/pegOffsetValue',
          schemaPath: '#/anyOf/0/properties/pegOffsetValue/type',
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
    if (data.peggedPrice !== undefined) {
      let data37 = data.peggedPrice;
      if (typeof data37 === 'string') {
        if (!pattern0.test(data37)) {
          const err70 = {
            instancePath: instancePath + '/peggedPrice',
            schemaPath: '#/anyOf/0/properties/peggedPrice/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
      } else {
        const err71 = {
          instancePath: instancePath + '/peggedPrice',
          schemaPath: '#/anyOf/0/properties/peggedPrice/type',
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
    if (data.preventedMatchId !== undefined) {
      let data38 = data.preventedMatchId;
      if (!(typeof data38 == 'number' && !(data38 % 1) && !isNaN(data38) && isFinite(data38))) {
        const err72 = {
          instancePath: instancePath + '/preventedMatchId',
          schemaPath: '#/anyOf/0/properties/preventedMatchId/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.preventedQuantity !== undefined) {
      let data39 = data.preventedQuantity;
      if (typeof data39 === 'string') {
        if (!pattern0.test(data39)) {
          const err73 = {
            instancePath: instancePath + '/preventedQuantity',
            schemaPath: '#/anyOf/0/properties/preventedQuantity/pattern',
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
          instancePath: instancePath + '/preventedQuantity',
          schemaPath: '#/anyOf/0/properties/preventedQuantity/type',
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
  } else {
    const err75 = {
      instancePath,
      schemaPath: '#/anyOf/0/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err75];
    } else {
      vErrors.push(err75);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs84 = errors;
    if (Array.isArray(data)) {
      const len1 = data.length;
      for (let i1 = 0; i1 < len1; i1++) {
        let data40 = data[i1];
        if (data40 && typeof data40 == 'object' && !Array.isArray(data40)) {
          if (data40.symbol === undefined) {
            const err76 = {
              instancePath: instancePath + '/' + i1,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'symbol' },
              message: "must have required property '" + 'symbol' + "'",
            };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
          if (data40.orderId === undefined) {
            const err77 = {
              instancePath: instancePath + '/' + i1,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'orderId' },
              message: "must have required property '" + 'orderId' + "'",
            };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          if (data40.orderListId === undefined) {
            const err78 = {
              instancePath: instancePath + '/' + i1,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'orderListId' },
              message: "must have required property '" + 'orderListId' + "'",
            };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          if (data40.clientOrderId === undefined) {
            const err79 = {
              instancePath: instancePath + '/' + i1,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'clientOrderId' },
              message: "must have required property '" + 'clientOrderId' + "'",
            };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
          if (data40.transactTime === undefined) {
            const err80 = {
              instancePath: instancePath + '/' + i1,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'transactTime' },
              message: "must have required property '" + 'transactTime' + "'",
            };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
          if (data40.price === undefined) {
            const err81 = {
              instancePath: instancePath + '/' + i1,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'price' },
              message: "must have required property '" + 'price' + "'",
            };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
          if (data40.origQty === undefined) {
            const err82 = {
              instancePath: instancePath + '/' + i1,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'origQty' },
              message: "must have required property '" + 'origQty' + "'",
            };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
          if (data40.executedQty === undefined) {
            const err83 = {
              instancePath: instancePath + '/' + i1,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'executedQty' },
              message: "must have required property '" + 'executedQty' + "'",
            };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
          if (data40.cummulativeQuoteQty === undefined) {
            const err84 = {
              instancePath: instancePath + '/' + i1,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'cummulativeQuoteQty' },
              message: "must have required property '" + 'cummulativeQuoteQty' + "'",
            };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
          if (data40.status === undefined) {
            const err85 = {
              instancePath: instancePath + '/' + i1,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'status' },
              message: "must have required property '" + 'status' + "'",
            };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
          if (data40.timeInForce === undefined) {
            const err86 = {
              instancePath: instancePath + '/' + i1,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'timeInForce' },
              message: "must have required property '" + 'timeInForce' + "'",
            };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
          if (data40.type === undefined) {
            const err87 = {
              instancePath: instancePath + '/' + i1,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'type' },
              message: "must have required property '" + 'type' + "'",
            };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
          if (data40.side === undefined) {
            const err88 = {
              instancePath: instancePath + '/' + i1,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'side' },
              message: "must have required property '" + 'side' + "'",
            };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
          if (data40.workingTime === undefined) {
            const err89 = {
              instancePath: instancePath + '/' + i1,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'workingTime' },
              message: "must have required property '" + 'workingTime' + "'",
            };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
          if (data40.fills === undefined) {
            const err90 = {
              instancePath: instancePath + '/' + i1,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'fills' },
              message: "must have required property '" + 'fills' + "'",
            };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
          if (data40.selfTradePreventionMode === undefined) {
            const err91 = {
              instancePath: instancePath + '/' + i1,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'selfTradePreventionMode' },
              message: "must have required property '" + 'selfTradePreventionMode' + "'",
            };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
          if (data40.symbol !== undefined) {
            if (typeof data40.symbol !== 'string') {
              const err92 = {
                instancePath: instancePath + '/' + i1 + '/symbol',
                schemaPath: '#/anyOf/1/items/properties/symbol/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          }
          if (data40.orderId !== undefined) {
            let data42 = data40.orderId;
            if (!(
              typeof data42 == 'number' &&
              !(data42 % 1) &&
              !isNaN(data42) &&
              isFinite(data42)
            )) {
              const err93 = {
                instancePath: instancePath + '/' + i1 + '/orderId',
                schemaPath: '#/anyOf/1/items/properties/orderId/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
          }
          if (data40.orderListId !== undefined) {
            let data43 = data40.orderListId;
            if (!(
              typeof data43 == 'number' &&
              !(data43 % 1) &&
              !isNaN(data43) &&
              isFinite(data43)
            )) {
              const err94 = {
                instancePath: instancePath + '/' + i1 + '/orderListId',
                schemaPath: '#/anyOf/1/items/properties/orderListId/type',
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
          }
          if (data40.clientOrderId !== undefined) {
            if (typeof data40.clientOrderId !== 'string') {
              const err95 = {
                instancePath: instancePath + '/' + i1 + '/clientOrderId',
                schemaPath: '#/anyOf/1/items/properties/clientOrderId/type',
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
          if (data40.transactTime !== undefined) {
            let data45 = data40.transactTime;
            if (!(
              typeof data45 == 'number' &&
              !(data45 % 1) &&
              !isNaN(data45) &&
              isFinite(data45)
            )) {
              const err96 = {
                instancePath: instancePath + '/' + i1 + '/transactTime',
                schemaPath: '#/anyOf/1/items/properties/transactTime/type',
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
          if (data40.price !== undefined) {
            let data46 = data40.price;
            if (typeof data46 === 'string') {
              if (!pattern0.test(data46)) {
                const err97 = {
                  instancePath: instancePath + '/' + i1 + '/price',
                  schemaPath: '#/anyOf/1/items/properties/price/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
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
                instancePath: instancePath + '/' + i1 + '/price',
                schemaPath: '#/anyOf/1/items/properties/price/type',
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
          if (data40.origQty !== undefined) {
            let data47 = data40.origQty;
            if (typeof data47 === 'string') {
              if (!pattern0.test(data47)) {
                const err99 = {
                  instancePath: instancePath + '/' + i1 + '/origQty',
                  schemaPath: '#/anyOf/1/items/properties/origQty/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            } else {
              const err100 = {
                instancePath: instancePath + '/' + i1 + '/origQty',
                schemaPath: '#/anyOf/1/items/properties/origQty/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
          }
          if (data40.executedQty !== undefined) {
            let data48 = data40.executedQty;
            if (typeof data48 === 'string') {
              if (!pattern0.test(data48)) {
                const err101 = {
                  instancePath: instancePath + '/' + i1 + '/executedQty',
                  schemaPath: '#/anyOf/1/items/properties/executedQty/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            } else {
              const err102 = {
                instancePath: instancePath + '/' + i1 + '/executedQty',
                schemaPath: '#/anyOf/1/items/properties/executedQty/type',
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
          if (data40.origQuoteOrderQty !== undefined) {
            let data49 = data40.origQuoteOrderQty;
            if (typeof data49 === 'string') {
              if (!pattern0.test(data49)) {
                const err103 = {
                  instancePath: instancePath + '/' + i1 + '/origQuoteOrderQty',
                  schemaPath: '#/anyOf/1/items/properties/origQuoteOrderQty/pattern',
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
                instancePath: instancePath + '/' + i1 + '/origQuoteOrderQty',
                schemaPath: '#/anyOf/1/items/properties/origQuoteOrderQty/type',
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
          if (data40.cummulativeQuoteQty !== undefined) {
            let data50 = data40.cummulativeQuoteQty;
            if (typeof data50 === 'string') {
              if (!pattern0.test(data50)) {
                const err105 = {
                  instancePath: instancePath + '/' + i1 + '/cummulativeQuoteQty',
                  schemaPath: '#/anyOf/1/items/properties/cummulativeQuoteQty/pattern',
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
                instancePath: instancePath + '/' + i1 + '/cummulativeQuoteQty',
                schemaPath: '#/anyOf/1/items/properties/cummulativeQuoteQty/type',
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
          if (data40.status !== undefined) {
            if (typeof data40.status !== 'string') {
              const err107 = {
                instancePath: instancePath + '/' + i1 + '/status',
                schemaPath: '#/anyOf/1/items/properties/status/type',
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
          if (data40.timeInForce !== undefined) {
            if (typeof data40.timeInForce !== 'string') {
              const err108 = {
                instancePath: instancePath + '/' + i1 + '/timeInForce',
                schemaPath: '#/anyOf/1/items/properties/timeInForce/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
          }
          if (data40.type !== undefined) {
            if (typeof data40.type !== 'string') {
              const err109 = {
                instancePath: instancePath + '/' + i1 + '/type',
                schemaPath: '#/anyOf/1/items/properties/type/type',
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
          if (data40.side !== undefined) {
            if (typeof data40.side !== 'string') {
              const err110 = {
                instancePath: instancePath + '/' + i1 + '/side',
                schemaPath: '#/anyOf/1/items/properties/side/type',
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
          if (data40.workingTime !== undefined) {
            let data55 = data40.workingTime;
            if (!(
              typeof data55 == 'number' &&
              !(data55 % 1) &&
              !isNaN(data55) &&
              isFinite(data55)
            )) {
              const err111 = {
                instancePath: instancePath + '/' + i1 + '/workingTime',
                schemaPath: '#/anyOf/1/items/properties/workingTime/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
          }
          if (data40.fills !== undefined) {
            let data56 = data40.fills;
            if (Array.isArray(data56)) {
              const len2 = data56.length;
              for (let i2 = 0; i2 < len2; i2++) {
                let data57 = data56[i2];
                if (data57 && typeof data57 == 'object' && !Array.isArray(data57)) {
                  if (data57.matchType === undefined) {
                    const err112 = {
                      instancePath: instancePath + '/' + i1 + '/fills/' + i2,
                      schemaPath: '#/anyOf/1/items/properties/fills/items/required',
                      keyword: 'required',
                      params: { missingProperty: 'matchType' },
                      message: "must have required property '" + 'matchType' + "'",
                    };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                  if (data57.price === undefined) {
                    const err113 = {
                      instancePath: instancePath + '/' + i1 + '/fills/' + i2,
                      schemaPath: '#/anyOf/1/items/properties/fills/items/required',
                      keyword: 'required',
                      params: { missingProperty: 'price' },
                      message: "must have required property '" + 'price' + "'",
                    };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                  if (data57.qty === undefined) {
                    const err114 = {
                      instancePath: instancePath + '/' + i1 + '/fills/' + i2,
                      schemaPath: '#/anyOf/1/items/properties/fills/items/required',
                      keyword: 'required',
                      params: { missingProperty: 'qty' },
                      message: "must have required property '" + 'qty' + "'",
                    };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                  if (data57.commission === undefined) {
                    const err115 = {
                      instancePath: instancePath + '/' + i1 + '/fills/' + i2,
                      schemaPath: '#/anyOf/1/items/properties/fills/items/required',
                      keyword: 'required',
                      params: { missingProperty: 'commission' },
                      message: "must have required property '" + 'commission' + "'",
                    };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                  if (data57.commissionAsset === undefined) {
                    const err116 = {
                      instancePath: instancePath + '/' + i1 + '/fills/' + i2,
                      schemaPath: '#/anyOf/1/items/properties/fills/items/required',
                      keyword: 'required',
                      params: { missingProperty: 'commissionAsset' },
                      message: "must have required property '" + 'commissionAsset' + "'",
                    };
                    if (vErrors === null) {
                      vErrors = [err116];
                    } else {
                      vErrors.push(err116);
                    }
                    errors++;
                  }
                  if (data57.tradeId === undefined) {
                    const err117 = {
                      instancePath: instancePath + '/' + i1 + '/fills/' + i2,
                      schemaPath: '#/anyOf/1/items/properties/fills/items/required',
                      keyword: 'required',
                      params: { missingProperty: 'tradeId' },
                      message: "must have required property '" + 'tradeId' + "'",
                    };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                  if (data57.allocId === undefined) {
                    const err118 = {
                      instancePath: instancePath + '/' + i1 + '/fills/' + i2,
                      schemaPath: '#/anyOf/1/items/properties/fills/items/required',
                      keyword: 'required',
                      params: { missingProperty: 'allocId' },
                      message: "must have required property '" + 'allocId' + "'",
                    };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                  if (data57.matchType !== undefined) {
                    if (typeof data57.matchType !== 'string') {
                      const err119 = {
                        instancePath: instancePath + '/' + i1 + '/fills/' + i2 + '/matchType',
                        schemaPath:
                          '#/anyOf/1/items/properties/fills/items/properties/matchType/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                  }
                  if (data57.price !== undefined) {
                    let data59 = data57.price;
                    if (typeof data59 === 'string') {
                      if (!pattern0.test(data59)) {
                        const err120 = {
                          instancePath: instancePath + '/' + i1 + '/fills/' + i2 + '/price',
                          schemaPath:
                            '#/anyOf/1/items/properties/fills/items/properties/price/pattern',
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
                        instancePath: instancePath + '/' + i1 + '/fills/' + i2 + '/price',
                        schemaPath: '#/anyOf/1/items/properties/fills/items/properties/price/type',
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
                  if (data57.qty !== undefined) {
                    let data60 = data57.qty;
                    if (typeof data60 === 'string') {
                      if (!pattern0.test(data60)) {
                        const err122 = {
                          instancePath: instancePath + '/' + i1 + '/fills/' + i2 + '/qty',
                          schemaPath:
                            '#/anyOf/1/items/properties/fills/items/properties/qty/pattern',
                          keyword: 'pattern',
                          params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                          message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                        };
                        if (vErrors === null) {
                          vErrors = [err122];
                        } else {
                          vErrors.push(err122);
                        }
                        errors++;
                      }
                    } else {
                      const err123 = {
                        instancePath: instancePath + '/' + i1 + '/fills/' + i2 + '/qty',
                        schemaPath: '#/anyOf/1/items/properties/fills/items/properties/qty/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                  }
                  if (data57.commission !== undefined) {
                    let data61 = data57.commission;
                    if (typeof data61 === 'string') {
                      if (!pattern0.test(data61)) {
                        const err124 = {
                          instancePath: instancePath + '/' + i1 + '/fills/' + i2 + '/commission',
                          schemaPath:
                            '#/anyOf/1/items/properties/fills/items/properties/commission/pattern',
                          keyword: 'pattern',
                          params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                          message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                        };
                        if (vErrors === null) {
                          vErrors = [err124];
                        } else {
                          vErrors.push(err124);
                        }
                        errors++;
                      }
                    } else {
                      const err125 = {
                        instancePath: instancePath + '/' + i1 + '/fills/' + i2 + '/commission',
                        schemaPath:
                          '#/anyOf/1/items/properties/fills/items/properties/commission/type',
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
                  if (data57.commissionAsset !== undefined) {
                    if (typeof data57.commissionAsset !== 'string') {
                      const err126 = {
                        instancePath: instancePath + '/' + i1 + '/fills/' + i2 + '/commissionAsset',
                        schemaPath:
                          '#/anyOf/1/items/properties/fills/items/properties/commissionAsset/type',
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
                  if (data57.tradeId !== undefined) {
                    let data63 = data57.tradeId;
                    if (!(
                      typeof data63 == 'number' &&
                      !(data63 % 1) &&
                      !isNaN(data63) &&
                      isFinite(data63)
                    )) {
                      const err127 = {
                        instancePath: instancePath + '/' + i1 + '/fills/' + i2 + '/tradeId',
                        schemaPath:
                          '#/anyOf/1/items/properties/fills/items/properties/tradeId/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer',
                      };
                      if (vErrors === null) {
                        vErrors = [err127];
                      } else {
                        vErrors.push(err127);
                      }
                      errors++;
                    }
                  }
                  if (data57.allocId !== undefined) {
                    let data64 = data57.allocId;
                    if (!(
                      typeof data64 == 'number' &&
                      !(data64 % 1) &&
                      !isNaN(data64) &&
                      isFinite(data64)
                    )) {
                      const err128 = {
                        instancePath: instancePath + '/' + i1 + '/fills/' + i2 + '/allocId',
                        schemaPath:
                          '#/anyOf/1/items/properties/fills/items/properties/allocId/type',
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
                } else {
                  const err129 = {
                    instancePath: instancePath + '/' + i1 + '/fills/' + i2,
                    schemaPath: '#/anyOf/1/items/properties/fills/items/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                  };
                  if (vErrors === null) {
                    vErrors = [err129];
                  } else {
                    vErrors.push(err129);
                  }
                  errors++;
                }
              }
            } else {
              const err130 = {
                instancePath: instancePath + '/' + i1 + '/fills',
                schemaPath: '#/anyOf/1/items/properties/fills/type',
                keyword: 'type',
                params: { type: 'array' },
                message: 'must be array',
              };
              if (vErrors === null) {
                vErrors = [err130];
              } else {
                vErrors.push(err130);
              }
              errors++;
            }
          }
          if (data40.selfTradePreventionMode !== undefined) {
            if (typeof data40.selfTradePreventionMode !== 'string') {
              const err131 = {
                instancePath: instancePath + '/' + i1 + '/selfTradePreventionMode',
                schemaPath: '#/anyOf/1/items/properties/selfTradePreventionMode/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
          }
          if (data40.icebergQty !== undefined) {
            let data66 = data40.icebergQty;
            if (typeof data66 === 'string') {
              if (!pattern0.test(data66)) {
                const err132 = {
                  instancePath: instancePath + '/' + i1 + '/icebergQty',
                  schemaPath: '#/anyOf/1/items/properties/icebergQty/pattern',
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
                instancePath: instancePath + '/' + i1 + '/icebergQty',
                schemaPath: '#/anyOf/1/items/properties/icebergQty/type',
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
          if (data40.stopPrice !== undefined) {
            let data67 = data40.stopPrice;
            if (typeof data67 === 'string') {
              if (!pattern0.test(data67)) {
                const err134 = {
                  instancePath: instancePath + '/' + i1 + '/stopPrice',
                  schemaPath: '#/anyOf/1/items/properties/stopPrice/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            } else {
              const err135 = {
                instancePath: instancePath + '/' + i1 + '/stopPrice',
                schemaPath: '#/anyOf/1/items/properties/stopPrice/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
          }
          if (data40.strategyId !== undefined) {
            let data68 = data40.strategyId;
            if (!(
              typeof data68 == 'number' &&
              !(data68 % 1) &&
              !isNaN(data68) &&
              isFinite(data68)
            )) {
              const err136 = {
                instancePath: instancePath + '/' + i1 + '/strategyId',
                schemaPath: '#/anyOf/1/items/properties/strategyId/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
          }
          if (data40.strategyType !== undefined) {
            let data69 = data40.strategyType;
            if (!(
              typeof data69 == 'number' &&
              !(data69 % 1) &&
              !isNaN(data69) &&
              isFinite(data69)
            )) {
              const err137 = {
                instancePath: instancePath + '/' + i1 + '/strategyType',
                schemaPath: '#/anyOf/1/items/properties/strategyType/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err137];
              } else {
                vErrors.push(err137);
              }
              errors++;
            }
          }
          if (data40.trailingDelta !== undefined) {
            let data70 = data40.trailingDelta;
            if (!(
              typeof data70 == 'number' &&
              !(data70 % 1) &&
              !isNaN(data70) &&
              isFinite(data70)
            )) {
              const err138 = {
                instancePath: instancePath + '/' + i1 + '/trailingDelta',
                schemaPath: '#/anyOf/1/items/properties/trailingDelta/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err138];
              } else {
                vErrors.push(err138);
              }
              errors++;
            }
          }
          if (data40.trailingTime !== undefined) {
            let data71 = data40.trailingTime;
            if (!(
              typeof data71 == 'number' &&
              !(data71 % 1) &&
              !isNaN(data71) &&
              isFinite(data71)
            )) {
              const err139 = {
                instancePath: instancePath + '/' + i1 + '/trailingTime',
                schemaPath: '#/anyOf/1/items/properties/trailingTime/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err139];
              } else {
                vErrors.push(err139);
              }
              errors++;
            }
          }
          if (data40.usedSor !== undefined) {
            if (typeof data40.usedSor !== 'boolean') {
              const err140 = {
                instancePath: instancePath + '/' + i1 + '/usedSor',
                schemaPath: '#/anyOf/1/items/properties/usedSor/type',
                keyword: 'type',
                params: { type: 'boolean' },
                message: 'must be boolean',
              };
              if (vErrors === null) {
                vErrors = [err140];
              } else {
                vErrors.push(err140);
              }
              errors++;
            }
          }
          if (data40.workingFloor !== undefined) {
            if (typeof data40.workingFloor !== 'string') {
              const err141 = {
                instancePath: instancePath + '/' + i1 + '/workingFloor',
                schemaPath: '#/anyOf/1/items/properties/workingFloor/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err141];
              } else {
                vErrors.push(err141);
              }
              errors++;
            }
          }
          if (data40.expiryReason !== undefined) {
            if (typeof data40.expiryReason !== 'string') {
              const err142 = {
                instancePath: instancePath + '/' + i1 + '/expiryReason',
                schemaPath: '#/anyOf/1/items/properties/expiryReason/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err142];
              } else {
                vErrors.push(err142);
              }
              errors++;
            }
          }
          if (data40.pegPriceType !== undefined) {
            if (typeof data40.pegPriceType !== 'string') {
              const err143 = {
                instancePath: instancePath + '/' + i1 + '/pegPriceType',
                schemaPath: '#/anyOf/1/items/properties/pegPriceType/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err143];
              } else {
                vErrors.push(err143);
              }
              errors++;
            }
          }
          if (data40.pegOffsetType !== undefined) {
            if (typeof data40.pegOffsetType !== 'string') {
              const err144 = {
                instancePath: instancePath + '/' + i1 + '/pegOffsetType',
                schemaPath: '#/anyOf/1/items/properties/pegOffsetType/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err144];
              } else {
                vErrors.push(err144);
              }
              errors++;
            }
          }
          if (data40.pegOffsetValue !== undefined) {
            let data77 = data40.pegOffsetValue;
            if (!(
              typeof data77 == 'number' &&
              !(data77 % 1) &&
              !isNaN(data77) &&
              isFinite(data77)
            )) {
              const err145 = {
                instancePath: instancePath + '/' + i1 + '/pegOffsetValue',
                schemaPath: '#/anyOf/1/items/properties/pegOffsetValue/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err145];
              } else {
                vErrors.push(err145);
              }
              errors++;
            }
          }
          if (data40.peggedPrice !== undefined) {
            let data78 = data40.peggedPrice;
            if (typeof data78 === 'string') {
              if (!pattern0.test(data78)) {
                const err146 = {
                  instancePath: instancePath + '/' + i1 + '/peggedPrice',
                  schemaPath: '#/anyOf/1/items/properties/peggedPrice/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            } else {
              const err147 = {
                instancePath: instancePath + '/' + i1 + '/peggedPrice',
                schemaPath: '#/anyOf/1/items/properties/peggedPrice/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err147];
              } else {
                vErrors.push(err147);
              }
              errors++;
            }
          }
          if (data40.preventedMatchId !== undefined) {
            let data79 = data40.preventedMatchId;
            if (!(
              typeof data79 == 'number' &&
              !(data79 % 1) &&
              !isNaN(data79) &&
              isFinite(data79)
            )) {
              const err148 = {
                instancePath: instancePath + '/' + i1 + '/preventedMatchId',
                schemaPath: '#/anyOf/1/items/properties/preventedMatchId/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err148];
              } else {
                vErrors.push(err148);
              }
              errors++;
            }
          }
          if (data40.preventedQuantity !== undefined) {
            let data80 = data40.preventedQuantity;
            if (typeof data80 === 'string') {
              if (!pattern0.test(data80)) {
                const err149 = {
                  instancePath: instancePath + '/' + i1 + '/preventedQuantity',
                  schemaPath: '#/anyOf/1/items/properties/preventedQuantity/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err149];
                } else {
                  vErrors.push(err149);
                }
                errors++;
              }
            } else {
              const err150 = {
                instancePath: instancePath + '/' + i1 + '/preventedQuantity',
                schemaPath: '#/anyOf/1/items/properties/preventedQuantity/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
          }
        } else {
          const err151 = {
            instancePath: instancePath + '/' + i1,
            schemaPath: '#/anyOf/1/items/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err151];
          } else {
            vErrors.push(err151);
          }
          errors++;
        }
      }
    } else {
      const err152 = {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'array' },
        message: 'must be array',
      };
      if (vErrors === null) {
        vErrors = [err152];
      } else {
        vErrors.push(err152);
      }
      errors++;
    }
    var _valid0 = _errs84 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err153 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf',
    };
    if (vErrors === null) {
      vErrors = [err153];
    } else {
      vErrors.push(err153);
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
