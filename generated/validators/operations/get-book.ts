// Generated from spec/operations/get-book.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-book.json',
  $comment:
    'Generated from spec/operations/get-book.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Order book (GET /api/v3/depth, depth)',
  description:
    'The order book of a symbol, best price first on each side. `lastUpdateId` lines it up with the diff-depth stream (see the local order book rules).',
  type: 'object',
  required: ['lastUpdateId', 'bids', 'asks'],
  properties: {
    lastUpdateId: { description: 'Last update id included in the snapshot.', type: 'integer' },
    bids: {
      description: 'Bid levels, best (highest) first.',
      type: 'array',
      items: {
        description: 'One price level.',
        type: 'array',
        items: [
          { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
          { description: 'Quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        ],
        minItems: 2,
        maxItems: 2,
      },
    },
    asks: {
      description: 'Ask levels, best (lowest) first.',
      type: 'array',
      items: {
        description: 'One price level.',
        type: 'array',
        items: [
          { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
          { description: 'Quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
        ],
        minItems: 2,
        maxItems: 2,
      },
    },
  },
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-book.json" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.lastUpdateId === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'lastUpdateId' },
        message: "must have required property '" + 'lastUpdateId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.bids === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'bids' },
        message: "must have required property '" + 'bids' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.asks === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'asks' },
        message: "must have required property '" + 'asks' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.lastUpdateId !== undefined) {
      let data0 = data.lastUpdateId;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err3 = {
          instancePath: instancePath + '/lastUpdateId',
          schemaPath: '#/properties/lastUpdateId/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.bids !== undefined) {
      let data1 = data.bids;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (Array.isArray(data2)) {
            if (data2.length > 2) {
              const err4 = {
                instancePath: instancePath + '/bids/' + i0,
                schemaPath: '#/properties/bids/items/maxItems',
                keyword: 'maxItems',
                params: { limit: 2 },
                message: 'must NOT have more than 2 items',
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data2.length < 2) {
              const err5 = {
                instancePath: instancePath + '/bids/' + i0,
                schemaPath: '#/properties/bids/items/minItems',
                keyword: 'minItems',
                params: { limit: 2 },
                message: 'must NOT have fewer than 2 items',
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            const len1 = data2.length;
            if (len1 > 0) {
              let data3 = data2[0];
              if (typeof data3 === 'string') {
                if (!pattern0.test(data3)) {
                  const err6 = {
                    instancePath: instancePath + '/bids/' + i0 + '/0',
                    schemaPath: '#/properties/bids/items/items/0/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                    message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = {
                  instancePath: instancePath + '/bids/' + i0 + '/0',
                  schemaPath: '#/properties/bids/items/items/0/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (len1 > 1) {
              let data4 = data2[1];
              if (typeof data4 === 'string') {
                if (!pattern0.test(data4)) {
                  const err8 = {
                    instancePath: instancePath + '/bids/' + i0 + '/1',
                    schemaPath: '#/properties/bids/items/items/1/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                    message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = {
                  instancePath: instancePath + '/bids/' + i0 + '/1',
                  schemaPath: '#/properties/bids/items/items/1/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = {
              instancePath: instancePath + '/bids/' + i0,
              schemaPath: '#/properties/bids/items/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/bids',
          schemaPath: '#/properties/bids/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.asks !== undefined) {
      let data5 = data.asks;
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i1 = 0; i1 < len2; i1++) {
          let data6 = data5[i1];
          if (Array.isArray(data6)) {
            if (data6.length > 2) {
              const err12 = {
                instancePath: instancePath + '/asks/' + i1,
                schemaPath: '#/properties/asks/items/maxItems',
                keyword: 'maxItems',
                params: { limit: 2 },
                message: 'must NOT have more than 2 items',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data6.length < 2) {
              const err13 = {
                instancePath: instancePath + '/asks/' + i1,
                schemaPath: '#/properties/asks/items/minItems',
                keyword: 'minItems',
                params: { limit: 2 },
                message: 'must NOT have fewer than 2 items',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            const len3 = data6.length;
            if (len3 > 0) {
              let data7 = data6[0];
              if (typeof data7 === 'string') {
                if (!pattern0.test(data7)) {
                  const err14 = {
                    instancePath: instancePath + '/asks/' + i1 + '/0',
                    schemaPath: '#/properties/asks/items/items/0/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                    message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = {
                  instancePath: instancePath + '/asks/' + i1 + '/0',
                  schemaPath: '#/properties/asks/items/items/0/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (len3 > 1) {
              let data8 = data6[1];
              if (typeof data8 === 'string') {
                if (!pattern0.test(data8)) {
                  const err16 = {
                    instancePath: instancePath + '/asks/' + i1 + '/1',
                    schemaPath: '#/properties/asks/items/items/1/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                    message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = {
                  instancePath: instancePath + '/asks/' + i1 + '/1',
                  schemaPath: '#/properties/asks/items/items/1/type',
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
          } else {
            const err18 = {
              instancePath: instancePath + '/asks/' + i1,
              schemaPath: '#/properties/asks/items/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/asks',
          schemaPath: '#/properties/asks/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
