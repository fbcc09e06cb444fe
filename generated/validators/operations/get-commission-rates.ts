// Generated from spec/operations/get-commission-rates.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-commission-rates.json',
  $comment:
    'Generated from spec/operations/get-commission-rates.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Query Commission Rates (GET /api/v3/account/commission, account.commission)',
  description: 'Commission rates of the account for a symbol: standard, special, tax and discount.',
  type: 'object',
  required: ['symbol', 'standardCommission', 'specialCommission', 'taxCommission', 'discount'],
  properties: {
    symbol: { description: 'Symbol.', type: 'string' },
    standardCommission: {
      description: 'Standard commission rates of the account on the symbol.',
      type: 'object',
      required: ['maker', 'taker', 'buyer', 'seller'],
      properties: {
        maker: {
          description: 'Rate paid as maker (a fraction: 0.001 is 0.1%).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        taker: {
          description: 'Rate paid as taker (a fraction).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        buyer: {
          description: 'Rate added when buying (a fraction).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        seller: {
          description: 'Rate added when selling (a fraction).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
      },
    },
    specialCommission: {
      description: 'Special commission rates on the symbol.',
      type: 'object',
      required: ['maker', 'taker', 'buyer', 'seller'],
      properties: {
        maker: {
          description: 'Rate paid as maker (a fraction: 0.001 is 0.1%).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        taker: {
          description: 'Rate paid as taker (a fraction).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        buyer: {
          description: 'Rate added when buying (a fraction).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        seller: {
          description: 'Rate added when selling (a fraction).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
      },
    },
    taxCommission: {
      description: 'Tax rates on the symbol.',
      type: 'object',
      required: ['maker', 'taker', 'buyer', 'seller'],
      properties: {
        maker: {
          description: 'Rate paid as maker (a fraction: 0.001 is 0.1%).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        taker: {
          description: 'Rate paid as taker (a fraction).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        buyer: {
          description: 'Rate added when buying (a fraction).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        seller: {
          description: 'Rate added when selling (a fraction).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
      },
    },
    discount: {
      description: 'BNB discount on the standard commission.',
      type: 'object',
      required: ['enabledForAccount', 'enabledForSymbol', 'discountAsset', 'discount'],
      properties: {
        enabledForAccount: {
          description: 'Whether the account pays commission in BNB.',
          type: 'boolean',
        },
        enabledForSymbol: {
          description: 'Whether the discount applies to the symbol.',
          type: 'boolean',
        },
        discountAsset: {
          description: 'Asset the discounted commission is paid in (BNB).',
          type: 'string',
        },
        discount: {
          description: 'BNB discount on the standard commission.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
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
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-commission-rates.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.symbol === undefined && (missing0 = 'symbol')) ||
        (data.standardCommission === undefined && (missing0 = 'standardCommission')) ||
        (data.specialCommission === undefined && (missing0 = 'specialCommission')) ||
        (data.taxCommission === undefined && (missing0 = 'taxCommission')) ||
        (data.discount === undefined && (missing0 = 'discount'))
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
          if (data.standardCommission !== undefined) {
            let data1 = data.standardCommission;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
                let missing1;
                if (
                  (data1.maker === undefined && (missing1 = 'maker')) ||
                  (data1.taker === undefined && (missing1 = 'taker')) ||
                  (data1.buyer === undefined && (missing1 = 'buyer')) ||
                  (data1.seller === undefined && (missing1 = 'seller'))
                ) {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/standardCommission',
                      schemaPath: '#/properties/standardCommission/required',
                      keyword: 'required',
                      params: { missingProperty: missing1 },
                      message: "must have required property '" + missing1 + "'",
                    },
                  ];
                  return false;
                } else {
                  if (data1.maker !== undefined) {
                    let data2 = data1.maker;
                    const _errs6 = errors;
                    if (errors === _errs6) {
                      if (typeof data2 === 'string') {
                        if (!pattern0.test(data2)) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/standardCommission/maker',
                              schemaPath:
                                '#/properties/standardCommission/properties/maker/pattern',
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
                            instancePath: instancePath + '/standardCommission/maker',
                            schemaPath: '#/properties/standardCommission/properties/maker/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data1.taker !== undefined) {
                      let data3 = data1.taker;
                      const _errs8 = errors;
                      if (errors === _errs8) {
                        if (typeof data3 === 'string') {
                          if (!pattern0.test(data3)) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/standardCommission/taker',
                                schemaPath:
                                  '#/properties/standardCommission/properties/taker/pattern',
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
                              instancePath: instancePath + '/standardCommission/taker',
                              schemaPath: '#/properties/standardCommission/properties/taker/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid1 = _errs8 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data1.buyer !== undefined) {
                        let data4 = data1.buyer;
                        const _errs10 = errors;
                        if (errors === _errs10) {
                          if (typeof data4 === 'string') {
                            if (!pattern0.test(data4)) {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/standardCommission/buyer',
                                  schemaPath:
                                    '#/properties/standardCommission/properties/buyer/pattern',
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
                                instancePath: instancePath + '/standardCommission/buyer',
                                schemaPath: '#/properties/standardCommission/properties/buyer/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid1 = _errs10 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data1.seller !== undefined) {
                          let data5 = data1.seller;
                          const _errs12 = errors;
                          if (errors === _errs12) {
                            if (typeof data5 === 'string') {
                              if (!pattern0.test(data5)) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/standardCommission/seller',
                                    schemaPath:
                                      '#/properties/standardCommission/properties/seller/pattern',
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
                                  instancePath: instancePath + '/standardCommission/seller',
                                  schemaPath:
                                    '#/properties/standardCommission/properties/seller/type',
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
                      }
                    }
                  }
                }
              } else {
                validate10.errors = [
                  {
                    instancePath: instancePath + '/standardCommission',
                    schemaPath: '#/properties/standardCommission/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.specialCommission !== undefined) {
              let data6 = data.specialCommission;
              const _errs14 = errors;
              if (errors === _errs14) {
                if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                  let missing2;
                  if (
                    (data6.maker === undefined && (missing2 = 'maker')) ||
                    (data6.taker === undefined && (missing2 = 'taker')) ||
                    (data6.buyer === undefined && (missing2 = 'buyer')) ||
                    (data6.seller === undefined && (missing2 = 'seller'))
                  ) {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/specialCommission',
                        schemaPath: '#/properties/specialCommission/required',
                        keyword: 'required',
                        params: { missingProperty: missing2 },
                        message: "must have required property '" + missing2 + "'",
                      },
                    ];
                    return false;
                  } else {
                    if (data6.maker !== undefined) {
                      let data7 = data6.maker;
                      const _errs16 = errors;
                      if (errors === _errs16) {
                        if (typeof data7 === 'string') {
                          if (!pattern0.test(data7)) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/specialCommission/maker',
                                schemaPath:
                                  '#/properties/specialCommission/properties/maker/pattern',
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
                              instancePath: instancePath + '/specialCommission/maker',
                              schemaPath: '#/properties/specialCommission/properties/maker/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid2 = _errs16 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data6.taker !== undefined) {
                        let data8 = data6.taker;
                        const _errs18 = errors;
                        if (errors === _errs18) {
                          if (typeof data8 === 'string') {
                            if (!pattern0.test(data8)) {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/specialCommission/taker',
                                  schemaPath:
                                    '#/properties/specialCommission/properties/taker/pattern',
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
                                instancePath: instancePath + '/specialCommission/taker',
                                schemaPath: '#/properties/specialCommission/properties/taker/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data6.buyer !== undefined) {
                          let data9 = data6.buyer;
                          const _errs20 = errors;
                          if (errors === _errs20) {
                            if (typeof data9 === 'string') {
                              if (!pattern0.test(data9)) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/specialCommission/buyer',
                                    schemaPath:
                                      '#/properties/specialCommission/properties/buyer/pattern',
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
                                  instancePath: instancePath + '/specialCommission/buyer',
                                  schemaPath:
                                    '#/properties/specialCommission/properties/buyer/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid2 = _errs20 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data6.seller !== undefined) {
                            let data10 = data6.seller;
                            const _errs22 = errors;
                            if (errors === _errs22) {
                              if (typeof data10 === 'string') {
                                if (!pattern0.test(data10)) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/specialCommission/seller',
                                      schemaPath:
                                        '#/properties/specialCommission/properties/seller/pattern',
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
                                    instancePath: instancePath + '/specialCommission/seller',
                                    schemaPath:
                                      '#/properties/specialCommission/properties/seller/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                            }
                            var valid2 = _errs22 === errors;
                          } else {
                            var valid2 = true;
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/specialCommission',
                      schemaPath: '#/properties/specialCommission/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
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
              if (data.taxCommission !== undefined) {
                let data11 = data.taxCommission;
                const _errs24 = errors;
                if (errors === _errs24) {
                  if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                    let missing3;
                    if (
                      (data11.maker === undefined && (missing3 = 'maker')) ||
                      (data11.taker === undefined && (missing3 = 'taker')) ||
                      (data11.buyer === undefined && (missing3 = 'buyer')) ||
                      (data11.seller === undefined && (missing3 = 'seller'))
                    ) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/taxCommission',
                          schemaPath: '#/properties/taxCommission/required',
                          keyword: 'required',
                          params: { missingProperty: missing3 },
                          message: "must have required property '" + missing3 + "'",
                        },
                      ];
                      return false;
                    } else {
                      if (data11.maker !== undefined) {
                        let data12 = data11.maker;
                        const _errs26 = errors;
                        if (errors === _errs26) {
                          if (typeof data12 === 'string') {
                            if (!pattern0.test(data12)) {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/taxCommission/maker',
                                  schemaPath: '#/properties/taxCommission/properties/maker/pattern',
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
                                instancePath: instancePath + '/taxCommission/maker',
                                schemaPath: '#/properties/taxCommission/properties/maker/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid3 = _errs26 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data11.taker !== undefined) {
                          let data13 = data11.taker;
                          const _errs28 = errors;
                          if (errors === _errs28) {
                            if (typeof data13 === 'string') {
                              if (!pattern0.test(data13)) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/taxCommission/taker',
                                    schemaPath:
                                      '#/properties/taxCommission/properties/taker/pattern',
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
                                  instancePath: instancePath + '/taxCommission/taker',
                                  schemaPath: '#/properties/taxCommission/properties/taker/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid3 = _errs28 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data11.buyer !== undefined) {
                            let data14 = data11.buyer;
                            const _errs30 = errors;
                            if (errors === _errs30) {
                              if (typeof data14 === 'string') {
                                if (!pattern0.test(data14)) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/taxCommission/buyer',
                                      schemaPath:
                                        '#/properties/taxCommission/properties/buyer/pattern',
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
                                    instancePath: instancePath + '/taxCommission/buyer',
                                    schemaPath: '#/properties/taxCommission/properties/buyer/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                            }
                            var valid3 = _errs30 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data11.seller !== undefined) {
                              let data15 = data11.seller;
                              const _errs32 = errors;
                              if (errors === _errs32) {
                                if (typeof data15 === 'string') {
                                  if (!pattern0.test(data15)) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/taxCommission/seller',
                                        schemaPath:
                                          '#/properties/taxCommission/properties/seller/pattern',
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
                                      instancePath: instancePath + '/taxCommission/seller',
                                      schemaPath:
                                        '#/properties/taxCommission/properties/seller/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid3 = _errs32 === errors;
                            } else {
                              var valid3 = true;
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/taxCommission',
                        schemaPath: '#/properties/taxCommission/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs24 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.discount !== undefined) {
                  let data16 = data.discount;
                  const _errs34 = errors;
                  if (errors === _errs34) {
                    if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
                      let missing4;
                      if (
                        (data16.enabledForAccount === undefined &&
                          (missing4 = 'enabledForAccount')) ||
                        (data16.enabledForSymbol === undefined &&
                          (missing4 = 'enabledForSymbol')) ||
                        (data16.discountAsset === undefined && (missing4 = 'discountAsset')) ||
                        (data16.discount === undefined && (missing4 = 'discount'))
                      ) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/discount',
                            schemaPath: '#/properties/discount/required',
                            keyword: 'required',
                            params: { missingProperty: missing4 },
                            message: "must have required property '" + missing4 + "'",
                          },
                        ];
                        return false;
                      } else {
                        if (data16.enabledForAccount !== undefined) {
                          const _errs36 = errors;
                          if (typeof data16.enabledForAccount !== 'boolean') {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/discount/enabledForAccount',
                                schemaPath:
                                  '#/properties/discount/properties/enabledForAccount/type',
                                keyword: 'type',
                                params: { type: 'boolean' },
                                message: 'must be boolean',
                              },
                            ];
                            return false;
                          }
                          var valid4 = _errs36 === errors;
                        } else {
                          var valid4 = true;
                        }
                        if (valid4) {
                          if (data16.enabledForSymbol !== undefined) {
                            const _errs38 = errors;
                            if (typeof data16.enabledForSymbol !== 'boolean') {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/discount/enabledForSymbol',
                                  schemaPath:
                                    '#/properties/discount/properties/enabledForSymbol/type',
                                  keyword: 'type',
                                  params: { type: 'boolean' },
                                  message: 'must be boolean',
                                },
                              ];
                              return false;
                            }
                            var valid4 = _errs38 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data16.discountAsset !== undefined) {
                              const _errs40 = errors;
                              if (typeof data16.discountAsset !== 'string') {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/discount/discountAsset',
                                    schemaPath:
                                      '#/properties/discount/properties/discountAsset/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                              var valid4 = _errs40 === errors;
                            } else {
                              var valid4 = true;
                            }
                            if (valid4) {
                              if (data16.discount !== undefined) {
                                let data20 = data16.discount;
                                const _errs42 = errors;
                                if (errors === _errs42) {
                                  if (typeof data20 === 'string') {
                                    if (!pattern0.test(data20)) {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/discount/discount',
                                          schemaPath:
                                            '#/properties/discount/properties/discount/pattern',
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
                                        instancePath: instancePath + '/discount/discount',
                                        schemaPath:
                                          '#/properties/discount/properties/discount/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid4 = _errs42 === errors;
                              } else {
                                var valid4 = true;
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/discount',
                          schemaPath: '#/properties/discount/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs34 === errors;
                } else {
                  var valid0 = true;
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
