// Generated from spec/channels/kline.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/channels/kline.json',
  $comment:
    'Generated from spec/channels/kline.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Kline/Candlestick Streams for UTC (<symbol>@kline_<interval><timezone>)',
  description:
    'Updates to the current kline (candlestick) of a single symbol and interval. Klines open and close in UTC; with timezone \'+08:00\' they open and close in UTC+8 instead (doc heading "Kline/Candlestick Streams with timezone offset"), while every timestamp stays a UTC epoch time.',
  type: 'object',
  required: ['e', 'E', 's', 'k'],
  properties: {
    e: { description: 'Event type.', type: 'string', const: 'kline' },
    E: { description: 'Event time.', type: 'integer' },
    s: { description: 'Symbol.', type: 'string' },
    k: {
      description: 'The kline.',
      type: 'object',
      required: [
        't',
        'T',
        's',
        'i',
        'f',
        'L',
        'o',
        'c',
        'h',
        'l',
        'v',
        'n',
        'x',
        'q',
        'V',
        'Q',
        'B',
      ],
      properties: {
        t: { description: 'Kline start time.', type: 'integer' },
        T: { description: 'Kline close time.', type: 'integer' },
        s: { description: 'Symbol.', type: 'string' },
        i: { description: 'Kline interval.', type: 'string' },
        f: { description: 'First trade ID.', type: 'integer' },
        L: { description: 'Last trade ID.', type: 'integer' },
        o: { description: 'Open price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        c: { description: 'Close price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        h: { description: 'High price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        l: { description: 'Low price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        v: { description: 'Base asset volume.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        n: { description: 'Number of trades.', type: 'integer' },
        x: { description: 'Whether this kline is closed.', type: 'boolean' },
        q: {
          description: 'Quote asset volume.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        V: {
          description: 'Taker buy base asset volume.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        Q: {
          description: 'Taker buy quote asset volume.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        B: { description: 'Ignore (documented as unused).', type: 'string' },
      },
    },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/channels/kline.json" */ let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.e === undefined && (missing0 = 'e')) ||
        (data.E === undefined && (missing0 = 'E')) ||
        (data.s === undefined && (missing0 = 's')) ||
        (data.k === undefined && (missing0 = 'k'))
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
          if ('kline' !== data0) {
            validate10.errors = [
              {
                instancePath: instancePath + '/e',
                schemaPath: '#/properties/e/const',
                keyword: 'const',
                params: { allowedValue: 'kline' },
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
              if (data.k !== undefined) {
                let data3 = data.k;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                    let missing1;
                    if (
                      (data3.t === undefined && (missing1 = 't')) ||
                      (data3.T === undefined && (missing1 = 'T')) ||
                      (data3.s === undefined && (missing1 = 's')) ||
                      (data3.i === undefined && (missing1 = 'i')) ||
                      (data3.f === undefined && (missing1 = 'f')) ||
                      (data3.L === undefined && (missing1 = 'L')) ||
                      (data3.o === undefined && (missing1 = 'o')) ||
                      (data3.c === undefined && (missing1 = 'c')) ||
                      (data3.h === undefined && (missing1 = 'h')) ||
                      (data3.l === undefined && (missing1 = 'l')) ||
                      (data3.v === undefined && (missing1 = 'v')) ||
                      (data3.n === undefined && (missing1 = 'n')) ||
                      (data3.x === undefined && (missing1 = 'x')) ||
                      (data3.q === undefined && (missing1 = 'q')) ||
                      (data3.V === undefined && (missing1 = 'V')) ||
                      (data3.Q === undefined && (missing1 = 'Q')) ||
                      (data3.B === undefined && (missing1 = 'B'))
                    ) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/k',
                          schemaPath: '#/properties/k/required',
                          keyword: 'required',
                          params: { missingProperty: missing1 },
                          message: "must have required property '" + missing1 + "'",
                        },
                      ];
                      return false;
                    } else {
                      if (data3.t !== undefined) {
                        let data4 = data3.t;
                        const _errs10 = errors;
                        if (!(
                          typeof data4 == 'number' &&
                          !(data4 % 1) &&
                          !isNaN(data4) &&
                          isFinite(data4)
                        )) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/k/t',
                              schemaPath: '#/properties/k/properties/t/type',
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
                        if (data3.T !== undefined) {
                          let data5 = data3.T;
                          const _errs12 = errors;
                          if (!(
                            typeof data5 == 'number' &&
                            !(data5 % 1) &&
                            !isNaN(data5) &&
                            isFinite(data5)
                          )) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/k/T',
                                schemaPath: '#/properties/k/properties/T/type',
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
                          if (data3.s !== undefined) {
                            const _errs14 = errors;
                            if (typeof data3.s !== 'string') {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/k/s',
                                  schemaPath: '#/properties/k/properties/s/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                            var valid1 = _errs14 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data3.i !== undefined) {
                              const _errs16 = errors;
                              if (typeof data3.i !== 'string') {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/k/i',
                                    schemaPath: '#/properties/k/properties/i/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                              var valid1 = _errs16 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data3.f !== undefined) {
                                let data8 = data3.f;
                                const _errs18 = errors;
                                if (!(
                                  typeof data8 == 'number' &&
                                  !(data8 % 1) &&
                                  !isNaN(data8) &&
                                  isFinite(data8)
                                )) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/k/f',
                                      schemaPath: '#/properties/k/properties/f/type',
                                      keyword: 'type',
                                      params: { type: 'integer' },
                                      message: 'must be integer',
                                    },
                                  ];
                                  return false;
                                }
                                var valid1 = _errs18 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data3.L !== undefined) {
                                  let data9 = data3.L;
                                  const _errs20 = errors;
                                  if (!(
                                    typeof data9 == 'number' &&
                                    !(data9 % 1) &&
                                    !isNaN(data9) &&
                                    isFinite(data9)
                                  )) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/k/L',
                                        schemaPath: '#/properties/k/properties/L/type',
                                        keyword: 'type',
                                        params: { type: 'integer' },
                                        message: 'must be integer',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid1 = _errs20 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data3.o !== undefined) {
                                    let data10 = data3.o;
                                    const _errs22 = errors;
                                    if (errors === _errs22) {
                                      if (typeof data10 === 'string') {
                                        if (!pattern0.test(data10)) {
                                          validate10.errors = [
                                            {
                                              instancePath: instancePath + '/k/o',
                                              schemaPath: '#/properties/k/properties/o/pattern',
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
                                            instancePath: instancePath + '/k/o',
                                            schemaPath: '#/properties/k/properties/o/type',
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
                                    if (data3.c !== undefined) {
                                      let data11 = data3.c;
                                      const _errs24 = errors;
                                      if (errors === _errs24) {
                                        if (typeof data11 === 'string') {
                                          if (!pattern0.test(data11)) {
                                            validate10.errors = [
                                              {
                                                instancePath: instancePath + '/k/c',
                                                schemaPath: '#/properties/k/properties/c/pattern',
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
                                              instancePath: instancePath + '/k/c',
                                              schemaPath: '#/properties/k/properties/c/type',
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
                                      if (data3.h !== undefined) {
                                        let data12 = data3.h;
                                        const _errs26 = errors;
                                        if (errors === _errs26) {
                                          if (typeof data12 === 'string') {
                                            if (!pattern0.test(data12)) {
                                              validate10.errors = [
                                                {
                                                  instancePath: instancePath + '/k/h',
                                                  schemaPath: '#/properties/k/properties/h/pattern',
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
                                                instancePath: instancePath + '/k/h',
                                                schemaPath: '#/properties/k/properties/h/type',
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
                                        if (data3.l !== undefined) {
                                          let data13 = data3.l;
                                          const _errs28 = errors;
                                          if (errors === _errs28) {
                                            if (typeof data13 === 'string') {
                                              if (!pattern0.test(data13)) {
                                                validate10.errors = [
                                                  {
                                                    instancePath: instancePath + '/k/l',
                                                    schemaPath:
                                                      '#/properties/k/properties/l/pattern',
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
                                                  instancePath: instancePath + '/k/l',
                                                  schemaPath: '#/properties/k/properties/l/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                },
                                              ];
                                              return false;
                                            }
                                          }
                                          var valid1 = _errs28 === errors;
                                        } else {
                                          var valid1 = true;
                                        }
                                        if (valid1) {
                                          if (data3.v !== undefined) {
                                            let data14 = data3.v;
                                            const _errs30 = errors;
                                            if (errors === _errs30) {
                                              if (typeof data14 === 'string') {
                                                if (!pattern0.test(data14)) {
                                                  validate10.errors = [
                                                    {
                                                      instancePath: instancePath + '/k/v',
                                                      schemaPath:
                                                        '#/properties/k/properties/v/pattern',
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
                                                    instancePath: instancePath + '/k/v',
                                                    schemaPath: '#/properties/k/properties/v/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                  },
                                                ];
                                                return false;
                                              }
                                            }
                                            var valid1 = _errs30 === errors;
                                          } else {
                                            var valid1 = true;
                                          }
                                          if (valid1) {
                                            if (data3.n !== undefined) {
                                              let data15 = data3.n;
                                              const _errs32 = errors;
                                              if (!(
                                                typeof data15 == 'number' &&
                                                !(data15 % 1) &&
                                                !isNaN(data15) &&
                                                isFinite(data15)
                                              )) {
                                                validate10.errors = [
                                                  {
                                                    instancePath: instancePath + '/k/n',
                                                    schemaPath: '#/properties/k/properties/n/type',
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
                                              if (data3.x !== undefined) {
                                                const _errs34 = errors;
                                                if (typeof data3.x !== 'boolean') {
                                                  validate10.errors = [
                                                    {
                                                      instancePath: instancePath + '/k/x',
                                                      schemaPath:
                                                        '#/properties/k/properties/x/type',
                                                      keyword: 'type',
                                                      params: { type: 'boolean' },
                                                      message: 'must be boolean',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid1 = _errs34 === errors;
                                              } else {
                                                var valid1 = true;
                                              }
                                              if (valid1) {
                                                if (data3.q !== undefined) {
                                                  let data17 = data3.q;
                                                  const _errs36 = errors;
                                                  if (errors === _errs36) {
                                                    if (typeof data17 === 'string') {
                                                      if (!pattern0.test(data17)) {
                                                        validate10.errors = [
                                                          {
                                                            instancePath: instancePath + '/k/q',
                                                            schemaPath:
                                                              '#/properties/k/properties/q/pattern',
                                                            keyword: 'pattern',
                                                            params: {
                                                              pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                                                            },
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
                                                          instancePath: instancePath + '/k/q',
                                                          schemaPath:
                                                            '#/properties/k/properties/q/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                  }
                                                  var valid1 = _errs36 === errors;
                                                } else {
                                                  var valid1 = true;
                                                }
                                                if (valid1) {
                                                  if (data3.V !== undefined) {
                                                    let data18 = data3.V;
                                                    const _errs38 = errors;
                                                    if (errors === _errs38) {
                                                      if (typeof data18 === 'string') {
                                                        if (!pattern0.test(data18)) {
                                                          validate10.errors = [
                                                            {
                                                              instancePath: instancePath + '/k/V',
                                                              schemaPath:
                                                                '#/properties/k/properties/V/pattern',
                                                              keyword: 'pattern',
                                                              params: {
                                                                pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                                                              },
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
                                                            instancePath: instancePath + '/k/V',
                                                            schemaPath:
                                                              '#/properties/k/properties/V/type',
                                                            keyword: 'type',
                                                            params: { type: 'string' },
                                                            message: 'must be string',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                    }
                                                    var valid1 = _errs38 === errors;
                                                  } else {
                                                    var valid1 = true;
                                                  }
                                                  if (valid1) {
                                                    if (data3.Q !== undefined) {
                                                      let data19 = data3.Q;
                                                      const _errs40 = errors;
                                                      if (errors === _errs40) {
                                                        if (typeof data19 === 'string') {
                                                          if (!pattern0.test(data19)) {
                                                            validate10.errors = [
                                                              {
                                                                instancePath: instancePath + '/k/Q',
                                                                schemaPath:
                                                                  '#/properties/k/properties/Q/pattern',
                                                                keyword: 'pattern',
                                                                params: {
                                                                  pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                                                                },
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
                                                              instancePath: instancePath + '/k/Q',
                                                              schemaPath:
                                                                '#/properties/k/properties/Q/type',
                                                              keyword: 'type',
                                                              params: { type: 'string' },
                                                              message: 'must be string',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                      }
                                                      var valid1 = _errs40 === errors;
                                                    } else {
                                                      var valid1 = true;
                                                    }
                                                    if (valid1) {
                                                      if (data3.B !== undefined) {
                                                        const _errs42 = errors;
                                                        if (typeof data3.B !== 'string') {
                                                          validate10.errors = [
                                                            {
                                                              instancePath: instancePath + '/k/B',
                                                              schemaPath:
                                                                '#/properties/k/properties/B/type',
                                                              keyword: 'type',
                                                              params: { type: 'string' },
                                                              message: 'must be string',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        var valid1 = _errs42 === errors;
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
                        instancePath: instancePath + '/k',
                        schemaPath: '#/properties/k/type',
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
