// Generated from spec/operations/get-all-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-all-orders.json',
  $comment:
    'Generated from spec/operations/get-all-orders.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'All orders (GET /api/v3/allOrders, allOrders)',
  description: 'Orders of a symbol, open or not, from an order id or in a time range.',
  type: 'array',
  items: {
    description: 'One entry.',
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
      'icebergQty',
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
      orderListId: { description: 'Order list id.', type: 'integer' },
      clientOrderId: { description: 'Client order id.', type: 'string' },
      price: { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      origQty: { description: 'Orig qty.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      executedQty: {
        description: 'Executed qty.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      cummulativeQuoteQty: {
        description: 'Cumulative quote qty.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      status: { description: 'Status.', type: 'string' },
      timeInForce: { description: 'Time in force.', type: 'string' },
      type: { description: 'Type.', type: 'string' },
      side: { description: 'Side.', type: 'string' },
      stopPrice: { description: 'Stop price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      icebergQty: {
        description: 'Iceberg qty.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      time: { description: 'Time.', type: 'integer' },
      updateTime: { description: 'Update time.', type: 'integer' },
      isWorking: { description: 'Is working.', type: 'boolean' },
      origQuoteOrderQty: {
        description: 'Orig quote order qty.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      workingTime: { description: 'Working time.', type: 'integer' },
      selfTradePreventionMode: { description: 'Self trade prevention mode.', type: 'string' },
    },
  },
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-all-orders.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs2 = errors;
        if (errors === _errs2) {
          if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
            let missing0;
            if (
              (data0.symbol === undefined && (missing0 = 'symbol')) ||
              (data0.orderId === undefined && (missing0 = 'orderId')) ||
              (data0.orderListId === undefined && (missing0 = 'orderListId')) ||
              (data0.clientOrderId === undefined && (missing0 = 'clientOrderId')) ||
              (data0.price === undefined && (missing0 = 'price')) ||
              (data0.origQty === undefined && (missing0 = 'origQty')) ||
              (data0.executedQty === undefined && (missing0 = 'executedQty')) ||
              (data0.cummulativeQuoteQty === undefined && (missing0 = 'cummulativeQuoteQty')) ||
              (data0.status === undefined && (missing0 = 'status')) ||
              (data0.timeInForce === undefined && (missing0 = 'timeInForce')) ||
              (data0.type === undefined && (missing0 = 'type')) ||
              (data0.side === undefined && (missing0 = 'side')) ||
              (data0.icebergQty === undefined && (missing0 = 'icebergQty')) ||
              (data0.time === undefined && (missing0 = 'time')) ||
              (data0.updateTime === undefined && (missing0 = 'updateTime')) ||
              (data0.isWorking === undefined && (missing0 = 'isWorking')) ||
              (data0.origQuoteOrderQty === undefined && (missing0 = 'origQuoteOrderQty')) ||
              (data0.workingTime === undefined && (missing0 = 'workingTime')) ||
              (data0.selfTradePreventionMode === undefined &&
                (missing0 = 'selfTradePreventionMode'))
            ) {
              validate10.errors = [
                {
                  instancePath: instancePath + '/' + i0,
                  schemaPath: '#/items/required',
                  keyword: 'required',
                  params: { missingProperty: missing0 },
                  message: "must have required property '" + missing0 + "'",
                },
              ];
              return false;
            } else {
              if (data0.symbol !== undefined) {
                const _errs4 = errors;
                if (typeof data0.symbol !== 'string') {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/' + i0 + '/symbol',
                      schemaPath: '#/items/properties/symbol/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
                var valid1 = _errs4 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data0.orderId !== undefined) {
                  let data2 = data0.orderId;
                  const _errs6 = errors;
                  if (!(
                    typeof data2 == 'number' &&
                    !(data2 % 1) &&
                    !isNaN(data2) &&
                    isFinite(data2)
                  )) {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/' + i0 + '/orderId',
                        schemaPath: '#/items/properties/orderId/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer',
                      },
                    ];
                    return false;
                  }
                  var valid1 = _errs6 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.orderListId !== undefined) {
                    let data3 = data0.orderListId;
                    const _errs8 = errors;
                    if (!(
                      typeof data3 == 'number' &&
                      !(data3 % 1) &&
                      !isNaN(data3) &&
                      isFinite(data3)
                    )) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/' + i0 + '/orderListId',
                          schemaPath: '#/items/properties/orderListId/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                        },
                      ];
                      return false;
                    }
                    var valid1 = _errs8 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.clientOrderId !== undefined) {
                      const _errs10 = errors;
                      if (typeof data0.clientOrderId !== 'string') {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/' + i0 + '/clientOrderId',
                            schemaPath: '#/items/properties/clientOrderId/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                      var valid1 = _errs10 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.price !== undefined) {
                        let data5 = data0.price;
                        const _errs12 = errors;
                        if (errors === _errs12) {
                          if (typeof data5 === 'string') {
                            if (!pattern0.test(data5)) {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/' + i0 + '/price',
                                  schemaPath: '#/items/properties/price/pattern',
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
                                instancePath: instancePath + '/' + i0 + '/price',
                                schemaPath: '#/items/properties/price/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid1 = _errs12 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data0.origQty !== undefined) {
                          let data6 = data0.origQty;
                          const _errs14 = errors;
                          if (errors === _errs14) {
                            if (typeof data6 === 'string') {
                              if (!pattern0.test(data6)) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/' + i0 + '/origQty',
                                    schemaPath: '#/items/properties/origQty/pattern',
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
                                  instancePath: instancePath + '/' + i0 + '/origQty',
                                  schemaPath: '#/items/properties/origQty/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid1 = _errs14 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data0.executedQty !== undefined) {
                            let data7 = data0.executedQty;
                            const _errs16 = errors;
                            if (errors === _errs16) {
                              if (typeof data7 === 'string') {
                                if (!pattern0.test(data7)) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/' + i0 + '/executedQty',
                                      schemaPath: '#/items/properties/executedQty/pattern',
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
                                    instancePath: instancePath + '/' + i0 + '/executedQty',
                                    schemaPath: '#/items/properties/executedQty/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                            }
                            var valid1 = _errs16 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data0.cummulativeQuoteQty !== undefined) {
                              let data8 = data0.cummulativeQuoteQty;
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (typeof data8 === 'string') {
                                  if (!pattern0.test(data8)) {
                                    validate10.errors = [
                                      {
                                        instancePath:
                                          instancePath + '/' + i0 + '/cummulativeQuoteQty',
                                        schemaPath:
                                          '#/items/properties/cummulativeQuoteQty/pattern',
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
                                      instancePath:
                                        instancePath + '/' + i0 + '/cummulativeQuoteQty',
                                      schemaPath: '#/items/properties/cummulativeQuoteQty/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid1 = _errs18 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data0.status !== undefined) {
                                const _errs20 = errors;
                                if (typeof data0.status !== 'string') {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/' + i0 + '/status',
                                      schemaPath: '#/items/properties/status/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                                var valid1 = _errs20 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data0.timeInForce !== undefined) {
                                  const _errs22 = errors;
                                  if (typeof data0.timeInForce !== 'string') {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/' + i0 + '/timeInForce',
                                        schemaPath: '#/items/properties/timeInForce/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid1 = _errs22 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data0.type !== undefined) {
                                    const _errs24 = errors;
                                    if (typeof data0.type !== 'string') {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/' + i0 + '/type',
                                          schemaPath: '#/items/properties/type/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        },
                                      ];
                                      return false;
                                    }
                                    var valid1 = _errs24 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    if (data0.side !== undefined) {
                                      const _errs26 = errors;
                                      if (typeof data0.side !== 'string') {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/' + i0 + '/side',
                                            schemaPath: '#/items/properties/side/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid1 = _errs26 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                    if (valid1) {
                                      if (data0.stopPrice !== undefined) {
                                        let data13 = data0.stopPrice;
                                        const _errs28 = errors;
                                        if (errors === _errs28) {
                                          if (typeof data13 === 'string') {
                                            if (!pattern0.test(data13)) {
                                              validate10.errors = [
                                                {
                                                  instancePath:
                                                    instancePath + '/' + i0 + '/stopPrice',
                                                  schemaPath:
                                                    '#/items/properties/stopPrice/pattern',
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
                                                instancePath:
                                                  instancePath + '/' + i0 + '/stopPrice',
                                                schemaPath: '#/items/properties/stopPrice/type',
                                                keyword: 'type',
                                                params: { type: 'string' },
                                                message: 'must be string',
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                        var valid1 = _errs28 === errors;
                                      } else {
                                        var valid1 = true;
                                      }
                                      if (valid1) {
                                        if (data0.icebergQty !== undefined) {
                                          let data14 = data0.icebergQty;
                                          const _errs30 = errors;
                                          if (errors === _errs30) {
                                            if (typeof data14 === 'string') {
                                              if (!pattern0.test(data14)) {
                                                validate10.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath + '/' + i0 + '/icebergQty',
                                                    schemaPath:
                                                      '#/items/properties/icebergQty/pattern',
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
                                                  instancePath:
                                                    instancePath + '/' + i0 + '/icebergQty',
                                                  schemaPath: '#/items/properties/icebergQty/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                },
                                              ];
                                              return false;
                                            }
                                          }
                                          var valid1 = _errs30 === errors;
                                        } else {
                                          var valid1 = true;
                                        }
                                        if (valid1) {
                                          if (data0.time !== undefined) {
                                            let data15 = data0.time;
                                            const _errs32 = errors;
                                            if (!(
                                              typeof data15 == 'number' &&
                                              !(data15 % 1) &&
                                              !isNaN(data15) &&
                                              isFinite(data15)
                                            )) {
                                              validate10.errors = [
                                                {
                                                  instancePath: instancePath + '/' + i0 + '/time',
                                                  schemaPath: '#/items/properties/time/type',
                                                  keyword: 'type',
                                                  params: { type: 'integer' },
                                                  message: 'must be integer',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid1 = _errs32 === errors;
                                          } else {
                                            var valid1 = true;
                                          }
                                          if (valid1) {
                                            if (data0.updateTime !== undefined) {
                                              let data16 = data0.updateTime;
                                              const _errs34 = errors;
                                              if (!(
                                                typeof data16 == 'number' &&
                                                !(data16 % 1) &&
                                                !isNaN(data16) &&
                                                isFinite(data16)
                                              )) {
                                                validate10.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath + '/' + i0 + '/updateTime',
                                                    schemaPath:
                                                      '#/items/properties/updateTime/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid1 = _errs34 === errors;
                                            } else {
                                              var valid1 = true;
                                            }
                                            if (valid1) {
                                              if (data0.isWorking !== undefined) {
                                                const _errs36 = errors;
                                                if (typeof data0.isWorking !== 'boolean') {
                                                  validate10.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath + '/' + i0 + '/isWorking',
                                                      schemaPath:
                                                        '#/items/properties/isWorking/type',
                                                      keyword: 'type',
                                                      params: { type: 'boolean' },
                                                      message: 'must be boolean',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid1 = _errs36 === errors;
                                              } else {
                                                var valid1 = true;
                                              }
                                              if (valid1) {
                                                if (data0.origQuoteOrderQty !== undefined) {
                                                  let data18 = data0.origQuoteOrderQty;
                                                  const _errs38 = errors;
                                                  if (errors === _errs38) {
                                                    if (typeof data18 === 'string') {
                                                      if (!pattern0.test(data18)) {
                                                        validate10.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              '/' +
                                                              i0 +
                                                              '/origQuoteOrderQty',
                                                            schemaPath:
                                                              '#/items/properties/origQuoteOrderQty/pattern',
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
                                                            instancePath +
                                                            '/' +
                                                            i0 +
                                                            '/origQuoteOrderQty',
                                                          schemaPath:
                                                            '#/items/properties/origQuoteOrderQty/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                  }
                                                  var valid1 = _errs38 === errors;
                                                } else {
                                                  var valid1 = true;
                                                }
                                                if (valid1) {
                                                  if (data0.workingTime !== undefined) {
                                                    let data19 = data0.workingTime;
                                                    const _errs40 = errors;
                                                    if (!(
                                                      typeof data19 == 'number' &&
                                                      !(data19 % 1) &&
                                                      !isNaN(data19) &&
                                                      isFinite(data19)
                                                    )) {
                                                      validate10.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            '/' +
                                                            i0 +
                                                            '/workingTime',
                                                          schemaPath:
                                                            '#/items/properties/workingTime/type',
                                                          keyword: 'type',
                                                          params: { type: 'integer' },
                                                          message: 'must be integer',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                    var valid1 = _errs40 === errors;
                                                  } else {
                                                    var valid1 = true;
                                                  }
                                                  if (valid1) {
                                                    if (
                                                      data0.selfTradePreventionMode !== undefined
                                                    ) {
                                                      const _errs42 = errors;
                                                      if (
                                                        typeof data0.selfTradePreventionMode !==
                                                        'string'
                                                      ) {
                                                        validate10.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              '/' +
                                                              i0 +
                                                              '/selfTradePreventionMode',
                                                            schemaPath:
                                                              '#/items/properties/selfTradePreventionMode/type',
                                                            keyword: 'type',
                                                            params: { type: 'string' },
                                                            message: 'must be string',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                      var valid1 = _errs42 === errors;
                                                    } else {
                                                      var valid1 = true;
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
                instancePath: instancePath + '/' + i0,
                schemaPath: '#/items/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
              },
            ];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate10.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        },
      ];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
