// Generated from spec/operations/place-oco-order-deprecated.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/place-oco-order-deprecated.json',
  $comment:
    'Generated from spec/operations/place-oco-order-deprecated.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'New OCO - Deprecated (POST /api/v3/order/oco, orderList.place)',
  description:
    'Places an OCO pair the old way: a LIMIT_MAKER and a STOP_LOSS(_LIMIT) leg; use placeOcoOrderList instead.',
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
  },
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/place-oco-order-deprecated.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.orderListId === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'orderListId' },
        message: "must have required property '" + 'orderListId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.contingencyType === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'contingencyType' },
        message: "must have required property '" + 'contingencyType' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.listStatusType === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'listStatusType' },
        message: "must have required property '" + 'listStatusType' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.listOrderStatus === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'listOrderStatus' },
        message: "must have required property '" + 'listOrderStatus' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.listClientOrderId === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'listClientOrderId' },
        message: "must have required property '" + 'listClientOrderId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.transactionTime === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'transactionTime' },
        message: "must have required property '" + 'transactionTime' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.symbol === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
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
    if (data.orders === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'orders' },
        message: "must have required property '" + 'orders' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.orderReports === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'orderReports' },
        message: "must have required property '" + 'orderReports' + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.orderListId !== undefined) {
      let data0 = data.orderListId;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err9 = {
          instancePath: instancePath + '/orderListId',
          schemaPath: '#/properties/orderListId/type',
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
    if (data.contingencyType !== undefined) {
      if (typeof data.contingencyType !== 'string') {
        const err10 = {
          instancePath: instancePath + '/contingencyType',
          schemaPath: '#/properties/contingencyType/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.listStatusType !== undefined) {
      if (typeof data.listStatusType !== 'string') {
        const err11 = {
          instancePath: instancePath + '/listStatusType',
          schemaPath: '#/properties/listStatusType/type',
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
    if (data.listOrderStatus !== undefined) {
      if (typeof data.listOrderStatus !== 'string') {
        const err12 = {
          instancePath: instancePath + '/listOrderStatus',
          schemaPath: '#/properties/listOrderStatus/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.listClientOrderId !== undefined) {
      if (typeof data.listClientOrderId !== 'string') {
        const err13 = {
          instancePath: instancePath + '/listClientOrderId',
          schemaPath: '#/properties/listClientOrderId/type',
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
    if (data.transactionTime !== undefined) {
      let data5 = data.transactionTime;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
        const err14 = {
          instancePath: instancePath + '/transactionTime',
          schemaPath: '#/properties/transactionTime/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.symbol !== undefined) {
      if (typeof data.symbol !== 'string') {
        const err15 = {
          instancePath: instancePath + '/symbol',
          schemaPath: '#/properties/symbol/type',
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
    if (data.orders !== undefined) {
      let data7 = data.orders;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
            if (data8.symbol === undefined) {
              const err16 = {
                instancePath: instancePath + '/orders/' + i0,
                schemaPath: '#/properties/orders/items/required',
                keyword: 'required',
                params: { missingProperty: 'symbol' },
                message: "must have required property '" + 'symbol' + "'",
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data8.orderId === undefined) {
              const err17 = {
                instancePath: instancePath + '/orders/' + i0,
                schemaPath: '#/properties/orders/items/required',
                keyword: 'required',
                params: { missingProperty: 'orderId' },
                message: "must have required property '" + 'orderId' + "'",
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data8.clientOrderId === undefined) {
              const err18 = {
                instancePath: instancePath + '/orders/' + i0,
                schemaPath: '#/properties/orders/items/required',
                keyword: 'required',
                params: { missingProperty: 'clientOrderId' },
                message: "must have required property '" + 'clientOrderId' + "'",
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data8.symbol !== undefined) {
              if (typeof data8.symbol !== 'string') {
                const err19 = {
                  instancePath: instancePath + '/orders/' + i0 + '/symbol',
                  schemaPath: '#/properties/orders/items/properties/symbol/type',
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
            if (data8.orderId !== undefined) {
              let data10 = data8.orderId;
              if (!(
                typeof data10 == 'number' &&
                !(data10 % 1) &&
                !isNaN(data10) &&
                isFinite(data10)
              )) {
                const err20 = {
                  instancePath: instancePath + '/orders/' + i0 + '/orderId',
                  schemaPath: '#/properties/orders/items/properties/orderId/type',
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
            if (data8.clientOrderId !== undefined) {
              if (typeof data8.clientOrderId !== 'string') {
                const err21 = {
                  instancePath: instancePath + '/orders/' + i0 + '/clientOrderId',
                  schemaPath: '#/properties/orders/items/properties/clientOrderId/type',
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
          } else {
            const err22 = {
              instancePath: instancePath + '/orders/' + i0,
              schemaPath: '#/properties/orders/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/orders',
          schemaPath: '#/properties/orders/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.orderReports !== undefined) {
      let data12 = data.orderReports;
      if (Array.isArray(data12)) {
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
            if (data13.symbol === undefined) {
              const err24 = {
                instancePath: instancePath + '/orderReports/' + i1,
                schemaPath: '#/properties/orderReports/items/required',
                keyword: 'required',
                params: { missingProperty: 'symbol' },
                message: "must have required property '" + 'symbol' + "'",
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data13.orderId === undefined) {
              const err25 = {
                instancePath: instancePath + '/orderReports/' + i1,
                schemaPath: '#/properties/orderReports/items/required',
                keyword: 'required',
                params: { missingProperty: 'orderId' },
                message: "must have required property '" + 'orderId' + "'",
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data13.orderListId === undefined) {
              const err26 = {
                instancePath: instancePath + '/orderReports/' + i1,
                schemaPath: '#/properties/orderReports/items/required',
                keyword: 'required',
                params: { missingProperty: 'orderListId' },
                message: "must have required property '" + 'orderListId' + "'",
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data13.clientOrderId === undefined) {
              const err27 = {
                instancePath: instancePath + '/orderReports/' + i1,
                schemaPath: '#/properties/orderReports/items/required',
                keyword: 'required',
                params: { missingProperty: 'clientOrderId' },
                message: "must have required property '" + 'clientOrderId' + "'",
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data13.transactTime === undefined) {
              const err28 = {
                instancePath: instancePath + '/orderReports/' + i1,
                schemaPath: '#/properties/orderReports/items/required',
                keyword: 'required',
                params: { missingProperty: 'transactTime' },
                message: "must have required property '" + 'transactTime' + "'",
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data13.price === undefined) {
              const err29 = {
                instancePath: instancePath + '/orderReports/' + i1,
                schemaPath: '#/properties/orderReports/items/required',
                keyword: 'required',
                params: { missingProperty: 'price' },
                message: "must have required property '" + 'price' + "'",
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data13.origQty === undefined) {
              const err30 = {
                instancePath: instancePath + '/orderReports/' + i1,
                schemaPath: '#/properties/orderReports/items/required',
                keyword: 'required',
                params: { missingProperty: 'origQty' },
                message: "must have required property '" + 'origQty' + "'",
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data13.executedQty === undefined) {
              const err31 = {
                instancePath: instancePath + '/orderReports/' + i1,
                schemaPath: '#/properties/orderReports/items/required',
                keyword: 'required',
                params: { missingProperty: 'executedQty' },
                message: "must have required property '" + 'executedQty' + "'",
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data13.cummulativeQuoteQty === undefined) {
              const err32 = {
                instancePath: instancePath + '/orderReports/' + i1,
                schemaPath: '#/properties/orderReports/items/required',
                keyword: 'required',
                params: { missingProperty: 'cummulativeQuoteQty' },
                message: "must have required property '" + 'cummulativeQuoteQty' + "'",
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data13.status === undefined) {
              const err33 = {
                instancePath: instancePath + '/orderReports/' + i1,
                schemaPath: '#/properties/orderReports/items/required',
                keyword: 'required',
                params: { missingProperty: 'status' },
                message: "must have required property '" + 'status' + "'",
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data13.timeInForce === undefined) {
              const err34 = {
                instancePath: instancePath + '/orderReports/' + i1,
                schemaPath: '#/properties/orderReports/items/required',
                keyword: 'required',
                params: { missingProperty: 'timeInForce' },
                message: "must have required property '" + 'timeInForce' + "'",
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data13.type === undefined) {
              const err35 = {
                instancePath: instancePath + '/orderReports/' + i1,
                schemaPath: '#/properties/orderReports/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data13.side === undefined) {
              const err36 = {
                instancePath: instancePath + '/orderReports/' + i1,
                schemaPath: '#/properties/orderReports/items/required',
                keyword: 'required',
                params: { missingProperty: 'side' },
                message: "must have required property '" + 'side' + "'",
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data13.workingTime === undefined) {
              const err37 = {
                instancePath: instancePath + '/orderReports/' + i1,
                schemaPath: '#/properties/orderReports/items/required',
                keyword: 'required',
                params: { missingProperty: 'workingTime' },
                message: "must have required property '" + 'workingTime' + "'",
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data13.selfTradePreventionMode === undefined) {
              const err38 = {
                instancePath: instancePath + '/orderReports/' + i1,
                schemaPath: '#/properties/orderReports/items/required',
                keyword: 'required',
                params: { missingProperty: 'selfTradePreventionMode' },
                message: "must have required property '" + 'selfTradePreventionMode' + "'",
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data13.symbol !== undefined) {
              if (typeof data13.symbol !== 'string') {
                const err39 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/symbol',
                  schemaPath: '#/properties/orderReports/items/properties/symbol/type',
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
            if (data13.orderId !== undefined) {
              let data15 = data13.orderId;
              if (!(
                typeof data15 == 'number' &&
                !(data15 % 1) &&
                !isNaN(data15) &&
                isFinite(data15)
              )) {
                const err40 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/orderId',
                  schemaPath: '#/properties/orderReports/items/properties/orderId/type',
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
            if (data13.orderListId !== undefined) {
              let data16 = data13.orderListId;
              if (!(
                typeof data16 == 'number' &&
                !(data16 % 1) &&
                !isNaN(data16) &&
                isFinite(data16)
              )) {
                const err41 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/orderListId',
                  schemaPath: '#/properties/orderReports/items/properties/orderListId/type',
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
            if (data13.clientOrderId !== undefined) {
              if (typeof data13.clientOrderId !== 'string') {
                const err42 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/clientOrderId',
                  schemaPath: '#/properties/orderReports/items/properties/clientOrderId/type',
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
            if (data13.transactTime !== undefined) {
              let data18 = data13.transactTime;
              if (!(
                typeof data18 == 'number' &&
                !(data18 % 1) &&
                !isNaN(data18) &&
                isFinite(data18)
              )) {
                const err43 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/transactTime',
                  schemaPath: '#/properties/orderReports/items/properties/transactTime/type',
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
            if (data13.price !== undefined) {
              let data19 = data13.price;
              if (typeof data19 === 'string') {
                if (!pattern0.test(data19)) {
                  const err44 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/price',
                    schemaPath: '#/properties/orderReports/items/properties/price/pattern',
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
                  instancePath: instancePath + '/orderReports/' + i1 + '/price',
                  schemaPath: '#/properties/orderReports/items/properties/price/type',
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
            if (data13.origQty !== undefined) {
              let data20 = data13.origQty;
              if (typeof data20 === 'string') {
                if (!pattern0.test(data20)) {
                  const err46 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/origQty',
                    schemaPath: '#/properties/orderReports/items/properties/origQty/pattern',
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
                  instancePath: instancePath + '/orderReports/' + i1 + '/origQty',
                  schemaPath: '#/properties/orderReports/items/properties/origQty/type',
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
            if (data13.executedQty !== undefined) {
              let data21 = data13.executedQty;
              if (typeof data21 === 'string') {
                if (!pattern0.test(data21)) {
                  const err48 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/executedQty',
                    schemaPath: '#/properties/orderReports/items/properties/executedQty/pattern',
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
                  instancePath: instancePath + '/orderReports/' + i1 + '/executedQty',
                  schemaPath: '#/properties/orderReports/items/properties/executedQty/type',
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
            if (data13.origQuoteOrderQty !== undefined) {
              let data22 = data13.origQuoteOrderQty;
              if (typeof data22 === 'string') {
                if (!pattern0.test(data22)) {
                  const err50 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/origQuoteOrderQty',
                    schemaPath:
                      '#/properties/orderReports/items/properties/origQuoteOrderQty/pattern',
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
                  instancePath: instancePath + '/orderReports/' + i1 + '/origQuoteOrderQty',
                  schemaPath: '#/properties/orderReports/items/properties/origQuoteOrderQty/type',
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
            if (data13.cummulativeQuoteQty !== undefined) {
              let data23 = data13.cummulativeQuoteQty;
              if (typeof data23 === 'string') {
                if (!pattern0.test(data23)) {
                  const err52 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/cummulativeQuoteQty',
                    schemaPath:
                      '#/properties/orderReports/items/properties/cummulativeQuoteQty/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                    message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/cummulativeQuoteQty',
                  schemaPath: '#/properties/orderReports/items/properties/cummulativeQuoteQty/type',
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
            if (data13.status !== undefined) {
              if (typeof data13.status !== 'string') {
                const err54 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/status',
                  schemaPath: '#/properties/orderReports/items/properties/status/type',
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
            if (data13.timeInForce !== undefined) {
              if (typeof data13.timeInForce !== 'string') {
                const err55 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/timeInForce',
                  schemaPath: '#/properties/orderReports/items/properties/timeInForce/type',
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
            if (data13.type !== undefined) {
              if (typeof data13.type !== 'string') {
                const err56 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/type',
                  schemaPath: '#/properties/orderReports/items/properties/type/type',
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
            if (data13.side !== undefined) {
              if (typeof data13.side !== 'string') {
                const err57 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/side',
                  schemaPath: '#/properties/orderReports/items/properties/side/type',
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
            if (data13.workingTime !== undefined) {
              let data28 = data13.workingTime;
              if (!(
                typeof data28 == 'number' &&
                !(data28 % 1) &&
                !isNaN(data28) &&
                isFinite(data28)
              )) {
                const err58 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/workingTime',
                  schemaPath: '#/properties/orderReports/items/properties/workingTime/type',
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
            if (data13.selfTradePreventionMode !== undefined) {
              if (typeof data13.selfTradePreventionMode !== 'string') {
                const err59 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/selfTradePreventionMode',
                  schemaPath:
                    '#/properties/orderReports/items/properties/selfTradePreventionMode/type',
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
            if (data13.icebergQty !== undefined) {
              let data30 = data13.icebergQty;
              if (typeof data30 === 'string') {
                if (!pattern0.test(data30)) {
                  const err60 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/icebergQty',
                    schemaPath: '#/properties/orderReports/items/properties/icebergQty/pattern',
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
                  instancePath: instancePath + '/orderReports/' + i1 + '/icebergQty',
                  schemaPath: '#/properties/orderReports/items/properties/icebergQty/type',
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
            if (data13.stopPrice !== undefined) {
              let data31 = data13.stopPrice;
              if (typeof data31 === 'string') {
                if (!pattern0.test(data31)) {
                  const err62 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/stopPrice',
                    schemaPath: '#/properties/orderReports/items/properties/stopPrice/pattern',
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
                  instancePath: instancePath + '/orderReports/' + i1 + '/stopPrice',
                  schemaPath: '#/properties/orderReports/items/properties/stopPrice/type',
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
            if (data13.strategyId !== undefined) {
              let data32 = data13.strategyId;
              if (!(
                typeof data32 == 'number' &&
                !(data32 % 1) &&
                !isNaN(data32) &&
                isFinite(data32)
              )) {
                const err64 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/strategyId',
                  schemaPath: '#/properties/orderReports/items/properties/strategyId/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data13.strategyType !== undefined) {
              let data33 = data13.strategyType;
              if (!(
                typeof data33 == 'number' &&
                !(data33 % 1) &&
                !isNaN(data33) &&
                isFinite(data33)
              )) {
                const err65 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/strategyType',
                  schemaPath: '#/properties/orderReports/items/properties/strategyType/type',
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
            if (data13.trailingDelta !== undefined) {
              let data34 = data13.trailingDelta;
              if (!(
                typeof data34 == 'number' &&
                !(data34 % 1) &&
                !isNaN(data34) &&
                isFinite(data34)
              )) {
                const err66 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/trailingDelta',
                  schemaPath: '#/properties/orderReports/items/properties/trailingDelta/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data13.trailingTime !== undefined) {
              let data35 = data13.trailingTime;
              if (!(
                typeof data35 == 'number' &&
                !(data35 % 1) &&
                !isNaN(data35) &&
                isFinite(data35)
              )) {
                const err67 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/trailingTime',
                  schemaPath: '#/properties/orderReports/items/properties/trailingTime/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data13.usedSor !== undefined) {
              if (typeof data13.usedSor !== 'boolean') {
                const err68 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/usedSor',
                  schemaPath: '#/properties/orderReports/items/properties/usedSor/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data13.workingFloor !== undefined) {
              if (typeof data13.workingFloor !== 'string') {
                const err69 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/workingFloor',
                  schemaPath: '#/properties/orderReports/items/properties/workingFloor/type',
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
            if (data13.expiryReason !== undefined) {
              if (typeof data13.expiryReason !== 'string') {
                const err70 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/expiryReason',
                  schemaPath: '#/properties/orderReports/items/properties/expiryReason/type',
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
            if (data13.pegPriceType !== undefined) {
              if (typeof data13.pegPriceType !== 'string') {
                const err71 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/pegPriceType',
                  schemaPath: '#/properties/orderReports/items/properties/pegPriceType/type',
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
            if (data13.pegOffsetType !== undefined) {
              if (typeof data13.pegOffsetType !== 'string') {
                const err72 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/pegOffsetType',
                  schemaPath: '#/properties/orderReports/items/properties/pegOffsetType/type',
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
            if (data13.pegOffsetValue !== undefined) {
              let data41 = data13.pegOffsetValue;
              if (!(
                typeof data41 == 'number' &&
                !(data41 % 1) &&
                !isNaN(data41) &&
                isFinite(data41)
              )) {
                const err73 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/pegOffsetValue',
                  schemaPath: '#/properties/orderReports/items/properties/pegOffsetValue/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data13.peggedPrice !== undefined) {
              let data42 = data13.peggedPrice;
              if (typeof data42 === 'string') {
                if (!pattern0.test(data42)) {
                  const err74 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/peggedPrice',
                    schemaPath: '#/properties/orderReports/items/properties/peggedPrice/pattern',
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
                  instancePath: instancePath + '/orderReports/' + i1 + '/peggedPrice',
                  schemaPath: '#/properties/orderReports/items/properties/peggedPrice/type',
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
            if (data13.preventedMatchId !== undefined) {
              let data43 = data13.preventedMatchId;
              if (!(
                typeof data43 == 'number' &&
                !(data43 % 1) &&
                !isNaN(data43) &&
                isFinite(data43)
              )) {
                const err76 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/preventedMatchId',
                  schemaPath: '#/properties/orderReports/items/properties/preventedMatchId/type',
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
            if (data13.preventedQuantity !== undefined) {
              let data44 = data13.preventedQuantity;
              if (typeof data44 === 'string') {
                if (!pattern0.test(data44)) {
                  const err77 = {
                    instancePath: instancePath + '/orderReports/' + i1 + '/preventedQuantity',
                    schemaPath:
                      '#/properties/orderReports/items/properties/preventedQuantity/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                    message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = {
                  instancePath: instancePath + '/orderReports/' + i1 + '/preventedQuantity',
                  schemaPath: '#/properties/orderReports/items/properties/preventedQuantity/type',
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
          } else {
            const err79 = {
              instancePath: instancePath + '/orderReports/' + i1,
              schemaPath: '#/properties/orderReports/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = {
          instancePath: instancePath + '/orderReports',
          schemaPath: '#/properties/orderReports/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
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
      instancePath,
      schemaPath: '#/type',
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
  validate10.errors = vErrors;
  return errors === 0;
}
