// Generated from spec/operations/get-agg-trades.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-agg-trades.json',
  $comment:
    'Generated from spec/operations/get-agg-trades.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Compressed/Aggregate trades list (GET /api/v3/aggTrades, trades.aggregate)',
  description: 'Trades of a symbol compressed per taker order and price, by id or time range.',
  type: 'array',
  items: {
    description: 'One entry.',
    type: 'object',
    required: ['a', 'p', 'q', 'f', 'l', 'T', 'm', 'M'],
    properties: {
      a: { description: 'Aggregate trade id.', type: 'integer' },
      p: { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      q: { description: 'Quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      f: { description: 'First trade id.', type: 'integer' },
      l: { description: 'Last trade id.', type: 'integer' },
      T: { description: 'Time.', type: 'integer' },
      m: { description: 'Is buyer maker.', type: 'boolean' },
      M: { description: 'Is best match.', type: 'boolean' },
    },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-agg-trades.json" */ let vErrors =
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
              (data0.a === undefined && (missing0 = 'a')) ||
              (data0.p === undefined && (missing0 = 'p')) ||
              (data0.q === undefined && (missing0 = 'q')) ||
              (data0.f === undefined && (missing0 = 'f')) ||
              (data0.l === undefined && (missing0 = 'l')) ||
              (data0.T === undefined && (missing0 = 'T')) ||
              (data0.m === undefined && (missing0 = 'm')) ||
              (data0.M === undefined && (missing0 = 'M'))
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
              if (data0.a !== undefined) {
                let data1 = data0.a;
                const _errs4 = errors;
                if (!(
                  typeof data1 == 'number' &&
                  !(data1 % 1) &&
                  !isNaN(data1) &&
                  isFinite(data1)
                )) {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/' + i0 + '/a',
                      schemaPath: '#/items/properties/a/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    },
                  ];
                  return false;
                }
                var valid1 = _errs4 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data0.p !== undefined) {
                  let data2 = data0.p;
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (typeof data2 === 'string') {
                      if (!pattern0.test(data2)) {
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
                  var valid1 = _errs6 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.q !== undefined) {
                    let data3 = data0.q;
                    const _errs8 = errors;
                    if (errors === _errs8) {
                      if (typeof data3 === 'string') {
                        if (!pattern0.test(data3)) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/' + i0 + '/q',
                              schemaPath: '#/items/properties/q/pattern',
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
                    var valid1 = _errs8 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.f !== undefined) {
                      let data4 = data0.f;
                      const _errs10 = errors;
                      if (!(
                        typeof data4 == 'number' &&
                        !(data4 % 1) &&
                        !isNaN(data4) &&
                        isFinite(data4)
                      )) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/' + i0 + '/f',
                            schemaPath: '#/items/properties/f/type',
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
                      if (data0.l !== undefined) {
                        let data5 = data0.l;
                        const _errs12 = errors;
                        if (!(
                          typeof data5 == 'number' &&
                          !(data5 % 1) &&
                          !isNaN(data5) &&
                          isFinite(data5)
                        )) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/' + i0 + '/l',
                              schemaPath: '#/items/properties/l/type',
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
                        if (data0.T !== undefined) {
                          let data6 = data0.T;
                          const _errs14 = errors;
                          if (!(
                            typeof data6 == 'number' &&
                            !(data6 % 1) &&
                            !isNaN(data6) &&
                            isFinite(data6)
                          )) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/' + i0 + '/T',
                                schemaPath: '#/items/properties/T/type',
                                keyword: 'type',
                                params: { type: 'integer' },
                                message: 'must be integer',
                              },
                            ];
                            return false;
                          }
                          var valid1 = _errs14 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data0.m !== undefined) {
                            const _errs16 = errors;
                            if (typeof data0.m !== 'boolean') {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/' + i0 + '/m',
                                  schemaPath: '#/items/properties/m/type',
                                  keyword: 'type',
                                  params: { type: 'boolean' },
                                  message: 'must be boolean',
                                },
                              ];
                              return false;
                            }
                            var valid1 = _errs16 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data0.M !== undefined) {
                              const _errs18 = errors;
                              if (typeof data0.M !== 'boolean') {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/' + i0 + '/M',
                                    schemaPath: '#/items/properties/M/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                  },
                                ];
                                return false;
                              }
                              var valid1 = _errs18 === errors;
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
