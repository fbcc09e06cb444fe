// Generated from spec/operations/get-my-allocations.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-my-allocations.json',
  $comment:
    'Generated from spec/operations/get-my-allocations.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Query Allocations (GET /api/v3/myAllocations, myAllocations)',
  description: 'Allocations from smart order routing for a symbol.',
  type: 'array',
  items: {
    description: 'One entry.',
    type: 'object',
    required: [
      'symbol',
      'allocationId',
      'allocationType',
      'orderId',
      'orderListId',
      'price',
      'qty',
      'quoteQty',
      'commission',
      'commissionAsset',
      'time',
      'isBuyer',
      'isMaker',
      'isAllocator',
    ],
    properties: {
      symbol: { description: 'Symbol.', type: 'string' },
      allocationId: { description: 'Allocation id.', type: 'integer' },
      allocationType: { description: 'Allocation type (SOR).', type: 'string' },
      orderId: { description: "Id of the account's order in the trade.", type: 'integer' },
      orderListId: {
        description: 'Order list id; -1 unless the order is part of an order list.',
        type: 'integer',
      },
      price: { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      qty: {
        description: 'Quantity allocated.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      quoteQty: {
        description: 'Quote amount allocated.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      commission: {
        description: 'Commission paid.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      commissionAsset: { description: 'Asset the commission was paid in.', type: 'string' },
      time: { description: 'Allocation time.', type: 'integer' },
      isBuyer: { description: 'Whether the account was the buyer.', type: 'boolean' },
      isMaker: { description: 'Whether the account was the maker.', type: 'boolean' },
      isAllocator: { description: 'Whether the account was the allocator.', type: 'boolean' },
    },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-my-allocations.json" */ let vErrors =
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
              (data0.allocationId === undefined && (missing0 = 'allocationId')) ||
              (data0.allocationType === undefined && (missing0 = 'allocationType')) ||
              (data0.orderId === undefined && (missing0 = 'orderId')) ||
              (data0.orderListId === undefined && (missing0 = 'orderListId')) ||
              (data0.price === undefined && (missing0 = 'price')) ||
              (data0.qty === undefined && (missing0 = 'qty')) ||
              (data0.quoteQty === undefined && (missing0 = 'quoteQty')) ||
              (data0.commission === undefined && (missing0 = 'commission')) ||
              (data0.commissionAsset === undefined && (missing0 = 'commissionAsset')) ||
              (data0.time === undefined && (missing0 = 'time')) ||
              (data0.isBuyer === undefined && (missing0 = 'isBuyer')) ||
              (data0.isMaker === undefined && (missing0 = 'isMaker')) ||
              (data0.isAllocator === undefined && (missing0 = 'isAllocator'))
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
                if (data0.allocationId !== undefined) {
                  let data2 = data0.allocationId;
                  const _errs6 = errors;
                  if (!(
                    typeof data2 == 'number' &&
                    !(data2 % 1) &&
                    !isNaN(data2) &&
                    isFinite(data2)
                  )) {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/' + i0 + '/allocationId',
                        schemaPath: '#/items/properties/allocationId/type',
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
                  if (data0.allocationType !== undefined) {
                    const _errs8 = errors;
                    if (typeof data0.allocationType !== 'string') {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/' + i0 + '/allocationType',
                          schemaPath: '#/items/properties/allocationType/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid1 = _errs8 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.orderId !== undefined) {
                      let data4 = data0.orderId;
                      const _errs10 = errors;
                      if (!(
                        typeof data4 == 'number' &&
                        !(data4 % 1) &&
                        !isNaN(data4) &&
                        isFinite(data4)
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
                      var valid1 = _errs10 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.orderListId !== undefined) {
                        let data5 = data0.orderListId;
                        const _errs12 = errors;
                        if (!(
                          typeof data5 == 'number' &&
                          !(data5 % 1) &&
                          !isNaN(data5) &&
                          isFinite(data5)
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
                        var valid1 = _errs12 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data0.price !== undefined) {
                          let data6 = data0.price;
                          const _errs14 = errors;
                          if (errors === _errs14) {
                            if (typeof data6 === 'string') {
                              if (!pattern0.test(data6)) {
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
                          var valid1 = _errs14 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data0.qty !== undefined) {
                            let data7 = data0.qty;
                            const _errs16 = errors;
                            if (errors === _errs16) {
                              if (typeof data7 === 'string') {
                                if (!pattern0.test(data7)) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/' + i0 + '/qty',
                                      schemaPath: '#/items/properties/qty/pattern',
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
                                    instancePath: instancePath + '/' + i0 + '/qty',
                                    schemaPath: '#/items/properties/qty/type',
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
                            if (data0.quoteQty !== undefined) {
                              let data8 = data0.quoteQty;
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (typeof data8 === 'string') {
                                  if (!pattern0.test(data8)) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/' + i0 + '/quoteQty',
                                        schemaPath: '#/items/properties/quoteQty/pattern',
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
                                      instancePath: instancePath + '/' + i0 + '/quoteQty',
                                      schemaPath: '#/items/properties/quoteQty/type',
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
                              if (data0.commission !== undefined) {
                                let data9 = data0.commission;
                                const _errs20 = errors;
                                if (errors === _errs20) {
                                  if (typeof data9 === 'string') {
                                    if (!pattern0.test(data9)) {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/' + i0 + '/commission',
                                          schemaPath: '#/items/properties/commission/pattern',
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
                                        instancePath: instancePath + '/' + i0 + '/commission',
                                        schemaPath: '#/items/properties/commission/type',
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
                                if (data0.commissionAsset !== undefined) {
                                  const _errs22 = errors;
                                  if (typeof data0.commissionAsset !== 'string') {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/' + i0 + '/commissionAsset',
                                        schemaPath: '#/items/properties/commissionAsset/type',
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
                                  if (data0.time !== undefined) {
                                    let data11 = data0.time;
                                    const _errs24 = errors;
                                    if (!(
                                      typeof data11 == 'number' &&
                                      !(data11 % 1) &&
                                      !isNaN(data11) &&
                                      isFinite(data11)
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
                                    var valid1 = _errs24 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    if (data0.isBuyer !== undefined) {
                                      const _errs26 = errors;
                                      if (typeof data0.isBuyer !== 'boolean') {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/' + i0 + '/isBuyer',
                                            schemaPath: '#/items/properties/isBuyer/type',
                                            keyword: 'type',
                                            params: { type: 'boolean' },
                                            message: 'must be boolean',
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid1 = _errs26 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                    if (valid1) {
                                      if (data0.isMaker !== undefined) {
                                        const _errs28 = errors;
                                        if (typeof data0.isMaker !== 'boolean') {
                                          validate10.errors = [
                                            {
                                              instancePath: instancePath + '/' + i0 + '/isMaker',
                                              schemaPath: '#/items/properties/isMaker/type',
                                              keyword: 'type',
                                              params: { type: 'boolean' },
                                              message: 'must be boolean',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid1 = _errs28 === errors;
                                      } else {
                                        var valid1 = true;
                                      }
                                      if (valid1) {
                                        if (data0.isAllocator !== undefined) {
                                          const _errs30 = errors;
                                          if (typeof data0.isAllocator !== 'boolean') {
                                            validate10.errors = [
                                              {
                                                instancePath:
                                                  instancePath + '/' + i0 + '/isAllocator',
                                                schemaPath: '#/items/properties/isAllocator/type',
                                                keyword: 'type',
                                                params: { type: 'boolean' },
                                                message: 'must be boolean',
                                              },
                                            ];
                                            return false;
                                          }
                                          var valid1 = _errs30 === errors;
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
