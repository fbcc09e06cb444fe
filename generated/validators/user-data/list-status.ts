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
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.e === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'e' },
        message: "must have required property '" + 'e' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.E === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'E' },
        message: "must have required property '" + 'E' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.s === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 's' },
        message: "must have required property '" + 's' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.g === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'g' },
        message: "must have required property '" + 'g' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.c === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'c' },
        message: "must have required property '" + 'c' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.l === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'l' },
        message: "must have required property '" + 'l' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.L === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'L' },
        message: "must have required property '" + 'L' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.r === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'r' },
        message: "must have required property '" + 'r' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.C === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'C' },
        message: "must have required property '" + 'C' + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.T === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'T' },
        message: "must have required property '" + 'T' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.O === undefined) {
      const err10 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'O' },
        message: "must have required property '" + 'O' + "'",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.e !== undefined) {
      let data0 = data.e;
      if (typeof data0 !== 'string') {
        const err11 = {
          instancePath: instancePath + '/e',
          schemaPath: '#/properties/e/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if ('listStatus' !== data0) {
        const err12 = {
          instancePath: instancePath + '/e',
          schemaPath: '#/properties/e/const',
          keyword: 'const',
          params: { allowedValue: 'listStatus' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.E !== undefined) {
      let data1 = data.E;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err13 = {
          instancePath: instancePath + '/E',
          schemaPath: '#/properties/E/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.s !== undefined) {
      if (typeof data.s !== 'string') {
        const err14 = {
          instancePath: instancePath + '/s',
          schemaPath: '#/properties/s/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.g !== undefined) {
      let data3 = data.g;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err15 = {
          instancePath: instancePath + '/g',
          schemaPath: '#/properties/g/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.c !== undefined) {
      if (typeof data.c !== 'string') {
        const err16 = {
          instancePath: instancePath + '/c',
          schemaPath: '#/properties/c/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.l !== undefined) {
      if (typeof data.l !== 'string') {
        const err17 = {
          instancePath: instancePath + '/l',
          schemaPath: '#/properties/l/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.L !== undefined) {
      if (typeof data.L !== 'string') {
        const err18 = {
          instancePath: instancePath + '/L',
          schemaPath: '#/properties/L/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.r !== undefined) {
      if (typeof data.r !== 'string') {
        const err19 = {
          instancePath: instancePath + '/r',
          schemaPath: '#/properties/r/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.C !== undefined) {
      if (typeof data.C !== 'string') {
        const err20 = {
          instancePath: instancePath + '/C',
          schemaPath: '#/properties/C/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.T !== undefined) {
      let data9 = data.T;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
        const err21 = {
          instancePath: instancePath + '/T',
          schemaPath: '#/properties/T/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.O !== undefined) {
      let data10 = data.O;
      if (Array.isArray(data10)) {
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data11 = data10[i0];
          if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
            if (data11.s === undefined) {
              const err22 = {
                instancePath: instancePath + '/O/' + i0,
                schemaPath: '#/properties/O/items/required',
                keyword: 'required',
                params: { missingProperty: 's' },
                message: "must have required property '" + 's' + "'",
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data11.i === undefined) {
              const err23 = {
                instancePath: instancePath + '/O/' + i0,
                schemaPath: '#/properties/O/items/required',
                keyword: 'required',
                params: { missingProperty: 'i' },
                message: "must have required property '" + 'i' + "'",
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data11.c === undefined) {
              const err24 = {
                instancePath: instancePath + '/O/' + i0,
                schemaPath: '#/properties/O/items/required',
                keyword: 'required',
                params: { missingProperty: 'c' },
                message: "must have required property '" + 'c' + "'",
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data11.s !== undefined) {
              if (typeof data11.s !== 'string') {
                const err25 = {
                  instancePath: instancePath + '/O/' + i0 + '/s',
                  schemaPath: '#/properties/O/items/properties/s/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data11.i !== undefined) {
              let data13 = data11.i;
              if (!(
                typeof data13 == 'number' &&
                !(data13 % 1) &&
                !isNaN(data13) &&
                isFinite(data13)
              )) {
                const err26 = {
                  instancePath: instancePath + '/O/' + i0 + '/i',
                  schemaPath: '#/properties/O/items/properties/i/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data11.c !== undefined) {
              if (typeof data11.c !== 'string') {
                const err27 = {
                  instancePath: instancePath + '/O/' + i0 + '/c',
                  schemaPath: '#/properties/O/items/properties/c/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = {
              instancePath: instancePath + '/O/' + i0,
              schemaPath: '#/properties/O/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = {
          instancePath: instancePath + '/O',
          schemaPath: '#/properties/O/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
