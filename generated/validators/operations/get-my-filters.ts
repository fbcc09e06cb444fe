// Generated from spec/operations/get-my-filters.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-my-filters.json',
  $comment:
    'Generated from spec/operations/get-my-filters.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Query relevant filters (GET /api/v3/myFilters, myFilters)',
  description:
    'The filters that apply to the account on a symbol: exchange, symbol and asset filters.',
  type: 'object',
  required: ['exchangeFilters', 'symbolFilters', 'assetFilters'],
  properties: {
    exchangeFilters: {
      description: 'Exchange filters that apply to the account.',
      type: 'array',
      items: {
        description: 'One filter.',
        type: 'object',
        required: ['filterType'],
        properties: {
          filterType: {
            description: 'Filter type; the other fields depend on it (filters.md).',
            type: 'string',
          },
          maxNumOrders: {
            description: 'Most open orders allowed (EXCHANGE_MAX_NUM_ORDERS, MAX_NUM_ORDERS).',
            type: 'integer',
          },
        },
      },
    },
    symbolFilters: {
      description: 'Symbol filters that apply to the account on the symbol.',
      type: 'array',
      items: {
        description: 'One filter.',
        type: 'object',
        required: ['filterType'],
        properties: {
          filterType: {
            description: 'Filter type; the other fields depend on it (filters.md).',
            type: 'string',
          },
          maxNumOrderLists: {
            description: 'Most open order lists allowed (MAX_NUM_ORDER_LISTS).',
            type: 'integer',
          },
        },
      },
    },
    assetFilters: {
      description: 'Asset filters that apply to the account.',
      type: 'array',
      items: {
        description: 'One filter.',
        type: 'object',
        required: ['filterType'],
        properties: {
          filterType: {
            description: 'Filter type; the other fields depend on it (filters.md).',
            type: 'string',
          },
          asset: { description: 'Asset the filter limits (MAX_ASSET).', type: 'string' },
          limit: {
            description: 'Most of the asset allowed (MAX_ASSET).',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
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
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-my-filters.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.exchangeFilters === undefined && (missing0 = 'exchangeFilters')) ||
        (data.symbolFilters === undefined && (missing0 = 'symbolFilters')) ||
        (data.assetFilters === undefined && (missing0 = 'assetFilters'))
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
        if (data.exchangeFilters !== undefined) {
          let data0 = data.exchangeFilters;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs4 = errors;
                if (errors === _errs4) {
                  if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
                    let missing1;
                    if (data1.filterType === undefined && (missing1 = 'filterType')) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/exchangeFilters/' + i0,
                          schemaPath: '#/properties/exchangeFilters/items/required',
                          keyword: 'required',
                          params: { missingProperty: missing1 },
                          message: "must have required property '" + missing1 + "'",
                        },
                      ];
                      return false;
                    } else {
                      if (data1.filterType !== undefined) {
                        const _errs6 = errors;
                        if (typeof data1.filterType !== 'string') {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/exchangeFilters/' + i0 + '/filterType',
                              schemaPath:
                                '#/properties/exchangeFilters/items/properties/filterType/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs6 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data1.maxNumOrders !== undefined) {
                          let data3 = data1.maxNumOrders;
                          const _errs8 = errors;
                          if (!(
                            typeof data3 == 'number' &&
                            !(data3 % 1) &&
                            !isNaN(data3) &&
                            isFinite(data3)
                          )) {
                            validate10.errors = [
                              {
                                instancePath:
                                  instancePath + '/exchangeFilters/' + i0 + '/maxNumOrders',
                                schemaPath:
                                  '#/properties/exchangeFilters/items/properties/maxNumOrders/type',
                                keyword: 'type',
                                params: { type: 'integer' },
                                message: 'must be integer',
                              },
                            ];
                            return false;
                          }
                          var valid2 = _errs8 === errors;
                        } else {
                          var valid2 = true;
                        }
                      }
                    }
                  } else {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/exchangeFilters/' + i0,
                        schemaPath: '#/properties/exchangeFilters/items/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object',
                      },
                    ];
                    return false;
                  }
                }
                var valid1 = _errs4 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate10.errors = [
                {
                  instancePath: instancePath + '/exchangeFilters',
                  schemaPath: '#/properties/exchangeFilters/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
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
          if (data.symbolFilters !== undefined) {
            let data4 = data.symbolFilters;
            const _errs10 = errors;
            if (errors === _errs10) {
              if (Array.isArray(data4)) {
                var valid3 = true;
                const len1 = data4.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data5 = data4[i1];
                  const _errs12 = errors;
                  if (errors === _errs12) {
                    if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                      let missing2;
                      if (data5.filterType === undefined && (missing2 = 'filterType')) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/symbolFilters/' + i1,
                            schemaPath: '#/properties/symbolFilters/items/required',
                            keyword: 'required',
                            params: { missingProperty: missing2 },
                            message: "must have required property '" + missing2 + "'",
                          },
                        ];
                        return false;
                      } else {
                        if (data5.filterType !== undefined) {
                          const _errs14 = errors;
                          if (typeof data5.filterType !== 'string') {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/symbolFilters/' + i1 + '/filterType',
                                schemaPath:
                                  '#/properties/symbolFilters/items/properties/filterType/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                          var valid4 = _errs14 === errors;
                        } else {
                          var valid4 = true;
                        }
                        if (valid4) {
                          if (data5.maxNumOrderLists !== undefined) {
                            let data7 = data5.maxNumOrderLists;
                            const _errs16 = errors;
                            if (!(
                              typeof data7 == 'number' &&
                              !(data7 % 1) &&
                              !isNaN(data7) &&
                              isFinite(data7)
                            )) {
                              validate10.errors = [
                                {
                                  instancePath:
                                    instancePath + '/symbolFilters/' + i1 + '/maxNumOrderLists',
                                  schemaPath:
                                    '#/properties/symbolFilters/items/properties/maxNumOrderLists/type',
                                  keyword: 'type',
                                  params: { type: 'integer' },
                                  message: 'must be integer',
                                },
                              ];
                              return false;
                            }
                            var valid4 = _errs16 === errors;
                          } else {
                            var valid4 = true;
                          }
                        }
                      }
                    } else {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/symbolFilters/' + i1,
                          schemaPath: '#/properties/symbolFilters/items/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid3 = _errs12 === errors;
                  if (!valid3) {
                    break;
                  }
                }
              } else {
                validate10.errors = [
                  {
                    instancePath: instancePath + '/symbolFilters',
                    schemaPath: '#/properties/symbolFilters/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
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
            if (data.assetFilters !== undefined) {
              let data8 = data.assetFilters;
              const _errs18 = errors;
              if (errors === _errs18) {
                if (Array.isArray(data8)) {
                  var valid5 = true;
                  const len2 = data8.length;
                  for (let i2 = 0; i2 < len2; i2++) {
                    let data9 = data8[i2];
                    const _errs20 = errors;
                    if (errors === _errs20) {
                      if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
                        let missing3;
                        if (data9.filterType === undefined && (missing3 = 'filterType')) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/assetFilters/' + i2,
                              schemaPath: '#/properties/assetFilters/items/required',
                              keyword: 'required',
                              params: { missingProperty: missing3 },
                              message: "must have required property '" + missing3 + "'",
                            },
                          ];
                          return false;
                        } else {
                          if (data9.filterType !== undefined) {
                            const _errs22 = errors;
                            if (typeof data9.filterType !== 'string') {
                              validate10.errors = [
                                {
                                  instancePath:
                                    instancePath + '/assetFilters/' + i2 + '/filterType',
                                  schemaPath:
                                    '#/properties/assetFilters/items/properties/filterType/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                            var valid6 = _errs22 === errors;
                          } else {
                            var valid6 = true;
                          }
                          if (valid6) {
                            if (data9.asset !== undefined) {
                              const _errs24 = errors;
                              if (typeof data9.asset !== 'string') {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/assetFilters/' + i2 + '/asset',
                                    schemaPath:
                                      '#/properties/assetFilters/items/properties/asset/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                              var valid6 = _errs24 === errors;
                            } else {
                              var valid6 = true;
                            }
                            if (valid6) {
                              if (data9.limit !== undefined) {
                                let data12 = data9.limit;
                                const _errs26 = errors;
                                if (errors === _errs26) {
                                  if (typeof data12 === 'string') {
                                    if (!pattern0.test(data12)) {
                                      validate10.errors = [
                                        {
                                          instancePath:
                                            instancePath + '/assetFilters/' + i2 + '/limit',
                                          schemaPath:
                                            '#/properties/assetFilters/items/properties/limit/pattern',
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
                                          instancePath + '/assetFilters/' + i2 + '/limit',
                                        schemaPath:
                                          '#/properties/assetFilters/items/properties/limit/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid6 = _errs26 === errors;
                              } else {
                                var valid6 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/assetFilters/' + i2,
                            schemaPath: '#/properties/assetFilters/items/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid5 = _errs20 === errors;
                    if (!valid5) {
                      break;
                    }
                  }
                } else {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/assetFilters',
                      schemaPath: '#/properties/assetFilters/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs18 === errors;
            } else {
              var valid0 = true;
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
