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
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/place-order.json" */ let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.symbol === undefined && (missing0 = 'symbol')) ||
        (data.orderId === undefined && (missing0 = 'orderId')) ||
        (data.orderListId === undefined && (missing0 = 'orderListId')) ||
        (data.clientOrderId === undefined && (missing0 = 'clientOrderId')) ||
        (data.transactTime === undefined && (missing0 = 'transactTime'))
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
                if (data.transactTime !== undefined) {
                  let data4 = data.transactTime;
                  const _errs10 = errors;
                  if (!(
                    typeof data4 == 'number' &&
                    !(data4 % 1) &&
                    !isNaN(data4) &&
                    isFinite(data4)
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
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.price !== undefined) {
                    let data5 = data.price;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (typeof data5 === 'string') {
                        if (!pattern0.test(data5)) {
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
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.origQty !== undefined) {
                      let data6 = data.origQty;
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (typeof data6 === 'string') {
                          if (!pattern0.test(data6)) {
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
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.executedQty !== undefined) {
                        let data7 = data.executedQty;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (typeof data7 === 'string') {
                            if (!pattern0.test(data7)) {
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
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.origQuoteOrderQty !== undefined) {
                          let data8 = data.origQuoteOrderQty;
                          const _errs18 = errors;
                          if (errors === _errs18) {
                            if (typeof data8 === 'string') {
                              if (!pattern0.test(data8)) {
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
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.cummulativeQuoteQty !== undefined) {
                            let data9 = data.cummulativeQuoteQty;
                            const _errs20 = errors;
                            if (errors === _errs20) {
                              if (typeof data9 === 'string') {
                                if (!pattern0.test(data9)) {
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
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.status !== undefined) {
                              const _errs22 = errors;
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
                              var valid0 = _errs22 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.timeInForce !== undefined) {
                                const _errs24 = errors;
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
                                var valid0 = _errs24 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.type !== undefined) {
                                  const _errs26 = errors;
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
                                  var valid0 = _errs26 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.side !== undefined) {
                                    const _errs28 = errors;
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
                                    var valid0 = _errs28 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.stopPrice !== undefined) {
                                      let data14 = data.stopPrice;
                                      const _errs30 = errors;
                                      if (errors === _errs30) {
                                        if (typeof data14 === 'string') {
                                          if (!pattern0.test(data14)) {
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
                                      var valid0 = _errs30 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.icebergQty !== undefined) {
                                        let data15 = data.icebergQty;
                                        const _errs32 = errors;
                                        if (errors === _errs32) {
                                          if (typeof data15 === 'string') {
                                            if (!pattern0.test(data15)) {
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
                                        var valid0 = _errs32 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.workingTime !== undefined) {
                                          let data16 = data.workingTime;
                                          const _errs34 = errors;
                                          if (!(
                                            typeof data16 == 'number' &&
                                            !(data16 % 1) &&
                                            !isNaN(data16) &&
                                            isFinite(data16)
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
                                          if (valid0) {
                                            if (data.fills !== undefined) {
                                              let data18 = data.fills;
                                              const _errs38 = errors;
                                              if (errors === _errs38) {
                                                if (Array.isArray(data18)) {
                                                  var valid1 = true;
                                                  const len0 = data18.length;
                                                  for (let i0 = 0; i0 < len0; i0++) {
                                                    let data19 = data18[i0];
                                                    const _errs40 = errors;
                                                    if (errors === _errs40) {
                                                      if (
                                                        data19 &&
                                                        typeof data19 == 'object' &&
                                                        !Array.isArray(data19)
                                                      ) {
                                                        let missing1;
                                                        if (
                                                          (data19.price === undefined &&
                                                            (missing1 = 'price')) ||
                                                          (data19.qty === undefined &&
                                                            (missing1 = 'qty')) ||
                                                          (data19.commission === undefined &&
                                                            (missing1 = 'commission')) ||
                                                          (data19.commissionAsset === undefined &&
                                                            (missing1 = 'commissionAsset')) ||
                                                          (data19.tradeId === undefined &&
                                                            (missing1 = 'tradeId'))
                                                        ) {
                                                          validate10.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath + '/fills/' + i0,
                                                              schemaPath:
                                                                '#/properties/fills/items/required',
                                                              keyword: 'required',
                                                              params: { missingProperty: missing1 },
                                                              message:
                                                                "must have required property '" +
                                                                missing1 +
                                                                "'",
                                                            },
                                                          ];
                                                          return false;
                                                        } else {
                                                          if (data19.price !== undefined) {
                                                            let data20 = data19.price;
                                                            const _errs42 = errors;
                                                            if (errors === _errs42) {
                                                              if (typeof data20 === 'string') {
                                                                if (!pattern0.test(data20)) {
                                                                  validate10.errors = [
                                                                    {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/fills/' +
                                                                        i0 +
                                                                        '/price',
                                                                      schemaPath:
                                                                        '#/properties/fills/items/properties/price/pattern',
                                                                      keyword: 'pattern',
                                                                      params: {
                                                                        pattern:
                                                                          '^-?[0-9]+(\\.[0-9]+)?$',
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
                                                                      '/fills/' +
                                                                      i0 +
                                                                      '/price',
                                                                    schemaPath:
                                                                      '#/properties/fills/items/properties/price/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'string' },
                                                                    message: 'must be string',
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                            }
                                                            var valid2 = _errs42 === errors;
                                                          } else {
                                                            var valid2 = true;
                                                          }
                                                          if (valid2) {
                                                            if (data19.qty !== undefined) {
                                                              let data21 = data19.qty;
                                                              const _errs44 = errors;
                                                              if (errors === _errs44) {
                                                                if (typeof data21 === 'string') {
                                                                  if (!pattern0.test(data21)) {
                                                                    validate10.errors = [
                                                                      {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/fills/' +
                                                                          i0 +
                                                                          '/qty',
                                                                        schemaPath:
                                                                          '#/properties/fills/items/properties/qty/pattern',
                                                                        keyword: 'pattern',
                                                                        params: {
                                                                          pattern:
                                                                            '^-?[0-9]+(\\.[0-9]+)?$',
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
                                                                        '/fills/' +
                                                                        i0 +
                                                                        '/qty',
                                                                      schemaPath:
                                                                        '#/properties/fills/items/properties/qty/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'string' },
                                                                      message: 'must be string',
                                                                    },
                                                                  ];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid2 = _errs44 === errors;
                                                            } else {
                                                              var valid2 = true;
                                                            }
                                                            if (valid2) {
                                                              if (data19.commission !== undefined) {
                                                                let data22 = data19.commission;
                                                                const _errs46 = errors;
                                                                if (errors === _errs46) {
                                                                  if (typeof data22 === 'string') {
                                                                    if (!pattern0.test(data22)) {
                                                                      validate10.errors = [
                                                                        {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/fills/' +
                                                                            i0 +
                                                                            '/commission',
                                                                          schemaPath:
                                                                            '#/properties/fills/items/properties/commission/pattern',
                                                                          keyword: 'pattern',
                                                                          params: {
                                                                            pattern:
                                                                              '^-?[0-9]+(\\.[0-9]+)?$',
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
                                                                          '/fills/' +
                                                                          i0 +
                                                                          '/commission',
                                                                        schemaPath:
                                                                          '#/properties/fills/items/properties/commission/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'string' },
                                                                        message: 'must be string',
                                                                      },
                                                                    ];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid2 = _errs46 === errors;
                                                              } else {
                                                                var valid2 = true;
                                                              }
                                                              if (valid2) {
                                                                if (
                                                                  data19.commissionAsset !==
                                                                  undefined
                                                                ) {
                                                                  const _errs48 = errors;
                                                                  if (
                                                                    typeof data19.commissionAsset !==
                                                                    'string'
                                                                  ) {
                                                                    validate10.errors = [
                                                                      {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/fills/' +
                                                                          i0 +
                                                                          '/commissionAsset',
                                                                        schemaPath:
                                                                          '#/properties/fills/items/properties/commissionAsset/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'string' },
                                                                        message: 'must be string',
                                                                      },
                                                                    ];
                                                                    return false;
                                                                  }
                                                                  var valid2 = _errs48 === errors;
                                                                } else {
                                                                  var valid2 = true;
                                                                }
                                                                if (valid2) {
                                                                  if (
                                                                    data19.tradeId !== undefined
                                                                  ) {
                                                                    let data24 = data19.tradeId;
                                                                    const _errs50 = errors;
                                                                    if (!(
                                                                      typeof data24 == 'number' &&
                                                                      !(data24 % 1) &&
                                                                      !isNaN(data24) &&
                                                                      isFinite(data24)
                                                                    )) {
                                                                      validate10.errors = [
                                                                        {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/fills/' +
                                                                            i0 +
                                                                            '/tradeId',
                                                                          schemaPath:
                                                                            '#/properties/fills/items/properties/tradeId/type',
                                                                          keyword: 'type',
                                                                          params: {
                                                                            type: 'integer',
                                                                          },
                                                                          message:
                                                                            'must be integer',
                                                                        },
                                                                      ];
                                                                      return false;
                                                                    }
                                                                    var valid2 = _errs50 === errors;
                                                                  } else {
                                                                    var valid2 = true;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate10.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath + '/fills/' + i0,
                                                            schemaPath:
                                                              '#/properties/fills/items/type',
                                                            keyword: 'type',
                                                            params: { type: 'object' },
                                                            message: 'must be object',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                    }
                                                    var valid1 = _errs40 === errors;
                                                    if (!valid1) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate10.errors = [
                                                    {
                                                      instancePath: instancePath + '/fills',
                                                      schemaPath: '#/properties/fills/type',
                                                      keyword: 'type',
                                                      params: { type: 'array' },
                                                      message: 'must be array',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs38 === errors;
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
