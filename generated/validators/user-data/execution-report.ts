// Generated from spec/user-data/execution-report.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/user-data/execution-report.json',
  $comment:
    'Generated from spec/user-data/execution-report.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Order Update (user data stream, e = executionReport)',
  description:
    "One change of an order: placed (NEW), traded (TRADE), canceled, replaced by an amend, expired or rejected, with the order's status, what the last execution filled and what it cost.",
  type: 'object',
  required: [
    'e',
    'E',
    's',
    'c',
    'S',
    'o',
    'f',
    'q',
    'p',
    'P',
    'F',
    'g',
    'C',
    'x',
    'X',
    'r',
    'i',
    'l',
    'z',
    'L',
    'n',
    'N',
    'T',
    't',
    'I',
    'w',
    'm',
    'M',
    'O',
    'Z',
    'Y',
    'Q',
    'V',
  ],
  properties: {
    e: { description: 'Event type.', type: 'string', const: 'executionReport' },
    E: { description: 'Event time.', type: 'integer' },
    s: { description: 'Symbol.', type: 'string' },
    c: { description: 'Client order id (of the cancel, for a cancel).', type: 'string' },
    S: { description: 'Side.', type: 'string', enum: ['BUY', 'SELL'] },
    o: { description: 'Order type.', type: 'string' },
    f: { description: 'Time in force.', type: 'string' },
    q: { description: 'Order quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    p: { description: 'Order price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    P: { description: 'Stop price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    F: { description: 'Iceberg quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    g: { description: 'Order list id; -1 unless the order is part of a list.', type: 'integer' },
    C: {
      description: 'Client order id of the order being canceled; empty otherwise.',
      type: 'string',
    },
    x: {
      description:
        'What happened: NEW, CANCELED, REPLACED, REJECTED, TRADE, EXPIRED or TRADE_PREVENTION.',
      type: 'string',
    },
    X: {
      description:
        'Order status after it: NEW, PARTIALLY_FILLED, FILLED, CANCELED, PENDING_CANCEL, REJECTED, EXPIRED, EXPIRED_IN_MATCH.',
      type: 'string',
    },
    r: { description: 'Why the order was rejected; NONE otherwise.', type: 'string' },
    i: { description: 'Order id.', type: 'integer' },
    l: {
      description: 'Quantity of the last execution.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    z: {
      description: 'Quantity filled so far.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    L: {
      description: 'Price of the last execution.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    n: {
      description: 'Commission of the last execution.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    N: {
      description: 'Asset the commission was paid in; null without a trade.',
      anyOf: [{ type: 'string' }, { type: 'null' }],
    },
    T: { description: 'Transaction time.', type: 'integer' },
    t: { description: 'Trade id; -1 without a trade.', type: 'integer' },
    v: {
      description: 'Prevented match id (only when self-trade prevention expired the order).',
      type: 'integer',
    },
    I: { description: 'Execution id.', type: 'integer' },
    w: { description: 'Whether the order is on the book.', type: 'boolean' },
    m: { description: 'Whether this execution was on the maker side.', type: 'boolean' },
    M: { description: 'Ignore.', type: 'boolean' },
    O: { description: 'When the order was created.', type: 'integer' },
    Z: {
      description: 'Quote amount transacted so far (Z / z is the average price).',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    Y: {
      description: 'Quote amount of the last execution.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    Q: { description: 'Quote order quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    W: { description: 'When the order went on the book (only once it has).', type: 'integer' },
    V: { description: 'Self-trade prevention mode.', type: 'string' },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/user-data/execution-report.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.e === undefined && (missing0 = 'e')) ||
        (data.E === undefined && (missing0 = 'E')) ||
        (data.s === undefined && (missing0 = 's')) ||
        (data.c === undefined && (missing0 = 'c')) ||
        (data.S === undefined && (missing0 = 'S')) ||
        (data.o === undefined && (missing0 = 'o')) ||
        (data.f === undefined && (missing0 = 'f')) ||
        (data.q === undefined && (missing0 = 'q')) ||
        (data.p === undefined && (missing0 = 'p')) ||
        (data.P === undefined && (missing0 = 'P')) ||
        (data.F === undefined && (missing0 = 'F')) ||
        (data.g === undefined && (missing0 = 'g')) ||
        (data.C === undefined && (missing0 = 'C')) ||
        (data.x === undefined && (missing0 = 'x')) ||
        (data.X === undefined && (missing0 = 'X')) ||
        (data.r === undefined && (missing0 = 'r')) ||
        (data.i === undefined && (missing0 = 'i')) ||
        (data.l === undefined && (missing0 = 'l')) ||
        (data.z === undefined && (missing0 = 'z')) ||
        (data.L === undefined && (missing0 = 'L')) ||
        (data.n === undefined && (missing0 = 'n')) ||
        (data.N === undefined && (missing0 = 'N')) ||
        (data.T === undefined && (missing0 = 'T')) ||
        (data.t === undefined && (missing0 = 't')) ||
        (data.I === undefined && (missing0 = 'I')) ||
        (data.w === undefined && (missing0 = 'w')) ||
        (data.m === undefined && (missing0 = 'm')) ||
        (data.M === undefined && (missing0 = 'M')) ||
        (data.O === undefined && (missing0 = 'O')) ||
        (data.Z === undefined && (missing0 = 'Z')) ||
        (data.Y === undefined && (missing0 = 'Y')) ||
        (data.Q === undefined && (missing0 = 'Q')) ||
        (data.V === undefined && (missing0 = 'V'))
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
          if ('executionReport' !== data0) {
            validate10.errors = [
              {
                instancePath: instancePath + '/e',
                schemaPath: '#/properties/e/const',
                keyword: 'const',
                params: { allowedValue: 'executionReport' },
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
              if (data.c !== undefined) {
                const _errs8 = errors;
                if (typeof data.c !== 'string') {
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
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.S !== undefined) {
                  let data4 = data.S;
                  const _errs10 = errors;
                  if (typeof data4 !== 'string') {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/S',
                        schemaPath: '#/properties/S/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                  if (!(data4 === 'BUY' || data4 === 'SELL')) {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/S',
                        schemaPath: '#/properties/S/enum',
                        keyword: 'enum',
                        params: { allowedValues: schema11.properties.S.enum },
                        message: 'must be equal to one of the allowed values',
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.o !== undefined) {
                    const _errs12 = errors;
                    if (typeof data.o !== 'string') {
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
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.f !== undefined) {
                      const _errs14 = errors;
                      if (typeof data.f !== 'string') {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/f',
                            schemaPath: '#/properties/f/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.q !== undefined) {
                        let data7 = data.q;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (typeof data7 === 'string') {
                            if (!pattern0.test(data7)) {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/q',
                                  schemaPath: '#/properties/q/pattern',
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
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.p !== undefined) {
                          let data8 = data.p;
                          const _errs18 = errors;
                          if (errors === _errs18) {
                            if (typeof data8 === 'string') {
                              if (!pattern0.test(data8)) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/p',
                                    schemaPath: '#/properties/p/pattern',
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
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.P !== undefined) {
                            let data9 = data.P;
                            const _errs20 = errors;
                            if (errors === _errs20) {
                              if (typeof data9 === 'string') {
                                if (!pattern0.test(data9)) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/P',
                                      schemaPath: '#/properties/P/pattern',
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
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.F !== undefined) {
                              let data10 = data.F;
                              const _errs22 = errors;
                              if (errors === _errs22) {
                                if (typeof data10 === 'string') {
                                  if (!pattern0.test(data10)) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/F',
                                        schemaPath: '#/properties/F/pattern',
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
                                      instancePath: instancePath + '/F',
                                      schemaPath: '#/properties/F/type',
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
                              if (data.g !== undefined) {
                                let data11 = data.g;
                                const _errs24 = errors;
                                if (!(
                                  typeof data11 == 'number' &&
                                  !(data11 % 1) &&
                                  !isNaN(data11) &&
                                  isFinite(data11)
                                )) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/g',
                                      schemaPath: '#/properties/g/type',
                                      keyword: 'type',
                                      params: { type: 'integer' },
                                      message: 'must be integer',
                                    },
                                  ];
                                  return false;
                                }
                                var valid0 = _errs24 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.C !== undefined) {
                                  const _errs26 = errors;
                                  if (typeof data.C !== 'string') {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/C',
                                        schemaPath: '#/properties/C/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid0 = _errs26 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.x !== undefined) {
                                    const _errs28 = errors;
                                    if (typeof data.x !== 'string') {
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
                                    var valid0 = _errs28 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.X !== undefined) {
                                      const _errs30 = errors;
                                      if (typeof data.X !== 'string') {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/X',
                                            schemaPath: '#/properties/X/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid0 = _errs30 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.r !== undefined) {
                                        const _errs32 = errors;
                                        if (typeof data.r !== 'string') {
                                          validate10.errors = [
                                            {
                                              instancePath: instancePath + '/r',
                                              schemaPath: '#/properties/r/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid0 = _errs32 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.i !== undefined) {
                                          let data16 = data.i;
                                          const _errs34 = errors;
                                          if (!(
                                            typeof data16 == 'number' &&
                                            !(data16 % 1) &&
                                            !isNaN(data16) &&
                                            isFinite(data16)
                                          )) {
                                            validate10.errors = [
                                              {
                                                instancePath: instancePath + '/i',
                                                schemaPath: '#/properties/i/type',
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
                                        if (valid0) {
                                          if (data.l !== undefined) {
                                            let data17 = data.l;
                                            const _errs36 = errors;
                                            if (errors === _errs36) {
                                              if (typeof data17 === 'string') {
                                                if (!pattern0.test(data17)) {
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
                                            var valid0 = _errs36 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.z !== undefined) {
                                              let data18 = data.z;
                                              const _errs38 = errors;
                                              if (errors === _errs38) {
                                                if (typeof data18 === 'string') {
                                                  if (!pattern0.test(data18)) {
                                                    validate10.errors = [
                                                      {
                                                        instancePath: instancePath + '/z',
                                                        schemaPath: '#/properties/z/pattern',
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
                                                      instancePath: instancePath + '/z',
                                                      schemaPath: '#/properties/z/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs38 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.L !== undefined) {
                                                let data19 = data.L;
                                                const _errs40 = errors;
                                                if (errors === _errs40) {
                                                  if (typeof data19 === 'string') {
                                                    if (!pattern0.test(data19)) {
                                                      validate10.errors = [
                                                        {
                                                          instancePath: instancePath + '/L',
                                                          schemaPath: '#/properties/L/pattern',
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
                                                        instancePath: instancePath + '/L',
                                                        schemaPath: '#/properties/L/type',
                                                        keyword: 'type',
                                                        params: { type: 'string' },
                                                        message: 'must be string',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                }
                                                var valid0 = _errs40 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data.n !== undefined) {
                                                  let data20 = data.n;
                                                  const _errs42 = errors;
                                                  if (errors === _errs42) {
                                                    if (typeof data20 === 'string') {
                                                      if (!pattern0.test(data20)) {
                                                        validate10.errors = [
                                                          {
                                                            instancePath: instancePath + '/n',
                                                            schemaPath: '#/properties/n/pattern',
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
                                                          instancePath: instancePath + '/n',
                                                          schemaPath: '#/properties/n/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                  }
                                                  var valid0 = _errs42 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                                if (valid0) {
                                                  if (data.N !== undefined) {
                                                    let data21 = data.N;
                                                    const _errs44 = errors;
                                                    const _errs45 = errors;
                                                    let valid1 = false;
                                                    const _errs46 = errors;
                                                    if (typeof data21 !== 'string') {
                                                      const err0 = {
                                                        instancePath: instancePath + '/N',
                                                        schemaPath: '#/properties/N/anyOf/0/type',
                                                        keyword: 'type',
                                                        params: { type: 'string' },
                                                        message: 'must be string',
                                                      };
                                                      if (vErrors === null) {
                                                        vErrors = [err0];
                                                      } else {
                                                        vErrors.push(err0);
                                                      }
                                                      errors++;
                                                    }
                                                    var _valid0 = _errs46 === errors;
                                                    valid1 = valid1 || _valid0;
                                                    if (!valid1) {
                                                      const _errs48 = errors;
                                                      if (data21 !== null) {
                                                        const err1 = {
                                                          instancePath: instancePath + '/N',
                                                          schemaPath: '#/properties/N/anyOf/1/type',
                                                          keyword: 'type',
                                                          params: { type: 'null' },
                                                          message: 'must be null',
                                                        };
                                                        if (vErrors === null) {
                                                          vErrors = [err1];
                                                        } else {
                                                          vErrors.push(err1);
                                                        }
                                                        errors++;
                                                      }
                                                      var _valid0 = _errs48 === errors;
                                                      valid1 = valid1 || _valid0;
                                                    }
                                                    if (!valid1) {
                                                      const err2 = {
                                                        instancePath: instancePath + '/N',
                                                        schemaPath: '#/properties/N/anyOf',
                                                        keyword: 'anyOf',
                                                        params: {},
                                                        message: 'must match a schema in anyOf',
                                                      };
                                                      if (vErrors === null) {
                                                        vErrors = [err2];
                                                      } else {
                                                        vErrors.push(err2);
                                                      }
                                                      errors++;
                                                      validate10.errors = vErrors;
                                                      return false;
                                                    } else {
                                                      errors = _errs45;
                                                      if (vErrors !== null) {
                                                        if (_errs45) {
                                                          vErrors.length = _errs45;
                                                        } else {
                                                          vErrors = null;
                                                        }
                                                      }
                                                    }
                                                    var valid0 = _errs44 === errors;
                                                  } else {
                                                    var valid0 = true;
                                                  }
                                                  if (valid0) {
                                                    if (data.T !== undefined) {
                                                      let data22 = data.T;
                                                      const _errs50 = errors;
                                                      if (!(
                                                        typeof data22 == 'number' &&
                                                        !(data22 % 1) &&
                                                        !isNaN(data22) &&
                                                        isFinite(data22)
                                                      )) {
                                                        validate10.errors = [
                                                          {
                                                            instancePath: instancePath + '/T',
                                                            schemaPath: '#/properties/T/type',
                                                            keyword: 'type',
                                                            params: { type: 'integer' },
                                                            message: 'must be integer',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                      var valid0 = _errs50 === errors;
                                                    } else {
                                                      var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                      if (data.t !== undefined) {
                                                        let data23 = data.t;
                                                        const _errs52 = errors;
                                                        if (!(
                                                          typeof data23 == 'number' &&
                                                          !(data23 % 1) &&
                                                          !isNaN(data23) &&
                                                          isFinite(data23)
                                                        )) {
                                                          validate10.errors = [
                                                            {
                                                              instancePath: instancePath + '/t',
                                                              schemaPath: '#/properties/t/type',
                                                              keyword: 'type',
                                                              params: { type: 'integer' },
                                                              message: 'must be integer',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        var valid0 = _errs52 === errors;
                                                      } else {
                                                        var valid0 = true;
                                                      }
                                                      if (valid0) {
                                                        if (data.v !== undefined) {
                                                          let data24 = data.v;
                                                          const _errs54 = errors;
                                                          if (!(
                                                            typeof data24 == 'number' &&
                                                            !(data24 % 1) &&
                                                            !isNaN(data24) &&
                                                            isFinite(data24)
                                                          )) {
                                                            validate10.errors = [
                                                              {
                                                                instancePath: instancePath + '/v',
                                                                schemaPath: '#/properties/v/type',
                                                                keyword: 'type',
                                                                params: { type: 'integer' },
                                                                message: 'must be integer',
                                                              },
                                                            ];
                                                            return false;
                                                          }
                                                          var valid0 = _errs54 === errors;
                                                        } else {
                                                          var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                          if (data.I !== undefined) {
                                                            let data25 = data.I;
                                                            const _errs56 = errors;
                                                            if (!(
                                                              typeof data25 == 'number' &&
                                                              !(data25 % 1) &&
                                                              !isNaN(data25) &&
                                                              isFinite(data25)
                                                            )) {
                                                              validate10.errors = [
                                                                {
                                                                  instancePath: instancePath + '/I',
                                                                  schemaPath: '#/properties/I/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'integer' },
                                                                  message: 'must be integer',
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                            var valid0 = _errs56 === errors;
                                                          } else {
                                                            var valid0 = true;
                                                          }
                                                          if (valid0) {
                                                            if (data.w !== undefined) {
                                                              const _errs58 = errors;
                                                              if (typeof data.w !== 'boolean') {
                                                                validate10.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath + '/w',
                                                                    schemaPath:
                                                                      '#/properties/w/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'boolean' },
                                                                    message: 'must be boolean',
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                              var valid0 = _errs58 === errors;
                                                            } else {
                                                              var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                              if (data.m !== undefined) {
                                                                const _errs60 = errors;
                                                                if (typeof data.m !== 'boolean') {
                                                                  validate10.errors = [
                                                                    {
                                                                      instancePath:
                                                                        instancePath + '/m',
                                                                      schemaPath:
                                                                        '#/properties/m/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'boolean' },
                                                                      message: 'must be boolean',
                                                                    },
                                                                  ];
                                                                  return false;
                                                                }
                                                                var valid0 = _errs60 === errors;
                                                              } else {
                                                                var valid0 = true;
                                                              }
                                                              if (valid0) {
                                                                if (data.M !== undefined) {
                                                                  const _errs62 = errors;
                                                                  if (typeof data.M !== 'boolean') {
                                                                    validate10.errors = [
                                                                      {
                                                                        instancePath:
                                                                          instancePath + '/M',
                                                                        schemaPath:
                                                                          '#/properties/M/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'boolean' },
                                                                        message: 'must be boolean',
                                                                      },
                                                                    ];
                                                                    return false;
                                                                  }
                                                                  var valid0 = _errs62 === errors;
                                                                } else {
                                                                  var valid0 = true;
                                                                }
                                                                if (valid0) {
                                                                  if (data.O !== undefined) {
                                                                    let data29 = data.O;
                                                                    const _errs64 = errors;
                                                                    if (!(
                                                                      typeof data29 == 'number' &&
                                                                      !(data29 % 1) &&
                                                                      !isNaN(data29) &&
                                                                      isFinite(data29)
                                                                    )) {
                                                                      validate10.errors = [
                                                                        {
                                                                          instancePath:
                                                                            instancePath + '/O',
                                                                          schemaPath:
                                                                            '#/properties/O/type',
                                                                          keyword: 'type',
                                                                          params: {
                                                                            type: 'integer',
                                                                          },
                                                                          message:
                                                                            'must be integer',
                                                                        },
                                                                      ];
                                                                      return false;
                                                                    }
                                                                    var valid0 = _errs64 === errors;
                                                                  } else {
                                                                    var valid0 = true;
                                                                  }
                                                                  if (valid0) {
                                                                    if (data.Z !== undefined) {
                                                                      let data30 = data.Z;
                                                                      const _errs66 = errors;
                                                                      if (errors === _errs66) {
                                                                        if (
                                                                          typeof data30 === 'string'
                                                                        ) {
                                                                          if (
                                                                            !pattern0.test(data30)
                                                                          ) {
                                                                            validate10.errors = [
                                                                              {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  '/Z',
                                                                                schemaPath:
                                                                                  '#/properties/Z/pattern',
                                                                                keyword: 'pattern',
                                                                                params: {
                                                                                  pattern:
                                                                                    '^-?[0-9]+(\\.[0-9]+)?$',
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
                                                                              instancePath:
                                                                                instancePath + '/Z',
                                                                              schemaPath:
                                                                                '#/properties/Z/type',
                                                                              keyword: 'type',
                                                                              params: {
                                                                                type: 'string',
                                                                              },
                                                                              message:
                                                                                'must be string',
                                                                            },
                                                                          ];
                                                                          return false;
                                                                        }
                                                                      }
                                                                      var valid0 =
                                                                        _errs66 === errors;
                                                                    } else {
                                                                      var valid0 = true;
                                                                    }
                                                                    if (valid0) {
                                                                      if (data.Y !== undefined) {
                                                                        let data31 = data.Y;
                                                                        const _errs68 = errors;
                                                                        if (errors === _errs68) {
                                                                          if (
                                                                            typeof data31 ===
                                                                            'string'
                                                                          ) {
                                                                            if (
                                                                              !pattern0.test(data31)
                                                                            ) {
                                                                              validate10.errors = [
                                                                                {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/Y',
                                                                                  schemaPath:
                                                                                    '#/properties/Y/pattern',
                                                                                  keyword:
                                                                                    'pattern',
                                                                                  params: {
                                                                                    pattern:
                                                                                      '^-?[0-9]+(\\.[0-9]+)?$',
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
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  '/Y',
                                                                                schemaPath:
                                                                                  '#/properties/Y/type',
                                                                                keyword: 'type',
                                                                                params: {
                                                                                  type: 'string',
                                                                                },
                                                                                message:
                                                                                  'must be string',
                                                                              },
                                                                            ];
                                                                            return false;
                                                                          }
                                                                        }
                                                                        var valid0 =
                                                                          _errs68 === errors;
                                                                      } else {
                                                                        var valid0 = true;
                                                                      }
                                                                      if (valid0) {
                                                                        if (data.Q !== undefined) {
                                                                          let data32 = data.Q;
                                                                          const _errs70 = errors;
                                                                          if (errors === _errs70) {
                                                                            if (
                                                                              typeof data32 ===
                                                                              'string'
                                                                            ) {
                                                                              if (
                                                                                !pattern0.test(
                                                                                  data32,
                                                                                )
                                                                              ) {
                                                                                validate10.errors =
                                                                                  [
                                                                                    {
                                                                                      instancePath:
                                                                                        instancePath +
                                                                                        '/Q',
                                                                                      schemaPath:
                                                                                        '#/properties/Q/pattern',
                                                                                      keyword:
                                                                                        'pattern',
                                                                                      params: {
                                                                                        pattern:
                                                                                          '^-?[0-9]+(\\.[0-9]+)?$',
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
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/Q',
                                                                                  schemaPath:
                                                                                    '#/properties/Q/type',
                                                                                  keyword: 'type',
                                                                                  params: {
                                                                                    type: 'string',
                                                                                  },
                                                                                  message:
                                                                                    'must be string',
                                                                                },
                                                                              ];
                                                                              return false;
                                                                            }
                                                                          }
                                                                          var valid0 =
                                                                            _errs70 === errors;
                                                                        } else {
                                                                          var valid0 = true;
                                                                        }
                                                                        if (valid0) {
                                                                          if (
                                                                            data.W !== undefined
                                                                          ) {
                                                                            let data33 = data.W;
                                                                            const _errs72 = errors;
                                                                            if (!(
                                                                              typeof data33 ==
                                                                                'number' &&
                                                                              !(data33 % 1) &&
                                                                              !isNaN(data33) &&
                                                                              isFinite(data33)
                                                                            )) {
                                                                              validate10.errors = [
                                                                                {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/W',
                                                                                  schemaPath:
                                                                                    '#/properties/W/type',
                                                                                  keyword: 'type',
                                                                                  params: {
                                                                                    type: 'integer',
                                                                                  },
                                                                                  message:
                                                                                    'must be integer',
                                                                                },
                                                                              ];
                                                                              return false;
                                                                            }
                                                                            var valid0 =
                                                                              _errs72 === errors;
                                                                          } else {
                                                                            var valid0 = true;
                                                                          }
                                                                          if (valid0) {
                                                                            if (
                                                                              data.V !== undefined
                                                                            ) {
                                                                              const _errs74 =
                                                                                errors;
                                                                              if (
                                                                                typeof data.V !==
                                                                                'string'
                                                                              ) {
                                                                                validate10.errors =
                                                                                  [
                                                                                    {
                                                                                      instancePath:
                                                                                        instancePath +
                                                                                        '/V',
                                                                                      schemaPath:
                                                                                        '#/properties/V/type',
                                                                                      keyword:
                                                                                        'type',
                                                                                      params: {
                                                                                        type: 'string',
                                                                                      },
                                                                                      message:
                                                                                        'must be string',
                                                                                    },
                                                                                  ];
                                                                                return false;
                                                                              }
                                                                              var valid0 =
                                                                                _errs74 === errors;
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
