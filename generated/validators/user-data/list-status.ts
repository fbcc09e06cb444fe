// Generated from spec/user-data/list-status.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/user-data/list-status.json',
  $comment:
    'Generated from spec/user-data/list-status.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'List Status (user data stream, e = listStatus)',
  description:
    'A change of an order list (OCO, OTO …), sent next to the executionReport events of its orders.',
  type: 'object',
  required: ['e', 'E', 's', 'g', 'c', 'l', 'L', 'r', 'C', 'T', 'O'],
  properties: {
    e: { description: 'Event type.', type: 'string', const: 'listStatus' },
    E: { description: 'Event time.', type: 'integer' },
    s: { description: 'Symbol.', type: 'string' },
    g: { description: 'Order list id.', type: 'integer' },
    c: { description: 'Contingency type: OCO or OTO.', type: 'string' },
    l: {
      description: 'List status type: RESPONSE, EXEC_STARTED, UPDATED or ALL_DONE.',
      type: 'string',
    },
    L: { description: 'List order status: EXECUTING, ALL_DONE or REJECT.', type: 'string' },
    r: { description: 'Why the list was rejected; NONE otherwise.', type: 'string' },
    C: { description: 'Client id of the list.', type: 'string' },
    T: { description: 'Transaction time.', type: 'integer' },
    O: {
      description: 'The orders of the list.',
      type: 'array',
      items: {
        description: 'One order.',
        type: 'object',
        required: ['s', 'i', 'c'],
        properties: {
          s: { description: 'Symbol.', type: 'string' },
          i: { description: 'Order id.', type: 'integer' },
          c: { description: 'Client order id.', type: 'string' },
        },
      },
    },
  },
};
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/user-data/list-status.json" */ let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.e === undefined && (missing0 = 'e')) ||
        (data.E === undefined && (missing0 = 'E')) ||
        (data.s === undefined && (missing0 = 's')) ||
        (data.g === undefined && (missing0 = 'g')) ||
        (data.c === undefined && (missing0 = 'c')) ||
        (data.l === undefined && (missing0 = 'l')) ||
        (data.L === undefined && (missing0 = 'L')) ||
        (data.r === undefined && (missing0 = 'r')) ||
        (data.C === undefined && (missing0 = 'C')) ||
        (data.T === undefined && (missing0 = 'T')) ||
        (data.O === undefined && (missing0 = 'O'))
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
          if ('listStatus' !== data0) {
            validate10.errors = [
              {
                instancePath: instancePath + '/e',
                schemaPath: '#/properties/e/const',
                keyword: 'const',
                params: { allowedValue: 'listStatus' },
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
              if (data.g !== undefined) {
                let data3 = data.g;
                const _errs8 = errors;
                if (!(
                  typeof data3 == 'number' &&
                  !(data3 % 1) &&
                  !isNaN(data3) &&
                  isFinite(data3)
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
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.c !== undefined) {
                  const _errs10 = errors;
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
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.l !== undefined) {
                    const _errs12 = errors;
                    if (typeof data.l !== 'string') {
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
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.L !== undefined) {
                      const _errs14 = errors;
                      if (typeof data.L !== 'string') {
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
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.r !== undefined) {
                        const _errs16 = errors;
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
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.C !== undefined) {
                          const _errs18 = errors;
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
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.T !== undefined) {
                            let data9 = data.T;
                            const _errs20 = errors;
                            if (!(
                              typeof data9 == 'number' &&
                              !(data9 % 1) &&
                              !isNaN(data9) &&
                              isFinite(data9)
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
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.O !== undefined) {
                              let data10 = data.O;
                              const _errs22 = errors;
                              if (errors === _errs22) {
                                if (Array.isArray(data10)) {
                                  var valid1 = true;
                                  const len0 = data10.length;
                                  for (let i0 = 0; i0 < len0; i0++) {
                                    let data11 = data10[i0];
                                    const _errs24 = errors;
                                    if (errors === _errs24) {
                                      if (
                                        data11 &&
                                        typeof data11 == 'object' &&
                                        !Array.isArray(data11)
                                      ) {
                                        let missing1;
                                        if (
                                          (data11.s === undefined && (missing1 = 's')) ||
                                          (data11.i === undefined && (missing1 = 'i')) ||
                                          (data11.c === undefined && (missing1 = 'c'))
                                        ) {
                                          validate10.errors = [
                                            {
                                              instancePath: instancePath + '/O/' + i0,
                                              schemaPath: '#/properties/O/items/required',
                                              keyword: 'required',
                                              params: { missingProperty: missing1 },
                                              message:
                                                "must have required property '" + missing1 + "'",
                                            },
                                          ];
                                          return false;
                                        } else {
                                          if (data11.s !== undefined) {
                                            const _errs26 = errors;
                                            if (typeof data11.s !== 'string') {
                                              validate10.errors = [
                                                {
                                                  instancePath: instancePath + '/O/' + i0 + '/s',
                                                  schemaPath:
                                                    '#/properties/O/items/properties/s/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid2 = _errs26 === errors;
                                          } else {
                                            var valid2 = true;
                                          }
                                          if (valid2) {
                                            if (data11.i !== undefined) {
                                              let data13 = data11.i;
                                              const _errs28 = errors;
                                              if (!(
                                                typeof data13 == 'number' &&
                                                !(data13 % 1) &&
                                                !isNaN(data13) &&
                                                isFinite(data13)
                                              )) {
                                                validate10.errors = [
                                                  {
                                                    instancePath: instancePath + '/O/' + i0 + '/i',
                                                    schemaPath:
                                                      '#/properties/O/items/properties/i/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid2 = _errs28 === errors;
                                            } else {
                                              var valid2 = true;
                                            }
                                            if (valid2) {
                                              if (data11.c !== undefined) {
                                                const _errs30 = errors;
                                                if (typeof data11.c !== 'string') {
                                                  validate10.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath + '/O/' + i0 + '/c',
                                                      schemaPath:
                                                        '#/properties/O/items/properties/c/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid2 = _errs30 === errors;
                                              } else {
                                                var valid2 = true;
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/O/' + i0,
                                            schemaPath: '#/properties/O/items/type',
                                            keyword: 'type',
                                            params: { type: 'object' },
                                            message: 'must be object',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid1 = _errs24 === errors;
                                    if (!valid1) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/O',
                                      schemaPath: '#/properties/O/type',
                                      keyword: 'type',
                                      params: { type: 'array' },
                                      message: 'must be array',
                                    },
                                  ];
                                  return false;
                                }
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
