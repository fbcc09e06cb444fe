// Generated from spec/channels/all-rolling-window-tickers.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/channels/all-rolling-window-tickers.json',
  $comment:
    'Generated from spec/channels/all-rolling-window-tickers.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'All Market Rolling Window Statistics Streams (!ticker_<window>@arr)',
  description:
    'Rolling window ticker statistics (1h, 4h or 1d) for all symbols, as an array of rollingWindowTicker payloads. Only the symbols whose ticker changed are in the array.',
  type: 'array',
  items: {
    type: 'object',
    required: ['e', 'E', 's', 'p', 'P', 'o', 'h', 'l', 'c', 'w', 'v', 'q', 'O', 'C', 'F', 'L', 'n'],
    properties: {
      e: {
        description: 'Event type: 1hTicker, 4hTicker or 1dTicker, after the window size.',
        type: 'string',
        enum: ['1hTicker', '4hTicker', '1dTicker'],
      },
      E: { description: 'Event time.', type: 'integer' },
      s: { description: 'Symbol.', type: 'string' },
      p: { description: 'Price change.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      P: {
        description: 'Price change percent.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      o: { description: 'Open price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      h: { description: 'High price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      l: { description: 'Low price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      c: { description: 'Last price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      w: {
        description: 'Weighted average price.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      v: {
        description: 'Total traded base asset volume.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      q: {
        description: 'Total traded quote asset volume.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      O: { description: 'Statistics open time.', type: 'integer' },
      C: { description: 'Statistics close time.', type: 'integer' },
      F: { description: 'First trade ID.', type: 'integer' },
      L: { description: 'Last trade ID.', type: 'integer' },
      n: { description: 'Total number of trades.', type: 'integer' },
    },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/channels/all-rolling-window-tickers.json" */ let vErrors =
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
              (data0.e === undefined && (missing0 = 'e')) ||
              (data0.E === undefined && (missing0 = 'E')) ||
              (data0.s === undefined && (missing0 = 's')) ||
              (data0.p === undefined && (missing0 = 'p')) ||
              (data0.P === undefined && (missing0 = 'P')) ||
              (data0.o === undefined && (missing0 = 'o')) ||
              (data0.h === undefined && (missing0 = 'h')) ||
              (data0.l === undefined && (missing0 = 'l')) ||
              (data0.c === undefined && (missing0 = 'c')) ||
              (data0.w === undefined && (missing0 = 'w')) ||
              (data0.v === undefined && (missing0 = 'v')) ||
              (data0.q === undefined && (missing0 = 'q')) ||
              (data0.O === undefined && (missing0 = 'O')) ||
              (data0.C === undefined && (missing0 = 'C')) ||
              (data0.F === undefined && (missing0 = 'F')) ||
              (data0.L === undefined && (missing0 = 'L')) ||
              (data0.n === undefined && (missing0 = 'n'))
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
              if (data0.e !== undefined) {
                let data1 = data0.e;
                const _errs4 = errors;
                if (typeof data1 !== 'string') {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/' + i0 + '/e',
                      schemaPath: '#/items/properties/e/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
                if (!(data1 === '1hTicker' || data1 === '4hTicker' || data1 === '1dTicker')) {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/' + i0 + '/e',
                      schemaPath: '#/items/properties/e/enum',
                      keyword: 'enum',
                      params: { allowedValues: schema11.items.properties.e.enum },
                      message: 'must be equal to one of the allowed values',
                    },
                  ];
                  return false;
                }
                var valid1 = _errs4 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data0.E !== undefined) {
                  let data2 = data0.E;
                  const _errs6 = errors;
                  if (!(
                    typeof data2 == 'number' &&
                    !(data2 % 1) &&
                    !isNaN(data2) &&
                    isFinite(data2)
                  )) {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/' + i0 + '/E',
                        schemaPath: '#/items/properties/E/type',
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
                  if (data0.s !== undefined) {
                    const _errs8 = errors;
                    if (typeof data0.s !== 'string') {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/' + i0 + '/s',
                          schemaPath: '#/items/properties/s/type',
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
                    if (data0.p !== undefined) {
                      let data4 = data0.p;
                      const _errs10 = errors;
                      if (errors === _errs10) {
                        if (typeof data4 === 'string') {
                          if (!pattern0.test(data4)) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/' + i0 + '/p',
                                schemaPath: '#/items/properties/p/pattern',
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
                              instancePath: instancePath + '/' + i0 + '/p',
                              schemaPath: '#/items/properties/p/type',
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
                      if (data0.P !== undefined) {
                        let data5 = data0.P;
                        const _errs12 = errors;
                        if (errors === _errs12) {
                          if (typeof data5 === 'string') {
                            if (!pattern0.test(data5)) {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/' + i0 + '/P',
                                  schemaPath: '#/items/properties/P/pattern',
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
                                instancePath: instancePath + '/' + i0 + '/P',
                                schemaPath: '#/items/properties/P/type',
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
                      if (valid1) {
                        if (data0.o !== undefined) {
                          let data6 = data0.o;
                          const _errs14 = errors;
                          if (errors === _errs14) {
                            if (typeof data6 === 'string') {
                              if (!pattern0.test(data6)) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/' + i0 + '/o',
                                    schemaPath: '#/items/properties/o/pattern',
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
                                  instancePath: instancePath + '/' + i0 + '/o',
                                  schemaPath: '#/items/properties/o/type',
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
                          if (data0.h !== undefined) {
                            let data7 = data0.h;
                            const _errs16 = errors;
                            if (errors === _errs16) {
                              if (typeof data7 === 'string') {
                                if (!pattern0.test(data7)) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/' + i0 + '/h',
                                      schemaPath: '#/items/properties/h/pattern',
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
                                    instancePath: instancePath + '/' + i0 + '/h',
                                    schemaPath: '#/items/properties/h/type',
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
                            if (data0.l !== undefined) {
                              let data8 = data0.l;
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (typeof data8 === 'string') {
                                  if (!pattern0.test(data8)) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/' + i0 + '/l',
                                        schemaPath: '#/items/properties/l/pattern',
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
                                      instancePath: instancePath + '/' + i0 + '/l',
                                      schemaPath: '#/items/properties/l/type',
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
                              if (data0.c !== undefined) {
                                let data9 = data0.c;
                                const _errs20 = errors;
                                if (errors === _errs20) {
                                  if (typeof data9 === 'string') {
                                    if (!pattern0.test(data9)) {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/' + i0 + '/c',
                                          schemaPath: '#/items/properties/c/pattern',
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
                                        instancePath: instancePath + '/' + i0 + '/c',
                                        schemaPath: '#/items/properties/c/type',
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
                                if (data0.w !== undefined) {
                                  let data10 = data0.w;
                                  const _errs22 = errors;
                                  if (errors === _errs22) {
                                    if (typeof data10 === 'string') {
                                      if (!pattern0.test(data10)) {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/' + i0 + '/w',
                                            schemaPath: '#/items/properties/w/pattern',
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
                                          instancePath: instancePath + '/' + i0 + '/w',
                                          schemaPath: '#/items/properties/w/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid1 = _errs22 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data0.v !== undefined) {
                                    let data11 = data0.v;
                                    const _errs24 = errors;
                                    if (errors === _errs24) {
                                      if (typeof data11 === 'string') {
                                        if (!pattern0.test(data11)) {
                                          validate10.errors = [
                                            {
                                              instancePath: instancePath + '/' + i0 + '/v',
                                              schemaPath: '#/items/properties/v/pattern',
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
                                            instancePath: instancePath + '/' + i0 + '/v',
                                            schemaPath: '#/items/properties/v/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid1 = _errs24 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    if (data0.q !== undefined) {
                                      let data12 = data0.q;
                                      const _errs26 = errors;
                                      if (errors === _errs26) {
                                        if (typeof data12 === 'string') {
                                          if (!pattern0.test(data12)) {
                                            validate10.errors = [
                                              {
                                                instancePath: instancePath + '/' + i0 + '/q',
                                                schemaPath: '#/items/properties/q/pattern',
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
                                              instancePath: instancePath + '/' + i0 + '/q',
                                              schemaPath: '#/items/properties/q/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                      var valid1 = _errs26 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                    if (valid1) {
                                      if (data0.O !== undefined) {
                                        let data13 = data0.O;
                                        const _errs28 = errors;
                                        if (!(
                                          typeof data13 == 'number' &&
                                          !(data13 % 1) &&
                                          !isNaN(data13) &&
                                          isFinite(data13)
                                        )) {
                                          validate10.errors = [
                                            {
                                              instancePath: instancePath + '/' + i0 + '/O',
                                              schemaPath: '#/items/properties/O/type',
                                              keyword: 'type',
                                              params: { type: 'integer' },
                                              message: 'must be integer',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid1 = _errs28 === errors;
                                      } else {
                                        var valid1 = true;
                                      }
                                      if (valid1) {
                                        if (data0.C !== undefined) {
                                          let data14 = data0.C;
                                          const _errs30 = errors;
                                          if (!(
                                            typeof data14 == 'number' &&
                                            !(data14 % 1) &&
                                            !isNaN(data14) &&
                                            isFinite(data14)
                                          )) {
                                            validate10.errors = [
                                              {
                                                instancePath: instancePath + '/' + i0 + '/C',
                                                schemaPath: '#/items/properties/C/type',
                                                keyword: 'type',
                                                params: { type: 'integer' },
                                                message: 'must be integer',
                                              },
                                            ];
                                            return false;
                                          }
                                          var valid1 = _errs30 === errors;
                                        } else {
                                          var valid1 = true;
                                        }
                                        if (valid1) {
                                          if (data0.F !== undefined) {
                                            let data15 = data0.F;
                                            const _errs32 = errors;
                                            if (!(
                                              typeof data15 == 'number' &&
                                              !(data15 % 1) &&
                                              !isNaN(data15) &&
                                              isFinite(data15)
                                            )) {
                                              validate10.errors = [
                                                {
                                                  instancePath: instancePath + '/' + i0 + '/F',
                                                  schemaPath: '#/items/properties/F/type',
                                                  keyword: 'type',
                                                  params: { type: 'integer' },
                                                  message: 'must be integer',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid1 = _errs32 === errors;
                                          } else {
                                            var valid1 = true;
                                          }
                                          if (valid1) {
                                            if (data0.L !== undefined) {
                                              let data16 = data0.L;
                                              const _errs34 = errors;
                                              if (!(
                                                typeof data16 == 'number' &&
                                                !(data16 % 1) &&
                                                !isNaN(data16) &&
                                                isFinite(data16)
                                              )) {
                                                validate10.errors = [
                                                  {
                                                    instancePath: instancePath + '/' + i0 + '/L',
                                                    schemaPath: '#/items/properties/L/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid1 = _errs34 === errors;
                                            } else {
                                              var valid1 = true;
                                            }
                                            if (valid1) {
                                              if (data0.n !== undefined) {
                                                let data17 = data0.n;
                                                const _errs36 = errors;
                                                if (!(
                                                  typeof data17 == 'number' &&
                                                  !(data17 % 1) &&
                                                  !isNaN(data17) &&
                                                  isFinite(data17)
                                                )) {
                                                  validate10.errors = [
                                                    {
                                                      instancePath: instancePath + '/' + i0 + '/n',
                                                      schemaPath: '#/items/properties/n/type',
                                                      keyword: 'type',
                                                      params: { type: 'integer' },
                                                      message: 'must be integer',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid1 = _errs36 === errors;
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
