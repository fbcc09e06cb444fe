// Generated from spec/operations/get-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-order.json',
  $comment:
    'Generated from spec/operations/get-order.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Query order (GET /api/v3/order, order.status)',
  description:
    'Where an order stands: its status, how much of it has filled, its prices. Find it by orderId or by the client order id it was placed with.',
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
    'workingTime',
    'origQuoteOrderQty',
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
    price: { description: 'Limit price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
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
        'Order status (NEW, PARTIALLY_FILLED, FILLED, CANCELED, PENDING_CANCEL, REJECTED, EXPIRED, EXPIRED_IN_MATCH).',
      type: 'string',
    },
    timeInForce: { description: 'Time in force.', type: 'string' },
    type: { description: 'Order type.', type: 'string' },
    side: { description: 'Order side.', type: 'string' },
    stopPrice: {
      description: 'Trigger price, when the order has one.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    icebergQty: {
      description: 'Iceberg quantity, when the order has one.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    time: { description: 'When the order was placed.', type: 'integer' },
    updateTime: { description: 'Last change of the order.', type: 'integer' },
    isWorking: {
      description: 'Whether the order is on the book (or its stop is armed).',
      type: 'boolean',
    },
    workingTime: {
      description: 'When the order started working; -1 while it has not.',
      type: 'integer',
    },
    origQuoteOrderQty: {
      description: 'quoteOrderQty as sent.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    selfTradePreventionMode: { description: 'Self-trade prevention mode.', type: 'string' },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-order.json" */ let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.symbol === undefined && (missing0 = 'symbol')) ||
        (data.orderId === undefined && (missing0 = 'orderId')) ||
        (data.orderListId === undefined && (missing0 = 'orderListId')) ||
        (data.clientOrderId === undefined && (missing0 = 'clientOrderId')) ||
        (data.price === undefined && (missing0 = 'price')) ||
        (data.origQty === undefined && (missing0 = 'origQty')) ||
        (data.executedQty === undefined && (missing0 = 'executedQty')) ||
        (data.cummulativeQuoteQty === undefined && (missing0 = 'cummulativeQuoteQty')) ||
        (data.status === undefined && (missing0 = 'status')) ||
        (data.timeInForce === undefined && (missing0 = 'timeInForce')) ||
        (data.type === undefined && (missing0 = 'type')) ||
        (data.side === undefined && (missing0 = 'side')) ||
        (data.time === undefined && (missing0 = 'time')) ||
        (data.updateTime === undefined && (missing0 = 'updateTime')) ||
        (data.isWorking === undefined && (missing0 = 'isWorking')) ||
        (data.workingTime === undefined && (missing0 = 'workingTime')) ||
        (data.origQuoteOrderQty === undefined && (missing0 = 'origQuoteOrderQty')) ||
        (data.selfTradePreventionMode === undefined && (missing0 = 'selfTradePreventionMode'))
      ) {
        validate10.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.symbol !== undefined) {
          const _errs2 = errors;
          if (typeof data.symbol !== 'string') {
            validate10.errors = [
              {
                instancePath: instancePath + '/symbol',
                schemaPath: '#/properties/symbol/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.orderId !== undefined) {
            let data1 = data.orderId;
            const _errs4 = errors;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
              validate10.errors = [
                {
                  instancePath: instancePath + '/orderId',
                  schemaPath: '#/properties/orderId/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                },
              ];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.orderListId !== undefined) {
              let data2 = data.orderListId;
              const _errs6 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                validate10.errors = [
                  {
                    instancePath: instancePath + '/orderListId',
                    schemaPath: '#/properties/orderListId/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  },
                ];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.clientOrderId !== undefined) {
                const _errs8 = errors;
                if (typeof data.clientOrderId !== 'string') {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/clientOrderId',
                      schemaPath: '#/properties/clientOrderId/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.price !== undefined) {
                  let data4 = data.price;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (typeof data4 === 'string') {
                      if (!pattern0.test(data4)) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/price',
                            schemaPath: '#/properties/price/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                          },
                        ];
                        return false;
                      }
                    } else {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/price',
                          schemaPath: '#/properties/price/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.origQty !== undefined) {
                    let data5 = data.origQty;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (typeof data5 === 'string') {
                        if (!pattern0.test(data5)) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/origQty',
                              schemaPath: '#/properties/origQty/pattern',
                              keyword: 'pattern',
                              params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                              message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                            },
                          ];
                          return false;
                        }
                      } else {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/origQty',
                            schemaPath: '#/properties/origQty/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.executedQty !== undefined) {
                      let data6 = data.executedQty;
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (typeof data6 === 'string') {
                          if (!pattern0.test(data6)) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/executedQty',
                                schemaPath: '#/properties/executedQty/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                              },
                            ];
                            return false;
                          }
                        } else {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/executedQty',
                              schemaPath: '#/properties/executedQty/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.cummulativeQuoteQty !== undefined) {
                        let data7 = data.cummulativeQuoteQty;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (typeof data7 === 'string') {
                            if (!pattern0.test(data7)) {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/cummulativeQuoteQty',
                                  schemaPath: '#/properties/cummulativeQuoteQty/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                },
                              ];
                              return false;
                            }
                          } else {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/cummulativeQuoteQty',
                                schemaPath: '#/properties/cummulativeQuoteQty/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.status !== undefined) {
                          const _errs18 = errors;
                          if (typeof data.status !== 'string') {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/status',
                                schemaPath: '#/properties/status/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.timeInForce !== undefined) {
                            const _errs20 = errors;
                            if (typeof data.timeInForce !== 'string') {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/timeInForce',
                                  schemaPath: '#/properties/timeInForce/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.type !== undefined) {
                              const _errs22 = errors;
                              if (typeof data.type !== 'string') {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/type',
                                    schemaPath: '#/properties/type/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                              var valid0 = _errs22 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.side !== undefined) {
                                const _errs24 = errors;
                                if (typeof data.side !== 'string') {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/side',
                                      schemaPath: '#/properties/side/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                                var valid0 = _errs24 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.stopPrice !== undefined) {
                                  let data12 = data.stopPrice;
                                  const _errs26 = errors;
                                  if (errors === _errs26) {
                                    if (typeof data12 === 'string') {
                                      if (!pattern0.test(data12)) {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/stopPrice',
                                            schemaPath: '#/properties/stopPrice/pattern',
                                            keyword: 'pattern',
                                            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                            message:
                                              'must match pattern "' +
                                              '^-?[0-9]+(\\.[0-9]+)?$' +
                                              '"',
                                          },
                                        ];
                                        return false;
                                      }
                                    } else {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/stopPrice',
                                          schemaPath: '#/properties/stopPrice/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs26 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.icebergQty !== undefined) {
                                    let data13 = data.icebergQty;
                                    const _errs28 = errors;
                                    if (errors === _errs28) {
                                      if (typeof data13 === 'string') {
                                        if (!pattern0.test(data13)) {
                                          validate10.errors = [
                                            {
                                              instancePath: instancePath + '/icebergQty',
                                              schemaPath: '#/properties/icebergQty/pattern',
                                              keyword: 'pattern',
                                              params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                              message:
                                                'must match pattern "' +
                                                '^-?[0-9]+(\\.[0-9]+)?$' +
                                                '"',
                                            },
                                          ];
                                          return false;
                                        }
                                      } else {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/icebergQty',
                                            schemaPath: '#/properties/icebergQty/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs28 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.time !== undefined) {
                                      let data14 = data.time;
                                      const _errs30 = errors;
                                      if (!(
                                        typeof data14 == 'number' &&
                                        !(data14 % 1) &&
                                        !isNaN(data14) &&
                                        isFinite(data14)
                                      )) {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/time',
                                            schemaPath: '#/properties/time/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer',
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid0 = _errs30 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.updateTime !== undefined) {
                                        let data15 = data.updateTime;
                                        const _errs32 = errors;
                                        if (!(
                                          typeof data15 == 'number' &&
                                          !(data15 % 1) &&
                                          !isNaN(data15) &&
                                          isFinite(data15)
                                        )) {
                                          validate10.errors = [
                                            {
                                              instancePath: instancePath + '/updateTime',
                                              schemaPath: '#/properties/updateTime/type',
                                              keyword: 'type',
                                              params: { type: 'integer' },
                                              message: 'must be integer',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid0 = _errs32 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.isWorking !== undefined) {
                                          const _errs34 = errors;
                                          if (typeof data.isWorking !== 'boolean') {
                                            validate10.errors = [
                                              {
                                                instancePath: instancePath + '/isWorking',
                                                schemaPath: '#/properties/isWorking/type',
                                                keyword: 'type',
                                                params: { type: 'boolean' },
                                                message: 'must be boolean',
                                              },
                                            ];
                                            return false;
                                          }
                                          var valid0 = _errs34 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.workingTime !== undefined) {
                                            let data17 = data.workingTime;
                                            const _errs36 = errors;
                                            if (!(
                                              typeof data17 == 'number' &&
                                              !(data17 % 1) &&
                                              !isNaN(data17) &&
                                              isFinite(data17)
                                            )) {
                                              validate10.errors = [
                                                {
                                                  instancePath: instancePath + '/workingTime',
                                                  schemaPath: '#/properties/workingTime/type',
                                                  keyword: 'type',
                                                  params: { type: 'integer' },
                                                  message: 'must be integer',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid0 = _errs36 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.origQuoteOrderQty !== undefined) {
                                              let data18 = data.origQuoteOrderQty;
                                              const _errs38 = errors;
                                              if (errors === _errs38) {
                                                if (typeof data18 === 'string') {
                                                  if (!pattern0.test(data18)) {
                                                    validate10.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath + '/origQuoteOrderQty',
                                                        schemaPath:
                                                          '#/properties/origQuoteOrderQty/pattern',
                                                        keyword: 'pattern',
                                                        params: {
                                                          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                                                        },
                                                        message:
                                                          'must match pattern "' +
                                                          '^-?[0-9]+(\\.[0-9]+)?$' +
                                                          '"',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                } else {
                                                  validate10.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath + '/origQuoteOrderQty',
                                                      schemaPath:
                                                        '#/properties/origQuoteOrderQty/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs38 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.selfTradePreventionMode !== undefined) {
                                                const _errs40 = errors;
                                                if (
                                                  typeof data.selfTradePreventionMode !== 'string'
                                                ) {
                                                  validate10.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath + '/selfTradePreventionMode',
                                                      schemaPath:
                                                        '#/properties/selfTradePreventionMode/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid0 = _errs40 === errors;
                                              } else {
                                                var valid0 = true;
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
      validate10.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
