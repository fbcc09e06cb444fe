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
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-my-filters.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.exchangeFilters === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'exchangeFilters' },
        message: "must have required property '" + 'exchangeFilters' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.symbolFilters === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'symbolFilters' },
        message: "must have required property '" + 'symbolFilters' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.assetFilters === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'assetFilters' },
        message: "must have required property '" + 'assetFilters' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.exchangeFilters !== undefined) {
      let data0 = data.exchangeFilters;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.filterType === undefined) {
              const err3 = {
                instancePath: instancePath + '/exchangeFilters/' + i0,
                schemaPath: '#/properties/exchangeFilters/items/required',
                keyword: 'required',
                params: { missingProperty: 'filterType' },
                message: "must have required property '" + 'filterType' + "'",
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.filterType !== undefined) {
              if (typeof data1.filterType !== 'string') {
                const err4 = {
                  instancePath: instancePath + '/exchangeFilters/' + i0 + '/filterType',
                  schemaPath: '#/properties/exchangeFilters/items/properties/filterType/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.maxNumOrders !== undefined) {
              let data3 = data1.maxNumOrders;
              if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
                const err5 = {
                  instancePath: instancePath + '/exchangeFilters/' + i0 + '/maxNumOrders',
                  schemaPath: '#/properties/exchangeFilters/items/properties/maxNumOrders/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = {
              instancePath: instancePath + '/exchangeFilters/' + i0,
              schemaPath: '#/properties/exchangeFilters/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/exchangeFilters',
          schemaPath: '#/properties/exchangeFilters/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.symbolFilters !== undefined) {
      let data4 = data.symbolFilters;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
            if (data5.filterType === undefined) {
              const err8 = {
                instancePath: instancePath + '/symbolFilters/' + i1,
                schemaPath: '#/properties/symbolFilters/items/required',
                keyword: 'required',
                params: { missingProperty: 'filterType' },
                message: "must have required property '" + 'filterType' + "'",
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data5.filterType !== undefined) {
              if (typeof data5.filterType !== 'string') {
                const err9 = {
                  instancePath: instancePath + '/symbolFilters/' + i1 + '/filterType',
                  schemaPath: '#/properties/symbolFilters/items/properties/filterType/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data5.maxNumOrderLists !== undefined) {
              let data7 = data5.maxNumOrderLists;
              if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
                const err10 = {
                  instancePath: instancePath + '/symbolFilters/' + i1 + '/maxNumOrderLists',
                  schemaPath: '#/properties/symbolFilters/items/properties/maxNumOrderLists/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = {
              instancePath: instancePath + '/symbolFilters/' + i1,
              schemaPath: '#/properties/symbolFilters/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/symbolFilters',
          schemaPath: '#/properties/symbolFilters/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.assetFilters !== undefined) {
      let data8 = data.assetFilters;
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data9 = data8[i2];
          if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
            if (data9.filterType === undefined) {
              const err13 = {
                instancePath: instancePath + '/assetFilters/' + i2,
                schemaPath: '#/properties/assetFilters/items/required',
                keyword: 'required',
                params: { missingProperty: 'filterType' },
                message: "must have required property '" + 'filterType' + "'",
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data9.filterType !== undefined) {
              if (typeof data9.filterType !== 'string') {
                const err14 = {
                  instancePath: instancePath + '/assetFilters/' + i2 + '/filterType',
                  schemaPath: '#/properties/assetFilters/items/properties/filterType/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data9.asset !== undefined) {
              if (typeof data9.asset !== 'string') {
                const err15 = {
                  instancePath: instancePath + '/assetFilters/' + i2 + '/asset',
                  schemaPath: '#/properties/assetFilters/items/properties/asset/type',
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
            if (data9.limit !== undefined) {
              let data12 = data9.limit;
              if (typeof data12 === 'string') {
                if (!pattern0.test(data12)) {
                  const err16 = {
                    instancePath: instancePath + '/assetFilters/' + i2 + '/limit',
                    schemaPath: '#/properties/assetFilters/items/properties/limit/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                    message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = {
                  instancePath: instancePath + '/assetFilters/' + i2 + '/limit',
                  schemaPath: '#/properties/assetFilters/items/properties/limit/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = {
              instancePath: instancePath + '/assetFilters/' + i2,
              schemaPath: '#/properties/assetFilters/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/assetFilters',
          schemaPath: '#/properties/assetFilters/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
