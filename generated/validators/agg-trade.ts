// Generated from spec/channels/agg-trade.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/channels/agg-trade.json',
  $comment:
    'Generated from spec/channels/agg-trade.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Aggregate Trade Streams (<symbol>@aggTrade)',
  description:
    'Trades of a single symbol, aggregated per taker order: one event covers every fill of the same taker order (trade IDs `f` to `l`).',
  type: 'object',
  required: ['e', 'E', 's', 'a', 'p', 'q', 'f', 'l', 'T', 'm', 'M'],
  properties: {
    e: { description: 'Event type.', type: 'string', const: 'aggTrade' },
    E: { description: 'Event time.', type: 'integer' },
    s: { description: 'Symbol.', type: 'string' },
    a: { description: 'Aggregate trade ID.', type: 'integer' },
    p: { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    q: { description: 'Quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    f: { description: 'First trade ID.', type: 'integer' },
    l: { description: 'Last trade ID.', type: 'integer' },
    T: { description: 'Trade time.', type: 'integer' },
    m: { description: 'Whether the buyer is the market maker.', type: 'boolean' },
    M: { description: 'Ignore (documented as unused).', type: 'boolean' },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/channels/agg-trade.json" */ let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.e === undefined && (missing0 = 'e')) ||
        (data.E === undefined && (missing0 = 'E')) ||
        (data.s === undefined && (missing0 = 's')) ||
        (data.a === undefined && (missing0 = 'a')) ||
        (data.p === undefined && (missing0 = 'p')) ||
        (data.q === undefined && (missing0 = 'q')) ||
        (data.f === undefined && (missing0 = 'f')) ||
        (data.l === undefined && (missing0 = 'l')) ||
        (data.T === undefined && (missing0 = 'T')) ||
        (data.m === undefined && (missing0 = 'm')) ||
        (data.M === undefined && (missing0 = 'M'))
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
          if ('aggTrade' !== data0) {
            validate10.errors = [
              {
                instancePath: instancePath + '/e',
                schemaPath: '#/properties/e/const',
                keyword: 'const',
                params: { allowedValue: 'aggTrade' },
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
              if (data.a !== undefined) {
                let data3 = data.a;
                const _errs8 = errors;
                if (!(
                  typeof data3 == 'number' &&
                  !(data3 % 1) &&
                  !isNaN(data3) &&
                  isFinite(data3)
                )) {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/a',
                      schemaPath: '#/properties/a/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.p !== undefined) {
                  let data4 = data.p;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (typeof data4 === 'string') {
                      if (!pattern0.test(data4)) {
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
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.q !== undefined) {
                    let data5 = data.q;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (typeof data5 === 'string') {
                        if (!pattern0.test(data5)) {
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
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.f !== undefined) {
                      let data6 = data.f;
                      const _errs14 = errors;
                      if (!(
                        typeof data6 == 'number' &&
                        !(data6 % 1) &&
                        !isNaN(data6) &&
                        isFinite(data6)
                      )) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/f',
                            schemaPath: '#/properties/f/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.l !== undefined) {
                        let data7 = data.l;
                        const _errs16 = errors;
                        if (!(
                          typeof data7 == 'number' &&
                          !(data7 % 1) &&
                          !isNaN(data7) &&
                          isFinite(data7)
                        )) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/l',
                              schemaPath: '#/properties/l/type',
                              keyword: 'type',
                              params: { type: 'integer' },
                              message: 'must be integer',
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.T !== undefined) {
                          let data8 = data.T;
                          const _errs18 = errors;
                          if (!(
                            typeof data8 == 'number' &&
                            !(data8 % 1) &&
                            !isNaN(data8) &&
                            isFinite(data8)
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
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.m !== undefined) {
                            const _errs20 = errors;
                            if (typeof data.m !== 'boolean') {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/m',
                                  schemaPath: '#/properties/m/type',
                                  keyword: 'type',
                                  params: { type: 'boolean' },
                                  message: 'must be boolean',
                                },
                              ];
                              return false;
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.M !== undefined) {
                              const _errs22 = errors;
                              if (typeof data.M !== 'boolean') {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/M',
                                    schemaPath: '#/properties/M/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                  },
                                ];
                                return false;
                              }
                              var valid0 = _errs22 === errors;
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
