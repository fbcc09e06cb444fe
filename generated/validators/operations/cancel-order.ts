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
    'Cancels a working order, found by orderId or by the client order id it was placed with. The answer is the order as canceled.',
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
    origClientOrderId: { description: 'Client order id of the canceled order.', type: 'string' },
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
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/cancel-order.json" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.symbol === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
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
        schemaPath: '#/required',
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
        schemaPath: '#/required',
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
        schemaPath: '#/required',
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
        schemaPath: '#/required',
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
        schemaPath: '#/required',
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
        schemaPath: '#/required',
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
        schemaPath: '#/required',
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
        schemaPath: '#/required',
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
    if (data.origQuoteOrderQty === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'origQuoteOrderQty' },
        message: "must have required property '" + 'origQuoteOrderQty' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.cummulativeQuoteQty === undefined) {
      const err10 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cummulativeQuoteQty' },
        message: "must have required property '" + 'cummulativeQuoteQty' + "'",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.status === undefined) {
      const err11 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
        message: "must have required property '" + 'status' + "'",
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.timeInForce === undefined) {
      const err12 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'timeInForce' },
        message: "must have required property '" + 'timeInForce' + "'",
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err13 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.side === undefined) {
      const err14 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'side' },
        message: "must have required property '" + 'side' + "'",
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
        schemaPath: '#/required',
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
          schemaPath: '#/properties/symbol/type',
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
    if (data.origClientOrderId !== undefined) {
      if (typeof data.origClientOrderId !== 'string') {
        const err17 = {
          instancePath: instancePath + '/origClientOrderId',
          schemaPath: '#/properties/origClientOrderId/type',
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
    if (data.orderId !== undefined) {
      let data2 = data.orderId;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err18 = {
          instancePath: instancePath + '/orderId',
          schemaPath: '#/properties/orderId/type',
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
    if (data.orderListId !== undefined) {
      let data3 = data.orderListId;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err19 = {
          instancePath: instancePath + '/orderListId',
          schemaPath: '#/properties/orderListId/type',
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
    if (data.clientOrderId !== undefined) {
      if (typeof data.clientOrderId !== 'string') {
        const err20 = {
          instancePath: instancePath + '/clientOrderId',
          schemaPath: '#/properties/clientOrderId/type',
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
    if (data.transactTime !== undefined) {
      let data5 = data.transactTime;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
        const err21 = {
          instancePath: instancePath + '/transactTime',
          schemaPath: '#/properties/transactTime/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.price !== undefined) {
      let data6 = data.price;
      if (typeof data6 === 'string') {
        if (!pattern0.test(data6)) {
          const err22 = {
            instancePath: instancePath + '/price',
            schemaPath: '#/properties/price/pattern',
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
          instancePath: instancePath + '/price',
          schemaPath: '#/properties/price/type',
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
    if (data.origQty !== undefined) {
      let data7 = data.origQty;
      if (typeof data7 === 'string') {
        if (!pattern0.test(data7)) {
          const err24 = {
            instancePath: instancePath + '/origQty',
            schemaPath: '#/properties/origQty/pattern',
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
          instancePath: instancePath + '/origQty',
          schemaPath: '#/properties/origQty/type',
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
    if (data.executedQty !== undefined) {
      let data8 = data.executedQty;
      if (typeof data8 === 'string') {
        if (!pattern0.test(data8)) {
          const err26 = {
            instancePath: instancePath + '/executedQty',
            schemaPath: '#/properties/executedQty/pattern',
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
          instancePath: instancePath + '/executedQty',
          schemaPath: '#/properties/executedQty/type',
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
    if (data.origQuoteOrderQty !== undefined) {
      let data9 = data.origQuoteOrderQty;
      if (typeof data9 === 'string') {
        if (!pattern0.test(data9)) {
          const err28 = {
            instancePath: instancePath + '/origQuoteOrderQty',
            schemaPath: '#/properties/origQuoteOrderQty/pattern',
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
          instancePath: instancePath + '/origQuoteOrderQty',
          schemaPath: '#/properties/origQuoteOrderQty/type',
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
    if (data.cummulativeQuoteQty !== undefined) {
      let data10 = data.cummulativeQuoteQty;
      if (typeof data10 === 'string') {
        if (!pattern0.test(data10)) {
          const err30 = {
            instancePath: instancePath + '/cummulativeQuoteQty',
            schemaPath: '#/properties/cummulativeQuoteQty/pattern',
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
          instancePath: instancePath + '/cummulativeQuoteQty',
          schemaPath: '#/properties/cummulativeQuoteQty/type',
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
    if (data.status !== undefined) {
      if (typeof data.status !== 'string') {
        const err32 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
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
    if (data.timeInForce !== undefined) {
      if (typeof data.timeInForce !== 'string') {
        const err33 = {
          instancePath: instancePath + '/timeInForce',
          schemaPath: '#/properties/timeInForce/type',
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
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err34 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
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
    if (data.side !== undefined) {
      if (typeof data.side !== 'string') {
        const err35 = {
          instancePath: instancePath + '/side',
          schemaPath: '#/properties/side/type',
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
    if (data.selfTradePreventionMode !== undefined) {
      if (typeof data.selfTradePreventionMode !== 'string') {
        const err36 = {
          instancePath: instancePath + '/selfTradePreventionMode',
          schemaPath: '#/properties/selfTradePreventionMode/type',
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
    if (data.icebergQty !== undefined) {
      let data16 = data.icebergQty;
      if (typeof data16 === 'string') {
        if (!pattern0.test(data16)) {
          const err37 = {
            instancePath: instancePath + '/icebergQty',
            schemaPath: '#/properties/icebergQty/pattern',
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
          instancePath: instancePath + '/icebergQty',
          schemaPath: '#/properties/icebergQty/type',
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
    if (data.stopPrice !== undefined) {
      let data17 = data.stopPrice;
      if (typeof data17 === 'string') {
        if (!pattern0.test(data17)) {
          const err39 = {
            instancePath: instancePath + '/stopPrice',
            schemaPath: '#/properties/stopPrice/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = {
          instancePath: instancePath + '/stopPrice',
          schemaPath: '#/properties/stopPrice/type',
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
    if (data.strategyId !== undefined) {
      let data18 = data.strategyId;
      if (!(typeof data18 == 'number' && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
        const err41 = {
          instancePath: instancePath + '/strategyId',
          schemaPath: '#/properties/strategyId/type',
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
    if (data.strategyType !== undefined) {
      let data19 = data.strategyType;
      if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
        const err42 = {
          instancePath: instancePath + '/strategyType',
          schemaPath: '#/properties/strategyType/type',
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
    if (data.trailingDelta !== undefined) {
      let data20 = data.trailingDelta;
      if (!(typeof data20 == 'number' && !(data20 % 1) && !isNaN(data20) && isFinite(data20))) {
        const err43 = {
          instancePath: instancePath + '/trailingDelta',
          schemaPath: '#/properties/trailingDelta/type',
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
    if (data.trailingTime !== undefined) {
      let data21 = data.trailingTime;
      if (!(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
        const err44 = {
          instancePath: instancePath + '/trailingTime',
          schemaPath: '#/properties/trailingTime/type',
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
    }
    if (data.usedSor !== undefined) {
      if (typeof data.usedSor !== 'boolean') {
        const err45 = {
          instancePath: instancePath + '/usedSor',
          schemaPath: '#/properties/usedSor/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.workingFloor !== undefined) {
      if (typeof data.workingFloor !== 'string') {
        const err46 = {
          instancePath: instancePath + '/workingFloor',
          schemaPath: '#/properties/workingFloor/type',
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
    if (data.expiryReason !== undefined) {
      if (typeof data.expiryReason !== 'string') {
        const err47 = {
          instancePath: instancePath + '/expiryReason',
          schemaPath: '#/properties/expiryReason/type',
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
    if (data.pegPriceType !== undefined) {
      if (typeof data.pegPriceType !== 'string') {
        const err48 = {
          instancePath: instancePath + '/pegPriceType',
          schemaPath: '#/properties/pegPriceType/type',
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
    if (data.pegOffsetType !== undefined) {
      if (typeof data.pegOffsetType !== 'string') {
        const err49 = {
          instancePath: instancePath + '/pegOffsetType',
          schemaPath: '#/properties/pegOffsetType/type',
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
    if (data.pegOffsetValue !== undefined) {
      let data27 = data.pegOffsetValue;
      if (!(typeof data27 == 'number' && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
        const err50 = {
          instancePath: instancePath + '/pegOffsetValue',
          schemaPath: '#/properties/pegOffsetValue/type',
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
    if (data.peggedPrice !== undefined) {
      let data28 = data.peggedPrice;
      if (typeof data28 === 'string') {
        if (!pattern0.test(data28)) {
          const err51 = {
            instancePath: instancePath + '/peggedPrice',
            schemaPath: '#/properties/peggedPrice/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
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
          instancePath: instancePath + '/peggedPrice',
          schemaPath: '#/properties/peggedPrice/type',
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
    if (data.preventedMatchId !== undefined) {
      let data29 = data.preventedMatchId;
      if (!(typeof data29 == 'number' && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
        const err53 = {
          instancePath: instancePath + '/preventedMatchId',
          schemaPath: '#/properties/preventedMatchId/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.preventedQuantity !== undefined) {
      let data30 = data.preventedQuantity;
      if (typeof data30 === 'string') {
        if (!pattern0.test(data30)) {
          const err54 = {
            instancePath: instancePath + '/preventedQuantity',
            schemaPath: '#/properties/preventedQuantity/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      } else {
        const err55 = {
          instancePath: instancePath + '/preventedQuantity',
          schemaPath: '#/properties/preventedQuantity/type',
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
  } else {
    const err56 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err56];
    } else {
      vErrors.push(err56);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
