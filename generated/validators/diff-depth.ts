// Generated from spec/channels/diff-depth.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/channels/diff-depth.json',
  $comment:
    'Generated from spec/channels/diff-depth.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Diff. Depth Stream (<symbol>@depth<speed>)',
  description:
    'Price and quantity changes of a single symbol\'s order book, for keeping a local order book (see "How to manage a local order book correctly"). A quantity of 0 removes the price level.',
  type: 'object',
  required: ['e', 'E', 's', 'U', 'u', 'b', 'a'],
  properties: {
    e: { description: 'Event type.', type: 'string', const: 'depthUpdate' },
    E: { description: 'Event time.', type: 'integer' },
    s: { description: 'Symbol.', type: 'string' },
    U: { description: 'First update ID in the event.', type: 'integer' },
    u: { description: 'Final update ID in the event.', type: 'integer' },
    b: {
      description: 'Bid levels to update.',
      type: 'array',
      items: {
        description: 'One price level.',
        type: 'array',
        items: [
          {
            description: 'Price level to update.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          {
            description: 'New quantity; 0 removes the level.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
        ],
        minItems: 2,
        maxItems: 2,
      },
    },
    a: {
      description: 'Ask levels to update.',
      type: 'array',
      items: {
        description: 'One price level.',
        type: 'array',
        items: [
          {
            description: 'Price level to update.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          {
            description: 'New quantity; 0 removes the level.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
        ],
        minItems: 2,
        maxItems: 2,
      },
    },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/channels/diff-depth.json" */ let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.e === undefined && (missing0 = 'e')) ||
        (data.E === undefined && (missing0 = 'E')) ||
        (data.s === undefined && (missing0 = 's')) ||
        (data.U === undefined && (missing0 = 'U')) ||
        (data.u === undefined && (missing0 = 'u')) ||
        (data.b === undefined && (missing0 = 'b')) ||
        (data.a === undefined && (missing0 = 'a'))
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
          if ('depthUpdate' !== data0) {
            validate10.errors = [
              {
                instancePath: instancePath + '/e',
                schemaPath: '#/properties/e/const',
                keyword: 'const',
                params: { allowedValue: 'depthUpdate' },
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
              if (data.U !== undefined) {
                let data3 = data.U;
                const _errs8 = errors;
                if (!(
                  typeof data3 == 'number' &&
                  !(data3 % 1) &&
                  !isNaN(data3) &&
                  isFinite(data3)
                )) {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/U',
                      schemaPath: '#/properties/U/type',
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
                if (data.u !== undefined) {
                  let data4 = data.u;
                  const _errs10 = errors;
                  if (!(
                    typeof data4 == 'number' &&
                    !(data4 % 1) &&
                    !isNaN(data4) &&
                    isFinite(data4)
                  )) {
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
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.b !== undefined) {
                    let data5 = data.b;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (Array.isArray(data5)) {
                        var valid1 = true;
                        const len0 = data5.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data6 = data5[i0];
                          const _errs14 = errors;
                          if (errors === _errs14) {
                            if (Array.isArray(data6)) {
                              if (data6.length > 2) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/b/' + i0,
                                    schemaPath: '#/properties/b/items/maxItems',
                                    keyword: 'maxItems',
                                    params: { limit: 2 },
                                    message: 'must NOT have more than 2 items',
                                  },
                                ];
                                return false;
                              } else {
                                if (data6.length < 2) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/b/' + i0,
                                      schemaPath: '#/properties/b/items/minItems',
                                      keyword: 'minItems',
                                      params: { limit: 2 },
                                      message: 'must NOT have fewer than 2 items',
                                    },
                                  ];
                                  return false;
                                } else {
                                  const len1 = data6.length;
                                  if (len1 > 0) {
                                    let data7 = data6[0];
                                    const _errs16 = errors;
                                    if (errors === _errs16) {
                                      if (typeof data7 === 'string') {
                                        if (!pattern0.test(data7)) {
                                          validate10.errors = [
                                            {
                                              instancePath: instancePath + '/b/' + i0 + '/0',
                                              schemaPath: '#/properties/b/items/items/0/pattern',
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
                                            instancePath: instancePath + '/b/' + i0 + '/0',
                                            schemaPath: '#/properties/b/items/items/0/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs16 === errors;
                                  }
                                  if (valid2) {
                                    if (len1 > 1) {
                                      let data8 = data6[1];
                                      const _errs18 = errors;
                                      if (errors === _errs18) {
                                        if (typeof data8 === 'string') {
                                          if (!pattern0.test(data8)) {
                                            validate10.errors = [
                                              {
                                                instancePath: instancePath + '/b/' + i0 + '/1',
                                                schemaPath: '#/properties/b/items/items/1/pattern',
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
                                              instancePath: instancePath + '/b/' + i0 + '/1',
                                              schemaPath: '#/properties/b/items/items/1/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                      var valid2 = _errs18 === errors;
                                    }
                                  }
                                }
                              }
                            } else {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/b/' + i0,
                                  schemaPath: '#/properties/b/items/type',
                                  keyword: 'type',
                                  params: { type: 'array' },
                                  message: 'must be array',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid1 = _errs14 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/b',
                            schemaPath: '#/properties/b/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
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
                    if (data.a !== undefined) {
                      let data9 = data.a;
                      const _errs20 = errors;
                      if (errors === _errs20) {
                        if (Array.isArray(data9)) {
                          var valid3 = true;
                          const len2 = data9.length;
                          for (let i1 = 0; i1 < len2; i1++) {
                            let data10 = data9[i1];
                            const _errs22 = errors;
                            if (errors === _errs22) {
                              if (Array.isArray(data10)) {
                                if (data10.length > 2) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/a/' + i1,
                                      schemaPath: '#/properties/a/items/maxItems',
                                      keyword: 'maxItems',
                                      params: { limit: 2 },
                                      message: 'must NOT have more than 2 items',
                                    },
                                  ];
                                  return false;
                                } else {
                                  if (data10.length < 2) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/a/' + i1,
                                        schemaPath: '#/properties/a/items/minItems',
                                        keyword: 'minItems',
                                        params: { limit: 2 },
                                        message: 'must NOT have fewer than 2 items',
                                      },
                                    ];
                                    return false;
                                  } else {
                                    const len3 = data10.length;
                                    if (len3 > 0) {
                                      let data11 = data10[0];
                                      const _errs24 = errors;
                                      if (errors === _errs24) {
                                        if (typeof data11 === 'string') {
                                          if (!pattern0.test(data11)) {
                                            validate10.errors = [
                                              {
                                                instancePath: instancePath + '/a/' + i1 + '/0',
                                                schemaPath: '#/properties/a/items/items/0/pattern',
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
                                              instancePath: instancePath + '/a/' + i1 + '/0',
                                              schemaPath: '#/properties/a/items/items/0/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                      var valid4 = _errs24 === errors;
                                    }
                                    if (valid4) {
                                      if (len3 > 1) {
                                        let data12 = data10[1];
                                        const _errs26 = errors;
                                        if (errors === _errs26) {
                                          if (typeof data12 === 'string') {
                                            if (!pattern0.test(data12)) {
                                              validate10.errors = [
                                                {
                                                  instancePath: instancePath + '/a/' + i1 + '/1',
                                                  schemaPath:
                                                    '#/properties/a/items/items/1/pattern',
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
                                                instancePath: instancePath + '/a/' + i1 + '/1',
                                                schemaPath: '#/properties/a/items/items/1/type',
                                                keyword: 'type',
                                                params: { type: 'string' },
                                                message: 'must be string',
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                        var valid4 = _errs26 === errors;
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/a/' + i1,
                                    schemaPath: '#/properties/a/items/type',
                                    keyword: 'type',
                                    params: { type: 'array' },
                                    message: 'must be array',
                                  },
                                ];
                                return false;
                              }
                            }
                            var valid3 = _errs22 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                        } else {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/a',
                              schemaPath: '#/properties/a/type',
                              keyword: 'type',
                              params: { type: 'array' },
                              message: 'must be array',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid0 = _errs20 === errors;
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
