// Generated from spec/channels/all-mini-tickers.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/channels/all-mini-tickers.json',
  $comment:
    'Generated from spec/channels/all-mini-tickers.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'All Market Mini Tickers Stream (!miniTicker@arr)',
  description:
    '24hr rolling window mini-ticker statistics for all symbols, as an array of miniTicker payloads. Only the symbols whose ticker changed are in the array.',
  type: 'array',
  items: {
    type: 'object',
    required: ['e', 'E', 's', 'c', 'o', 'h', 'l', 'v', 'q'],
    properties: {
      e: { description: 'Event type.', type: 'string', const: '24hrMiniTicker' },
      E: { description: 'Event time.', type: 'integer' },
      s: { description: 'Symbol.', type: 'string' },
      c: { description: 'Close price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
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
    },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/channels/all-mini-tickers.json" */ let vErrors =
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
              (data0.c === undefined && (missing0 = 'c')) ||
              (data0.o === undefined && (missing0 = 'o')) ||
              (data0.h === undefined && (missing0 = 'h')) ||
              (data0.l === undefined && (missing0 = 'l')) ||
              (data0.v === undefined && (missing0 = 'v')) ||
              (data0.q === undefined && (missing0 = 'q'))
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
                if ('24hrMiniTicker' !== data1) {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/' + i0 + '/e',
                      schemaPath: '#/items/properties/e/const',
                      keyword: 'const',
                      params: { allowedValue: '24hrMiniTicker' },
                      message: 'must be equal to constant',
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
                    if (data0.c !== undefined) {
                      let data4 = data0.c;
                      const _errs10 = errors;
                      if (errors === _errs10) {
                        if (typeof data4 === 'string') {
                          if (!pattern0.test(data4)) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/' + i0 + '/c',
                                schemaPath: '#/items/properties/c/pattern',
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
                      var valid1 = _errs10 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.o !== undefined) {
                        let data5 = data0.o;
                        const _errs12 = errors;
                        if (errors === _errs12) {
                          if (typeof data5 === 'string') {
                            if (!pattern0.test(data5)) {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/' + i0 + '/o',
                                  schemaPath: '#/items/properties/o/pattern',
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
                        var valid1 = _errs12 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data0.h !== undefined) {
                          let data6 = data0.h;
                          const _errs14 = errors;
                          if (errors === _errs14) {
                            if (typeof data6 === 'string') {
                              if (!pattern0.test(data6)) {
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
                          var valid1 = _errs14 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data0.l !== undefined) {
                            let data7 = data0.l;
                            const _errs16 = errors;
                            if (errors === _errs16) {
                              if (typeof data7 === 'string') {
                                if (!pattern0.test(data7)) {
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
                            var valid1 = _errs16 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data0.v !== undefined) {
                              let data8 = data0.v;
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (typeof data8 === 'string') {
                                  if (!pattern0.test(data8)) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/' + i0 + '/v',
                                        schemaPath: '#/items/properties/v/pattern',
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
                              var valid1 = _errs18 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data0.q !== undefined) {
                                let data9 = data0.q;
                                const _errs20 = errors;
                                if (errors === _errs20) {
                                  if (typeof data9 === 'string') {
                                    if (!pattern0.test(data9)) {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/' + i0 + '/q',
                                          schemaPath: '#/items/properties/q/pattern',
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
                                var valid1 = _errs20 === errors;
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
