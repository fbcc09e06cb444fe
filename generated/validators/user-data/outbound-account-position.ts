// Generated from spec/user-data/outbound-account-position.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/user-data/outbound-account-position.json',
  $comment:
    'Generated from spec/user-data/outbound-account-position.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Account Update (user data stream, e = outboundAccountPosition)',
  description:
    'The balances that changed, free and locked, sent after every change of the account.',
  type: 'object',
  required: ['e', 'E', 'u', 'B'],
  properties: {
    e: { description: 'Event type.', type: 'string', const: 'outboundAccountPosition' },
    E: { description: 'Event time.', type: 'integer' },
    u: { description: 'Time of the last account update.', type: 'integer' },
    B: {
      description: 'The balances that changed.',
      type: 'array',
      items: {
        description: 'One asset.',
        type: 'object',
        required: ['a', 'f', 'l'],
        properties: {
          a: { description: 'Asset.', type: 'string' },
          f: { description: 'Free amount.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
          l: { description: 'Locked amount.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        },
      },
    },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/user-data/outbound-account-position.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.e === undefined && (missing0 = 'e')) ||
        (data.E === undefined && (missing0 = 'E')) ||
        (data.u === undefined && (missing0 = 'u')) ||
        (data.B === undefined && (missing0 = 'B'))
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
          if ('outboundAccountPosition' !== data0) {
            validate10.errors = [
              {
                instancePath: instancePath + '/e',
                schemaPath: '#/properties/e/const',
                keyword: 'const',
                params: { allowedValue: 'outboundAccountPosition' },
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
            if (data.u !== undefined) {
              let data2 = data.u;
              const _errs6 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
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
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.B !== undefined) {
                let data3 = data.B;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (Array.isArray(data3)) {
                    var valid1 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data4 = data3[i0];
                      const _errs10 = errors;
                      if (errors === _errs10) {
                        if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                          let missing1;
                          if (
                            (data4.a === undefined && (missing1 = 'a')) ||
                            (data4.f === undefined && (missing1 = 'f')) ||
                            (data4.l === undefined && (missing1 = 'l'))
                          ) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/B/' + i0,
                                schemaPath: '#/properties/B/items/required',
                                keyword: 'required',
                                params: { missingProperty: missing1 },
                                message: "must have required property '" + missing1 + "'",
                              },
                            ];
                            return false;
                          } else {
                            if (data4.a !== undefined) {
                              const _errs12 = errors;
                              if (typeof data4.a !== 'string') {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/B/' + i0 + '/a',
                                    schemaPath: '#/properties/B/items/properties/a/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                              var valid2 = _errs12 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data4.f !== undefined) {
                                let data6 = data4.f;
                                const _errs14 = errors;
                                if (errors === _errs14) {
                                  if (typeof data6 === 'string') {
                                    if (!pattern0.test(data6)) {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/B/' + i0 + '/f',
                                          schemaPath: '#/properties/B/items/properties/f/pattern',
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
                                        instancePath: instancePath + '/B/' + i0 + '/f',
                                        schemaPath: '#/properties/B/items/properties/f/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid2 = _errs14 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data4.l !== undefined) {
                                  let data7 = data4.l;
                                  const _errs16 = errors;
                                  if (errors === _errs16) {
                                    if (typeof data7 === 'string') {
                                      if (!pattern0.test(data7)) {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/B/' + i0 + '/l',
                                            schemaPath: '#/properties/B/items/properties/l/pattern',
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
                                          instancePath: instancePath + '/B/' + i0 + '/l',
                                          schemaPath: '#/properties/B/items/properties/l/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs16 === errors;
                                } else {
                                  var valid2 = true;
                                }
                              }
                            }
                          }
                        } else {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/B/' + i0,
                              schemaPath: '#/properties/B/items/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid1 = _errs10 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  } else {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/B',
                        schemaPath: '#/properties/B/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
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
