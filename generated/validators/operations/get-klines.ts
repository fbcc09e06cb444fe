// Generated from spec/operations/get-klines.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-klines.json',
  $comment:
    'Generated from spec/operations/get-klines.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Kline/Candlestick data (GET /api/v3/klines, klines)',
  description:
    "Candlestick bars of a symbol, oldest first; the most recent ones unless a time range is given. Each bar is an array in Binance's fixed order.",
  type: 'array',
  items: {
    description: 'One bar.',
    type: 'array',
    items: [
      { description: 'Open time.', type: 'integer' },
      { description: 'Open price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      { description: 'High price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      { description: 'Low price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      { description: 'Close price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      { description: 'Base asset volume.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      { description: 'Close time.', type: 'integer' },
      { description: 'Quote asset volume.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      { description: 'Number of trades.', type: 'integer' },
      {
        description: 'Taker buy base asset volume.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      {
        description: 'Taker buy quote asset volume.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      { description: 'Unused field; ignore it.', type: 'string' },
    ],
    minItems: 12,
    maxItems: 12,
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-klines.json" */ let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs2 = errors;
        if (errors === _errs2) {
          if (Array.isArray(data0)) {
            if (data0.length > 12) {
              validate10.errors = [
                {
                  instancePath: instancePath + '/' + i0,
                  schemaPath: '#/items/maxItems',
                  keyword: 'maxItems',
                  params: { limit: 12 },
                  message: 'must NOT have more than 12 items',
                },
              ];
              return false;
            } else {
              if (data0.length < 12) {
                validate10.errors = [
                  {
                    instancePath: instancePath + '/' + i0,
                    schemaPath: '#/items/minItems',
                    keyword: 'minItems',
                    params: { limit: 12 },
                    message: 'must NOT have fewer than 12 items',
                  },
                ];
                return false;
              } else {
                const len1 = data0.length;
                if (len1 > 0) {
                  let data1 = data0[0];
                  const _errs4 = errors;
                  if (!(
                    typeof data1 == 'number' &&
                    !(data1 % 1) &&
                    !isNaN(data1) &&
                    isFinite(data1)
                  )) {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/' + i0 + '/0',
                        schemaPath: '#/items/items/0/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer',
                      },
                    ];
                    return false;
                  }
                  var valid1 = _errs4 === errors;
                }
                if (valid1) {
                  if (len1 > 1) {
                    let data2 = data0[1];
                    const _errs6 = errors;
                    if (errors === _errs6) {
                      if (typeof data2 === 'string') {
                        if (!pattern0.test(data2)) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/' + i0 + '/1',
                              schemaPath: '#/items/items/1/pattern',
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
                            instancePath: instancePath + '/' + i0 + '/1',
                            schemaPath: '#/items/items/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid1 = _errs6 === errors;
                  }
                  if (valid1) {
                    if (len1 > 2) {
                      let data3 = data0[2];
                      const _errs8 = errors;
                      if (errors === _errs8) {
                        if (typeof data3 === 'string') {
                          if (!pattern0.test(data3)) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/' + i0 + '/2',
                                schemaPath: '#/items/items/2/pattern',
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
                              instancePath: instancePath + '/' + i0 + '/2',
                              schemaPath: '#/items/items/2/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid1 = _errs8 === errors;
                    }
                    if (valid1) {
                      if (len1 > 3) {
                        let data4 = data0[3];
                        const _errs10 = errors;
                        if (errors === _errs10) {
                          if (typeof data4 === 'string') {
                            if (!pattern0.test(data4)) {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/' + i0 + '/3',
                                  schemaPath: '#/items/items/3/pattern',
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
                                instancePath: instancePath + '/' + i0 + '/3',
                                schemaPath: '#/items/items/3/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid1 = _errs10 === errors;
                      }
                      if (valid1) {
                        if (len1 > 4) {
                          let data5 = data0[4];
                          const _errs12 = errors;
                          if (errors === _errs12) {
                            if (typeof data5 === 'string') {
                              if (!pattern0.test(data5)) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/' + i0 + '/4',
                                    schemaPath: '#/items/items/4/pattern',
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
                                  instancePath: instancePath + '/' + i0 + '/4',
                                  schemaPath: '#/items/items/4/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid1 = _errs12 === errors;
                        }
                        if (valid1) {
                          if (len1 > 5) {
                            let data6 = data0[5];
                            const _errs14 = errors;
                            if (errors === _errs14) {
                              if (typeof data6 === 'string') {
                                if (!pattern0.test(data6)) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/' + i0 + '/5',
                                      schemaPath: '#/items/items/5/pattern',
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
                                    instancePath: instancePath + '/' + i0 + '/5',
                                    schemaPath: '#/items/items/5/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                            }
                            var valid1 = _errs14 === errors;
                          }
                          if (valid1) {
                            if (len1 > 6) {
                              let data7 = data0[6];
                              const _errs16 = errors;
                              if (!(
                                typeof data7 == 'number' &&
                                !(data7 % 1) &&
                                !isNaN(data7) &&
                                isFinite(data7)
                              )) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/' + i0 + '/6',
                                    schemaPath: '#/items/items/6/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer',
                                  },
                                ];
                                return false;
                              }
                              var valid1 = _errs16 === errors;
                            }
                            if (valid1) {
                              if (len1 > 7) {
                                let data8 = data0[7];
                                const _errs18 = errors;
                                if (errors === _errs18) {
                                  if (typeof data8 === 'string') {
                                    if (!pattern0.test(data8)) {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/' + i0 + '/7',
                                          schemaPath: '#/items/items/7/pattern',
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
                                        instancePath: instancePath + '/' + i0 + '/7',
                                        schemaPath: '#/items/items/7/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid1 = _errs18 === errors;
                              }
                              if (valid1) {
                                if (len1 > 8) {
                                  let data9 = data0[8];
                                  const _errs20 = errors;
                                  if (!(
                                    typeof data9 == 'number' &&
                                    !(data9 % 1) &&
                                    !isNaN(data9) &&
                                    isFinite(data9)
                                  )) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/' + i0 + '/8',
                                        schemaPath: '#/items/items/8/type',
                                        keyword: 'type',
                                        params: { type: 'integer' },
                                        message: 'must be integer',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid1 = _errs20 === errors;
                                }
                                if (valid1) {
                                  if (len1 > 9) {
                                    let data10 = data0[9];
                                    const _errs22 = errors;
                                    if (errors === _errs22) {
                                      if (typeof data10 === 'string') {
                                        if (!pattern0.test(data10)) {
                                          validate10.errors = [
                                            {
                                              instancePath: instancePath + '/' + i0 + '/9',
                                              schemaPath: '#/items/items/9/pattern',
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
                                            instancePath: instancePath + '/' + i0 + '/9',
                                            schemaPath: '#/items/items/9/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid1 = _errs22 === errors;
                                  }
                                  if (valid1) {
                                    if (len1 > 10) {
                                      let data11 = data0[10];
                                      const _errs24 = errors;
                                      if (errors === _errs24) {
                                        if (typeof data11 === 'string') {
                                          if (!pattern0.test(data11)) {
                                            validate10.errors = [
                                              {
                                                instancePath: instancePath + '/' + i0 + '/10',
                                                schemaPath: '#/items/items/10/pattern',
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
                                              instancePath: instancePath + '/' + i0 + '/10',
                                              schemaPath: '#/items/items/10/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                      var valid1 = _errs24 === errors;
                                    }
                                    if (valid1) {
                                      if (len1 > 11) {
                                        const _errs26 = errors;
                                        if (typeof data0[11] !== 'string') {
                                          validate10.errors = [
                                            {
                                              instancePath: instancePath + '/' + i0 + '/11',
                                              schemaPath: '#/items/items/11/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid1 = _errs26 === errors;
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
                params: { type: 'array' },
                message: 'must be array',
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
