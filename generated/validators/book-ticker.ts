// Generated from spec/channels/book-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/channels/book-ticker.json',
  $comment:
    'Generated from spec/channels/book-ticker.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Individual Symbol Book Ticker Streams (<symbol>@bookTicker)',
  description:
    'Every change to the best bid or best ask price or quantity of a single symbol, in real time. The payload has no event type or event time: route it by stream name.',
  type: 'object',
  required: ['u', 's', 'b', 'B', 'a', 'A'],
  properties: {
    u: { description: 'Order book update ID.', type: 'integer' },
    s: { description: 'Symbol.', type: 'string' },
    b: { description: 'Best bid price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    B: { description: 'Best bid quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    a: { description: 'Best ask price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    A: { description: 'Best ask quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/channels/book-ticker.json" */ let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.u === undefined && (missing0 = 'u')) ||
        (data.s === undefined && (missing0 = 's')) ||
        (data.b === undefined && (missing0 = 'b')) ||
        (data.B === undefined && (missing0 = 'B')) ||
        (data.a === undefined && (missing0 = 'a')) ||
        (data.A === undefined && (missing0 = 'A'))
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
        if (data.u !== undefined) {
          let data0 = data.u;
          const _errs2 = errors;
          if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
            validate10.errors = [
              {
                instancePath: instancePath + '/u',
                schemaPath: '#/properties/u/type',
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
          if (data.s !== undefined) {
            const _errs4 = errors;
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
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.b !== undefined) {
              let data2 = data.b;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (typeof data2 === 'string') {
                  if (!pattern0.test(data2)) {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/b',
                        schemaPath: '#/properties/b/pattern',
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
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.B !== undefined) {
                let data3 = data.B;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (typeof data3 === 'string') {
                    if (!pattern0.test(data3)) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/B',
                          schemaPath: '#/properties/B/pattern',
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
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.a !== undefined) {
                  let data4 = data.a;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (typeof data4 === 'string') {
                      if (!pattern0.test(data4)) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/a',
                            schemaPath: '#/properties/a/pattern',
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
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.A !== undefined) {
                    let data5 = data.A;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (typeof data5 === 'string') {
                        if (!pattern0.test(data5)) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/A',
                              schemaPath: '#/properties/A/pattern',
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
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
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
