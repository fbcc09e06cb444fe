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
    selfTradePreventionMode: { description: 'Self-trade prevention mode.', type: 'string' },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/cancel-order.json" */ let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.symbol === undefined && (missing0 = 'symbol')) ||
        (data.origClientOrderId === undefined && (missing0 = 'origClientOrderId')) ||
        (data.orderId === undefined && (missing0 = 'orderId')) ||
        (data.orderListId === undefined && (missing0 = 'orderListId')) ||
        (data.clientOrderId === undefined && (missing0 = 'clientOrderId')) ||
        (data.transactTime === undefined && (missing0 = 'transactTime')) ||
        (data.price === undefined && (missing0 = 'price')) ||
        (data.origQty === undefined && (missing0 = 'origQty')) ||
        (data.executedQty === undefined && (missing0 = 'executedQty')) ||
        (data.origQuoteOrderQty === undefined && (missing0 = 'origQuoteOrderQty')) ||
        (data.cummulativeQuoteQty === undefined && (missing0 = 'cummulativeQuoteQty')) ||
        (data.status === undefined && (missing0 = 'status')) ||
        (data.timeInForce === undefined && (missing0 = 'timeInForce')) ||
        (data.type === undefined && (missing0 = 'type')) ||
        (data.side === undefined && (missing0 = 'side')) ||
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
          if (data.origClientOrderId !== undefined) {
            const _errs4 = errors;
            if (typeof data.origClientOrderId !== 'string') {
              validate10.errors = [
                {
                  instancePath: instancePath + '/origClientOrderId',
                  schemaPath: '#/properties/origClientOrderId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                },
              ];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.orderId !== undefined) {
              let data2 = data.orderId;
              const _errs6 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
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
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.orderListId !== undefined) {
                let data3 = data.orderListId;
                const _errs8 = errors;
                if (!(
                  typeof data3 == 'number' &&
                  !(data3 % 1) &&
                  !isNaN(data3) &&
                  isFinite(data3)
                )) {
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
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.clientOrderId !== undefined) {
                  const _errs10 = errors;
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
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.transactTime !== undefined) {
                    let data5 = data.transactTime;
                    const _errs12 = errors;
                    if (!(
                      typeof data5 == 'number' &&
                      !(data5 % 1) &&
                      !isNaN(data5) &&
                      isFinite(data5)
                    )) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/transactTime',
                          schemaPath: '#/properties/transactTime/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.price !== undefined) {
                      let data6 = data.price;
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (typeof data6 === 'string') {
                          if (!pattern0.test(data6)) {
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
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.origQty !== undefined) {
                        let data7 = data.origQty;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (typeof data7 === 'string') {
                            if (!pattern0.test(data7)) {
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
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.executedQty !== undefined) {
                          let data8 = data.executedQty;
                          const _errs18 = errors;
                          if (errors === _errs18) {
                            if (typeof data8 === 'string') {
                              if (!pattern0.test(data8)) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/executedQty',
                                    schemaPath: '#/properties/executedQty/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                    message:
                                      'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
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
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.origQuoteOrderQty !== undefined) {
                            let data9 = data.origQuoteOrderQty;
                            const _errs20 = errors;
                            if (errors === _errs20) {
                              if (typeof data9 === 'string') {
                                if (!pattern0.test(data9)) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/origQuoteOrderQty',
                                      schemaPath: '#/properties/origQuoteOrderQty/pattern',
                                      keyword: 'pattern',
                                      params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                      message:
                                        'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                    },
                                  ];
                                  return false;
                                }
                              } else {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/origQuoteOrderQty',
                                    schemaPath: '#/properties/origQuoteOrderQty/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.cummulativeQuoteQty !== undefined) {
                              let data10 = data.cummulativeQuoteQty;
                              const _errs22 = errors;
                              if (errors === _errs22) {
                                if (typeof data10 === 'string') {
                                  if (!pattern0.test(data10)) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/cummulativeQuoteQty',
                                        schemaPath: '#/properties/cummulativeQuoteQty/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                        message:
                                          'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
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
                              var valid0 = _errs22 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.status !== undefined) {
                                const _errs24 = errors;
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
                                var valid0 = _errs24 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.timeInForce !== undefined) {
                                  const _errs26 = errors;
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
                                  var valid0 = _errs26 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.type !== undefined) {
                                    const _errs28 = errors;
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
                                    var valid0 = _errs28 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.side !== undefined) {
                                      const _errs30 = errors;
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
                                      var valid0 = _errs30 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.stopPrice !== undefined) {
                                        let data15 = data.stopPrice;
                                        const _errs32 = errors;
                                        if (errors === _errs32) {
                                          if (typeof data15 === 'string') {
                                            if (!pattern0.test(data15)) {
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
                                        var valid0 = _errs32 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.icebergQty !== undefined) {
                                          let data16 = data.icebergQty;
                                          const _errs34 = errors;
                                          if (errors === _errs34) {
                                            if (typeof data16 === 'string') {
                                              if (!pattern0.test(data16)) {
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
                                          var valid0 = _errs34 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.selfTradePreventionMode !== undefined) {
                                            const _errs36 = errors;
                                            if (typeof data.selfTradePreventionMode !== 'string') {
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
                                            var valid0 = _errs36 === errors;
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
