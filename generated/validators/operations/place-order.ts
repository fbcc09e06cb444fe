// Generated from spec/operations/place-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/place-order.json',
  $comment:
    'Generated from spec/operations/place-order.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'New order (POST /api/v3/order, order.place)',
  description:
    'Sends a new order. LIMIT needs timeInForce, quantity and price; MARKET quantity or quoteOrderQty; STOP_LOSS and TAKE_PROFIT quantity and stopPrice (or trailingDelta), their _LIMIT variants also timeInForce and price; LIMIT_MAKER quantity and price.',
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
    transactTime: { description: 'When the order was accepted.', type: 'integer' },
    price: {
      description: 'Limit price (RESULT and FULL).',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    origQty: {
      description: 'Quantity ordered (RESULT and FULL).',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    executedQty: {
      description: 'Quantity filled (RESULT and FULL).',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    origQuoteOrderQty: {
      description: 'quoteOrderQty as sent (RESULT and FULL).',
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
        'Order status (NEW, PARTIALLY_FILLED, FILLED, CANCELED, PENDING_CANCEL, REJECTED, EXPIRED, EXPIRED_IN_MATCH).',
      type: 'string',
    },
    timeInForce: { description: 'Time in force.', type: 'string' },
    type: { description: 'Order type.', type: 'string' },
    side: { description: 'Order side.', type: 'string' },
    workingTime: {
      description: 'When the order started working on the book (RESULT and FULL).',
      type: 'integer',
    },
    selfTradePreventionMode: { description: 'Self-trade prevention mode.', type: 'string' },
    fills: {
      description: 'Trades the order made on placement (FULL).',
      type: 'array',
      items: {
        description: 'One fill.',
        type: 'object',
        required: ['price', 'qty', 'commission', 'commissionAsset', 'tradeId'],
        properties: {
          price: { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
          qty: { description: 'Quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
          commission: {
            description: 'Commission paid.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          commissionAsset: { description: 'Asset the commission was paid in.', type: 'string' },
          tradeId: { description: 'Trade id.', type: 'integer' },
        },
      },
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
  /*# sourceURL="https://binance-rx.dev/schemas/operations/place-order.json" */ let vErrors = null;
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
    if (data.orderId === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
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
        schemaPath: '#/required',
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
        schemaPath: '#/required',
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
        schemaPath: '#/required',
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
    if (data.symbol !== undefined) {
      if (typeof data.symbol !== 'string') {
        const err5 = {
          instancePath: instancePath + '/symbol',
          schemaPath: '#/properties/symbol/type',
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
    if (data.orderId !== undefined) {
      let data1 = data.orderId;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err6 = {
          instancePath: instancePath + '/orderId',
          schemaPath: '#/properties/orderId/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.orderListId !== undefined) {
      let data2 = data.orderListId;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err7 = {
          instancePath: instancePath + '/orderListId',
          schemaPath: '#/properties/orderListId/type',
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
    if (data.clientOrderId !== undefined) {
      if (typeof data.clientOrderId !== 'string') {
        const err8 = {
          instancePath: instancePath + '/clientOrderId',
          schemaPath: '#/properties/clientOrderId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.transactTime !== undefined) {
      let data4 = data.transactTime;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        const err9 = {
          instancePath: instancePath + '/transactTime',
          schemaPath: '#/properties/transactTime/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.price !== undefined) {
      let data5 = data.price;
      if (typeof data5 === 'string') {
        if (!pattern0.test(data5)) {
          const err10 = {
            instancePath: instancePath + '/price',
            schemaPath: '#/properties/price/pattern',
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
          instancePath: instancePath + '/price',
          schemaPath: '#/properties/price/type',
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
    if (data.origQty !== undefined) {
      let data6 = data.origQty;
      if (typeof data6 === 'string') {
        if (!pattern0.test(data6)) {
          const err12 = {
            instancePath: instancePath + '/origQty',
            schemaPath: '#/properties/origQty/pattern',
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
          instancePath: instancePath + '/origQty',
          schemaPath: '#/properties/origQty/type',
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
    if (data.executedQty !== undefined) {
      let data7 = data.executedQty;
      if (typeof data7 === 'string') {
        if (!pattern0.test(data7)) {
          const err14 = {
            instancePath: instancePath + '/executedQty',
            schemaPath: '#/properties/executedQty/pattern',
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
          instancePath: instancePath + '/executedQty',
          schemaPath: '#/properties/executedQty/type',
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
    if (data.origQuoteOrderQty !== undefined) {
      let data8 = data.origQuoteOrderQty;
      if (typeof data8 === 'string') {
        if (!pattern0.test(data8)) {
          const err16 = {
            instancePath: instancePath + '/origQuoteOrderQty',
            schemaPath: '#/properties/origQuoteOrderQty/pattern',
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
          instancePath: instancePath + '/origQuoteOrderQty',
          schemaPath: '#/properties/origQuoteOrderQty/type',
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
    if (data.cummulativeQuoteQty !== undefined) {
      let data9 = data.cummulativeQuoteQty;
      if (typeof data9 === 'string') {
        if (!pattern0.test(data9)) {
          const err18 = {
            instancePath: instancePath + '/cummulativeQuoteQty',
            schemaPath: '#/properties/cummulativeQuoteQty/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/cummulativeQuoteQty',
          schemaPath: '#/properties/cummulativeQuoteQty/type',
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
    if (data.status !== undefined) {
      if (typeof data.status !== 'string') {
        const err20 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
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
    if (data.timeInForce !== undefined) {
      if (typeof data.timeInForce !== 'string') {
        const err21 = {
          instancePath: instancePath + '/timeInForce',
          schemaPath: '#/properties/timeInForce/type',
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
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err22 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
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
    if (data.side !== undefined) {
      if (typeof data.side !== 'string') {
        const err23 = {
          instancePath: instancePath + '/side',
          schemaPath: '#/properties/side/type',
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
    if (data.workingTime !== undefined) {
      let data14 = data.workingTime;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
        const err24 = {
          instancePath: instancePath + '/workingTime',
          schemaPath: '#/properties/workingTime/type',
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
    if (data.selfTradePreventionMode !== undefined) {
      if (typeof data.selfTradePreventionMode !== 'string') {
        const err25 = {
          instancePath: instancePath + '/selfTradePreventionMode',
          schemaPath: '#/properties/selfTradePreventionMode/type',
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
    if (data.fills !== undefined) {
      let data16 = data.fills;
      if (Array.isArray(data16)) {
        const len0 = data16.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data17 = data16[i0];
          if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
            if (data17.price === undefined) {
              const err26 = {
                instancePath: instancePath + '/fills/' + i0,
                schemaPath: '#/properties/fills/items/required',
                keyword: 'required',
                params: { missingProperty: 'price' },
                message: "must have required property '" + 'price' + "'",
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data17.qty === undefined) {
              const err27 = {
                instancePath: instancePath + '/fills/' + i0,
                schemaPath: '#/properties/fills/items/required',
                keyword: 'required',
                params: { missingProperty: 'qty' },
                message: "must have required property '" + 'qty' + "'",
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data17.commission === undefined) {
              const err28 = {
                instancePath: instancePath + '/fills/' + i0,
                schemaPath: '#/properties/fills/items/required',
                keyword: 'required',
                params: { missingProperty: 'commission' },
                message: "must have required property '" + 'commission' + "'",
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data17.commissionAsset === undefined) {
              const err29 = {
                instancePath: instancePath + '/fills/' + i0,
                schemaPath: '#/properties/fills/items/required',
                keyword: 'required',
                params: { missingProperty: 'commissionAsset' },
                message: "must have required property '" + 'commissionAsset' + "'",
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data17.tradeId === undefined) {
              const err30 = {
                instancePath: instancePath + '/fills/' + i0,
                schemaPath: '#/properties/fills/items/required',
                keyword: 'required',
                params: { missingProperty: 'tradeId' },
                message: "must have required property '" + 'tradeId' + "'",
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data17.price !== undefined) {
              let data18 = data17.price;
              if (typeof data18 === 'string') {
                if (!pattern0.test(data18)) {
                  const err31 = {
                    instancePath: instancePath + '/fills/' + i0 + '/price',
                    schemaPath: '#/properties/fills/items/properties/price/pattern',
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
                  instancePath: instancePath + '/fills/' + i0 + '/price',
                  schemaPath: '#/properties/fills/items/properties/price/type',
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
            if (data17.qty !== undefined) {
              let data19 = data17.qty;
              if (typeof data19 === 'string') {
                if (!pattern0.test(data19)) {
                  const err33 = {
                    instancePath: instancePath + '/fills/' + i0 + '/qty',
                    schemaPath: '#/properties/fills/items/properties/qty/pattern',
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
                  instancePath: instancePath + '/fills/' + i0 + '/qty',
                  schemaPath: '#/properties/fills/items/properties/qty/type',
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
            if (data17.commission !== undefined) {
              let data20 = data17.commission;
              if (typeof data20 === 'string') {
                if (!pattern0.test(data20)) {
                  const err35 = {
                    instancePath: instancePath + '/fills/' + i0 + '/commission',
                    schemaPath: '#/properties/fills/items/properties/commission/pattern',
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
                  instancePath: instancePath + '/fills/' + i0 + '/commission',
                  schemaPath: '#/properties/fills/items/properties/commission/type',
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
            if (data17.commissionAsset !== undefined) {
              if (typeof data17.commissionAsset !== 'string') {
                const err37 = {
                  instancePath: instancePath + '/fills/' + i0 + '/commissionAsset',
                  schemaPath: '#/properties/fills/items/properties/commissionAsset/type',
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
            if (data17.tradeId !== undefined) {
              let data22 = data17.tradeId;
              if (!(
                typeof data22 == 'number' &&
                !(data22 % 1) &&
                !isNaN(data22) &&
                isFinite(data22)
              )) {
                const err38 = {
                  instancePath: instancePath + '/fills/' + i0 + '/tradeId',
                  schemaPath: '#/properties/fills/items/properties/tradeId/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = {
              instancePath: instancePath + '/fills/' + i0,
              schemaPath: '#/properties/fills/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = {
          instancePath: instancePath + '/fills',
          schemaPath: '#/properties/fills/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.icebergQty !== undefined) {
      let data23 = data.icebergQty;
      if (typeof data23 === 'string') {
        if (!pattern0.test(data23)) {
          const err41 = {
            instancePath: instancePath + '/icebergQty',
            schemaPath: '#/properties/icebergQty/pattern',
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
          instancePath: instancePath + '/icebergQty',
          schemaPath: '#/properties/icebergQty/type',
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
    if (data.stopPrice !== undefined) {
      let data24 = data.stopPrice;
      if (typeof data24 === 'string') {
        if (!pattern0.test(data24)) {
          const err43 = {
            instancePath: instancePath + '/stopPrice',
            schemaPath: '#/properties/stopPrice/pattern',
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
          instancePath: instancePath + '/stopPrice',
          schemaPath: '#/properties/stopPrice/type',
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
    if (data.strategyId !== undefined) {
      let data25 = data.strategyId;
      if (!(typeof data25 == 'number' && !(data25 % 1) && !isNaN(data25) && isFinite(data25))) {
        const err45 = {
          instancePath: instancePath + '/strategyId',
          schemaPath: '#/properties/strategyId/type',
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
    if (data.strategyType !== undefined) {
      let data26 = data.strategyType;
      if (!(typeof data26 == 'number' && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
        const err46 = {
          instancePath: instancePath + '/strategyType',
          schemaPath: '#/properties/strategyType/type',
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
    if (data.trailingDelta !== undefined) {
      let data27 = data.trailingDelta;
      if (!(typeof data27 == 'number' && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
        const err47 = {
          instancePath: instancePath + '/trailingDelta',
          schemaPath: '#/properties/trailingDelta/type',
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
    if (data.trailingTime !== undefined) {
      let data28 = data.trailingTime;
      if (!(typeof data28 == 'number' && !(data28 % 1) && !isNaN(data28) && isFinite(data28))) {
        const err48 = {
          instancePath: instancePath + '/trailingTime',
          schemaPath: '#/properties/trailingTime/type',
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
    if (data.usedSor !== undefined) {
      if (typeof data.usedSor !== 'boolean') {
        const err49 = {
          instancePath: instancePath + '/usedSor',
          schemaPath: '#/properties/usedSor/type',
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
    if (data.workingFloor !== undefined) {
      if (typeof data.workingFloor !== 'string') {
        const err50 = {
          instancePath: instancePath + '/workingFloor',
          schemaPath: '#/properties/workingFloor/type',
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
    if (data.expiryReason !== undefined) {
      if (typeof data.expiryReason !== 'string') {
        const err51 = {
          instancePath: instancePath + '/expiryReason',
          schemaPath: '#/properties/expiryReason/type',
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
    if (data.pegPriceType !== undefined) {
      if (typeof data.pegPriceType !== 'string') {
        const err52 = {
          instancePath: instancePath + '/pegPriceType',
          schemaPath: '#/properties/pegPriceType/type',
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
    if (data.pegOffsetType !== undefined) {
      if (typeof data.pegOffsetType !== 'string') {
        const err53 = {
          instancePath: instancePath + '/pegOffsetType',
          schemaPath: '#/properties/pegOffsetType/type',
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
    if (data.pegOffsetValue !== undefined) {
      let data34 = data.pegOffsetValue;
      if (!(typeof data34 == 'number' && !(data34 % 1) && !isNaN(data34) && isFinite(data34))) {
        const err54 = {
          instancePath: instancePath + '/pegOffsetValue',
          schemaPath: '#/properties/pegOffsetValue/type',
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
    if (data.peggedPrice !== undefined) {
      let data35 = data.peggedPrice;
      if (typeof data35 === 'string') {
        if (!pattern0.test(data35)) {
          const err55 = {
            instancePath: instancePath + '/peggedPrice',
            schemaPath: '#/properties/peggedPrice/pattern',
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
          instancePath: instancePath + '/peggedPrice',
          schemaPath: '#/properties/peggedPrice/type',
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
    if (data.preventedMatchId !== undefined) {
      let data36 = data.preventedMatchId;
      if (!(typeof data36 == 'number' && !(data36 % 1) && !isNaN(data36) && isFinite(data36))) {
        const err57 = {
          instancePath: instancePath + '/preventedMatchId',
          schemaPath: '#/properties/preventedMatchId/type',
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
    if (data.preventedQuantity !== undefined) {
      let data37 = data.preventedQuantity;
      if (typeof data37 === 'string') {
        if (!pattern0.test(data37)) {
          const err58 = {
            instancePath: instancePath + '/preventedQuantity',
            schemaPath: '#/properties/preventedQuantity/pattern',
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
          instancePath: instancePath + '/preventedQuantity',
          schemaPath: '#/properties/preventedQuantity/type',
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
      instancePath,
      schemaPath: '#/type',
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
  validate10.errors = vErrors;
  return errors === 0;
}
