// Generated from spec/channels/ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/channels/ticker.json',
  $comment:
    'Generated from spec/channels/ticker.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Individual Symbol Ticker Streams (<symbol>@ticker)',
  description:
    '24hr rolling window ticker statistics for a single symbol. These are not the statistics of the UTC day, but a 24hr rolling window for the previous 24hrs.',
  type: 'object',
  required: [
    'e',
    'E',
    's',
    'p',
    'P',
    'w',
    'x',
    'c',
    'Q',
    'b',
    'B',
    'a',
    'A',
    'o',
    'h',
    'l',
    'v',
    'q',
    'O',
    'C',
    'F',
    'L',
    'n',
  ],
  properties: {
    e: { description: 'Event type.', type: 'string', const: '24hrTicker' },
    E: { description: 'Event time.', type: 'integer' },
    s: { description: 'Symbol.', type: 'string' },
    p: { description: 'Price change.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    P: { description: 'Price change percent.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    w: {
      description: 'Weighted average price.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    x: {
      description: 'First trade(F)-1 price (first trade before the 24hr rolling window).',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    c: { description: 'Last price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    Q: { description: 'Last quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    b: { description: 'Best bid price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    B: { description: 'Best bid quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    a: { description: 'Best ask price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    A: { description: 'Best ask quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    o: { description: 'Open price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    h: { description: 'High price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    l: { description: 'Low price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
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
  /*# sourceURL="https://binance-rx.dev/schemas/channels/ticker.json" */ let vErrors = null;
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
        (data.w === undefined && (missing0 = 'w')) ||
        (data.x === undefined && (missing0 = 'x')) ||
        (data.c === undefined && (missing0 = 'c')) ||
        (data.Q === undefined && (missing0 = 'Q')) ||
        (data.b === undefined && (missing0 = 'b')) ||
        (data.B === undefined && (missing0 = 'B')) ||
        (data.a === undefined && (missing0 = 'a')) ||
        (data.A === undefined && (missing0 = 'A')) ||
        (data.o === undefined && (missing0 = 'o')) ||
        (data.h === undefined && (missing0 = 'h')) ||
        (data.l === undefined && (missing0 = 'l')) ||
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
          if ('24hrTicker' !== data0) {
            validate10.errors = [
              {
                instancePath: instancePath + '/e',
                schemaPath: '#/properties/e/const',
                keyword: 'const',
                params: { allowedValue: '24hrTicker' },
                message: 'must be equal to constant',
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
                  if (data.w !== undefined) {
                    let data5 = data.w;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (typeof data5 === 'string') {
                        if (!pattern0.test(data5)) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/w',
                              schemaPath: '#/properties/w/pattern',
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
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.x !== undefined) {
                      let data6 = data.x;
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (typeof data6 === 'string') {
                          if (!pattern0.test(data6)) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/x',
                                schemaPath: '#/properties/x/pattern',
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
                              instancePath: instancePath + '/x',
                              schemaPath: '#/properties/x/type',
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
                      if (data.c !== undefined) {
                        let data7 = data.c;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (typeof data7 === 'string') {
                            if (!pattern0.test(data7)) {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/c',
                                  schemaPath: '#/properties/c/pattern',
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
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.Q !== undefined) {
                          let data8 = data.Q;
                          const _errs18 = errors;
                          if (errors === _errs18) {
                            if (typeof data8 === 'string') {
                              if (!pattern0.test(data8)) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/Q',
                                    schemaPath: '#/properties/Q/pattern',
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
                                  instancePath: instancePath + '/Q',
                                  schemaPath: '#/properties/Q/type',
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
                          if (data.b !== undefined) {
                            let data9 = data.b;
                            const _errs20 = errors;
                            if (errors === _errs20) {
                              if (typeof data9 === 'string') {
                                if (!pattern0.test(data9)) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/b',
                                      schemaPath: '#/properties/b/pattern',
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
                                    instancePath: instancePath + '/b',
                                    schemaPath: '#/properties/b/type',
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
                            if (data.B !== undefined) {
                              let data10 = data.B;
                              const _errs22 = errors;
                              if (errors === _errs22) {
                                if (typeof data10 === 'string') {
                                  if (!pattern0.test(data10)) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/B',
                                        schemaPath: '#/properties/B/pattern',
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
                                      instancePath: instancePath + '/B',
                                      schemaPath: '#/properties/B/type',
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
                              if (data.a !== undefined) {
                                let data11 = data.a;
                                const _errs24 = errors;
                                if (errors === _errs24) {
                                  if (typeof data11 === 'string') {
                                    if (!pattern0.test(data11)) {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/a',
                                          schemaPath: '#/properties/a/pattern',
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
                                        instancePath: instancePath + '/a',
                                        schemaPath: '#/properties/a/type',
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
                                if (data.A !== undefined) {
                                  let data12 = data.A;
                                  const _errs26 = errors;
                                  if (errors === _errs26) {
                                    if (typeof data12 === 'string') {
                                      if (!pattern0.test(data12)) {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/A',
                                            schemaPath: '#/properties/A/pattern',
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
                                          instancePath: instancePath + '/A',
                                          schemaPath: '#/properties/A/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs26 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.o !== undefined) {
                                    let data13 = data.o;
                                    const _errs28 = errors;
                                    if (errors === _errs28) {
                                      if (typeof data13 === 'string') {
                                        if (!pattern0.test(data13)) {
                                          validate10.errors = [
                                            {
                                              instancePath: instancePath + '/o',
                                              schemaPath: '#/properties/o/pattern',
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
                                    var valid0 = _errs28 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.h !== undefined) {
                                      let data14 = data.h;
                                      const _errs30 = errors;
                                      if (errors === _errs30) {
                                        if (typeof data14 === 'string') {
                                          if (!pattern0.test(data14)) {
                                            validate10.errors = [
                                              {
                                                instancePath: instancePath + '/h',
                                                schemaPath: '#/properties/h/pattern',
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
                                      var valid0 = _errs30 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.l !== undefined) {
                                        let data15 = data.l;
                                        const _errs32 = errors;
                                        if (errors === _errs32) {
                                          if (typeof data15 === 'string') {
                                            if (!pattern0.test(data15)) {
                                              validate10.errors = [
                                                {
                                                  instancePath: instancePath + '/l',
                                                  schemaPath: '#/properties/l/pattern',
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
                                        var valid0 = _errs32 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.v !== undefined) {
                                          let data16 = data.v;
                                          const _errs34 = errors;
                                          if (errors === _errs34) {
                                            if (typeof data16 === 'string') {
                                              if (!pattern0.test(data16)) {
                                                validate10.errors = [
                                                  {
                                                    instancePath: instancePath + '/v',
                                                    schemaPath: '#/properties/v/pattern',
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
                                          var valid0 = _errs34 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.q !== undefined) {
                                            let data17 = data.q;
                                            const _errs36 = errors;
                                            if (errors === _errs36) {
                                              if (typeof data17 === 'string') {
                                                if (!pattern0.test(data17)) {
                                                  validate10.errors = [
                                                    {
                                                      instancePath: instancePath + '/q',
                                                      schemaPath: '#/properties/q/pattern',
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
                                            var valid0 = _errs36 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.O !== undefined) {
                                              let data18 = data.O;
                                              const _errs38 = errors;
                                              if (!(
                                                typeof data18 == 'number' &&
                                                !(data18 % 1) &&
                                                !isNaN(data18) &&
                                                isFinite(data18)
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
                                              var valid0 = _errs38 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.C !== undefined) {
                                                let data19 = data.C;
                                                const _errs40 = errors;
                                                if (!(
                                                  typeof data19 == 'number' &&
                                                  !(data19 % 1) &&
                                                  !isNaN(data19) &&
                                                  isFinite(data19)
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
                                                var valid0 = _errs40 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data.F !== undefined) {
                                                  let data20 = data.F;
                                                  const _errs42 = errors;
                                                  if (!(
                                                    typeof data20 == 'number' &&
                                                    !(data20 % 1) &&
                                                    !isNaN(data20) &&
                                                    isFinite(data20)
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
                                                  var valid0 = _errs42 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                                if (valid0) {
                                                  if (data.L !== undefined) {
                                                    let data21 = data.L;
                                                    const _errs44 = errors;
                                                    if (!(
                                                      typeof data21 == 'number' &&
                                                      !(data21 % 1) &&
                                                      !isNaN(data21) &&
                                                      isFinite(data21)
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
                                                    var valid0 = _errs44 === errors;
                                                  } else {
                                                    var valid0 = true;
                                                  }
                                                  if (valid0) {
                                                    if (data.n !== undefined) {
                                                      let data22 = data.n;
                                                      const _errs46 = errors;
                                                      if (!(
                                                        typeof data22 == 'number' &&
                                                        !(data22 % 1) &&
                                                        !isNaN(data22) &&
                                                        isFinite(data22)
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
                                                      var valid0 = _errs46 === errors;
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
