// Generated from spec/operations/get-book.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-book.json',
  $comment:
    'Generated from spec/operations/get-book.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Order book (GET /api/v3/depth, depth)',
  description:
    'The order book of a symbol, best price first on each side. `lastUpdateId` lines it up with the diff-depth stream (see the local order book rules).',
  type: 'object',
  required: ['lastUpdateId', 'bids', 'asks'],
  properties: {
    lastUpdateId: { description: 'Last update id included in the snapshot.', type: 'integer' },
    bids: {
      description: 'Bid levels, best (highest) first.',
      type: 'array',
      items: {
        description: 'One price level.',
        type: 'array',
        items: [
          { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
          { description: 'Quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        ],
        minItems: 2,
        maxItems: 2,
      },
    },
    asks: {
      description: 'Ask levels, best (lowest) first.',
      type: 'array',
      items: {
        description: 'One price level.',
        type: 'array',
        items: [
          { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
          { description: 'Quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        ],
        minItems: 2,
        maxItems: 2,
      },
    },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-book.json" */ let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.lastUpdateId === undefined && (missing0 = 'lastUpdateId')) ||
        (data.bids === undefined && (missing0 = 'bids')) ||
        (data.asks === undefined && (missing0 = 'asks'))
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
        if (data.lastUpdateId !== undefined) {
          let data0 = data.lastUpdateId;
          const _errs2 = errors;
          if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
            validate10.errors = [
              {
                instancePath: instancePath + '/lastUpdateId',
                schemaPath: '#/properties/lastUpdateId/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              },
            ];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.bids !== undefined) {
            let data1 = data.bids;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data2 = data1[i0];
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (Array.isArray(data2)) {
                      if (data2.length > 2) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/bids/' + i0,
                            schemaPath: '#/properties/bids/items/maxItems',
                            keyword: 'maxItems',
                            params: { limit: 2 },
                            message: 'must NOT have more than 2 items',
                          },
                        ];
                        return false;
                      } else {
                        if (data2.length < 2) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/bids/' + i0,
                              schemaPath: '#/properties/bids/items/minItems',
                              keyword: 'minItems',
                              params: { limit: 2 },
                              message: 'must NOT have fewer than 2 items',
                            },
                          ];
                          return false;
                        } else {
                          const len1 = data2.length;
                          if (len1 > 0) {
                            let data3 = data2[0];
                            const _errs8 = errors;
                            if (errors === _errs8) {
                              if (typeof data3 === 'string') {
                                if (!pattern0.test(data3)) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/bids/' + i0 + '/0',
                                      schemaPath: '#/properties/bids/items/items/0/pattern',
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
                                    instancePath: instancePath + '/bids/' + i0 + '/0',
                                    schemaPath: '#/properties/bids/items/items/0/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                            }
                            var valid2 = _errs8 === errors;
                          }
                          if (valid2) {
                            if (len1 > 1) {
                              let data4 = data2[1];
                              const _errs10 = errors;
                              if (errors === _errs10) {
                                if (typeof data4 === 'string') {
                                  if (!pattern0.test(data4)) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/bids/' + i0 + '/1',
                                        schemaPath: '#/properties/bids/items/items/1/pattern',
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
                                      instancePath: instancePath + '/bids/' + i0 + '/1',
                                      schemaPath: '#/properties/bids/items/items/1/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid2 = _errs10 === errors;
                            }
                          }
                        }
                      }
                    } else {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/bids/' + i0,
                          schemaPath: '#/properties/bids/items/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid1 = _errs6 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate10.errors = [
                  {
                    instancePath: instancePath + '/bids',
                    schemaPath: '#/properties/bids/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
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
            if (data.asks !== undefined) {
              let data5 = data.asks;
              const _errs12 = errors;
              if (errors === _errs12) {
                if (Array.isArray(data5)) {
                  var valid3 = true;
                  const len2 = data5.length;
                  for (let i1 = 0; i1 < len2; i1++) {
                    let data6 = data5[i1];
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (Array.isArray(data6)) {
                        if (data6.length > 2) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/asks/' + i1,
                              schemaPath: '#/properties/asks/items/maxItems',
                              keyword: 'maxItems',
                              params: { limit: 2 },
                              message: 'must NOT have more than 2 items',
                            },
                          ];
                          return false;
                        } else {
                          if (data6.length < 2) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/asks/' + i1,
                                schemaPath: '#/properties/asks/items/minItems',
                                keyword: 'minItems',
                                params: { limit: 2 },
                                message: 'must NOT have fewer than 2 items',
                              },
                            ];
                            return false;
                          } else {
                            const len3 = data6.length;
                            if (len3 > 0) {
                              let data7 = data6[0];
                              const _errs16 = errors;
                              if (errors === _errs16) {
                                if (typeof data7 === 'string') {
                                  if (!pattern0.test(data7)) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/asks/' + i1 + '/0',
                                        schemaPath: '#/properties/asks/items/items/0/pattern',
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
                                      instancePath: instancePath + '/asks/' + i1 + '/0',
                                      schemaPath: '#/properties/asks/items/items/0/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid4 = _errs16 === errors;
                            }
                            if (valid4) {
                              if (len3 > 1) {
                                let data8 = data6[1];
                                const _errs18 = errors;
                                if (errors === _errs18) {
                                  if (typeof data8 === 'string') {
                                    if (!pattern0.test(data8)) {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/asks/' + i1 + '/1',
                                          schemaPath: '#/properties/asks/items/items/1/pattern',
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
                                        instancePath: instancePath + '/asks/' + i1 + '/1',
                                        schemaPath: '#/properties/asks/items/items/1/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid4 = _errs18 === errors;
                              }
                            }
                          }
                        }
                      } else {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/asks/' + i1,
                            schemaPath: '#/properties/asks/items/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid3 = _errs14 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                } else {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/asks',
                      schemaPath: '#/properties/asks/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs12 === errors;
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
