// Generated from spec/operations/test-sor-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/test-sor-order.json',
  $comment:
    'Generated from spec/operations/test-sor-order.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Test new order using SOR (POST /api/v3/sor/order/test, sor.order.test)',
  description: 'Checks an SOR order without placing it; optionally computes its commission.',
  type: 'object',
  required: [],
  properties: {
    standardCommissionForOrder: {
      description: 'Standard commission rates the order would pay.',
      type: 'object',
      required: ['maker', 'taker'],
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
      },
    },
    taxCommissionForOrder: {
      description: 'Tax rates the order would pay.',
      type: 'object',
      required: ['maker', 'taker'],
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
  /*# sourceURL="https://binance-rx.dev/schemas/operations/test-sor-order.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.standardCommissionForOrder !== undefined) {
        let data0 = data.standardCommissionForOrder;
        const _errs2 = errors;
        if (errors === _errs2) {
          if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
            let missing0;
            if (
              (data0.maker === undefined && (missing0 = 'maker')) ||
              (data0.taker === undefined && (missing0 = 'taker'))
            ) {
              validate10.errors = [
                {
                  instancePath: instancePath + '/standardCommissionForOrder',
                  schemaPath: '#/properties/standardCommissionForOrder/required',
                  keyword: 'required',
                  params: { missingProperty: missing0 },
                  message: "must have required property '" + missing0 + "'",
                },
              ];
              return false;
            } else {
              if (data0.maker !== undefined) {
                let data1 = data0.maker;
                const _errs4 = errors;
                if (errors === _errs4) {
                  if (typeof data1 === 'string') {
                    if (!pattern0.test(data1)) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/standardCommissionForOrder/maker',
                          schemaPath:
                            '#/properties/standardCommissionForOrder/properties/maker/pattern',
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
                        instancePath: instancePath + '/standardCommissionForOrder/maker',
                        schemaPath: '#/properties/standardCommissionForOrder/properties/maker/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                }
                var valid1 = _errs4 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data0.taker !== undefined) {
                  let data2 = data0.taker;
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (typeof data2 === 'string') {
                      if (!pattern0.test(data2)) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/standardCommissionForOrder/taker',
                            schemaPath:
                              '#/properties/standardCommissionForOrder/properties/taker/pattern',
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
                          instancePath: instancePath + '/standardCommissionForOrder/taker',
                          schemaPath:
                            '#/properties/standardCommissionForOrder/properties/taker/type',
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
              }
            }
          } else {
            validate10.errors = [
              {
                instancePath: instancePath + '/standardCommissionForOrder',
                schemaPath: '#/properties/standardCommissionForOrder/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
              },
            ];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.taxCommissionForOrder !== undefined) {
          let data3 = data.taxCommissionForOrder;
          const _errs8 = errors;
          if (errors === _errs8) {
            if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
              let missing1;
              if (
                (data3.maker === undefined && (missing1 = 'maker')) ||
                (data3.taker === undefined && (missing1 = 'taker'))
              ) {
                validate10.errors = [
                  {
                    instancePath: instancePath + '/taxCommissionForOrder',
                    schemaPath: '#/properties/taxCommissionForOrder/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data3.maker !== undefined) {
                  let data4 = data3.maker;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (typeof data4 === 'string') {
                      if (!pattern0.test(data4)) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/taxCommissionForOrder/maker',
                            schemaPath:
                              '#/properties/taxCommissionForOrder/properties/maker/pattern',
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
                          instancePath: instancePath + '/taxCommissionForOrder/maker',
                          schemaPath: '#/properties/taxCommissionForOrder/properties/maker/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid2 = _errs10 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data3.taker !== undefined) {
                    let data5 = data3.taker;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (typeof data5 === 'string') {
                        if (!pattern0.test(data5)) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/taxCommissionForOrder/taker',
                              schemaPath:
                                '#/properties/taxCommissionForOrder/properties/taker/pattern',
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
                            instancePath: instancePath + '/taxCommissionForOrder/taker',
                            schemaPath: '#/properties/taxCommissionForOrder/properties/taker/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid2 = _errs12 === errors;
                  } else {
                    var valid2 = true;
                  }
                }
              }
            } else {
              validate10.errors = [
                {
                  instancePath: instancePath + '/taxCommissionForOrder',
                  schemaPath: '#/properties/taxCommissionForOrder/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
          var valid0 = _errs8 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.discount !== undefined) {
            let data6 = data.discount;
            const _errs14 = errors;
            if (errors === _errs14) {
              if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                let missing2;
                if (
                  (data6.enabledForAccount === undefined && (missing2 = 'enabledForAccount')) ||
                  (data6.enabledForSymbol === undefined && (missing2 = 'enabledForSymbol')) ||
                  (data6.discountAsset === undefined && (missing2 = 'discountAsset')) ||
                  (data6.discount === undefined && (missing2 = 'discount'))
                ) {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/discount',
                      schemaPath: '#/properties/discount/required',
                      keyword: 'required',
                      params: { missingProperty: missing2 },
                      message: "must have required property '" + missing2 + "'",
                    },
                  ];
                  return false;
                } else {
                  if (data6.enabledForAccount !== undefined) {
                    const _errs16 = errors;
                    if (typeof data6.enabledForAccount !== 'boolean') {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/discount/enabledForAccount',
                          schemaPath: '#/properties/discount/properties/enabledForAccount/type',
                          keyword: 'type',
                          params: { type: 'boolean' },
                          message: 'must be boolean',
                        },
                      ];
                      return false;
                    }
                    var valid3 = _errs16 === errors;
                  } else {
                    var valid3 = true;
                  }
                  if (valid3) {
                    if (data6.enabledForSymbol !== undefined) {
                      const _errs18 = errors;
                      if (typeof data6.enabledForSymbol !== 'boolean') {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/discount/enabledForSymbol',
                            schemaPath: '#/properties/discount/properties/enabledForSymbol/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                          },
                        ];
                        return false;
                      }
                      var valid3 = _errs18 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data6.discountAsset !== undefined) {
                        const _errs20 = errors;
                        if (typeof data6.discountAsset !== 'string') {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/discount/discountAsset',
                              schemaPath: '#/properties/discount/properties/discountAsset/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid3 = _errs20 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data6.discount !== undefined) {
                          let data10 = data6.discount;
                          const _errs22 = errors;
                          if (errors === _errs22) {
                            if (typeof data10 === 'string') {
                              if (!pattern0.test(data10)) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/discount/discount',
                                    schemaPath: '#/properties/discount/properties/discount/pattern',
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
                                  schemaPath: '#/properties/discount/properties/discount/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid3 = _errs22 === errors;
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
            var valid0 = _errs14 === errors;
          } else {
            var valid0 = true;
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
