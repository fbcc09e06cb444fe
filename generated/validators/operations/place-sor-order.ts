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
    'origQuoteOrderQty',
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
    orderListId: { description: 'Order list id.', type: 'integer' },
    clientOrderId: { description: 'Client order id.', type: 'string' },
    transactTime: { description: 'Transact time.', type: 'integer' },
    price: { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    origQty: { description: 'Orig qty.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    executedQty: {
      description: 'Executed qty.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    origQuoteOrderQty: {
      description: 'Orig quote order qty.',
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
    workingTime: { description: 'Working time.', type: 'integer' },
    fills: {
      description: 'Fills.',
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
          matchType: { description: 'Match type.', type: 'string' },
          price: { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
          qty: { description: 'Qty.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
          commission: {
            description: 'Commission.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          commissionAsset: { description: 'Commission asset.', type: 'string' },
          tradeId: { description: 'Trade id.', type: 'integer' },
          allocId: { description: 'Alloc id.', type: 'integer' },
        },
      },
    },
    workingFloor: { description: 'Working floor.', type: 'string' },
    selfTradePreventionMode: { description: 'Self trade prevention mode.', type: 'string' },
    usedSor: { description: 'Used sor.', type: 'boolean' },
  },
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/place-sor-order.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.symbol === undefined && (missing0 = 'symbol')) ||
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
        (data.workingTime === undefined && (missing0 = 'workingTime')) ||
        (data.fills === undefined && (missing0 = 'fills')) ||
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
                                    if (data.workingTime !== undefined) {
                                      let data14 = data.workingTime;
                                      const _errs30 = errors;
                                      if (!(
                                        typeof data14 == 'number' &&
                                        !(data14 % 1) &&
                                        !isNaN(data14) &&
                                        isFinite(data14)
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
                                      var valid0 = _errs30 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.fills !== undefined) {
                                        let data15 = data.fills;
                                        const _errs32 = errors;
                                        if (errors === _errs32) {
                                          if (Array.isArray(data15)) {
                                            var valid1 = true;
                                            const len0 = data15.length;
                                            for (let i0 = 0; i0 < len0; i0++) {
                                              let data16 = data15[i0];
                                              const _errs34 = errors;
                                              if (errors === _errs34) {
                                                if (
                                                  data16 &&
                                                  typeof data16 == 'object' &&
                                                  !Array.isArray(data16)
                                                ) {
                                                  let missing1;
                                                  if (
                                                    (data16.matchType === undefined &&
                                                      (missing1 = 'matchType')) ||
                                                    (data16.price === undefined &&
                                                      (missing1 = 'price')) ||
                                                    (data16.qty === undefined &&
                                                      (missing1 = 'qty')) ||
                                                    (data16.commission === undefined &&
                                                      (missing1 = 'commission')) ||
                                                    (data16.commissionAsset === undefined &&
                                                      (missing1 = 'commissionAsset')) ||
                                                    (data16.tradeId === undefined &&
                                                      (missing1 = 'tradeId')) ||
                                                    (data16.allocId === undefined &&
                                                      (missing1 = 'allocId'))
                                                  ) {
                                                    validate10.errors = [
                                                      {
                                                        instancePath: instancePath + '/fills/' + i0,
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
                                                    if (data16.matchType !== undefined) {
                                                      const _errs36 = errors;
                                                      if (typeof data16.matchType !== 'string') {
                                                        validate10.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              '/fills/' +
                                                              i0 +
                                                              '/matchType',
                                                            schemaPath:
                                                              '#/properties/fills/items/properties/matchType/type',
                                                            keyword: 'type',
                                                            params: { type: 'string' },
                                                            message: 'must be string',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                      var valid2 = _errs36 === errors;
                                                    } else {
                                                      var valid2 = true;
                                                    }
                                                    if (valid2) {
                                                      if (data16.price !== undefined) {
                                                        let data18 = data16.price;
                                                        const _errs38 = errors;
                                                        if (errors === _errs38) {
                                                          if (typeof data18 === 'string') {
                                                            if (!pattern0.test(data18)) {
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
                                                        var valid2 = _errs38 === errors;
                                                      } else {
                                                        var valid2 = true;
                                                      }
                                                      if (valid2) {
                                                        if (data16.qty !== undefined) {
                                                          let data19 = data16.qty;
                                                          const _errs40 = errors;
                                                          if (errors === _errs40) {
                                                            if (typeof data19 === 'string') {
                                                              if (!pattern0.test(data19)) {
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
                                                          var valid2 = _errs40 === errors;
                                                        } else {
                                                          var valid2 = true;
                                                        }
                                                        if (valid2) {
                                                          if (data16.commission !== undefined) {
                                                            let data20 = data16.commission;
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
                                                            var valid2 = _errs42 === errors;
                                                          } else {
                                                            var valid2 = true;
                                                          }
                                                          if (valid2) {
                                                            if (
                                                              data16.commissionAsset !== undefined
                                                            ) {
                                                              const _errs44 = errors;
                                                              if (
                                                                typeof data16.commissionAsset !==
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
                                                              var valid2 = _errs44 === errors;
                                                            } else {
                                                              var valid2 = true;
                                                            }
                                                            if (valid2) {
                                                              if (data16.tradeId !== undefined) {
                                                                let data22 = data16.tradeId;
                                                                const _errs46 = errors;
                                                                if (!(
                                                                  typeof data22 == 'number' &&
                                                                  !(data22 % 1) &&
                                                                  !isNaN(data22) &&
                                                                  isFinite(data22)
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
                                                                      params: { type: 'integer' },
                                                                      message: 'must be integer',
                                                                    },
                                                                  ];
                                                                  return false;
                                                                }
                                                                var valid2 = _errs46 === errors;
                                                              } else {
                                                                var valid2 = true;
                                                              }
                                                              if (valid2) {
                                                                if (data16.allocId !== undefined) {
                                                                  let data23 = data16.allocId;
                                                                  const _errs48 = errors;
                                                                  if (!(
                                                                    typeof data23 == 'number' &&
                                                                    !(data23 % 1) &&
                                                                    !isNaN(data23) &&
                                                                    isFinite(data23)
                                                                  )) {
                                                                    validate10.errors = [
                                                                      {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/fills/' +
                                                                          i0 +
                                                                          '/allocId',
                                                                        schemaPath:
                                                                          '#/properties/fills/items/properties/allocId/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'integer' },
                                                                        message: 'must be integer',
                                                                      },
                                                                    ];
                                                                    return false;
                                                                  }
                                                                  var valid2 = _errs48 === errors;
                                                                } else {
                                                                  var valid2 = true;
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
                                                      instancePath: instancePath + '/fills/' + i0,
                                                      schemaPath: '#/properties/fills/items/type',
                                                      keyword: 'type',
                                                      params: { type: 'object' },
                                                      message: 'must be object',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              }
                                              var valid1 = _errs34 === errors;
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
                                        var valid0 = _errs32 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.workingFloor !== undefined) {
                                          const _errs50 = errors;
                                          if (typeof data.workingFloor !== 'string') {
                                            validate10.errors = [
                                              {
                                                instancePath: instancePath + '/workingFloor',
                                                schemaPath: '#/properties/workingFloor/type',
                                                keyword: 'type',
                                                params: { type: 'string' },
                                                message: 'must be string',
                                              },
                                            ];
                                            return false;
                                          }
                                          var valid0 = _errs50 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.selfTradePreventionMode !== undefined) {
                                            const _errs52 = errors;
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
                                            var valid0 = _errs52 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.usedSor !== undefined) {
                                              const _errs54 = errors;
                                              if (typeof data.usedSor !== 'boolean') {
                                                validate10.errors = [
                                                  {
                                                    instancePath: instancePath + '/usedSor',
                                                    schemaPath: '#/properties/usedSor/type',
                                                    keyword: 'type',
                                                    params: { type: 'boolean' },
                                                    message: 'must be boolean',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid0 = _errs54 === errors;
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
