// Generated from spec/channels/rolling-window-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/channels/rolling-window-ticker.json',
  $comment:
    'Generated from spec/channels/rolling-window-ticker.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Individual Symbol Rolling Window Statistics Streams (<symbol>@ticker_<window>)',
  description:
    'Ticker statistics of a single symbol over a 1h, 4h or 1d rolling window; not the same payload as the 24hr ticker stream. The open time `O` always falls on a minute and the close time `C` is the time of the update, so the effective window can be up to 59999 ms wider than the window size.',
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
    P: { description: 'Price change percent.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
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
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/channels/rolling-window-ticker.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.e === undefined && (missing0 = 'e')) ||
        (data.E === undefined && (missing0 = 'E')) ||
        (data.s === undefined && (missing0 = 's')) ||
        (data.p === undefined && (missing0 = 'p')) ||
        (data.P === undefined && (missing0 = 'P')) ||
        (data.o === undefined && (missing0 = 'o')) ||
        (data.h === undefined && (missing0 = 'h')) ||
        (data.l === undefined && (missing0 = 'l')) ||
        (data.c === undefined && (missing0 = 'c')) ||
        (data.w === undefined && (missing0 = 'w')) ||
        (data.v === undefined && (missing0 = 'v')) ||
        (data.q === undefined && (missing0 = 'q')) ||
        (data.O === undefined && (missing0 = 'O')) ||
        (data.C === undefined && (missing0 = 'C')) ||
        (data.F === undefined && (missing0 = 'F')) ||
        (data.L === undefined && (missing0 = 'L')) ||
        (data.n === undefined && (missing0 = 'n'))
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
        if (data.e !== undefined) {
          let data0 = data.e;
          const _errs2 = errors;
          if (typeof data0 !== 'string') {
            validate10.errors = [
              {
                instancePath: instancePath + '/e',
                schemaPath: '#/properties/e/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          if (!(data0 === '1hTicker' || data0 === '4hTicker' || data0 === '1dTicker')) {
            validate10.errors = [
              {
                instancePath: instancePath + '/e',
                schemaPath: '#/properties/e/enum',
                keyword: 'enum',
                params: { allowedValues: schema11.properties.e.enum },
                message: 'must be equal to one of the allowed values',
              },
            ];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.E !== undefined) {
            let data1 = data.E;
            const _errs4 = errors;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
              validate10.errors = [
                {
                  instancePath: instancePath + '/E',
                  schemaPath: '#/properties/E/type',
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
            if (data.s !== undefined) {
              const _errs6 = errors;
              if (typeof data.s !== 'string') {
                validate10.errors = [
                  {
                    instancePath: instancePath + '/s',
                    schemaPath: '#/properties/s/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.p !== undefined) {
                let data3 = data.p;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (typeof data3 === 'string') {
                    if (!pattern0.test(data3)) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/p',
                          schemaPath: '#/properties/p/pattern',
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
                        instancePath: instancePath + '/p',
                        schemaPath: '#/properties/p/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
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
                if (data.P !== undefined) {
                  let data4 = data.P;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (typeof data4 === 'string') {
                      if (!pattern0.test(data4)) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/P',
                            schemaPath: '#/properties/P/pattern',
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
                          instancePath: instancePath + '/P',
                          schemaPath: '#/properties/P/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
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
                  if (data.o !== undefined) {
                    let data5 = data.o;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (typeof data5 === 'string') {
                        if (!pattern0.test(data5)) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/o',
                              schemaPath: '#/properties/o/pattern',
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
                            instancePath: instancePath + '/o',
                            schemaPath: '#/properties/o/type',
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
                    if (data.h !== undefined) {
                      let data6 = data.h;
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (typeof data6 === 'string') {
                          if (!pattern0.test(data6)) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/h',
                                schemaPath: '#/properties/h/pattern',
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
                              instancePath: instancePath + '/h',
                              schemaPath: '#/properties/h/type',
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
                      if (data.l !== undefined) {
                        let data7 = data.l;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (typeof data7 === 'string') {
                            if (!pattern0.test(data7)) {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/l',
                                  schemaPath: '#/properties/l/pattern',
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
                                instancePath: instancePath + '/l',
                                schemaPath: '#/properties/l/type',
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
                        if (data.c !== undefined) {
                          let data8 = data.c;
                          const _errs18 = errors;
                          if (errors === _errs18) {
                            if (typeof data8 === 'string') {
                              if (!pattern0.test(data8)) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/c',
                                    schemaPath: '#/properties/c/pattern',
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
                                  instancePath: instancePath + '/c',
                                  schemaPath: '#/properties/c/type',
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
                          if (data.w !== undefined) {
                            let data9 = data.w;
                            const _errs20 = errors;
                            if (errors === _errs20) {
                              if (typeof data9 === 'string') {
                                if (!pattern0.test(data9)) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/w',
                                      schemaPath: '#/properties/w/pattern',
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
                                    instancePath: instancePath + '/w',
                                    schemaPath: '#/properties/w/type',
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
                            if (data.v !== undefined) {
                              let data10 = data.v;
                              const _errs22 = errors;
                              if (errors === _errs22) {
                                if (typeof data10 === 'string') {
                                  if (!pattern0.test(data10)) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/v',
                                        schemaPath: '#/properties/v/pattern',
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
                                      instancePath: instancePath + '/v',
                                      schemaPath: '#/properties/v/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid0 = _errs22 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.q !== undefined) {
                                let data11 = data.q;
                                const _errs24 = errors;
                                if (errors === _errs24) {
                                  if (typeof data11 === 'string') {
                                    if (!pattern0.test(data11)) {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/q',
                                          schemaPath: '#/properties/q/pattern',
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
                                        instancePath: instancePath + '/q',
                                        schemaPath: '#/properties/q/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
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
                                if (data.O !== undefined) {
                                  let data12 = data.O;
                                  const _errs26 = errors;
                                  if (!(
                                    typeof data12 == 'number' &&
                                    !(data12 % 1) &&
                                    !isNaN(data12) &&
                                    isFinite(data12)
                                  )) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/O',
                                        schemaPath: '#/properties/O/type',
                                        keyword: 'type',
                                        params: { type: 'integer' },
                                        message: 'must be integer',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid0 = _errs26 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.C !== undefined) {
                                    let data13 = data.C;
                                    const _errs28 = errors;
                                    if (!(
                                      typeof data13 == 'number' &&
                                      !(data13 % 1) &&
                                      !isNaN(data13) &&
                                      isFinite(data13)
                                    )) {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/C',
                                          schemaPath: '#/properties/C/type',
                                          keyword: 'type',
                                          params: { type: 'integer' },
                                          message: 'must be integer',
                                        },
                                      ];
                                      return false;
                                    }
                                    var valid0 = _errs28 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.F !== undefined) {
                                      let data14 = data.F;
                                      const _errs30 = errors;
                                      if (!(
                                        typeof data14 == 'number' &&
                                        !(data14 % 1) &&
                                        !isNaN(data14) &&
                                        isFinite(data14)
                                      )) {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/F',
                                            schemaPath: '#/properties/F/type',
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
                                      if (data.L !== undefined) {
                                        let data15 = data.L;
                                        const _errs32 = errors;
                                        if (!(
                                          typeof data15 == 'number' &&
                                          !(data15 % 1) &&
                                          !isNaN(data15) &&
                                          isFinite(data15)
                                        )) {
                                          validate10.errors = [
                                            {
                                              instancePath: instancePath + '/L',
                                              schemaPath: '#/properties/L/type',
                                              keyword: 'type',
                                              params: { type: 'integer' },
                                              message: 'must be integer',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid0 = _errs32 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.n !== undefined) {
                                          let data16 = data.n;
                                          const _errs34 = errors;
                                          if (!(
                                            typeof data16 == 'number' &&
                                            !(data16 % 1) &&
                                            !isNaN(data16) &&
                                            isFinite(data16)
                                          )) {
                                            validate10.errors = [
                                              {
                                                instancePath: instancePath + '/n',
                                                schemaPath: '#/properties/n/type',
                                                keyword: 'type',
                                                params: { type: 'integer' },
                                                message: 'must be integer',
                                              },
                                            ];
                                            return false;
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
