// Generated from spec/operations/get-my-prevented-matches.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-my-prevented-matches.json',
  $comment:
    'Generated from spec/operations/get-my-prevented-matches.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Query Prevented Matches (GET /api/v3/myPreventedMatches, myPreventedMatches)',
  description: 'Orders expired by self-trade prevention, by prevented match id or order id.',
  type: 'array',
  items: {
    description: 'One entry.',
    type: 'object',
    required: [
      'symbol',
      'takerOrderId',
      'makerSymbol',
      'makerOrderId',
      'tradeGroupId',
      'selfTradePreventionMode',
      'price',
      'makerPreventedQuantity',
      'transactTime',
    ],
    properties: {
      symbol: { description: 'Symbol.', type: 'string' },
      preventedMatchId: { description: 'Prevented match id.', type: 'integer' },
      takerOrderId: { description: 'Order id of the taker.', type: 'integer' },
      makerSymbol: { description: 'Symbol of the maker order.', type: 'string' },
      makerOrderId: { description: 'Order id of the maker.', type: 'integer' },
      tradeGroupId: { description: 'Trade group id.', type: 'integer' },
      selfTradePreventionMode: { description: 'Mode that prevented the match.', type: 'string' },
      price: {
        description: 'Price the prevented trade would have had.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      makerPreventedQuantity: {
        description: 'Maker quantity that expired.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      transactTime: { description: 'When the match was prevented.', type: 'integer' },
    },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-my-prevented-matches.json" */ let vErrors =
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
              (data0.takerOrderId === undefined && (missing0 = 'takerOrderId')) ||
              (data0.makerSymbol === undefined && (missing0 = 'makerSymbol')) ||
              (data0.makerOrderId === undefined && (missing0 = 'makerOrderId')) ||
              (data0.tradeGroupId === undefined && (missing0 = 'tradeGroupId')) ||
              (data0.selfTradePreventionMode === undefined &&
                (missing0 = 'selfTradePreventionMode')) ||
              (data0.price === undefined && (missing0 = 'price')) ||
              (data0.makerPreventedQuantity === undefined &&
                (missing0 = 'makerPreventedQuantity')) ||
              (data0.transactTime === undefined && (missing0 = 'transactTime'))
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
                if (data0.preventedMatchId !== undefined) {
                  let data2 = data0.preventedMatchId;
                  const _errs6 = errors;
                  if (!(
                    typeof data2 == 'number' &&
                    !(data2 % 1) &&
                    !isNaN(data2) &&
                    isFinite(data2)
                  )) {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/' + i0 + '/preventedMatchId',
                        schemaPath: '#/items/properties/preventedMatchId/type',
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
                  if (data0.takerOrderId !== undefined) {
                    let data3 = data0.takerOrderId;
                    const _errs8 = errors;
                    if (!(
                      typeof data3 == 'number' &&
                      !(data3 % 1) &&
                      !isNaN(data3) &&
                      isFinite(data3)
                    )) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/' + i0 + '/takerOrderId',
                          schemaPath: '#/items/properties/takerOrderId/type',
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
                    if (data0.makerSymbol !== undefined) {
                      const _errs10 = errors;
                      if (typeof data0.makerSymbol !== 'string') {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/' + i0 + '/makerSymbol',
                            schemaPath: '#/items/properties/makerSymbol/type',
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
                      if (data0.makerOrderId !== undefined) {
                        let data5 = data0.makerOrderId;
                        const _errs12 = errors;
                        if (!(
                          typeof data5 == 'number' &&
                          !(data5 % 1) &&
                          !isNaN(data5) &&
                          isFinite(data5)
                        )) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/' + i0 + '/makerOrderId',
                              schemaPath: '#/items/properties/makerOrderId/type',
                              keyword: 'type',
                              params: { type: 'integer' },
                              message: 'must be integer',
                            },
                          ];
                          return false;
                        }
                        var valid1 = _errs12 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data0.tradeGroupId !== undefined) {
                          let data6 = data0.tradeGroupId;
                          const _errs14 = errors;
                          if (!(
                            typeof data6 == 'number' &&
                            !(data6 % 1) &&
                            !isNaN(data6) &&
                            isFinite(data6)
                          )) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/' + i0 + '/tradeGroupId',
                                schemaPath: '#/items/properties/tradeGroupId/type',
                                keyword: 'type',
                                params: { type: 'integer' },
                                message: 'must be integer',
                              },
                            ];
                            return false;
                          }
                          var valid1 = _errs14 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data0.selfTradePreventionMode !== undefined) {
                            const _errs16 = errors;
                            if (typeof data0.selfTradePreventionMode !== 'string') {
                              validate10.errors = [
                                {
                                  instancePath:
                                    instancePath + '/' + i0 + '/selfTradePreventionMode',
                                  schemaPath: '#/items/properties/selfTradePreventionMode/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                            var valid1 = _errs16 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data0.price !== undefined) {
                              let data8 = data0.price;
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (typeof data8 === 'string') {
                                  if (!pattern0.test(data8)) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/' + i0 + '/price',
                                        schemaPath: '#/items/properties/price/pattern',
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
                              var valid1 = _errs18 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data0.makerPreventedQuantity !== undefined) {
                                let data9 = data0.makerPreventedQuantity;
                                const _errs20 = errors;
                                if (errors === _errs20) {
                                  if (typeof data9 === 'string') {
                                    if (!pattern0.test(data9)) {
                                      validate10.errors = [
                                        {
                                          instancePath:
                                            instancePath + '/' + i0 + '/makerPreventedQuantity',
                                          schemaPath:
                                            '#/items/properties/makerPreventedQuantity/pattern',
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
                                          instancePath + '/' + i0 + '/makerPreventedQuantity',
                                        schemaPath:
                                          '#/items/properties/makerPreventedQuantity/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid1 = _errs20 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data0.transactTime !== undefined) {
                                  let data10 = data0.transactTime;
                                  const _errs22 = errors;
                                  if (!(
                                    typeof data10 == 'number' &&
                                    !(data10 % 1) &&
                                    !isNaN(data10) &&
                                    isFinite(data10)
                                  )) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/' + i0 + '/transactTime',
                                        schemaPath: '#/items/properties/transactTime/type',
                                        keyword: 'type',
                                        params: { type: 'integer' },
                                        message: 'must be integer',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid1 = _errs22 === errors;
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
